"""`pipeline train` and cross-validation as plain functions.

The corpus is read with Hugging Face `datasets` from local JSONL files and
split by article, deterministically from the seed. Training fine-tunes the
base pipeline's entity recogniser on the guideline labels; entities of the
base labels outside the guideline set (NORP, MONEY, ...) that the base model
predicts on the training texts are kept in the training data, so the
recogniser does not forget them. The rule components then run on top.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from .records import Article

from .validation import check_file

from .jsonl import corpus_files
from .errors import Errors, PipelineError

NEW_LABELS = ("MEDIA", "AIRCRAFT", "WEAPON", "COUNT")
DEFAULT_TRAINING = {"epochs": 30, "dropout": 0.2, "batch_size": 8, "dev_fraction": 0.2, "seed": 0, "filters": False}


def load_corpus(path: str | Path) -> list[Article]:
    """Every article of a JSONL file or a directory of them, validated, read through `datasets`."""
    files = corpus_files(path)
    for file in files:
        check_file(file)  # every file valid before anything is read, with a clear error
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    import datasets

    datasets.disable_progress_bars()
    lines = datasets.load_dataset("text", data_files=[str(f) for f in files], split="train")
    articles = [Article.from_dict(json.loads(row["text"])) for row in lines if row["text"].strip()]
    if not articles:
        raise PipelineError(Errors.E013.format(path=path))
    return articles


def split_corpus(articles: list[Article], dev_fraction: float, seed: int) -> tuple[list[Article], list[Article]]:
    """A deterministic train/dev split by article id."""
    ordered = sorted(articles, key=lambda a: a.id)
    random.Random(seed).shuffle(ordered)
    n_dev = round(len(ordered) * dev_fraction)
    if dev_fraction > 0 and len(ordered) > 1:
        n_dev = max(1, n_dev)  # a dev article whenever one is asked for and can be spared
    return ordered[n_dev:], ordered[:n_dev]


def data_hash(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for article in sorted(articles, key=lambda a: a.id):
        digest.update(json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def read_training_config(path: str | Path | None) -> dict:
    """Training settings: DEFAULT_TRAINING updated by the [training] table of a TOML file."""
    import tomllib

    config = dict(DEFAULT_TRAINING)
    if path is not None:
        try:
            config.update(tomllib.loads(Path(path).read_text(encoding="utf-8")).get("training", {}))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise PipelineError(Errors.E021.format(path=path, reason=err)) from None
    return config


def _examples(nlp, articles: list[Article], base_docs: list) -> list:
    from spacy.training import Example
    from spacy.util import filter_spans

    guideline = set(NEW_LABELS) | {"PERSON", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME"}
    examples = []
    for article, base_doc in zip(articles, base_docs):
        doc = nlp.make_doc(article.text)
        gold = [doc.char_span(e.start, e.end, e.label, alignment_mode="contract") for e in article.entities]
        gold = [s for s in gold if s is not None]
        taken = {i for s in gold for i in range(s.start, s.end)}
        # rehearsal: the base model's own non-guideline entities where gold has none
        rehearsal = [doc.char_span(e.start_char, e.end_char, e.label_) for e in base_doc.ents
                     if e.label_ not in guideline]
        rehearsal = [s for s in rehearsal if s is not None and not any(i in taken for i in range(s.start, s.end))]
        spans = filter_spans(gold + rehearsal)
        examples.append(Example.from_dict(doc, {"entities": [(s.start_char, s.end_char, s.label_) for s in spans]}))
    return examples


def train_pipeline(train: list[Article], *, config: dict, base_model: str | None = None,
                   log: Callable[[str], None] | None = None):
    """A pipeline whose recogniser is fine-tuned on `train`, with the rule components after it."""
    from spacy.util import fix_random_seed, minibatch

    from .nlp import add_components, load_base

    log = log or (lambda message: None)
    fix_random_seed(config["seed"])
    nlp = load_base(base_model)
    ner = nlp.get_pipe("ner")
    for label in NEW_LABELS:
        ner.add_label(label)
    base_docs = list(nlp.pipe(a.text for a in train))
    examples = _examples(nlp, train, base_docs)
    rng = random.Random(config["seed"])
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for epoch in range(1, config["epochs"] + 1):
            rng.shuffle(examples)
            losses: dict = {}
            for batch in minibatch(examples, size=config["batch_size"]):
                nlp.update(batch, drop=config["dropout"], sgd=optimizer, losses=losses)
            log(f"epoch {epoch:>2}/{config['epochs']}  ner loss {losses.get('ner', 0.0):9.2f}")
    add_components(nlp)
    if config["filters"]:
        train_filters(nlp, train, seed=config["seed"], log=log)
    return nlp


def train_filters(nlp, train: list[Article], *, seed: int, log: Callable[[str], None]) -> None:
    """Fit the hedge and attribution candidate filters on the rule candidates of the training articles."""
    from .classifier import CandidateFilter, attribution_features, hedge_features
    from .components.hedges import SPANS_KEY

    hedges, attributions = nlp.get_pipe("news_hedges"), nlp.get_pipe("news_attribution")
    hedges.candidate_filter = attributions.candidate_filter = None
    hedge_rows, hedge_labels, attribution_rows, attribution_labels = [], [], [], []

    def overlaps(start: int, end: int, spans) -> bool:
        return any(s.start < end and start < s.end for s in spans)

    for article, doc in zip(train, nlp.pipe(a.text for a in train)):
        for span in doc.spans[SPANS_KEY]:
            hedge_rows.append(hedge_features(span))
            hedge_labels.append(overlaps(span.start_char, span.end_char, article.hedges))
        for found in doc._.attributions:
            source = doc.char_span(*found["source"], alignment_mode="expand") if found["source"] else None
            attribution_rows.append(attribution_features(doc, source, tuple(found["cue"]), tuple(found["content"])))
            attribution_labels.append(overlaps(*found["cue"], [a.cue for a in article.attributions]))
    hedges.candidate_filter = CandidateFilter.train(hedge_rows, hedge_labels, seed=seed)
    attributions.candidate_filter = CandidateFilter.train(attribution_rows, attribution_labels, seed=seed)
    log(f"filters: {len(hedge_rows)} hedge candidates ({sum(hedge_labels)} gold), "
        f"{len(attribution_rows)} attribution candidates ({sum(attribution_labels)} gold)")


def train(corpus: str | Path, output: str | Path, *, config_path: str | Path | None = None,
          base_model: str | None = None, log: Callable[[str], None] | None = None) -> dict:
    """Train on the corpus, score the dev split, and write the model directory atomically.

    Returns the meta written into the model's meta.json.
    """
    import spacy

    from . import __version__
    from .evaluate import predict, system_scores
    from .modeldir import atomic_model_dir, save_model

    log = log or (lambda message: print(message, file=sys.stderr))
    config = read_training_config(config_path)
    articles = load_corpus(corpus)
    train_set, dev_set = split_corpus(articles, config["dev_fraction"], config["seed"])
    log(f"corpus: {len(articles)} articles ({len(train_set)} train, {len(dev_set)} dev)")
    started = time.perf_counter()
    nlp = train_pipeline(train_set, config=config, base_model=base_model, log=log)
    dev_scores = system_scores(dev_set, predict(nlp, dev_set))["headline"] if dev_set else {}
    info = {
        "data_hash": data_hash(articles),
        "articles": {"train": [a.id for a in train_set], "dev": [a.id for a in dev_set]},
        "training": config,
        "versions": {"spacy": spacy.__version__, "python": sys.version.split()[0]},
        "dev_scores": dev_scores,
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    nlp.meta.update({"name": Path(output).name.replace("-", "_"), "version": __version__,
                     "description": "News annotation pipeline: entities, attributions and hedges "
                                    "(recogniser fine-tuned from the base pipeline's).",
                     "license": "MIT"})
    with atomic_model_dir(Path(output)) as tmp:
        save_model(nlp, tmp, info)
    log(f"saved {output} in {info['train_seconds']} s; dev: " + ", ".join(f"{k} {v:.3f}" for k, v in dev_scores.items()))
    return info


def cross_validate(corpus: str | Path, k: int, *, config_path: str | Path | None = None,
                   base_model: str | None = None, log: Callable[[str], None] | None = None) -> dict:
    """K-fold cross-validation by article: train on K-1 folds, score the held-out one.

    Rows: the trained pipeline, the untrained one (base model and rules) and the
    plain base model's entities. Returns per-fold headline scores, mean and std.
    """
    from sklearn.model_selection import KFold

    from .evaluate import base_ner_predictions, predict, system_scores
    from .nlp import build_untrained

    log = log or (lambda message: print(message, file=sys.stderr))
    config = read_training_config(config_path)
    articles = sorted(load_corpus(corpus), key=lambda a: a.id)
    if len(articles) < k:
        raise PipelineError(Errors.E017.format(path=corpus, n=len(articles), k=k))
    untrained = build_untrained(base_model)
    folds: dict[str, list[dict]] = {"trained": [], "untrained": [], "base-ner": []}
    splitter = KFold(n_splits=k, shuffle=True, random_state=config["seed"])
    for fold, (train_idx, test_idx) in enumerate(splitter.split(articles), 1):
        train_set = [articles[i] for i in train_idx]
        test_set = [articles[i] for i in test_idx]
        log(f"fold {fold}/{k}: training on {len(train_set)} articles")
        nlp = train_pipeline(train_set, config=config, base_model=base_model)
        folds["trained"].append(system_scores(test_set, predict(nlp, test_set))["headline"])
        folds["untrained"].append(system_scores(test_set, predict(untrained, test_set))["headline"])
        folds["base-ner"].append(system_scores(test_set, base_ner_predictions(test_set, base_model))["headline"])
        log(f"fold {fold}/{k}: trained entities F1 {folds['trained'][-1]['entities_exact_f1']:.3f}, "
            f"untrained {folds['untrained'][-1]['entities_exact_f1']:.3f}")
    systems = {}
    for name, rows in folds.items():
        metrics = list(rows[0])
        systems[name] = {
            "folds": rows,
            "mean": {m: statistics.fmean(r[m] for r in rows) for m in metrics},
            "std": {m: statistics.pstdev(r[m] for r in rows) for m in metrics},
        }
    return {"corpus": str(corpus), "articles": len(articles), "folds": k, "seed": config["seed"], "systems": systems}
