"""Articles about the same event: groups of the articles of a collection that a learned scorer links.

Every pair of articles of a collection gets the features of link_features.py
(how alike their texts and headlines are, the particular names they share, the
classes of event they tell, their dates); a logistic regression trained on the
conflict groups (data/link_model.json, ``python scripts/link_model.py``: C and
the threshold chosen by cross-validation by group, over single groups and
collections that mix two or three groups' articles) gives the probability that
the two tell one event. Groups are the connected parts of the links whose
probability is at least the model's threshold; claims belong to their
article's group.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..records import Article
from .link_features import link_features
from .logistic import probability
from .text import data


@lru_cache(maxsize=None)
def shipped_model() -> dict:
    return data("link_model.json")


def links(articles: list[Article], model: dict | None = None) -> list[tuple[int, int]]:
    """The pairs (i, j) of articles the model links."""
    model = model or shipped_model()
    return [pair for pair, features in link_features(articles).items()
            if probability(model, features) >= model["threshold"]]


def group_articles(articles: list[Article], model: dict | None = None) -> list[list[int]]:
    """Groups of article indexes (each sorted), ordered by their first article."""
    group_of = list(range(len(articles)))

    def root(i: int) -> int:
        while group_of[i] != i:
            i = group_of[i]
        return i

    for i, j in links(articles, model):
        group_of[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def events(articles: list[Article], collections: list[int] | None = None) -> Iterator[list[Article]]:
    """The articles of each event: grouped within each collection (one day's coverage, a directory; None:
    one collection), in order."""
    marks = collections if collections is not None else [0] * len(articles)
    for collection in dict.fromkeys(marks):
        inside = [a for a, mark in zip(articles, marks) if mark == collection]
        for group in group_articles(inside):
            yield [inside[i] for i in group]
