"""The learned scorers of the claims layer (opposing claims, pair_model.py; links between articles of one
event, grouping.py) are logistic regressions shipped as JSON (an intercept and a weight per feature, with the
settings chosen by cross-validation) and applied with plain Python; scikit-learn is imported only to fit them.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def probability(model: dict, features: dict[str, float]) -> float:
    score = model["intercept"] + sum(model["weights"].get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-score))


def fit(items: list[dict], *, c: float, **settings) -> dict:
    """The model (the JSON dict, with ``c`` and the settings given) trained on items with ``features`` and
    ``label``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([item["features"] for item in items])
    with threadpool_limits(limits=1):
        classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(
            matrix, [item["label"] for item in items])
    weights = {str(name): round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
               if round(float(w), 4)}
    return {"intercept": round(float(classifier.intercept_[0]), 4), "weights": weights, "c": c, **settings}


def training_arguments(argv: list[str] | None, description: str, model_file: str) -> argparse.Namespace:
    """The arguments of a script that trains a scorer: the conflict corpus, the folds, the model's output path
    (data/model_file by default)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", nargs="?", default="corpora/conflicts")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=DATA / model_file)
    return parser.parse_args(argv)
