"""Articles about the same event: groups of articles whose texts are alike and that share names.

Two articles are linked when the cosine similarity of their TF-IDF vectors
(scikit-learn, English stop words, sublinear term frequency) is at least
``strong``, or at least ``weak`` and their openings (headline, dateline, first
paragraph) share a name — unless both give calendar dates and none of them are
within ``date_window`` days of each other (the numbers are in
data/grouping.json). Groups are the connected parts of the links, as long as
the articles tell events of one class (events.py: an earthquake and a jeep
crash in one district are two events); claims belong to their article's group.

Names are the article's place and body entities (GPE, LOC, FAC, ORG) and the
runs of capitalised words inside its sentences (``Anefis``, ``Kenyatta
Avenue``), so that names the entity layer missed count too; a wire dateline's
agency (``(Central Asia Wire)``) is no name. Two names are shared when the words
of one hold the other's. A name counts only when it has a particular word: one
that the articles never write in lower case, that is not a title, body, day or
month word (``generic_words``) nor a country's or a nationality's (a country is
too wide to tell one event from another), and that is not found in many of the
articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ..records import Article
from .events import event_classes, related_kinds_of_event, same_kind_of_event
from .values import date_value
from .scope import OPENING
from .text import data, sentences

PLACES = ("GPE", "LOC", "FAC", "ORG")
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def settings() -> dict:
    return data("grouping.json")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text.replace("’", "'").replace("'s", "")))


def _runs(text: str) -> list[str]:
    """Runs of capitalised words inside sentences (a sentence's first word is left out), datelines' agencies cut;
    a dateline's place counts though it opens its sentence (``ULAANBAATAR, Jan 17 (Steppe News Agency) -``)."""
    found = []

    def cut_agency(match: re.Match) -> str:
        found.append(match.group(1).split(",")[0])
        return match.group(1) + " " * (len(match.group()) - len(match.group(1)))

    text = re.sub(settings()["dateline"], cut_agency, text)
    for start, end in sentences(text):
        for match in _RUN.finditer(text, start, end):
            run = match.group()
            if not re.search(r"\w", text[start:match.start()]):  # the sentence's first word (after a quote mark)
                run = run.split(None, 1)[1] if " " in run else ""
            if run:
                found.append(run)
    return found


def _raw_names(article: Article, end: int | None = None) -> set[frozenset[str]]:
    """The names of the article's text (up to end): place and body entities, runs of capitalised words."""
    text = article.text[:end]
    phrases = [e.text for e in article.entities if e.label in PLACES and e.end <= len(text)] + _runs(text)
    return {words for words in map(_words, phrases) if words}


def _particular(articles: list[Article], names: list[set[frozenset[str]]]) -> set[str]:
    """Words that make a name particular (module docstring)."""
    lower = set()
    for article in articles:
        lower.update(re.findall(r"\b[a-z][a-z'-]*\b", article.text))
    frequency = Counter(word for found in names for word in set().union(*found) if found)
    cap = max(settings()["name_df_min"], settings()["name_df_share"] * len(articles))
    generic = set(settings()["generic_words"]) | _countries()
    return {w for w, n in frequency.items()
            if n <= cap and w not in lower and w not in generic and not w.isdigit() and len(w) > 2}


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    """Words of country names and nationalities: a country is too wide to tell one event from another."""
    names = data("places.json")["countries"] + list(data("sides.json")["aliases"])
    return frozenset(w for name in names for w in _words(name)) | frozenset(data("sides.json")["demonyms"])


def _share_name(a: set[frozenset[str]], b: set[frozenset[str]]) -> bool:
    """One name of a is, or holds, or is held by, one name of b."""
    return any(x <= y or y <= x for x in a for y in b)


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
    return min(min(abs(x - y), 372 - abs(x - y)) for x in a for y in b) > settings()["date_window"]


def similarities(articles: list[Article]) -> list[list[float]]:
    """Cosine similarities of the articles' TF-IDF vectors."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if len(articles) < 2:
        return [[1.0] * len(articles) for _ in articles]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(a.text for a in articles)
    return cosine_similarity(vectors).tolist()


def article_names(articles: list[Article], end: int | None = None) -> list[set[frozenset[str]]]:
    """Each article's names (in its text up to end) that have a particular word (module docstring)."""
    particular = _particular(articles, [_raw_names(a) for a in articles])
    return [{name for name in _raw_names(a, end) if name & particular} for a in articles]


def group_articles(articles: list[Article]) -> list[list[int]]:
    """Groups of article indexes (each sorted), ordered by their first article.

    Links are taken from the most similar pair down; a link joins two groups only when the classes of event
    they tell have one in common (events.py; a group's are those of any of its articles), so that an article
    that names no class does not join two events of different classes. A group's classes are not only those
    its articles share: a kidnapping told as ``abduction`` and ``attack`` (``Gunmen kidnap 14 bus passengers``)
    joins its follow-up told as an abduction, and then an account that tells only the attack."""
    sims = similarities(articles)
    opening_names = article_names(articles, OPENING)
    days = [_days(a) for a in articles]
    links = []
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            sim = sims[i][j]
            named = sim >= settings()["weak"] and _share_name(opening_names[i], opening_names[j])
            if (sim >= settings()["strong"] or named) and not _dates_apart(days[i], days[j]):
                links.append((sim, i, j, named))
    links.sort(reverse=True)
    group_of = list(range(len(articles)))
    members = {i: [i] for i in range(len(articles))}
    classes = {i: event_classes(a.text) for i, a in enumerate(articles)}
    for sim, i, j, named in links:
        a, b = group_of[i], group_of[j]
        # a name both openings give and texts this alike tell one event, whatever class of one family its
        # accounts give it ("accident" / "collapse" of one pit, "clashes" / "protest" at one plant)
        if a == b or not (same_kind_of_event(classes[a], classes[b])
                          or (named and sim >= settings()["named"] and related_kinds_of_event(classes[a], classes[b]))):
            continue
        for k in members[b]:
            group_of[k] = a
        members[a] += members.pop(b)
        classes[a] = classes[a] | classes[b]
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def events(articles: list[Article], collections: list[int] | None = None) -> Iterator[list[Article]]:
    """The articles of each event: grouped within each collection (one day's coverage, a directory; None:
    one collection), in order."""
    marks = collections if collections is not None else [0] * len(articles)
    for collection in dict.fromkeys(marks):
        inside = [a for a, mark in zip(articles, marks) if mark == collection]
        for group in group_articles(inside):
            yield [inside[i] for i in group]
