"""Articles about the same event: groups of the articles of a collection that a learned scorer links.

Every pair of articles of a collection gets the features of link_features.py
(how alike their texts and headlines are, the particular names they share, the
classes of event they tell, their dates); a logistic regression trained on the
conflict groups (data/link_model.json, ``python scripts/link_model.py``: C and
the threshold chosen by cross-validation by group, over single groups and
collections that mix two or three groups' articles) gives the probability that
the two tell one event. Groups are the connected parts of the links whose
linkage (the likeliest pair, or the mean of the pairs, between two groups) is at
least the model's threshold are joined; claims belong to their article's group.
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


LINKAGES = {"single": max, "average": lambda chances: sum(chances) / len(chances)}
"""How likely two groups of articles are to tell one event, from the chances of the pairs between them: the
likeliest pair (``single``: an article joins a group when it is linked to any member), or their mean
(``average``: an article that shares a name with one member only, such as another event's report that mentions
this one in passing, stays apart)."""


def group_articles(articles: list[Article], model: dict | None = None) -> list[list[int]]:
    """Groups of article indexes (each sorted), ordered by their first article: the two likeliest groups are
    joined while their linkage (LINKAGES, the model's) is at least the model's threshold."""
    model = model or shipped_model()
    chance = {pair: probability(model, features) for pair, features in link_features(articles).items()}
    linkage, threshold = LINKAGES[model["linkage"]], model["threshold"]
    # both linkages are at most the likeliest pair between two groups, so only groups that a pair at or above the
    # threshold links can be joined: the others are never scored (a day's coverage of many events stays fast)
    strong = [pair for pair, p in chance.items() if p >= threshold]
    groups = [[i] for i in range(len(articles))]
    while True:
        group_of = {i: n for n, group in enumerate(groups) for i in group}
        linked = {tuple(sorted((group_of[i], group_of[j]))) for i, j in strong if group_of[i] != group_of[j]}
        if not linked:
            break
        score, x, y = max((linkage([chance[(min(i, j), max(i, j))] for i in groups[x] for j in groups[y]]), x, y)
                          for x, y in linked)
        if score < threshold:
            break
        groups[x] = sorted(groups[x] + groups.pop(y))
    return sorted(groups, key=lambda g: g[0])


def events(articles: list[Article], collections: list[int] | None = None) -> Iterator[list[Article]]:
    """The articles of each event: grouped within each collection (one day's coverage, a directory; None:
    one collection), in order."""
    marks = collections if collections is not None else [0] * len(articles)
    for collection in dict.fromkeys(marks):
        inside = [a for a, mark in zip(articles, marks) if mark == collection]
        for group in group_articles(inside):
            yield [inside[i] for i in group]
