"""How the accounts of two claims relate: how alike their contents are, whether one denies (and what it
denies), negates or tells the same act as the other with the other side as its agent (opposing.py and the
features of the learned scorer, pair_features.py, read them).

Content similarity: the contents (cut at the first cue of another claim inside them) as sets of words
without stop words, acts and counted nouns replaced by their class; the share of the smaller set found in
the other, with at least ``denial_min_shared`` words in common.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .agents import acts, agent_of, agents_of, names, tokens
from .records import Claim
from .text import data

NEGATIONS = {"not", "no", "never", "n't", "nobody", "none"}


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


def claim_text(claim: Claim) -> str:
    return claim.core or claim.content


_DENIED_ACCOUNT = re.compile(r"^(?:the|these|those|such|any)?\s*(?:\w+\s+){0,2}?(?:allegations?|claims?|reports?|"
                             r"accusations?|rumou?rs?|suggestions?|version|reconstruction|account)\b.*?"
                             r"\b(?:that|according to which)\s+", re.I)


def denied_text(claim: Claim) -> str:
    """What a denial denies: the account's own words, without the noun that names it (`the allegations
    circulated on social media that guards opened fire` denies `guards opened fire`)."""
    text = claim_text(claim)
    found = _DENIED_ACCOUNT.match(text)
    return text[found.end():] if found and found.end() < len(text) else text


def is_denial(claim: Claim) -> bool:
    """A denial: by its cue (``We categorically deny``), or by calling an account false (``was fabricated``)."""
    lex = data("conflicts.json")
    return (claim.denial or bool(set(tokens(claim.cue)) & set(lex["denials"]))
            or bool(set(tokens(claim_text(claim))) & set(lex["falsity"])))


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
    for act_a, agent_a in agents_of(claim_text(a)):
        for act_b, agent_b in agents_of(claim_text(b)):
            if _act_class(act_a) != _act_class(act_b):
                continue
            named_a = [c for c, o in ((a, b), (b, a)) if names(agent_a, c, o, a, allegiance)]
            named_b = [c for c, o in ((a, b), (b, a)) if names(agent_b, c, o, b, allegiance)]
            if len(named_a) == 1 and len(named_b) == 1 and named_a[0] is not named_b[0]:
                return True
    return False


def opposition(a: Claim, b: Claim, allegiance: dict[str, str]) -> str | None:
    """Why two claims of different sides oppose each other, other than by denial, or None."""
    text_a, text_b = claim_text(a), claim_text(b)
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


def answer_score(denial: Claim, target: Claim, allegiance: dict[str, str]) -> tuple[float, bool] | None:
    """How well a denial answers a claim, and whether the claim says the denier's side did the act it denies
    (None: not at all)."""
    lex = data("conflicts.json")
    if is_denial(target) or negated_clause(claim_text(target)) is not None:
        return None
    denied = denied_text(denial)
    share, shared = similarity(denied, claim_text(target))
    needed = min(lex["denial_min_shared"], len(content_words(denied)))  # "denied that it was overloaded"
    act_d, agent_d = agent_of(denied)
    act_t, agent_t = agent_of(claim_text(target))
    # the target says the denier's side did what the denial says it did not: a longer account may share less
    same_act = bool(act_d and act_d == act_t and names(agent_d, denial, target, denial, allegiance)
                    and names(agent_t, denial, target, target, allegiance))
    if shared < needed or (share < lex["denial_min_overlap"] and not same_act):
        return None
    wa, wb = content_words(denied), content_words(claim_text(target))
    return share + len(wa & wb) / len(wa | wb) + (1.0 if same_act else 0.0), same_act


def nested(a: Claim, b: Claim) -> bool:
    """One claim's content holds the other's: the account a denial restates (``denies the company's claim that
    workers used steel pipes``), not an account of its own."""
    return (a.content_start <= b.content_start and b.content_end <= a.content_end) or \
        (b.content_start <= a.content_start and a.content_end <= b.content_end)
