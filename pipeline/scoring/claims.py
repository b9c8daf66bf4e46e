"""Scores of the claims layer.

``claim_attribute_scores``: for each gold attribution whose cue a predicted
attribution overlaps (matched one-to-one as in ``layers.attribution_scores``),
the predicted claim's ``source_type`` and ``status`` against the gold's
``attrs``: accuracy over all, accuracy per gold class (the share of that class
found), and the confusion counts.

``conflict_scores``: figure conflicts and opposing claims of a ledger against
corpora/conflicts/conflicts.gold.jsonl (see ``conflict_scores`` below for the matching);
``conflict_scores_by_set`` the same for each set of gold groups (development, held out).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..claims import claims_of
from ..records import Article
from .matching import Accuracy, match, overlaps

CLAIM_ATTRIBUTES = ("source_type", "status")


def claim_attribute_scores(pairs: list[tuple[Article, Article]]) -> dict:
    """{attribute: {accuracy, correct, total, per_class: {class: {accuracy, correct, total}}, confusion}}."""
    overall = {name: Accuracy() for name in CLAIM_ATTRIBUTES}
    per_class: dict[str, dict[str, Accuracy]] = {name: defaultdict(Accuracy) for name in CLAIM_ATTRIBUTES}
    confusion: dict[str, dict[str, dict[str, int]]] = {name: defaultdict(lambda: defaultdict(int))
                                                       for name in CLAIM_ATTRIBUTES}
    for gold, pred in pairs:
        predicted = {claim.attribution: claim for claim in claims_of(pred)}
        for g, p in match(gold.attributions, pred.attributions, lambda g, p: overlaps(g.cue, p.cue)):
            claim = predicted[p.id]
            for name in CLAIM_ATTRIBUTES:
                expected = g.attrs.get(name)
                if expected is None:
                    continue
                found = getattr(claim, name)
                overall[name].add(found == expected)
                per_class[name][expected].add(found == expected)
                confusion[name][expected][found] += 1
    return {name: {**overall[name].result(),
                   "per_class": {label: per_class[name][label].result() for label in sorted(per_class[name])},
                   "confusion": {label: dict(row) for label, row in sorted(confusion[name].items())}}
            for name in CLAIM_ATTRIBUTES}


# --------------------------------------------------------------------------- conflicts against conflicts.gold.jsonl

_STOP = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "that", "had", "has",
         "have", "was", "were", "is", "are", "be", "been", "its", "it", "their", "his", "her"}


def article_key(article_id: str) -> tuple[str, str]:
    """(group, article) of a predicted article id: its last two path parts (``g01-.../a``)."""
    parts = article_id.replace("\\", "/").split("/")
    return (parts[-2], parts[-1]) if len(parts) > 1 else ("", parts[-1])


def _overlap(a: str, b: str) -> bool:
    """Contents overlap: half the words of the shorter are in the other (stop words left out)."""
    wa = set(re.findall(r"\w+", a.lower())) - _STOP
    wb = set(re.findall(r"\w+", b.lower())) - _STOP
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def conflict_scores(gold: list[dict], events: list[dict]) -> dict:
    """Figure-conflict and opposing-claim precision and recall of predicted events against the gold groups.

    Only gold groups with an article among the predictions are scored, and only
    predictions that touch those groups. A predicted figure conflict matches a gold
    one of the same group when the kind and the set of conflicting values are equal
    (one-to-one). A predicted opposing pair matches a gold opposing entry when each of
    its two claims overlaps (``_overlap``) the content of a different claim of the
    entry in the same article; recall counts the gold entries with a matching pair,
    precision the predicted pairs that match one.
    """
    predicted_groups = {article_key(a)[0] for event in events for a in event["articles"]}
    scored = [g for g in gold if g["group"] in predicted_groups]
    by_group = {g["group"]: g for g in scored}
    figures = {"tp": 0, "n_pred": 0, "n_gold": sum(len(g["figure_conflicts"]) for g in scored)}
    opposing = {"tp": 0, "n_pred": 0, "n_gold": sum(len(g["opposing_claims"]) for g in scored), "found": 0}
    used: set[tuple[str, int]] = set()
    found_entries: set[tuple[str, int]] = set()
    for event in events:
        for conflict in event["figure_conflicts"]:
            groups = {article_key(f["article"])[0] for f in conflict["figures"]}
            if not groups & set(by_group):
                continue
            figures["n_pred"] += 1
            if len(groups) != 1:
                continue
            group = groups.pop()
            for n, expected in enumerate(by_group[group]["figure_conflicts"]):
                if ((group, n) not in used and expected["kind"] == conflict["kind"]
                        and {f["value"] for f in expected["figures"]} == set(conflict["values"])):
                    used.add((group, n))
                    figures["tp"] += 1
                    break
        pairs = [[entry["claims"][i] for i in pair["claims"]] for entry in event["opposing_claims"]
                 for pair in entry["pairs"]]
        tally_opposing(pairs, by_group, opposing, found_entries)
    opposing["found"] = len(found_entries)
    return {"groups": [g["group"] for g in scored],
            "figure_conflicts": prf(figures["tp"], figures["n_pred"], figures["tp"], figures["n_gold"]),
            "opposing_claims": prf(opposing["tp"], opposing["n_pred"], opposing["found"], opposing["n_gold"])}


def tally_opposing(pairs: list[list[dict]], by_group: dict[str, dict], counts: dict, found: set) -> None:
    """Count predicted opposing pairs (each two claims with ``article`` and ``content``) that touch a scored
    group into ``counts`` (``n_pred``, ``tp``), and the gold entries they match into ``found``."""
    for members in pairs:
        keys = [article_key(m["article"]) for m in members]
        if not {k[0] for k in keys} & set(by_group):
            continue
        counts["n_pred"] += 1
        hit = opposing_match(by_group.get(keys[0][0]), keys, members)
        if hit is not None:
            counts["tp"] += 1
            found.add((keys[0][0], hit))


def conflict_scores_by_set(gold: list[dict], events: list[dict], sets: list[dict]) -> dict:
    """conflict_scores over every gold group, with ``sets``: the scores of each set of groups (``name``, group
    numbers ``first`` to ``last``: g13 is 13) that has a group among the predictions, by name."""
    scores = conflict_scores(gold, events)
    scores["sets"] = {}
    for group_set in sets:
        subset = [g for g in gold if group_set["first"] <= group_number(g["group"]) <= group_set["last"]]
        found = conflict_scores(subset, events)
        if found["groups"]:
            scores["sets"][group_set["name"]] = found
    return scores


def group_number(group: str) -> int:
    """The number of a group named ``g13-...`` (13), or -1."""
    found = re.match(r"g(\d+)", group)
    return int(found.group(1)) if found else -1


def opposing_match(group: dict | None, keys: list[tuple[str, str]], members: list[dict]) -> int | None:
    """Index of the gold opposing entry both claims of a predicted pair match, or None."""
    if group is None or keys[0][0] != keys[1][0]:
        return None
    for n, entry in enumerate(group["opposing_claims"]):
        hits = [{i for i, g in enumerate(entry["claims"]) if g["article"] == key[1] and _overlap(m["content"], g["content"])}
                for key, m in zip(keys, members)]
        if any(x != y for x in hits[0] for y in hits[1]):
            return n
    return None


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp_pred, "n_pred": n_pred,
            "found": tp_gold, "n_gold": n_gold}


def claim_headline(scores: dict) -> dict[str, float]:
    """The headline numbers of claim_attribute_scores (those cross-validation averages)."""
    return {f"claims_{name}_accuracy": scores[name]["accuracy"] for name in CLAIM_ATTRIBUTES}


def claim_rows(systems: dict, names: list[str], width: int) -> list[str]:
    """Table rows of `pipeline evaluate`: source type and status accuracy, overall and per gold class
    (on the attributions whose cue matches gold; n: how many)."""
    lines = []
    for attribute in CLAIM_ATTRIBUTES:
        first = systems[names[0]]["scores"]["claims"][attribute]
        labels = [None, *first["per_class"]]
        for label in labels:
            cells = ""
            for name in names:
                result = systems[name]["scores"]["claims"][attribute]
                found = result if label is None else result["per_class"].get(label)
                cells += f"{found['accuracy']:16.3f} n={found['total']:<4}" if found else f"{'-':>24}"
            title = f"{attribute.replace('_', ' ')} accuracy" + (f" {label}" if label else "")
            lines.append(f"{title:<{width}}{cells}")
    return lines
