"""What two articles about events share: how alike their texts are (TF-IDF cosine similarity, scikit-learn,
English stop words, sublinear term frequency), the names they share, and their calendar days (grouping.py and
the features of the learned linking of articles, link_features.py, read them).

Names are the article's place and body entities (GPE, LOC, FAC, ORG) and the
runs of capitalised words inside its sentences (``Anefis``, ``Kenyatta
Avenue``), so that names the entity layer missed count too; a wire dateline's
agency (``(Central Asia Wire)``) is no name. Two names are shared when the words
of one hold the other's. A name counts only when it has a particular word: one
that the articles never write in lower case, that is not a title, body, day or
month word (``generic_words``) nor a country's or a nationality's (a country is
too wide to tell one event from another), and that is not found in many of the
articles. The numbers are in data/grouping.json.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..records import Article
from .events import headline
from .values import date_value
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


def shared_names(a: set[frozenset[str]], b: set[frozenset[str]]) -> set[frozenset[str]]:
    """The names of a that are, or hold, or are held by, a name of b."""
    return {x for x in a for y in b if x <= y or y <= x}


def days(article: Article) -> set[int]:
    """Days of the year of the article's calendar dates (month and day)."""
    days = set()
    for entity in article.entities:
        if entity.label == "DATE":
            value = date_value(entity.text)
            if value and "-" in value:
                month, day = map(int, value.split("-"))
                days.add(month * 31 + day)
    return days


def dates_apart(a: set[int], b: set[int]) -> bool:
    if not a or not b:
        return False
    return min(min(abs(x - y), 372 - abs(x - y)) for x in a for y in b) > settings()["date_window"]


def similarities(texts: list[str]) -> list[list[float]]:
    """Cosine similarities of the texts' TF-IDF vectors."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if len(texts) < 2:
        return [[1.0] * len(texts) for _ in texts]
    try:
        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # no word that is not a stop word (headlines of "The" and "News")
        return [[float(i == j) for j in range(len(texts))] for i in range(len(texts))]
    return cosine_similarity(vectors).tolist()


def _stems(text: str) -> set[str]:
    """The content words of a text (no stop word, no number), cut to their first five letters (``killed`` and
    ``killing`` are one)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in ENGLISH_STOP_WORDS}


def lede_cover(ledes: list[str], texts: list[str]) -> list[list[float]]:
    """For each pair, the smaller share of one article's lede words that the other's text uses: an article about
    another event may mention this one (it covers this event's lede), but this event's articles do not tell its
    own lede."""
    lede_words, text_words = [_stems(t) for t in ledes], [_stems(t) for t in texts]
    share = [[len(lw & tw) / len(lw) if lw else 1.0 for tw in text_words] for lw in lede_words]
    return [[min(share[i][j], share[j][i]) for j in range(len(texts))] for i in range(len(texts))]


def particular_words(articles: list[Article]) -> set[str]:
    """The words that make a name of these articles particular (module docstring)."""
    return _particular(articles, [_raw_names(a) for a in articles])


_PLACE_RUN = re.compile(r"\b(?:in|near|at|outside|off|on)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
"""Capitalised words after a preposition of place (``near Korpo``, ``in Baku's Khatai district``): a place the
entity layer may have missed."""


def _plain(words: frozenset[str]) -> frozenset[str]:
    """The words without accents (``Košice`` and ``Kosice`` are one place)."""
    return frozenset(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() or w for w in words)


def headline_places(article: Article, particular: set[str]) -> set[frozenset[str]]:
    """The particular words (accents dropped) of each place the article's headline names: its place entities
    (GPE, LOC, FAC) and capitalised words after a preposition of place."""
    end = len(headline(article.text))
    phrases = [e.text for e in article.entities if e.label in PLACES[:3] and e.end <= end]
    phrases += [m.group(1) for m in _PLACE_RUN.finditer(article.text[:end])]
    return {_plain(_words(phrase) & particular) for phrase in phrases} - {frozenset()}


def none_mentioned(places: set[frozenset[str]], text: str) -> bool:
    """Places were named and the text has no word of any of them: an article about another event names its own
    town or site in its headline, which this event's reports never write (though that one may name this event's
    in passing)."""
    words = _plain(_words(text))
    return bool(places) and not any(place & words for place in places)


def article_names(articles: list[Article], end: int | list[int] | None = None,
                  particular: set[str] | None = None) -> list[set[frozenset[str]]]:
    """Each article's names (in its text up to end, or up to its own end in a list) that have a particular word
    (module docstring; particular_words of the articles when not given)."""
    if particular is None:
        particular = particular_words(articles)
    ends = end if isinstance(end, list) else [end] * len(articles)
    return [{name for name in _raw_names(a, stop) if name & particular} for a, stop in zip(articles, ends)]
