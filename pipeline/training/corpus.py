"""The training corpus: gold articles read and validated, split by article, hashed."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from ..errors import Errors, PipelineError
from ..jsonl import read_corpus
from ..records import Article

WRITTEN_FOR_PROJECT = "written-for-project"


def load_corpus(path: str | Path) -> list[Article]:
    """Every article of a JSONL file or a directory of them (top level only), validated."""
    articles = read_corpus(path)
    if not articles:
        raise PipelineError(Errors.E013.format(path=path))
    return articles


def is_real(article: Article) -> bool:
    """Real text nobody on the project wrote (news, statements, encyclopedia, interviews)."""
    return article.genre != WRITTEN_FOR_PROJECT


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
