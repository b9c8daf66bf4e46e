"""The learned source-type model: a multinomial logistic regression over the features of type_features.

Trained with scikit-learn (``fit``, ``train_source_type_model``; imported only there), shipped as
JSON (``data/source_type_model.json``: classes, intercepts and a weight row per feature) and applied
with plain Python (``predict``), so that annotating needs no scikit-learn.

Retrain after changing the gold, the features or the lexicons:

    python scripts/source_type_model.py train corpora/*.gold.jsonl
"""

from __future__ import annotations

import math
from datetime import date

from ..records import Article
from .records import SOURCE_TYPES
from .sources import source_views
from .type_features import GROUPS, keep_groups, source_features

C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
MODEL_FILE = "source_type_model.json"


def examples(articles: list[Article]) -> list[dict]:
    """One example per attribution with a gold ``source_type``: its article, features and label."""
    found = []
    for article in articles:
        for attribution, view in zip(article.attributions, source_views(article)):
            label = attribution.attrs.get("source_type")
            if label in SOURCE_TYPES:
                found.append({"article": article.id, "real": article.genre != "written-for-project",
                              "features": source_features(view, article, cue=attribution.cue.text),
                              "label": label, "no_source": view.text is None})
    return found


def fit(items: list[dict], *, groups=GROUPS, c: float | None = None, seed: int = 0) -> dict:
    """A model (the JSON dict) trained on the examples; ``c`` None picks the regularisation by an inner
    cross-validation by article over the same examples. Sourceless attributions are left out: they are
    unnamed by definition."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    items = [item for item in items if not item["no_source"]]
    if c is None:
        c = _pick_c(items, groups, seed)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(keep_groups(i["features"], groups), 1) for i in items])
    labels = [item["label"] for item in items]
    if len(set(labels)) < 2:  # nothing to learn: the one class everywhere
        return {"classes": sorted(set(labels)), "intercept": [0.0], "weights": {}, "groups": list(groups), "c": c}
    with threadpool_limits(limits=1):  # a few hundred examples: threads only cost (and crawl on a busy machine)
        classifier = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    classes = [str(k) for k in classifier.classes_]
    coef = classifier.coef_ if len(classes) > 2 else [-classifier.coef_[0] / 2, classifier.coef_[0] / 2]
    intercept = (list(classifier.intercept_) if len(classes) > 2
                 else [-classifier.intercept_[0] / 2, classifier.intercept_[0] / 2])
    names = vectorizer.get_feature_names_out()
    weights = {}
    for column, name in enumerate(names):
        row = [round(float(coef[k][column]), 4) for k in range(len(classes))]
        if any(row):
            weights[str(name)] = row
    return {"classes": classes, "intercept": [round(float(b), 4) for b in intercept], "weights": weights,
            "groups": list(groups), "c": c}


def _pick_c(items: list[dict], groups, seed: int) -> float:
    """The C of C_GRID with the best accuracy in a 4-fold cross-validation by article over items."""
    from sklearn.model_selection import GroupKFold

    article_ids = [item["article"] for item in items]
    if len(set(article_ids)) < 4:
        return 1.0
    best, best_c = -1.0, 1.0
    for c in C_GRID:
        correct = 0
        for train, test in GroupKFold(n_splits=4).split(items, groups=article_ids):
            model = fit([items[i] for i in train], groups=groups, c=c, seed=seed)
            correct += sum(predict(model, items[i]["features"])[0] == items[i]["label"] for i in test)
        if correct > best:
            best, best_c = correct, c
    return best_c


def predict(model: dict, features: list[str]) -> tuple[str, float]:
    """(class, its probability) for the features of one source."""
    scores = list(model["intercept"])
    for feature in keep_groups(features, model["groups"]):
        row = model["weights"].get(feature)
        if row:
            scores = [s + w for s, w in zip(scores, row)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    best = max(range(len(scores)), key=scores.__getitem__)
    return model["classes"][best], exps[best] / sum(exps)


def train_source_type_model(articles: list[Article], *, groups=GROUPS, c: float | None = None) -> dict:
    """The model of the shipped file, trained on every example of articles, with what it was trained on."""
    items = examples(articles)
    model = fit(items, groups=groups, c=c)
    model["trained_on"] = {"articles": len(articles), "examples": len(items), "date": date.today().isoformat()}
    return model
