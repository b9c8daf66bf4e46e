"""Cross-validation by article of the source-type classifiers, real and written-for-project articles apart.

Systems compared on the same folds (claims built from the gold layers, scored against the gold
``attrs.source_type``):

- ``rules``: the rules of source_types.py alone (they learn nothing: the folds change nothing);
- ``classifier``: the learned model (type_model) on the features of type_features, no rule features,
  trained on the training folds only;
- ``combined``: the learned model with the rules' answer and the rule that gave it as features;
- ``fallback``: the rules, except where they only fall back to a default (a person with no title,
  an unresolved pronoun, an unknown phrase): there the classifier decides.

The regularisation of each fold's model is picked by an inner cross-validation on its training
folds. ``python scripts/source_type_cv.py corpora/*.gold.jsonl`` prints the table.
"""

from __future__ import annotations

from collections import defaultdict

from ..records import Article
from .records import SOURCE_TYPES
from .type_features import GROUPS
from .type_model import examples, fit, predict

SYSTEMS = ("rules", "classifier", "combined", "fallback")
DEFAULT_RULES = ("person-default", "pronoun-default", "default")
"""Rules that give a type for want of evidence: where ``fallback`` asks the classifier."""
SUBSETS = ("all", "real", "written-for-project")


def rule_of(features: list[str]) -> tuple[str, str]:
    """(type, rule) the rules gave, read back from the ``rule=type|rule`` feature."""
    kind, rule = next(f for f in features if f.startswith("rule=") and "|" in f)[5:].split("|")
    return kind, rule


def _splits(items: list[dict], folds: int, seed: int) -> list[tuple[set[str], set[str]]]:
    """(training article ids, test article ids) of each fold, stratified by real vs written articles."""
    from sklearn.model_selection import StratifiedKFold

    articles = sorted({item["article"]: item["real"] for item in items}.items())
    ids = [a for a, _ in articles]
    strata = [int(real) for _, real in articles]
    if min(sum(strata), len(strata) - sum(strata)) < folds:
        strata = [0] * len(ids)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return [({ids[i] for i in train}, {ids[i] for i in test}) for train, test in splitter.split(ids, strata)]


def fold_predictions(items: list[dict], train_ids: set[str], test_ids: set[str], *, groups=GROUPS,
                     c: float | None = None, test_without=()) -> dict[str, list[str]]:
    """{system: predicted types of the test examples, in order} for one fold; ``test_without``: feature
    groups taken from the test examples (``genre``: texts without a genre, as plain .txt input is)."""
    train = [item for item in items if item["article"] in train_ids]
    test = [item for item in items if item["article"] in test_ids]
    alone = fit(train, groups=groups, c=c)
    stacked = fit(train, groups=(*groups, "rule"), c=c)
    found: dict[str, list[str]] = defaultdict(list)
    for item in test:
        kind, rule = rule_of(item["features"])
        features = [f for f in item["features"] if f.split("=", 1)[0] not in test_without]
        learned = "unnamed" if item["no_source"] else predict(alone, features)[0]
        found["rules"].append(kind)
        found["classifier"].append(learned)
        found["combined"].append("unnamed" if item["no_source"] else predict(stacked, features)[0])
        found["fallback"].append(learned if rule in DEFAULT_RULES else kind)
    return found


def cross_validate_source_types(articles: list[Article], *, folds: int = 5, repeats: int = 1, seed: int = 0,
                                groups=GROUPS, c: float | None = None, test_without=()) -> dict:
    """{system: {subset: {accuracy, correct, total, per_class}}} over the held-out predictions of every
    fold (of every repeat: each repeat shuffles the articles into folds anew)."""
    items = examples(articles)
    tallies = {s: {sub: defaultdict(lambda: [0, 0]) for sub in SUBSETS} for s in SYSTEMS}
    for repeat in range(repeats):
        for train_ids, test_ids in _splits(items, folds, seed + repeat):
            test = [item for item in items if item["article"] in test_ids]
            predicted = fold_predictions(items, train_ids, test_ids, groups=groups, c=c, test_without=test_without)
            for system in SYSTEMS:
                for item, found, ruled in zip(test, predicted[system], predicted["rules"]):
                    subset = "real" if item["real"] else "written-for-project"
                    right, rules_right = found == item["label"], ruled == item["label"]
                    for name in ("all", subset):
                        for key in ("", item["label"]):
                            tallies[system][name][key][0] += right
                            tallies[system][name][key][1] += 1
                        # the examples where the system and the rules disagree (a paired comparison)
                        tallies[system][name]["vs rules"][0] += right and not rules_right
                        tallies[system][name]["vs rules"][1] += rules_right and not right
    return {system: {name: _result(tally) for name, tally in by_subset.items() if tally[""][1]}
            for system, by_subset in tallies.items()}


def _result(tally: dict) -> dict:
    def accuracy(pair):
        return {"accuracy": pair[0] / pair[1], "correct": pair[0], "total": pair[1]}

    fixed, broken = tally["vs rules"]
    return {**accuracy(tally[""]), "vs_rules": {"fixed": fixed, "broken": broken},
            "per_class": {k: accuracy(tally[k]) for k in SOURCE_TYPES if tally.get(k) and tally[k][1]}}


def format_cross_validation(results: dict) -> str:
    """The results as lines: per system and subset, the accuracy (with, against the rules, the examples it
    gets right that they get wrong and the reverse) and the accuracy of each gold class."""
    lines = []
    for system, by_subset in results.items():
        for subset, result in by_subset.items():
            paired = result["vs_rules"]
            versus = f"   vs rules +{paired['fixed']} -{paired['broken']}" if system != "rules" else ""
            lines.append(f"{system:<11} {subset:<20} {result['accuracy']:.3f} ({result['correct']}/{result['total']})"
                         + versus)
            lines.append(f"{'':<32} " + "  ".join(f"{k} {r['accuracy']:.3f} ({r['correct']}/{r['total']})"
                                                  for k, r in result["per_class"].items()))
    return "\n".join(lines)
