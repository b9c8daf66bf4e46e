"""Scores of the three layers: entities (with COUNT values and PERSON roles), hedges, attributions."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from ..records import Article, Attribution, Entity, Span
from .matching import THRESHOLD, Accuracy, Tally, match, overlaps, same_offsets, word_f1

ATTRIBUTION_PARTS = ("cue", "source", "content", "full")


def pair_articles(gold: list[Article], predicted: list[Article]) -> list[tuple[Article, Article]]:
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


def entity_scores(pairs: list[tuple[Article, Article]]) -> tuple[dict, dict, dict]:
    """Entity metrics, COUNT value accuracy and PERSON role accuracy."""
    exact, lenient = Tally(), Tally()
    per_label: dict[str, Tally] = defaultdict(Tally)
    count_value, person_role = Accuracy(), Accuracy()
    for gold, pred in pairs:
        n_pred, n_gold = len(pred.entities), len(gold.entities)
        matched = match(gold.entities, pred.entities, lambda g, p: g.label == p.label and same_offsets(g, p))
        overlapping = match(gold.entities, pred.entities, lambda g, p: g.label == p.label and overlaps(g, p))
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


def hedge_scores(pairs: list[tuple[Article, Article]]) -> dict:
    exact, overlap = Tally(), Tally()
    for gold, pred in pairs:
        n_pred, n_gold = len(pred.hedges), len(gold.hedges)
        exact.add(len(match(gold.hedges, pred.hedges, same_offsets)), n_pred, n_gold)
        overlap.add(len(match(gold.hedges, pred.hedges, overlaps)), n_pred, n_gold)
    return {"exact": exact.metric(), "overlap": overlap.metric()}


def _source_counts(gold: Span | None, pred: Span | None, same: Callable[[Span, Span], bool]) -> bool:
    """Both sources null, or both present and ``same``."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return same(gold, pred)


def attribution_scores(pairs: list[tuple[Article, Article]], exact: bool) -> dict:
    """Cue/source/content/full metrics; ``exact`` demands identical offsets instead of overlap and word F1."""
    same: Callable[[Span, Span], bool] = same_offsets if exact else overlaps

    def content_counts(g: Attribution, p: Attribution) -> bool:
        if exact:
            return same_offsets(g.content, p.content)
        return word_f1(p.content.text, g.content.text) >= THRESHOLD

    tallies = {part: Tally() for part in ATTRIBUTION_PARTS}
    for gold, pred in pairs:
        matched = match(gold.attributions, pred.attributions, lambda g, p: same(g.cue, p.cue))
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


def attributions_by_shape(pairs: list[tuple[Article, Article]]) -> dict[str, dict]:
    """Per gold ``attrs.shape`` (verb, question, participle, belief, report_noun, evidence, according_to):
    how many gold attributions there are, how many a predicted cue found, and how many were found in full
    (cue, source and content as attributions_full counts them)."""
    counts: dict[str, dict] = defaultdict(lambda: {"gold": 0, "found": 0, "full": 0})
    for gold, pred in pairs:
        matched = dict((id(g), p) for g, p in match(gold.attributions, pred.attributions,
                                                     lambda g, p: overlaps(g.cue, p.cue)))
        for g in gold.attributions:
            row = counts[str(g.attrs.get("shape", "unknown"))]
            row["gold"] += 1
            p = matched.get(id(g))
            if p is not None:
                row["found"] += 1
                if _source_counts(g.source, p.source, overlaps) and word_f1(p.content.text, g.content.text) >= THRESHOLD:
                    row["full"] += 1
    return dict(sorted(counts.items()))
