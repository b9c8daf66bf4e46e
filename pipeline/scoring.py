"""Scores of predicted Articles against gold Articles.

Pure functions over the records of ``article.py``: no spaCy, no I/O. Gold and
predicted articles are paired by id; within an article, gold items are matched
one-to-one in gold order, each taking the first still-unused predicted item that
matches it. Counts are summed over all articles (micro-averaged) before
precision, recall and F1 are computed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, TypeVar

from .records import Article, Attribution, Entity, Span

THRESHOLD = 0.5
"""Minimum word-overlap F1 for a PERSON role or an attribution content to count."""

ATTRIBUTION_PARTS = ("cue", "source", "content", "full")

_WORD = re.compile(r"\w+")

T = TypeVar("T")


class _Offsets(Protocol):
    start: int
    end: int


def word_f1(a: str, b: str) -> float:
    """Word-overlap F1 of a predicted text ``a`` against a gold text ``b``.

    Words are ``\\w+`` runs of the lower-cased text, compared as multisets. Two
    texts without words score 1.0; exactly one without words scores 0.0.
    """
    pred = Counter(_WORD.findall(a.lower()))
    gold = Counter(_WORD.findall(b.lower()))
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    return _f1(overlap / sum(pred.values()) if pred else 0.0, overlap / sum(gold.values()) if gold else 0.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: _Offsets, b: _Offsets) -> bool:
    return a.start < b.end and b.start < a.end


def _same_offsets(a: _Offsets, b: _Offsets) -> bool:
    return a.start == b.start and a.end == b.end


def _match(gold: Sequence[T], pred: Sequence[T], matches: Callable[[T, T], bool]) -> list[tuple[T, T]]:
    """One-to-one (gold, predicted) pairs: each gold item in order takes the first unused match."""
    used = [False] * len(pred)
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and matches(g, p):
                used[i] = True
                pairs.append((g, p))
                break
    return pairs


@dataclass
class _Tally:
    """Micro-averaged counts of one precision/recall metric."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def metric(self) -> dict:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return {"p": p, "r": r, "f": _f1(p, r), "tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold}


@dataclass
class _Accuracy:
    """Share of correct decisions over a set of matched pairs."""

    correct: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.correct += int(correct)
        self.total += 1

    def result(self) -> dict:
        return {"accuracy": self.correct / self.total if self.total else 0.0,
                "correct": self.correct, "total": self.total}


def _pair_articles(gold: list[Article], predicted: list[Article]) -> list[tuple[Article, Article]]:
    """Each gold article with its prediction (the first with its id), or an empty one if there is none."""
    by_id: dict[str, Article] = {}
    for article in predicted:
        by_id.setdefault(article.id, article)
    return [(g, by_id.get(g.id, Article(id=g.id, text=g.text))) for g in gold]


def _count_value(entity: Entity) -> int | None:
    """The integer ``value`` attribute of a COUNT, or None when it is missing or not a number."""
    try:
        return int(entity.attrs["value"])
    except (KeyError, TypeError, ValueError):
        return None


def _role(entity: Entity) -> str:
    return str(entity.attrs.get("role") or "")


def _entity_scores(pairs: list[tuple[Article, Article]]) -> tuple[dict, dict, dict]:
    """Entity metrics, COUNT value accuracy and PERSON role accuracy."""
    exact, lenient = _Tally(), _Tally()
    per_label: dict[str, _Tally] = defaultdict(_Tally)
    count_value, person_role = _Accuracy(), _Accuracy()
    for gold, pred in pairs:
        n_pred, n_gold = len(pred.entities), len(gold.entities)
        matched = _match(gold.entities, pred.entities, lambda g, p: g.label == p.label and _same_offsets(g, p))
        overlapping = _match(gold.entities, pred.entities, lambda g, p: g.label == p.label and _overlaps(g, p))
        exact.add(len(matched), n_pred, n_gold)
        lenient.add(len(overlapping), n_pred, n_gold)
        for entity in gold.entities:
            per_label[entity.label].n_gold += 1
        for entity in pred.entities:
            per_label[entity.label].n_pred += 1
        for g, p in matched:
            per_label[g.label].tp += 1
            if g.label == "COUNT":
                count_value.add(_count_value(g) == _count_value(p))
            elif g.label == "PERSON":
                person_role.add(word_f1(_role(p), _role(g)) >= THRESHOLD)
    entities = {
        "exact": exact.metric(),
        "lenient": lenient.metric(),
        "per_label": {label: per_label[label].metric() for label in sorted(per_label)},
    }
    return entities, count_value.result(), person_role.result()


def _hedge_scores(pairs: list[tuple[Article, Article]]) -> dict:
    exact, overlap = _Tally(), _Tally()
    for gold, pred in pairs:
        n_pred, n_gold = len(pred.hedges), len(gold.hedges)
        exact.add(len(_match(gold.hedges, pred.hedges, _same_offsets)), n_pred, n_gold)
        overlap.add(len(_match(gold.hedges, pred.hedges, _overlaps)), n_pred, n_gold)
    return {"exact": exact.metric(), "overlap": overlap.metric()}


def _source_counts(gold: Span | None, pred: Span | None, same: Callable[[Span, Span], bool]) -> bool:
    """Both sources null, or both present and ``same``."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return same(gold, pred)


def _attribution_scores(pairs: list[tuple[Article, Article]], exact: bool) -> dict:
    """Cue/source/content/full metrics; ``exact`` demands identical offsets instead of overlap and word F1."""
    same: Callable[[Span, Span], bool] = _same_offsets if exact else _overlaps

    def content_counts(g: Attribution, p: Attribution) -> bool:
        if exact:
            return _same_offsets(g.content, p.content)
        return word_f1(p.content.text, g.content.text) >= THRESHOLD

    tallies = {part: _Tally() for part in ATTRIBUTION_PARTS}
    for gold, pred in pairs:
        matched = _match(gold.attributions, pred.attributions, lambda g, p: same(g.cue, p.cue))
        source_ok = [_source_counts(g.source, p.source, same) for g, p in matched]
        content_ok = [content_counts(g, p) for g, p in matched]
        hits = {
            "cue": len(matched),
            "source": sum(source_ok),
            "content": sum(content_ok),
            "full": sum(s and c for s, c in zip(source_ok, content_ok)),
        }
        for part, tally in tallies.items():
            tally.add(hits[part], len(pred.attributions), len(gold.attributions))
    return {part: tally.metric() for part, tally in tallies.items()}


def score_corpus(gold: list[Article], predicted: list[Article]) -> dict:
    """Score predicted articles against gold articles, paired by id.

    A gold article without a prediction counts as an empty prediction; predicted
    articles whose id is not in gold are ignored. Each metric is a dict with
    keys p, r, f, tp, n_pred, n_gold.
    """
    pairs = _pair_articles(gold, predicted)
    entities, count_value, person_role = _entity_scores(pairs)
    attributions = _attribution_scores(pairs, exact=False)
    attributions["exact"] = _attribution_scores(pairs, exact=True)
    return {
        "entities": entities,
        "count_value": count_value,
        "person_role": person_role,
        "hedges": _hedge_scores(pairs),
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
