"""Scores of predicted Articles against gold Articles.

Pure functions over the records of ``article.py``: no spaCy, no I/O. Gold and
predicted articles are paired by id; within an article, gold items are matched
one-to-one in gold order, each taking the first still-unused predicted item that
matches it. Counts are summed over all articles (micro-averaged) before
precision, recall and F1 are computed.
"""

from __future__ import annotations

from ..records import Article
from .layers import (
    ATTRIBUTION_PARTS,
    attribution_scores,
    attributions_by_shape,
    entity_scores,
    hedge_scores,
    pair_articles,
)
from .matching import THRESHOLD, word_f1


def score_corpus(gold: list[Article], predicted: list[Article]) -> dict:
    """Score predicted articles against gold articles, paired by id.

    A gold article without a prediction counts as an empty prediction; predicted
    articles whose id is not in gold are ignored. Each metric is a dict with
    keys p, r, f, tp, n_pred, n_gold.
    """
    pairs = pair_articles(gold, predicted)
    entities, count_value, person_role = entity_scores(pairs)
    attributions = attribution_scores(pairs, exact=False)
    attributions["exact"] = attribution_scores(pairs, exact=True)
    attributions["by_shape"] = attributions_by_shape(pairs)
    return {
        "entities": entities,
        "count_value": count_value,
        "person_role": person_role,
        "hedges": hedge_scores(pairs),
        "attributions": attributions,
    }


def summary_rows(scores: dict) -> list[tuple[str, float, float, float]]:
    """The (name, p, r, f) rows of a score_corpus result, in report order."""
    named = [
        ("entities (exact)", scores["entities"]["exact"]),
        ("entities (lenient)", scores["entities"]["lenient"]),
        *((f"entity {label}", metric) for label, metric in sorted(scores["entities"]["per_label"].items())),
        ("hedges (exact)", scores["hedges"]["exact"]),
        ("hedges (overlap)", scores["hedges"]["overlap"]),
        *((f"attributions {part}", scores["attributions"][part]) for part in ATTRIBUTION_PARTS),
        *((f"attributions {part} (exact spans)", scores["attributions"]["exact"][part]) for part in ATTRIBUTION_PARTS),
    ]
    return [(name, metric["p"], metric["r"], metric["f"]) for name, metric in named]


def headline(scores: dict) -> dict[str, float]:
    """The headline numbers of a score_corpus result (those cross-validation averages)."""
    return {
        "entities_exact_f1": scores["entities"]["exact"]["f"],
        "entities_lenient_f1": scores["entities"]["lenient"]["f"],
        "count_value_accuracy": scores["count_value"]["accuracy"],
        "person_role_accuracy": scores["person_role"]["accuracy"],
        "hedges_exact_f1": scores["hedges"]["exact"]["f"],
        "hedges_overlap_f1": scores["hedges"]["overlap"]["f"],
        **{f"attributions_{part}_f1": scores["attributions"][part]["f"] for part in ATTRIBUTION_PARTS},
    }


__all__ = ["ATTRIBUTION_PARTS", "THRESHOLD", "headline", "score_corpus", "summary_rows", "word_f1"]
