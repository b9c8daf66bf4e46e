"""The learned source-type model that evaluation.py compares with the rules: a multinomial logistic
regression over the features of type_features.

``fit`` trains it with scikit-learn (imported there only) and returns it as plain data (classes,
intercepts and a weight row per feature, as JSON would hold it); ``predict`` applies it with plain
Python. Cross-validation (``python scripts/source_type_cv.py corpora/*.gold.jsonl``) did not find it
better than the rules on real articles, so the claims layer does not use it: it is kept to measure
that again when the gold grows.
"""

from __future__ import annotations

import math

from ..records import Article
from .records import SOURCE_TYPES
from .sources import source_views
from .type_features import GROUPS, keep_groups, source_features

C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)


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


def fit(items: list[dict], *, groups=GROUPS, c: float | None = None) -> dict:
    """A model (the JSON dict) trained on the examples; ``c`` None picks the regularisation by an inner
    cross-validation by article over the same examples. Sourceless attributions are left out: they are
    unnamed by definition."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    items = [item for item in items if not item["no_source"]]
    labels = [item["label"] for item in items]
    if len(set(labels)) < 2:  # nothing to learn: the one class (or unnamed) everywhere
        return {"classes": sorted(set(labels)) or ["unnamed"], "intercept": [0.0], "weights": {},
                "groups": list(groups), "c": c}
    if c is None:
        c = _pick_c(items, groups)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(keep_groups(i["features"], groups), 1) for i in items])
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


def _pick_c(items: list[dict], groups) -> float:
    """The C of C_GRID with the best accuracy in a 4-fold cross-validation by article over items."""
    from sklearn.model_selection import GroupKFold

    article_ids = [item["article"] for item in items]
    if len(set(article_ids)) < 4:
        return 1.0
    best, best_c = -1.0, 1.0
    for c in C_GRID:
        correct = 0
        for train, test in GroupKFold(n_splits=4).split(items, groups=article_ids):
            model = fit([items[i] for i in train], groups=groups, c=c)
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

