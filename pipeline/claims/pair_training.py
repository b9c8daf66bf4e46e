"""Training the learned scorer of opposing claims (pair_model.py) on the conflict gold: the candidate pairs of
every event with their labels, and the logistic regression fitted to them (logistic.py).
``python scripts/opposing_model.py`` cross-validates by group and trains data/opposing_model.json.
"""

from __future__ import annotations

from ..records import Article
from ..scoring.claims import article_key, opposing_match, prf, tally_opposing
from . import claims_of
from .agents import allegiances
from .grouping import events
from .logistic import fit
from .opposing import event_claims, rule_pairs
from .pair_model import candidates, chosen_indexes


def examples(articles: list[Article], collections: list[int], gold: dict[str, dict]) -> list[dict]:
    """The candidates of every event of the articles (grouped as ``pipeline claims --per-group`` does), each
    with its group, its two claims and its label: whether the two match two claims of a gold opposing entry
    (the test of conflict_scores)."""
    found = []
    for members in events(articles, collections):
        claims, sides = event_claims([(a.id, c) for a in members for c in claims_of(a)])
        allegiance = allegiances([c for _, c in claims])
        rules = rule_pairs(claims, sides, allegiance)
        for candidate in candidates(claims, sides, rules, allegiance):
            pair = [{"article": claims[n][0], "content": claims[n][1].core or claims[n][1].content}
                    for n in (candidate.first, candidate.second)]
            name = article_key(pair[0]["article"])[0]
            keys = [article_key(m["article"]) for m in pair]
            label = name in gold and opposing_match(gold[name], keys, pair) is not None
            found.append({"group": name, "event": claims[0][0], "features": candidate.features, "label": label,
                          "members": pair, "rule": (candidate.first, candidate.second) in rules})
    return found


GRID = {"c": (0.3, 1.0), "top": (1, 2), "threshold": (0.8, 0.9, 0.95)}


def selected_pairs(items: list[dict], model: dict | None) -> dict[str, list[tuple[dict, dict]]]:
    """Group -> the pairs predicted: the rules' and, with a model, those it chooses in each event (by the
    event's first article)."""
    by_event: dict[str, list[dict]] = {}
    for item in items:
        by_event.setdefault(item["event"], []).append(item)
    found: dict[str, list[tuple[dict, dict]]] = {}
    for event_items in by_event.values():
        learned = chosen_indexes(model, [i["features"] for i in event_items]) if model else set()
        for n, item in enumerate(event_items):
            if item["rule"] or n in learned:
                found.setdefault(item["group"], []).append(tuple(item["members"]))
    return found


def pair_scores(selected: dict[str, list[tuple[dict, dict]]], gold: dict[str, dict], groups: set[str]) -> dict:
    """Opposing-claim precision and recall of the selected pairs over the gold groups of ``groups`` (as
    conflict_scores counts them)."""
    by_group = {name: gold[name] for name in groups if name in gold}
    counts = {"tp": 0, "n_pred": 0}
    found: set = set()
    tally_opposing([list(pair) for name in groups for pair in selected.get(name, [])], by_group, counts, found)
    n_gold = sum(len(record["opposing_claims"]) for record in by_group.values())
    return prf(counts["tp"], counts["n_pred"], len(found), n_gold)


def cross_validate(items: list[dict], gold: dict[str, dict], *, folds: int = 5, seed: int = 0) -> list[dict]:
    """For the rules alone and each setting of GRID: precision and recall over the groups, each group's pairs
    chosen by a model trained on the other folds' groups (folds by group, shuffled with seed)."""
    import random

    names = sorted({item["group"] for item in items})
    random.Random(seed).shuffle(names)
    fold_of = {name: n % folds for n, name in enumerate(names)}
    everything = set(names)
    rows = [{"setting": "rules only", **pair_scores(selected_pairs(items, None), gold, everything)}]
    for c in GRID["c"]:
        models = {k: fit([i for i in items if fold_of[i["group"]] != k], c=c, top=1, threshold=1.0)
                  for k in range(folds)}
        for top in GRID["top"]:
            for threshold in GRID["threshold"]:
                selected: dict[str, list] = {}
                for k, model in models.items():
                    test = [i for i in items if fold_of[i["group"]] == k]
                    selected.update(selected_pairs(test, {**model, "top": top, "threshold": threshold}))
                rows.append({"setting": f"C {c} top {top} threshold {threshold}", "c": c, "top": top,
                             "threshold": threshold, **pair_scores(selected, gold, everything)})
    return rows
