"""`pipeline train` as a plain function: corpus in, model directory out."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

from .config import read_training_config
from .corpus import data_hash, load_corpus, split_corpus
from .recogniser import train_pipeline


def train(corpus: str | Path, output: str | Path, *, config_path: str | Path | None = None,
          base_model: str | None = None, log: Callable[[str], None] | None = None) -> dict:
    """Train on the corpus, score the dev split, and write the model directory atomically.

    Returns the meta written into the model's meta.json.
    """
    import spacy

    from .. import __version__
    from ..evaluate import predict, system_scores
    from ..modeldir import atomic_model_dir, save_model

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
