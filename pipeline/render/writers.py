"""Output formats of `pipeline annotate`: each turns Articles into text chunks, with how many
articles each chunk holds (so a caller counts what was written, even when interrupted).

JSON and JSONL carry each article's ``claims`` array (pipeline.claims: one claim
record per attribution, derived from the three layers)."""

from __future__ import annotations

import json
import sys
from typing import Callable, Iterator

from ..claims import add_claims
from ..jsonl import dumps
from ..records import Article


def _jsonl(articles) -> Iterator[tuple[str, int]]:
    for article in articles:
        yield dumps(add_claims(article)) + "\n", 1


def _json(articles) -> Iterator[tuple[str, int]]:
    done = [add_claims(a).to_dict() for a in articles]
    if done:
        yield json.dumps(done if len(done) > 1 else done[0], ensure_ascii=False, indent=2) + "\n", len(done)


def _report(articles, colour: bool | None = None) -> Iterator[tuple[str, int]]:
    """colour: ANSI colours; None: when standard output is a terminal and NO_COLOR is not set."""
    from .report import render_report
    from .terminal import wants_colour

    colour = wants_colour(sys.stdout) if colour is None else colour
    for article in articles:
        yield render_report(article, colour=colour) + "\n", 1


def _html(articles) -> Iterator[tuple[str, int]]:
    from .html import render_html

    done: list[Article] = list(articles)
    if done:
        yield render_html(done), len(done)


def _spacy(articles, nlp=None) -> Iterator[tuple[bytes, int]]:
    """A DocBin (.spacy): each article a Doc tokenised by nlp, with its entities, span groups and the
    COUNT values and roles as user data (docs.article_to_doc), for `spacy evaluate` or further training."""
    from spacy.tokens import DocBin

    from ..docs import article_to_doc

    if nlp is None:
        import spacy

        nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    for article in articles:
        docbin.add(article_to_doc(nlp.make_doc(article.text), article))
    if len(docbin):
        yield docbin.to_bytes(), len(docbin)


WRITERS: dict[str, Callable] = {"jsonl": _jsonl, "json": _json, "report": _report, "html": _html, "spacy": _spacy}
FORMATS = tuple(WRITERS)
BINARY_FORMATS = ("spacy",)
