"""Scorers of the hedge and attribution layers, registered like spaCy's own.

``nlp.evaluate`` and ``spacy evaluate`` call them through the components'
``score`` methods. They turn each Example's predicted and reference Docs into
Articles and score those with ``pipeline.scoring``, so they agree with
``pipeline evaluate`` number for number.
"""

from __future__ import annotations

from typing import Iterable

from spacy.training import Example
from spacy.util import registry


def _articles(examples: Iterable[Example], **keys):
    from ..docs import doc_to_article

    gold, predicted = [], []
    for n, example in enumerate(examples):
        gold.append(doc_to_article(example.reference, str(n), **keys))
        predicted.append(doc_to_article(example.predicted, str(n), **keys))
    return gold, predicted


def _prf(prefix: str, metric: dict) -> dict:
    return {f"{prefix}_p": metric["p"], f"{prefix}_r": metric["r"], f"{prefix}_f": metric["f"]}


def score_hedges(examples: Iterable[Example], *, spans_key: str = "hedges", **kwargs) -> dict:
    """hedges_exact_{p,r,f} and hedges_overlap_{p,r,f}; the overlap F is also ``spans_{key}_f``,
    which ``spacy evaluate --spans-key hedges`` prints."""
    from ..scoring import score_corpus

    hedges = score_corpus(*_articles(examples, hedges_key=spans_key))["hedges"]
    return {**_prf("hedges_exact", hedges["exact"]), **_prf("hedges_overlap", hedges["overlap"]),
            **_prf(f"spans_{spans_key}", hedges["overlap"])}


def score_attributions(examples: Iterable[Example], *, spans_key: str = "attributions", **kwargs) -> dict:
    """attributions_{cue,source,content,full}_{p,r,f}, as ``pipeline evaluate`` counts them."""
    from ..scoring import ATTRIBUTION_PARTS, score_corpus

    scores = score_corpus(*_articles(examples, attributions_key=spans_key))["attributions"]
    result = {}
    for part in ATTRIBUTION_PARTS:
        result.update(_prf(f"attributions_{part}", scores[part]))
    return result


def score_count_values(examples: Iterable[Example], **kwargs) -> dict:
    """count_value_acc: the share of exactly matched COUNTs whose value is right."""
    from ..scoring import score_corpus

    return {"count_value_acc": score_corpus(*_articles(examples))["count_value"]["accuracy"]}


def score_roles(examples: Iterable[Example], **kwargs) -> dict:
    """person_role_acc: the share of exactly matched PERSONs whose role is right."""
    from ..scoring import score_corpus

    return {"person_role_acc": score_corpus(*_articles(examples))["person_role"]["accuracy"]}


@registry.scorers("news.counts_scorer.v1")
def make_counts_scorer():
    return score_count_values


@registry.scorers("news.roles_scorer.v1")
def make_roles_scorer():
    return score_roles


@registry.scorers("news.hedges_scorer.v1")
def make_hedges_scorer():
    return score_hedges


@registry.scorers("news.attribution_scorer.v1")
def make_attribution_scorer():
    return score_attributions
