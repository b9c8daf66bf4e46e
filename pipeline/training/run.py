"""`pipeline train` as a plain function: corpus in, model directory out.

The model directory is ours from top to bottom: meta.json names this project as
author, lists the base pipeline and every corpus file with its licences as
sources, and holds our scores on the real-news test split as ``performance``;
config.cfg's training sections are the recipe that made it (the recogniser
fine-tuned, everything else frozen), not the base pipeline's from-scratch one.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from ..jsonl import corpus_files, read_articles
from ..records import Article
from .config import read_training_config
from .corpus import data_hash, split_corpus
from .recogniser import train_pipeline

AUTHOR = "News annotation pipeline project"
LICENSE = "MIT"
RECOGNISER = "ner"
# The weights of the model's own layers in spaCy's score; the frozen base components' scores are not weighed.
SCORE_WEIGHTS = {"ents_f": 0.4, "attributions_full_f": 0.2, "hedges_overlap_f": 0.2,
                 "count_value_acc": 0.1, "person_role_acc": 0.1}
FROM_SETTINGS = object()  # `test` default: the test split named by the settings, when it exists


def corpus_sources(by_file: list[tuple[Path, list[Article]]]) -> list[dict]:
    """One source a corpus file: its articles, genres, origins and licences (from each article's meta)."""
    sources = []
    for file, articles in by_file:
        licences = Counter(str(a.meta.get("licence") or a.meta.get("license") or "not recorded") for a in articles)
        origins = sorted({str(a.meta.get("via") or a.meta.get("source")) for a in articles
                          if a.meta.get("via") or a.meta.get("source")})
        sources.append({
            "name": file.name,
            "articles": len(articles),
            "genres": sorted({str(a.genre) for a in articles}),
            "license": licences.most_common(1)[0][0] if len(licences) == 1 else
            "; ".join(f"{licence} ({n} articles)" for licence, n in licences.most_common()),
            **({"origin": "; ".join(origins)} if origins else {}),
        })
    return sources


def base_source(meta: dict) -> dict:
    """The base pipeline as a source, with the sources it was trained on."""
    return {"name": f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
            "author": meta.get("author"), "url": meta.get("url"), "license": meta.get("license"),
            "use": "the pretrained components; its recogniser is fine-tuned here", "sources": meta.get("sources", [])}


def performance(scores: dict) -> dict:
    """meta.json's performance: P/R/F of each layer and the COUNT value and PERSON role accuracies."""
    from ..scoring import ATTRIBUTION_PARTS

    layers = {"entities_exact": scores["entities"]["exact"], "entities_lenient": scores["entities"]["lenient"],
              "hedges_exact": scores["hedges"]["exact"], "hedges_overlap": scores["hedges"]["overlap"],
              **{f"attributions_{part}": scores["attributions"][part] for part in ATTRIBUTION_PARTS}}
    flat = {f"{name}_{key}": metric[key] for name, metric in layers.items() for key in ("p", "r", "f")}
    return {**flat, "count_value_acc": scores["count_value"]["accuracy"],
            "person_role_acc": scores["person_role"]["accuracy"],
            "entities_per_label": {label: {k: m[k] for k in ("p", "r", "f")}
                                   for label, m in scores["entities"]["per_label"].items()}}


def score_test_split(nlp, path: str | Path | None, trained_on: list[Article],
                     log: Callable[[str], None]) -> tuple[dict, dict | None]:
    """(performance, what was scored) on the test split at path; nothing when there is none or it
    shares an article with the corpus."""
    from ..evaluate import predict, system_scores
    from ..settings import PROJECT_DIR

    if path is None:
        log("no test split: meta.json gets no performance")
        return {}, None
    test = read_articles(path)
    shared = sorted({a.id for a in test} & {a.id for a in trained_on})
    if shared:
        log(f"test split {path} shares {len(shared)} article(s) with the corpus: meta.json gets no performance")
        return {}, None
    scores = system_scores(test, predict(nlp, test))["scores"]
    shown = Path(path).resolve()
    shown = shown.relative_to(PROJECT_DIR) if shown.is_relative_to(PROJECT_DIR) else shown
    return performance(scores), {"path": shown.as_posix(), "articles": len(test), "data_hash": data_hash(test)}


def training_sections(nlp, config: dict) -> dict:
    """config.cfg's sections other than [nlp] and [components]: how `spacy train` fine-tunes this
    pipeline as `pipeline train` did (configs/spacy-train.cfg adds the components sourced from a model)."""
    weights = {}  # ours for the recogniser's and our layers' scores (None: a score spaCy only lists); none for the rest
    for name in nlp.component_names:
        for key, default in nlp.get_pipe_meta(name).default_score_weights.items():
            ours = name == RECOGNISER or name.startswith("news_")
            weights[key] = SCORE_WEIGHTS.get(key, None if default is None else 0.0) if ours else None
    corpus = {"@readers": "spacy.Corpus.v1", "gold_preproc": False, "max_length": 0, "limit": 0, "augmenter": None}
    return {
        "paths": {"train": None, "dev": None},
        "system": {"seed": config["seed"], "gpu_allocator": None},
        "corpora": {"train": {**corpus, "path": "${paths.train}"}, "dev": {**corpus, "path": "${paths.dev}"}},
        "training": {
            "seed": "${system.seed}", "gpu_allocator": "${system.gpu_allocator}", "dropout": config["dropout"],
            "accumulate_gradient": 1, "patience": 0, "max_epochs": config["epochs"], "max_steps": 0,
            "eval_frequency": 50, "frozen_components": [n for n in nlp.component_names if n != RECOGNISER],
            "annotating_components": [], "train_corpus": "corpora.train", "dev_corpus": "corpora.dev",
            "before_to_disk": None, "before_update": None,
            "batcher": {"@batchers": "spacy.batch_by_sequence.v1", "size": config["batch_size"], "get_length": None},
            "logger": {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False},
            # what nlp.resume_training() uses in `pipeline train`
            "optimizer": {"@optimizers": "Adam.v1", "learn_rate": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-08,
                          "L2": 0.0, "L2_is_weight_decay": True, "grad_clip": 1.0, "use_averages": True},
            "score_weights": weights,
        },
        "pretraining": {},
        "initialize": {"vectors": None, "init_tok2vec": None, "vocab_data": None, "lookups": None,
                       "before_init": None, "after_init": None, "tokenizer": {}, "components": {}},
    }


def describe(nlp, output: Path, sources: list[dict], scores: dict) -> None:
    """Make nlp's meta and config ours (the base pipeline's author, contact and scores go)."""
    from .. import __version__

    for key in ("email", "url", "performance", "sources", "author"):
        nlp.meta.pop(key, None)
    nlp.meta.update({"name": output.name.replace("-", "_"), "version": __version__, "author": AUTHOR,
                     "description": "News annotation pipeline: entities, attributions and hedges "
                                    "(recogniser fine-tuned from the base pipeline's).",
                     "license": LICENSE, "sources": sources, "performance": scores})


def train(corpus: str | Path, output: str | Path, *, config_path: str | Path | None = None,
          base_model: str | None = None, test=FROM_SETTINGS, log: Callable[[str], None] | None = None) -> dict:
    """Train on the corpus, score the dev split and the test split, and write the model directory atomically.

    test: a gold JSONL file scored into meta.json's performance; None for none; by
        default the settings' test split (corpora/test/wikinews-test.gold.jsonl in a checkout).
    output: refused (PipelineError) when it is a file, the current directory, is or
        holds or lies in the corpus, or an existing directory that holds no model of ours.
    Returns the news_pipeline block written into the model's meta.json (bar the hashes).
    """
    import spacy

    from ..errors import Errors, PipelineError
    from ..evaluate import predict, system_scores
    from ..modeldir import atomic_model_dir, check_output, save_model
    from ..settings import test_split_path

    log = log or (lambda message: print(message, file=sys.stderr))
    config = read_training_config(config_path)
    target = check_output(output, corpus=corpus)
    by_file = [(file, read_articles(file)) for file in corpus_files(corpus)]
    articles = [article for _, items in by_file for article in items]
    train_set, dev_set = split_corpus(articles, config["dev_fraction"], config["seed"])
    log(f"corpus: {len(articles)} articles ({len(train_set)} train, {len(dev_set)} dev)")
    started = time.perf_counter()
    nlp = train_pipeline(train_set, config=config, base_model=base_model, log=log)
    dev_scores = system_scores(dev_set, predict(nlp, dev_set))["headline"] if dev_set else {}
    test_scores, tested = score_test_split(nlp, test_split_path() if test is FROM_SETTINGS else test, articles, log)
    info = {
        "data_hash": data_hash(articles),
        "articles": {"train": [a.id for a in train_set], "dev": [a.id for a in dev_set]},
        "training": config,
        "versions": {"spacy": spacy.__version__, "python": sys.version.split()[0]},
        "dev_scores": dev_scores,
        "test": tested,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    sources = [base_source(nlp.meta), *corpus_sources(by_file)]  # the base's meta, before describe() replaces it
    describe(nlp, target, sources, test_scores)
    nlp.config.update(training_sections(nlp, config))
    target = check_output(output, corpus=corpus)  # again: the directory may have changed while training
    try:
        with atomic_model_dir(target) as tmp:
            save_model(nlp, tmp, info)
    except OSError as err:
        raise PipelineError(Errors.E164.format(path=output, reason=err.strerror or err)) from None
    log(f"saved {output} in {info['train_seconds']} s; dev: " + ", ".join(f"{k} {v:.3f}" for k, v in dev_scores.items()))
    return info
