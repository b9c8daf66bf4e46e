"""Output formats of `pipeline annotate`: each turns Articles into text chunks, with how many
articles each chunk holds (so a caller counts what was written, even when interrupted)."""

from __future__ import annotations

import json
from typing import Callable, Iterator

from ..jsonl import dumps
from ..records import Article


def _jsonl(articles) -> Iterator[tuple[str, int]]:
    for article in articles:
        yield dumps(article) + "\n", 1


def _json(articles) -> Iterator[tuple[str, int]]:
    done = [a.to_dict() for a in articles]
    if done:
        yield json.dumps(done if len(done) > 1 else done[0], ensure_ascii=False, indent=2) + "\n", len(done)


def _report(articles) -> Iterator[tuple[str, int]]:
    from .report import render_report

    for article in articles:
        yield render_report(article) + "\n", 1


def _html(articles) -> Iterator[tuple[str, int]]:
    from .html import render_html

    done: list[Article] = list(articles)
    if done:
        yield render_html(done), len(done)


WRITERS: dict[str, Callable] = {"jsonl": _jsonl, "json": _json, "report": _report, "html": _html}
FORMATS = tuple(WRITERS)
