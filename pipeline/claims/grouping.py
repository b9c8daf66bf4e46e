"""Articles about the same event: groups of articles whose texts are alike and that share names.

Two articles are linked when the cosine similarity of their TF-IDF vectors
(scikit-learn, English stop words, sublinear term frequency) is at least
``STRONG``, or at least ``WEAK`` and they share a named place or body (GPE, LOC,
FAC, ORG; one name holding the other counts; so does a one-word name of one that
is a capitalised word inside a sentence of the other, where the entity layer
missed it) — unless both give calendar dates and none of them are within
``DATE_WINDOW`` days of each other. Groups are the connected parts of the links.
Claims belong to their article's group.
"""

from __future__ import annotations

import re

from ..records import Article
from .figures import date_value

STRONG = 0.30
WEAK = 0.10
DATE_WINDOW = 3
PLACES = ("GPE", "LOC", "FAC", "ORG")
NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december", "minister",
             "ministry", "president", "general", "police", "army", "national", "state", "government", "court",
             "department", "office", "service", "council", "city", "province", "region", "district", "street",
             "road", "international", "united", "nations", "news", "agency", "says", "said", "live"}


def _names(article: Article) -> list[frozenset[str]]:
    """The named places and bodies of an article, each as its set of words (``the`` and ``Ltd.`` dropped)."""
    names = set()
    for entity in article.entities:
        if entity.label in PLACES:
            words = frozenset(re.findall(r"\w+", entity.text.lower())) - {"the", "ltd", "inc", "co", "plc"}
            if words:
                names.add(words)
    return list(names)


def _share_name(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """One name of a is, or holds, or is held by, one name of b."""
    return any(x <= y or y <= x for x in a for y in b)


def _named_in(names: list[frozenset[str]], words: set[str]) -> bool:
    """A one-word name of one article (``Anefis``) is a capitalised word of the other."""
    return any(len(name) == 1 and next(iter(name)) in words for name in names)


def _proper_words(article: Article) -> set[str]:
    """Capitalised words inside sentences (not after a sentence end or a line break): names the entity
    layer may have missed (``Anefis``), less the names of days and months and words of titles."""
    found = set(re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b", article.text))
    return {w.lower() for w in found} - NOT_NAMES


def _days(article: Article) -> set[int]:
    """Days of the year of the article's calendar dates (month and day)."""
    days = set()
    for entity in article.entities:
        if entity.label == "DATE":
            value = date_value(entity.text)
            if value and "-" in value:
                month, day = map(int, value.split("-"))
                days.add(month * 31 + day)
    return days


def _dates_apart(a: set[int], b: set[int]) -> bool:
    if not a or not b:
        return False
    return min(min(abs(x - y), 372 - abs(x - y)) for x in a for y in b) > DATE_WINDOW


def similarities(articles: list[Article]) -> list[list[float]]:
    """Cosine similarities of the articles' TF-IDF vectors."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if len(articles) < 2:
        return [[1.0] * len(articles) for _ in articles]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(a.text for a in articles)
    return cosine_similarity(vectors).tolist()


def group_articles(articles: list[Article]) -> list[list[int]]:
    """Groups of article indexes (each sorted), ordered by their first article."""
    sims = similarities(articles)
    names = [_names(a) for a in articles]
    proper = [_proper_words(a) for a in articles]
    days = [_days(a) for a in articles]
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            similar = sims[i][j] >= STRONG or (sims[i][j] >= WEAK and (_share_name(names[i], names[j])
                                                                   or _named_in(names[i], proper[j])
                                                                   or _named_in(names[j], proper[i])))
            if similar and not _dates_apart(days[i], days[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
