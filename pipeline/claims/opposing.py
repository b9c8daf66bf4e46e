"""Opposing claims: claims about one event by sources of different sides where one denies the other.

Two claims of one group of articles oppose each other when their sources speak
for different sides (their ``camp``: the side, else the body they speak for;
two camps whose words overlap are one side) and

- ``denial``: one is a denial (its cue, or the verb its source phrase swallowed,
  is in data/conflicts.json ``denials``) and the other is not, and their contents
  say much the same (content similarity below);
- ``opposite agents``: both contents tell an act of one class (``ATTACK``:
  fired, shelled, struck ...) and the agent each names before the act (its first
  few words) is the other's side (``Tajik servicemen opened fire`` vs
  ``Kyrgyz border guards had fired first``);
- ``negation``: one content is negated (``not``, ``no``, ``never``) and the other
  is not, and they share most of their words.

Content similarity: the contents (cut at the first cue of another claim inside
them) as sets of words without stop words, acts replaced by their class; the
share of the smaller set found in the other, with at least ``denial_min_shared``
words in common.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from .conflicts import source_words
from .records import Claim
from .sides import country_of
from .text import data

_WORD = re.compile(r"[\w][\w'’-]*")


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
def _acts() -> dict[str, str]:
    return {word: name for name, words in data("conflicts.json")["acts"].items() for word in words}


def _tokens(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    lex = data("conflicts.json")
    stop = set(lex["stopwords"])
    words = set()
    for word in _tokens(text):
        if word in stop or word.isdigit():
            continue
        word = _acts().get(word, word)
        words.add(word if word.isupper() else re.sub(r"(?<=\w{3})(?:s|es)$", "", word))
    return words


def similarity(a: str, b: str) -> tuple[float, int]:
    """(share of the smaller word set found in the other, number of shared words)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0, 0
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)), shared


def _agent(text: str) -> tuple[str | None, str]:
    """(class of the first act in the text, the words before it), within the first few words."""
    window = data("conflicts.json")["agent_window"]
    tokens = _tokens(text)
    for i, word in enumerate(tokens[:window + 3]):
        if word in _acts():
            return _acts()[word], " ".join(tokens[:i])
    return None, ""


def _names(agent: str, camp: str) -> bool:
    """The agent words name the camp: the same country, or a word of the camp's name."""
    country = country_of(agent.title()) or country_of(agent)
    return bool((country and country == camp) or (source_words(agent) & source_words(camp)))


def _negated(text: str) -> bool:
    return bool(set(_tokens(text)) & {"not", "no", "never", "n't", "nobody", "none"})


def opposition(a: Claim, b: Claim) -> str | None:
    """Why two claims oppose each other, or None."""
    if not a.camp or not b.camp or source_words(a.camp) & source_words(b.camp):
        return None
    lex = data("conflicts.json")
    text_a, text_b = a.core or a.content, b.core or b.content
    share, shared = similarity(text_a, text_b)
    if a.denial != b.denial and share >= lex["denial_min_overlap"] and shared >= lex["denial_min_shared"]:
        return "denial"
    act_a, agent_a = _agent(text_a)
    act_b, agent_b = _agent(text_b)
    if act_a and act_a == act_b and agent_a and agent_b and _names(agent_a, b.camp) and _names(agent_b, a.camp):
        return "opposite agents"
    if _negated(text_a) != _negated(text_b) and share >= 0.6 and shared >= 3:
        return "negation"
    return None


def _canonical_camps(claims: list[tuple[str, Claim]]) -> list[str]:
    """Each claim's camp, camps that share a word taken as one (``army`` and ``army spokesman``)."""
    canonical: list[str] = []
    result = []
    for _, claim in claims:
        camp = claim.camp or ""
        known = next((k for k in canonical if camp and source_words(k) & source_words(camp)), None)
        if known is None:
            canonical.append(camp)
            known = camp
        result.append(known)
    return result


def _best_denials(pairs: list[tuple[int, int, str]], claims: list[tuple[str, Claim]],
                  camps: list[str]) -> list[tuple[int, int, str]]:
    """A denial opposes the claims of each other side that it is most like (several on a tie), not every claim."""
    best: dict[tuple[int, str], float] = {}

    def score(i: int, j: int) -> float:
        a, b = claims[i][1], claims[j][1]
        share, _ = similarity(a.core or a.content, b.core or b.content)
        wa, wb = content_words(a.core or a.content), content_words(b.core or b.content)
        return share + len(wa & wb) / max(1, len(wa | wb))

    def key(i: int, j: int) -> tuple[int, str]:
        denier, other = (i, j) if claims[i][1].denial else (j, i)
        return denier, camps[other]

    for i, j, reason in pairs:
        if reason == "denial":
            best[key(i, j)] = max(best.get(key(i, j), 0.0), score(i, j))
    return [(i, j, r) for i, j, r in pairs if r != "denial" or score(i, j) >= best[key(i, j)] - 1e-9]


def opposing_claims(claims: list[tuple[str, Claim]]) -> list[OpposingClaims]:
    """The opposing pairs among (article id, claim) of one event, gathered by the pair of sides."""
    pairs = [(i, j, reason) for (i, (_, a)), (j, (_, b)) in combinations(enumerate(claims), 2)
             if (reason := opposition(a, b)) is not None]
    camps = _canonical_camps(claims)
    found: dict[tuple[str, ...], OpposingClaims] = {}
    for i, j, reason in _best_denials(pairs, claims, camps):
        key = tuple(sorted((camps[i], camps[j])))
        entry = found.setdefault(key, OpposingClaims(list(key)))
        positions = []
        for n in (i, j):
            if not any(claims[n][0] == art and claims[n][1] is c for art, c in entry.claims):
                entry.claims.append(claims[n])
            positions.append(next(k for k, (art, c) in enumerate(entry.claims)
                                  if art == claims[n][0] and c is claims[n][1]))
        entry.pairs.append((positions[0], positions[1], reason))
    return list(found.values())
