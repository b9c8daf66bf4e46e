"""Who did it, by each claim: the act a content tells and the agent it names, and whose side that agent is.

The act is the first word of the content that belongs to a class of acts
(data/conflicts.json ``acts``: ATTACK fired, shelled, rammed ...; FREE freed,
rescued ...); its agent is the phrase before it, back to a comma or a
conjunction (a participial phrase, ``, ignoring repeated warnings,``, is
skipped; so are auxiliaries and adverbs: ``had deliberately``), or after ``by``
when the act is passive (``was shelled by the army``).

An agent names one of two claims' sides by, in this order: a pronoun for the
content's own source (``it had freed nine captives``); a country
(``Tajik servicemen`` names the side of Tajikistan's border troops; a body's
country may come from another claim of the event: ``Manila's National Maritime
Council``); the words of the source (``MUK rebels`` and ``The MUK rebel
movement``); a kind of party that only one of the two sources is
(``troops`` and ``the National Army`` against a guerrilla group).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .alignment import CIVILIANS
from .conflicts import source_words
from .records import Claim
from .sides import country_of
from .text import data

_WORD = re.compile(r"[\w][\w'’-]*|[,;:()\n–—]|(?<=\s)-(?=\s)")
BOUNDARIES = {",", ";", ":", "(", ")", "\n", "-", "–", "—", "and", "but", "that", "when", "while", "after", "as", "because", "said", "says", "saying",
              "before", "since", "where", "which", "who"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
PASSIVE = {"was", "were", "been", "be", "being", "is", "are"}
RELATIVE = {"that", "which", "who"}
STATE_KINDS = {"military", "police"}


@lru_cache(maxsize=None)
def acts() -> dict[str, str]:
    return {word: name for name, words in data("conflicts.json")["acts"].items() for word in words}


def tokens(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def agent_of(text: str) -> tuple[str | None, list[str]]:
    """(class of the first act the text tells, the words of its agent as written), or (None, [])."""
    found = agents_of(text, first=True)
    return found[0] if found else (None, [])


def agents_of(text: str, first: bool = False) -> list[tuple[str, list[str]]]:
    """(class of act, the words of its agent as written) of every act the text tells (with first, of the first
    only)."""
    lex = data("conflicts.json")
    written = [w.replace("’", "'") for w in _WORD.findall(text)]
    words = [w.lower() for w in written]
    found = []
    for i, word in enumerate(words):
        if word not in acts() or _object_of_act(words, i, lex):
            continue
        found.append((acts()[word], _agent(written, words, i, lex)))
        if first:
            break
    return found


def _object_of_act(words: list[str], i: int, lex: dict) -> bool:
    """The act word is the object of the act before it (``opened fire``, ``initiated the fire``, ``ceasefire
    violation``): one act, whose agent is that act's."""
    previous = [w for w in words[max(0, i - 3):i] if w not in ("the", "a", "an", "its", "their", "unprovoked")]
    return bool(previous) and previous[-1] in acts()


def _agent(written: list[str], words: list[str], i: int, lex: dict) -> list[str]:
    """The agent of the act at i: after ``by`` when passive or a noun with ``of`` (``the shelling of the market
    by the army``), else the phrase before it, back to a boundary; for a relative clause (``the Indian posts
    that initiated the fire``), the phrase before the pronoun."""
    kept = [k for k in range(i) if words[k] not in lex["agent_skip"]]
    if words[i + 1:i + 2] == ["of"]:  # "the deaths of two civilians (by ...)": the phrase before is no agent
        after = written[i + 2:i + 10]
        agent = after[[w.lower() for w in after].index("by") + 1:] if "by" in [w.lower() for w in after] else []
        cut = next((k for k, w in enumerate(agent) if w.lower() in BOUNDARIES), len(agent))
        return agent[:min(cut, 5)]
    if words[:i] and words[i - 1] in PASSIVE:
        after = written[i + 1:i + 8]
        agent = after[[w.lower() for w in after].index("by") + 1:] if "by" in after else []
        cut = next((k for k, w in enumerate(agent) if w.lower() in BOUNDARIES), len(agent))
        return agent[:min(cut, 5)]
    if kept and words[kept[-1]] in RELATIVE:  # the noun phrase the relative pronoun stands for
        return [written[k] for k in kept[:-1][-3:] if words[k] not in BOUNDARIES and not words[k].endswith("ing")]
    segments: list[list[str]] = [[]]
    for k in kept:
        if words[k] in BOUNDARIES:
            segments.append([])
        else:
            segments[-1].append(written[k])
    for segment in reversed(segments):
        if segment and not segment[0].lower().endswith("ing"):
            return segment[-6:]
    return []


def _classes(words: set[str]) -> set[str]:
    return {name for name, members in data("conflicts.json")["agent_classes"].items() if words & set(members)}


def _source_text(claim: Claim) -> str:
    return " ".join(filter(None, (claim.source, claim.camp, claim.speaker)))


def claim_country(claim: Claim, allegiance: dict[str, str]) -> str | None:
    """The country a claim's source speaks for: its side, a country its source phrase names, or the country
    another claim of the event gives its body."""
    if claim.side and country_of(claim.side) == claim.side:
        return claim.side
    named = country_of(claim.source or "") or country_of(claim.speaker or "") or country_of(claim.camp or "")
    if named:
        return named
    words = source_words(claim.camp or "")
    return next((country for body, country in allegiance.items() if words and words <= source_words(body)), None)


def allegiances(claims: list[Claim]) -> dict[str, str]:
    """Body -> country, from the claims whose source phrase names both (``Manila's National Maritime Council``)."""
    found = {}
    for claim in claims:
        country = country_of(claim.source or "")
        if country and claim.camp and claim.camp != country:
            found[claim.camp] = country
    return found


def names(agent: list[str], target: Claim, other: Claim, own: Claim, allegiance: dict[str, str]) -> bool:
    """The agent names target's side rather than other's (module docstring); own is the claim that tells it."""
    if not agent:
        return False
    if agent[0].lower() in data("conflicts.json")["own_agents"]:
        return target is own
    text = " ".join(agent)
    country = country_of(text)
    countries = claim_country(target, allegiance), claim_country(other, allegiance)
    if country and any(countries):
        # of two parties, an agent of the one's country names it; an agent of a third country the other
        return country == countries[0] != countries[1] if countries[0] else country != countries[1]
    words = {w for w in source_words(text) if w.isalpha() and w not in _CALENDAR}
    hits_target = len(words & source_words(_source_text(target)))
    hits_other = len(words & source_words(_source_text(other)))
    if hits_target or hits_other:
        return hits_target > hits_other
    kinds = _classes({w.lower() for w in agent})
    target_kinds = _party_kinds(target)
    other_kinds = _party_kinds(other)
    return bool(kinds & target_kinds - other_kinds)


def _party_kinds(claim: Claim) -> set[str]:
    """The kinds of party a claim's source is; an official against the civilians' side speaks for the state's
    police and army (``police fired on protesters`` names the interior ministry's side)."""
    kinds = _classes(set(tokens(_source_text(claim))))
    if claim.source_type == "official" and claim.camp != CIVILIANS:
        kinds |= STATE_KINDS
    return kinds
