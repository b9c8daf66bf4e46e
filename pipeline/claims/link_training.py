"""Training the learned linking of articles about one event (grouping.py) on the conflict gold: collections of
articles (each gold group alone, and mixes of two or three groups' articles, as a day's coverage mixes events),
every pair of a collection with its features and its label (both articles tell the same event: the same group,
and neither is one of its ``off_event_articles``), and cross-validation by group.
``python scripts/link_model.py`` runs it and writes data/link_model.json.
"""

from __future__ import annotations

import random
from itertools import product

from ..records import Article
from ..scoring.claims import article_key
from .grouping import group_articles
from .link_features import link_features
from .logistic import fit

# C 100 was tried (g01-g168: 156/168 groups and 17/20 mixes against 155 and 15 at C 10) and left out: its
# weights turn against their meaning (a pair whose texts tell each other's lede less likely to be one event)
GRID = {"c": (1.0, 10.0), "threshold": (0.2, 0.3, 0.4, 0.5), "linkage": ("single", "average")}


def _event(article: Article, gold: dict[str, dict]) -> tuple[str, str]:
    group, letter = article_key(article.id)
    return (group, "") if letter not in gold[group]["off_event_articles"] else (group, letter)


def collections(articles: list[Article], gold: dict[str, dict], *, seed: int = 7) -> list[dict]:
    """Each gold group's articles alone, then mixes of two and of three groups (drawn with seed), each with its
    pairs (features and label)."""
    by_group: dict[str, list[Article]] = {}
    for article in articles:
        group = article_key(article.id)[0]
        if group in gold:
            by_group.setdefault(group, []).append(article)
    names = sorted(by_group)
    order = names[:]
    random.Random(seed).shuffle(order)
    mixes = [[n] for n in names] + [order[k:k + 2] for k in range(0, len(order) - 1, 2)] \
        + [[order[k], order[(k + 5) % len(order)], order[(k + 11) % len(order)]] for k in range(0, len(order), 6)]
    found = []
    for groups in mixes:
        members = [a for name in groups for a in by_group[name]]
        events = [_event(a, gold) for a in members]
        pairs = [{"pair": pair, "features": features, "label": events[pair[0]] == events[pair[1]]}
                 for pair, features in link_features(members).items()]
        found.append({"groups": groups, "articles": members, "pairs": pairs})
    return found


def grouped_right(collection: dict, groups: list[list[int]]) -> bool:
    """The groups link exactly the pairs of the collection that tell one event."""
    group_of = {i: n for n, group in enumerate(groups) for i in group}
    return all((group_of[p["pair"][0]] == group_of[p["pair"][1]]) == p["label"] for p in collection["pairs"])


def cross_validate(found: list[dict], *, folds: int = 5, seed: int = 0) -> list[dict]:
    """For each setting of GRID: how many collections are grouped right (single groups and mixes apart), each by
    a model trained on the collections that hold no group of its fold (a collection is tested when all its groups
    are in one fold)."""
    names = sorted({name for c in found for name in c["groups"]})
    random.Random(seed).shuffle(names)
    fold_of = {name: n % folds for n, name in enumerate(names)}
    rows = []
    for c in GRID["c"]:
        models = {k: fit([p for col in found if k not in {fold_of[n] for n in col["groups"]} for p in col["pairs"]],
                         c=c, threshold=1.0) for k in range(folds)}
        for threshold, linkage in product(GRID["threshold"], GRID["linkage"]):
            tally = {"single": [0, 0], "mixed": [0, 0]}
            for col in found:
                tested = {fold_of[n] for n in col["groups"]}
                if len(tested) != 1:
                    continue
                model = {**models[tested.pop()], "threshold": threshold, "linkage": linkage}
                counts = tally["single" if len(col["groups"]) == 1 else "mixed"]
                counts[0] += grouped_right(col, group_articles(col["articles"], model))
                counts[1] += 1
            rows.append({"setting": f"C {c} threshold {threshold} {linkage}", "c": c, "threshold": threshold,
                         "linkage": linkage, **tally,
                         "right": tally["single"][0] + tally["mixed"][0]})
    return rows
