"""`pipeline evaluate` as plain functions: predictions for gold articles, scores
per system, and the table that shows them side by side."""

from __future__ import annotations

from pathlib import Path

from .errors import Errors, PipelineError
from .jsonl import read_articles
from .records import Article, Entity
from .scoring import headline, score_corpus, summary_rows
from .scoring.claims import claim_rows
from .scoring.layers import pair_articles

BASELINES = ("base-ner",)


def predict(nlp, gold: list[Article], n_process: int = 1) -> list[Article]:
    """The pipeline's Articles for the gold articles' texts."""
    from .engine.local import AnnotationFailure, annotate

    predicted = list(annotate(nlp, ((a.id, a.text, a.meta) for a in gold), n_process=n_process))
    for item in predicted:
        if isinstance(item, AnnotationFailure):
            raise PipelineError(Errors.E022.format(article_id=item.id, reason=item.reason))
    return predicted


def base_ner_predictions(gold: list[Article], base_model: str | None = None) -> list[Article]:
    """The plain pretrained pipeline's entities, labels mapped onto the guideline set (components/data/labels.json)."""
    from .components.data import read_data
    from .nlp import load_base

    nlp = load_base(base_model)
    label_map = read_data("labels.json")
    predicted = []
    for article, doc in zip(gold, nlp.pipe(a.text for a in gold)):
        entities = [
            Entity(f"T{n}", ent.start_char, ent.end_char, label_map[ent.label_], ent.text)
            for n, ent in enumerate((e for e in doc.ents if label_map.get(e.label_)), 1)
        ]
        predicted.append(Article(article.id, article.text, {}, entities))
    return predicted


def system_scores(gold: list[Article], predicted: list[Article]) -> dict:
    from .scoring.claims import claim_attribute_scores, claim_headline

    scores = score_corpus(gold, predicted)
    scores["claims"] = claim_attribute_scores(pair_articles(gold, predicted))
    return {"headline": {**headline(scores), **claim_headline(scores["claims"])}, "scores": scores}


def evaluate(gold_path: str | Path, *, model: str | None = None, predictions: str | Path | None = None,
             baseline: str | None = None, base_model: str | None = None) -> dict:
    """Score a model (or a predictions file) on gold, with an optional baseline row.

    Returns {"gold": path, "articles": n, "systems": {name: {"headline": {...}, "scores": {...}}}}.
    """
    if baseline is not None and baseline not in BASELINES:  # before any model is loaded
        raise PipelineError(Errors.E019.format(name=baseline, choices=", ".join(BASELINES)))
    gold = read_articles(gold_path)
    systems: dict[str, dict] = {}
    if predictions is not None:
        predicted = read_articles(predictions)
        known = {a.id for a in predicted}
        missing = [a.id for a in gold if a.id not in known]
        if len(missing) == len(gold):  # scores of 0.000 would say the system is bad, not that the files do not match
            raise PipelineError(Errors.E185.format(path=predictions))
        systems["predictions"] = system_scores(gold, predicted)
        systems["predictions"]["missing_articles"] = missing
    else:
        from .nlp import load

        nlp = load(model, base_model=base_model)
        name = "model" if model is None else Path(str(model)).name
        systems[name] = system_scores(gold, predict(nlp, gold))
    if baseline is not None:
        systems[baseline] = system_scores(gold, base_ner_predictions(gold, base_model))
    return {"gold": str(gold_path), "articles": len(gold), "systems": systems}


def format_table(results: dict) -> str:
    """Rows: metrics (P/R/F1); column groups: systems."""
    systems = results["systems"]
    names = list(systems)
    rows = {name: summary_rows(data["scores"]) for name, data in systems.items()}
    width = max(len(r[0]) for r in rows[names[0]]) + 2
    header = " " * width + "".join(f"{name[:23]:>24}" for name in names)
    sub = " " * width + "".join(f"{'P':>8}{'R':>8}{'F1':>8}" for _ in names)
    lines = [f"gold: {results['gold']} ({results['articles']} articles)", header, sub]
    by_name = {name: {r[0]: r[1:] for r in rows[name]} for name in names}
    for metric, *_ in rows[names[0]]:
        cells = []
        for name in names:
            values = by_name[name].get(metric)
            cells.append("".join(f"{v:8.3f}" for v in values) if values else f"{'-':>24}")
        lines.append(f"{metric:<{width}}" + "".join(cells))
    for label in ("count_value", "person_role"):
        cells = "".join(f"{systems[n]['scores'][label]['accuracy']:24.3f}" for n in names)
        lines.append(f"{label.replace('_', ' ') + ' accuracy':<{width}}{cells}")
    lines.extend(claim_rows(systems, names, width))
    lines.extend(shape_rows(systems, names, width))
    for name in names:
        if systems[name].get("missing_articles"):
            lines.append(f"{name}: {len(systems[name]['missing_articles'])} gold article(s) missing from the predictions")
    return "\n".join(lines)


def shape_rows(systems: dict, names: list[str], width: int) -> list[str]:
    """Attributions per gold shape: gold, cue found, found in full (when the gold gives shapes)."""
    shapes = sorted({shape for n in names for shape in systems[n]["scores"]["attributions"].get("by_shape", {})})
    if not shapes or shapes == ["unknown"]:
        return []
    lines = [f"{'shapes of attributions':<{width}}" + "".join(f"{'gold / found / full':>24}" for _ in names)]
    for shape in shapes:
        cells = []
        for name in names:
            row = systems[name]["scores"]["attributions"].get("by_shape", {}).get(shape)
            cells.append(f"{row['gold']:>12} /{row['found']:>4} /{row['full']:>4}" if row else f"{'-':>24}")
        lines.append(f"{'  ' + shape:<{width}}" + "".join(cells))
    return lines


def format_cv_table(results: dict) -> str:
    """Cross-validation: mean ± standard deviation over folds per headline metric and system, then the
    held-out predictions pooled over the real articles and over the written-for-project ones."""
    systems = results["systems"]
    names = list(systems)
    metrics = list(next(iter(systems.values()))["mean"])
    width = max(len(m) for m in metrics) + 2
    lines = [f"{results['folds']}-fold cross-validation by {results.get('by', 'article')} over {results['articles']} articles "
             f"({results.get('real_articles', '?')} real)",
             "all articles, mean ± sd over folds",
             " " * width + "".join(f"{n:>20}" for n in names)]
    for metric in metrics:
        cells = "".join(f"{systems[n]['mean'][metric]:>12.3f} ± {systems[n]['std'][metric]:<5.3f}" for n in names)
        lines.append(f"{metric:<{width}}{cells}")
    subsets = ["real", "written-for-project"] + sorted(
        k for k in systems[names[0]].get("pooled", {}) if k.startswith("source "))
    for subset in subsets:
        if not all(subset in systems[n].get("pooled", {}) for n in names):
            continue
        lines += ["", f"{subset} articles, held-out predictions pooled",
                  " " * width + "".join(f"{n:>20}" for n in names)]
        for metric in metrics:
            cells = "".join(f"{systems[n]['pooled'][subset]['headline'][metric]:>20.3f}" for n in names)
            lines.append(f"{metric:<{width}}{cells}")
    return "\n".join(lines)
