"""What happened, by an article's own telling: the classes of event its headline names.

A news article names its event in its headline (``Jeep plunges into Karnali
river in Dailekh, 11 dead``) and again in its opening sentence. The words of
what happened (``plunges``, ``earthquake``, ``outbreak``) belong to classes of
events (data/grouping.json ``event_classes``: accident, quake, attack,
outbreak ...; a word may be in several). An article's classes are those of its
headline, with what the headline gives as background cut off (``amid cholera
rumours``); when the headline names no class (``Statement from Atlantic Maple
Airways``), those of its first sentence of some length. Two articles whose
classes are both known and have none in common are about different events,
however alike their places and names (an earthquake and a jeep crash in one
district on one day).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import data, sentences

_WORD = re.compile(r"[a-z][a-z'-]*")
_BACKGROUND = re.compile(r"\b(?:amid|amidst|despite)\b.*", re.I)
MIN_SENTENCE = 60
"""Characters of the shortest paragraph read as an opening sentence (a dateline line is shorter)."""


@lru_cache(maxsize=None)
def _classes_of_words() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, words in data("grouping.json")["event_classes"].items():
        for word in words:
            found.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


_FIRING = re.compile(r"\b(?:fir(?:e|es|ed|ing)\s+(?=(?:tear|rubber|live|warning|shots)\b)|fir(?:es|ed|ing)\s+(?=(?:at|on|into)\b))")
"""A verb of shooting (``police fire tear gas``, ``fired on the crowd``), not a blaze (``Fire at refinery``)."""


def classes_in(text: str) -> frozenset[str]:
    lexicon = _classes_of_words()
    text = re.sub(r"\bpress release\b", " ", re.sub(r"\bMarch\b", " ", text).lower())  # the month is no march
    text = _FIRING.sub(" shooting ", text).replace("tear gas", "teargas")  # "police fire tear gas": no blaze, no
    # gas leak
    return frozenset(name for word in _WORD.findall(text) for name in lexicon.get(word, ()))


def headline(text: str) -> str:
    """The article's first line."""
    return text.strip().split("\n", 1)[0]


def opening_sentence(text: str) -> str:
    """The first sentence of the first paragraph after the headline that is no dateline line."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text.strip())[1:]]
    for paragraph in paragraphs:
        if len(paragraph) >= MIN_SENTENCE:
            start, end = sentences(paragraph)[0]
            return paragraph[start:end]
    return ""


def event_classes(text: str) -> frozenset[str]:
    """The classes of event the article's headline names (its background cut off), else its opening sentence."""
    found = classes_in(_BACKGROUND.sub("", headline(text)))
    return found or classes_in(_BACKGROUND.sub("", opening_sentence(text)))


def event_sites(text: str) -> frozenset[str]:
    """The kinds of place or vehicle (data/grouping.json ``site_nouns``: a bus, a mine, a plant) the article's
    headline names, else its opening sentence: a bus crash and a landslide the same rain caused are two events."""
    sites = {word: kind for kind, words in data("grouping.json")["site_nouns"].items() for word in words}
    for part in (headline(text), opening_sentence(text)):
        found = frozenset(sites[w] for w in _WORD.findall(_BACKGROUND.sub("", part).lower()) if w in sites)
        if found:
            return found
    return frozenset()


def same_kind_of_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Classes of two articles allow one event: either unknown, or a class in common."""
    return not a or not b or bool(a & b)


@lru_cache(maxsize=None)
def _families() -> list[frozenset[str]]:
    return [frozenset(classes) for classes in data("grouping.json")["event_families"].values()]


def related_kinds_of_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Classes of two articles that one family of events holds (data/grouping.json ``event_families``: a pit's
    ``accident`` and its ``collapse``; not an earthquake and a road accident), or either unknown."""
    return not a or not b or any(a & family and b & family for family in _families())
