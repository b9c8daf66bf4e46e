"""Opposing claims: claims about one event by sources of different sides where one denies the other.

Each claim speaks for a side (alignment.py); two claims of one source (``the
governor``, ``the Bryansk governor``) never oppose, nor do claims about another
event (scope.claim_elsewhere). Two claims of different sides oppose each other
when

- ``denial``: one is a denial (its cue, or the verb its source phrase swallowed,
  holds a word of data/conflicts.json ``denials``, or its content calls an
  account false: ``falsity``) and the other, not negated
  itself, says much the same (content similarity below); a witness or an
  unnamed source of no side opposes only so. A denial answers the
  claims it is most like (several on a tie), preferring one whose agent of the
  denied act is the same (``its fighters had fired`` answers ``MUK rebels
  fired``), not every claim it shares words with;
- ``opposite agents``: both contents tell an act of one class, and the agent
  each names is a different one of the two sides (agents.py): each blames the
  other (``Tajik servicemen opened fire`` / ``Kyrgyz border guards had fired
  first``) or each takes the act for itself (``troops ... rescued seven people``
  / ``it had freed nine captives``); the contents share another word besides;
- ``negation``: a clause of one content is negated (``not``, ``no``, ``never``)
  and shares most of its words with the other, which is not.

Content similarity: the contents (cut at the first cue of another claim inside
them) as sets of words without stop words, acts and counted nouns replaced by
their class; the share of the smaller set found in the other, with at least
``denial_min_shared`` words in common.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from .agents import acts, agent_of, agents_of, allegiances, names, tokens
from .alignment import Side, claim_sides
from .conflicts import same_source
from .records import Claim
from .text import data

NEGATIONS = {"not", "no", "never", "n't", "nobody", "none"}


@dataclass
class OpposingClaims:
    sides: list[str]
    claims: list[tuple[str, Claim]] = field(default_factory=list)
    pairs: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"sides": self.sides,
                "claims": [{"article": article, "claim": c.id, "source": c.source, "side": c.side or c.camp,
                            "cue": c.cue, "content": c.core or c.content} for article, c in self.claims],
                "pairs": [{"claims": [i, j], "reason": reason} for i, j, reason in self.pairs]}


@lru_cache(maxsize=None)
def _counted() -> dict[str, str]:
    """Counted nouns -> the class of their kind (``hostages``, ``captives`` -> #prisoners)."""
    kinds = data("figures.json")["kinds"]
    return {unit: f"#{kind}" for kind, words in kinds.items() for unit in words["units"] if " " not in unit}


def content_words(text: str) -> set[str]:
    stop = set(data("conflicts.json")["stopwords"])
    found = set()
    for word in tokens(text):
        if word in stop or word.isdigit() or not word[0].isalnum():
            continue
        word = acts().get(word) or _counted().get(word) or word
        found.add(word if word.isupper() or word[0] == "#" else re.sub(r"(?<=\w{3})(?:s|es)$", "", word))
    return found


def similarity(a: str, b: str) -> tuple[float, int]:
    """(share of the smaller word set found in the other, number of shared words)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0, 0
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)), shared


def _text(claim: Claim) -> str:
    return claim.core or claim.content


_DENIED_ACCOUNT = re.compile(r"^(?:the|these|those|such|any)?\s*(?:\w+\s+){0,2}?(?:allegations?|claims?|reports?|"
                             r"accusations?|rumou?rs?|suggestions?|version|reconstruction|account)\b.*?"
                             r"\b(?:that|according to which)\s+", re.I)


def _denied(claim: Claim) -> str:
    """What a denial denies: the account's own words, without the noun that names it (`the allegations
    circulated on social media that guards opened fire` denies `guards opened fire`)."""
    text = _text(claim)
    found = _DENIED_ACCOUNT.match(text)
    return text[found.end():] if found and found.end() < len(text) else text


def is_denial(claim: Claim) -> bool:
    """A denial: by its cue (``We categorically deny``), or by calling an account false (``was fabricated``)."""
    lex = data("conflicts.json")
    return (claim.denial or bool(set(tokens(claim.cue)) & set(lex["denials"]))
            or bool(set(tokens(_text(claim))) & set(lex["falsity"])))


def negated_clause(text: str) -> str | None:
    """The first clause of the text that holds a negation, or None."""
    for clause in re.split(r"[.;]\s+|,\s+but\s+", text):
        if set(tokens(clause)) & NEGATIONS:
            return clause
    return None


def _act_class(act: str) -> str:
    """Attacking, killing and breaking a ceasefire are one act when two sides say who did it (``The gunmen shot
    dead the driver`` / ``police officers had killed the bus driver``; ``Pakistan Army resorted to unprovoked
    ceasefire violation`` / ``the Indian posts that initiated the fire``)."""
    return "ATTACK" if act in ("KILL", "VIOLATE") else act


def _agents_oppose(a: Claim, b: Claim, allegiance: dict[str, str]) -> bool:
    """For one class of act both contents tell, each names a different one of the two sides as its agent."""
    for act_a, agent_a in agents_of(_text(a)):
        for act_b, agent_b in agents_of(_text(b)):
            if _act_class(act_a) != _act_class(act_b):
                continue
            named_a = [c for c, o in ((a, b), (b, a)) if names(agent_a, c, o, a, allegiance)]
            named_b = [c for c, o in ((a, b), (b, a)) if names(agent_b, c, o, b, allegiance)]
            if len(named_a) == 1 and len(named_b) == 1 and named_a[0] is not named_b[0]:
                return True
    return False


def opposition(a: Claim, b: Claim, allegiance: dict[str, str]) -> str | None:
    """Why two claims of different sides oppose each other, other than by denial, or None."""
    text_a, text_b = _text(a), _text(b)
    _, shared = similarity(text_a, text_b)
    if shared >= 2 and _agents_oppose(a, b, allegiance):
        return "opposite agents"
    for x, y in ((text_a, text_b), (text_b, text_a)):
        clause = negated_clause(x)
        if clause and negated_clause(y) is None:
            share, shared = similarity(clause, y)
            if share >= 0.6 and shared >= 3:
                return "negation"
    return None


def _answer_score(denial: Claim, target: Claim, allegiance: dict[str, str]) -> tuple[float, bool] | None:
    """How well a denial answers a claim, and whether the claim says the denier's side did the act it denies
    (None: not at all)."""
    lex = data("conflicts.json")
    if is_denial(target) or negated_clause(_text(target)) is not None:
        return None
    denied = _denied(denial)
    share, shared = similarity(denied, _text(target))
    needed = min(lex["denial_min_shared"], len(content_words(denied)))  # "denied that it was overloaded"
    act_d, agent_d = agent_of(denied)
    act_t, agent_t = agent_of(_text(target))
    # the target says the denier's side did what the denial says it did not: a longer account may share less
    same_act = bool(act_d and act_d == act_t and names(agent_d, denial, target, denial, allegiance)
                    and names(agent_t, denial, target, target, allegiance))
    if shared < needed or (share < lex["denial_min_overlap"] and not same_act):
        return None
    wa, wb = content_words(denied), content_words(_text(target))
    return share + len(wa & wb) / len(wa | wb) + (1.0 if same_act else 0.0), same_act


def _nested(a: Claim, b: Claim) -> bool:
    """One claim's content holds the other's: the account a denial restates (``denies the company's claim that
    workers used steel pipes``), not an account of its own."""
    return (a.content_start <= b.content_start and b.content_end <= a.content_end) or \
        (b.content_start <= a.content_start and a.content_end <= b.content_end)


def _pairs(claims: list[tuple[str, Claim]], sides: list[Side]) -> list[tuple[int, int, str]]:
    allegiance = allegiances([c for _, c in claims])
    pairs = []
    answers: dict[int, list[tuple[float, bool, int]]] = {}
    for (i, (_, a)), (j, (_, b)) in combinations(enumerate(claims), 2):
        if (sides[i].name is None or sides[j].name is None or sides[i].name == sides[j].name
                or not (sides[i].aligned or sides[j].aligned) or same_source(a.speaker, b.speaker)
                or (claims[i][0] == claims[j][0] and _nested(a, b))):
            continue
        for d, t in ((i, j), (j, i)):
            if is_denial(claims[d][1]) and sides[t].aligned:
                answer = _answer_score(claims[d][1], claims[t][1], allegiance)
                if answer is not None:
                    answers.setdefault(d, []).append((*answer, t))
        reason = opposition(a, b, allegiance) if sides[i].aligned and sides[j].aligned else None
        if reason:
            pairs.append((i, j, reason))
    reasons = {}
    for d, scored in answers.items():
        best = max(score for score, _, _ in scored)
        # the claims it is most like, and every claim that says the denier's side did the act it denies
        reasons.update({(min(d, t), max(d, t)): "denial" for score, same_act, t in scored
                        if score >= best - 1e-9 or same_act})
    for i, j, reason in pairs:
        reasons.setdefault((i, j), reason)
    return sorted((i, j, reason) for (i, j), reason in reasons.items())


def opposing_claims(claims: list[tuple[str, Claim]]) -> list[OpposingClaims]:
    """The opposing pairs among (article id, claim) of one event, gathered by the pair of sides; claims about
    another event (scope.claim_elsewhere) oppose none."""
    claims = [(article, claim) for article, claim in claims if not claim.elsewhere]
    sides = claim_sides(claims)
    # each claim speaks for its side's party: agents are read against it (``gunmen`` names the gang)
    claims = [(article, replace(claim, camp=side.name) if side.name and side.aligned else claim)
              for (article, claim), side in zip(claims, sides)]
    found: dict[tuple[str, ...], OpposingClaims] = {}
    for i, j, reason in _pairs(claims, sides):
        key = tuple(sorted((sides[i].name, sides[j].name)))
        entry = found.setdefault(key, OpposingClaims(list(key)))
        positions = []
        for n in (i, j):
            if not any(claims[n][0] == art and claims[n][1] is c for art, c in entry.claims):
                entry.claims.append(claims[n])
            positions.append(next(k for k, (art, c) in enumerate(entry.claims)
                                  if art == claims[n][0] and c is claims[n][1]))
        entry.pairs.append((positions[0], positions[1], reason))
    return list(found.values())
