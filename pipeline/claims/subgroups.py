"""Which part of an event's people or munitions a count counts: counts of two different parts are no rivals.

figures.py gives the counted noun phrase (``unit``) and the words after it;
these functions tell

- ``population``: ``security`` (officers, soldiers), ``civilian`` (residents,
  protesters), ``workers`` (employees, staff), ``inmates`` (prisoners,
  detainees), ``households`` or ``perpetrators`` (gunmen, attackers) when the
  counted noun says it;
- ``nation``: the country of a nationality word in the counted phrase (``32
  Armenian prisoners``) or of the body after ``of`` (``two servicemen of the
  Armed Forces of Armenia``); ``owner``: ``own`` when a possessive makes them
  the source's own people (``two of its soldiers``, ``our members``): conflicts
  read the source's country then;
- ``munition``: the type of munitions (drones, missiles, shells ...): a count
  of drones is no rival of a count of missiles;
- ``condition``: the count is those in one condition (``two in critical
  condition``, ``four of them seriously``) or still treated (``Nine remained in
  hospital``), a sub-group of the injured;
- ``slack``: how many a total says it includes by name (``five dead, including
  the gunman``: 1; ``including four police officers``: 4): another source may
  leave those out.

Word lists are in data/figures.json (``populations``, ``munition_types``,
``conditions``, ``possessives``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .kinds import lexicon
from .sides import country_of
from .text import data

_OF_PHRASE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w'’-]+\s+){0,3}?of\s+((?:the\s+)?[^,.;:\n]{2,80}?)"
                        r"(?=\s+(?:were|was|had|have|has|are|is|who|and|in|on|at|during|after|when)\b|[,.;:\n]|$)")


def _ends(unit: list[str], nouns) -> bool:
    text = " ".join(unit)
    return any(text == n or text.endswith(" " + n) for n in nouns)


def population(unit: list[str], following: str = "") -> str | None:
    """Whom a count counts (data/figures.json ``populations``), by its counted noun, or for ``members`` by the
    body after ``of`` (``Twenty-seven members of the public forces``)."""
    if unit[-1:] in (["members"], ["member"]):
        match = _OF_PHRASE.match(following)
        if match:
            unit = match.group(1).lower().split()
    for name, nouns in lexicon()["populations"].items():
        if _ends(unit, nouns):
            return name
    return None


def nation(unit: list[str], following: str) -> str | None:
    """The country of a nationality word in the counted phrase (``Haitian nationals``, ``two Haitians``), or of
    the body after ``of`` (following: the text right after the number)."""
    demonyms = data("sides.json")["demonyms"]
    found = next((demonyms.get(w) or demonyms[w[:-1]] for w in unit if w in demonyms or w[:-1] in demonyms), None)
    if found or not unit:
        return found
    match = _OF_PHRASE.match(following)
    return country_of(match.group(1)) if match else None


def owner(unit: list[str]) -> str | None:
    """``own`` when a possessive makes the counted people the source's own (``its soldiers``)."""
    return "own" if unit[:1] and unit[0] in lexicon()["possessives"] else None


def munition(unit: list[str]) -> str | None:
    for name, nouns in lexicon()["munition_types"].items():
        if any(w in nouns for w in unit):
            return name
    return None


def condition(rest: list[str]) -> bool:
    """The clause right after the counted phrase says it counts those in one condition (``are listed in critical
    condition``, ``injured in the landslide remains in hospital``; not ``were injured, many of them seriously``)."""
    clause = rest[:next((i for i, w in enumerate(rest) if w in ",;:()"), len(rest))][:8]
    text = " " + " ".join(clause) + " "
    return (any(w in lexicon()["conditions"] for w in clause)
            or any(f" {phrase} " in text for phrase in lexicon()["still_treated"]))


def slack(following: str, parse_number: Callable[[str], int | None]) -> int:
    """How many the total right before following says it includes by name (module docstring); parse_number reads
    a number written in words or digits."""
    match = re.match(r"[^.;:]{0,120}?,?\s*\bincluding\s+(?:at least\s+)?([\w-]+(?:\s+hundred)?)", following)
    if not match:
        return 0
    word = match.group(1).lower()
    if word in ("the", "a", "an", "one", "his", "her", "its", "their"):
        return 1
    return parse_number(word) or 0
