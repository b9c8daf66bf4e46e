"""Cross-validation by article, with scores on real text reported apart from the reports we wrote."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Callable

from ..errors import Errors, PipelineError
from .config import read_training_config
from .corpus import is_real, load_corpus
from .recogniser import train_pipeline


def source_of(article) -> str:
    """The source an article comes from: its id's first word and its genre (`wikinews/news`,
    `wikinews/interview`, `ukgov/statement`, `re3d/encyclopedia`)."""
    return f"{article.id.split('-', 1)[0]}/{article.genre}"


def _folds(articles: list, real: list[bool], k: int, by: str, seed: int) -> list[tuple[list[int], list[int]]]:
    """(train, test) index lists: K folds by article stratified by real vs written-for-project, or, by
    source, each real source held out in turn with everything else in training."""
    from sklearn.model_selection import StratifiedKFold

    if by == "source":
        sources = sorted({source_of(a) for a, r in zip(articles, real) if r})
        return [([i for i, a in enumerate(articles) if source_of(a) != s],
                 [i for i, a in enumerate(articles) if source_of(a) == s]) for s in sources]
    # stratify only when each kind has at least k articles; else plain shuffled folds
    strata = real if min(sum(real), len(real) - sum(real)) >= k else [0] * len(articles)
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [(list(a), list(b)) for a, b in splitter.split(articles, strata)]


def cross_validate(corpus: str | Path, k: int, *, config_path: str | Path | None = None, by: str = "article",
                   base_model: str | None = None, log: Callable[[str], None] | None = None) -> dict:
    """K-fold cross-validation by article (train on K-1 folds, score the held-out one), or by source
    (`by="source"`: each real source in turn is held out whole, which measures text of a kind the
    recogniser never saw; k is then ignored).

    Folds by article are stratified by real vs written-for-project. Rows: the trained
    pipeline, the untrained one (base model and rules) and the plain base
    model's entities. Each row has per-fold headline scores with mean and
    standard deviation, and the scores of all held-out predictions pooled, over
    every article, over the real ones and over the written-for-project ones.
    """
    from ..evaluate import base_ner_predictions, predict, system_scores
    from ..nlp import build_untrained

    log = log or (lambda message: print(message, file=sys.stderr))
    config = read_training_config(config_path)
    articles = sorted(load_corpus(corpus), key=lambda a: a.id)
    if len(articles) < k:
        raise PipelineError(Errors.E017.format(path=corpus, n=len(articles), k=k))
    real = [is_real(a) for a in articles]
    folds = _folds(articles, real, k, by, config["seed"])
    k = len(folds)
    untrained = build_untrained(base_model)
    predictions = {"untrained": predict(untrained, articles), "base-ner": base_ner_predictions(articles, base_model)}
    held_out: list = [None] * len(articles)
    fold_scores: dict[str, list[dict]] = {"trained": [], "untrained": [], "base-ner": []}
    for fold, (train_idx, test_idx) in enumerate(folds, 1):
        train_set = [articles[i] for i in train_idx]
        test_set = [articles[i] for i in test_idx]
        log(f"fold {fold}/{k}: training on {len(train_set)} articles")
        nlp = train_pipeline(train_set, config=config, base_model=base_model)
        for i, predicted in zip(test_idx, predict(nlp, test_set)):
            held_out[i] = predicted
        fold_scores["trained"].append(system_scores(test_set, [held_out[i] for i in test_idx])["headline"])
        for name in ("untrained", "base-ner"):
            fold_scores[name].append(system_scores(test_set, [predictions[name][i] for i in test_idx])["headline"])
        log(f"fold {fold}/{k}: trained entities F1 {fold_scores['trained'][-1]['entities_exact_f1']:.3f}, "
            f"untrained {fold_scores['untrained'][-1]['entities_exact_f1']:.3f}")
    predictions["trained"] = held_out
    systems = {}
    tested = {i for _, test_idx in folds for i in test_idx}
    for name in ("trained", "untrained", "base-ner"):
        rows = fold_scores[name]
        metrics = list(rows[0])
        pooled = {}
        subsets = [("all", lambda i: True), ("real", lambda i: real[i]),
                   ("written-for-project", lambda i: not real[i])]
        subsets += [(f"source {source}", lambda i, source=source: source_of(articles[i]) == source)
                    for source in sorted({source_of(a) for a in articles})]
        for subset, keep in subsets:
            chosen = [i for i in range(len(articles)) if keep(i) and i in tested]
            if chosen:
                pooled[subset] = system_scores([articles[i] for i in chosen], [predictions[name][i] for i in chosen])
        systems[name] = {
            "folds": rows,
            "mean": {m: statistics.fmean(r[m] for r in rows) for m in metrics},
            "std": {m: statistics.pstdev(r[m] for r in rows) for m in metrics},
            "pooled": pooled,
        }
    return {"corpus": str(corpus), "articles": len(articles), "real_articles": sum(real), "folds": k, "by": by,
            "seed": config["seed"], "systems": systems}
