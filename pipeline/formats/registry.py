"""The annotation tools and the two entry points: export_to and import_from."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import Errors, PipelineError
from ..records import Article
from .toolio import settle, skip

TOOLS = ("labelstudio", "doccano", "prodigy", "brat")
"""Annotation tools with a converter module of the same name in this package."""


def _converter(tool: str):
    if tool not in TOOLS:
        raise PipelineError(Errors.E121.format(tool=tool, choices=", ".join(TOOLS)))
    return importlib.import_module(f"{__package__}.{tool}")


def export_to(tool: str, articles: list[Article], out_path: str | Path, *, predictions: bool = False,
              model_version: str | None = None) -> None:
    """Write articles in a tool's import format: a file, or for brat a directory of files.

    Every file is written atomically. Raises PipelineError for an unknown tool
    or an article with spans that cannot be exported.
    """
    _converter(tool).write(articles, Path(out_path), predictions=predictions, model_version=model_version)


def import_from(tool: str, path: str | Path, *, warnings: list[str] | None = None, skipped: list[str] | None = None,
                include_predictions: bool = False) -> list[Article]:
    """Read a tool's export back into Articles.

    Raises PipelineError with a one-line message when ``path`` is missing or
    is not in that tool's format, and, unless a ``warnings`` list is given,
    on the first span that cannot be imported. Tasks left out on purpose (not
    annotated, rejected) and articles whose id an earlier one has are listed
    in ``skipped``; without that list they are problems too.
    """
    path = Path(path)
    module = _converter(tool)
    if include_predictions and tool != "labelstudio":
        raise PipelineError(Errors.E190)
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    options = {"include_predictions": True} if include_predictions else {}
    problems: list[str] = []
    articles = _unique(module.read(path, warnings=warnings, skipped=skipped, **options), skipped, problems)
    settle(problems, warnings)
    return articles


def _unique(articles: list[Article], skipped: list[str] | None, problems: list[str]) -> list[Article]:
    """The articles whose id no earlier one has: ids name articles in every output, so two would fail validate."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.id in seen:
            skip(Errors.E189.format(where=f"article {article.id}", reason="an earlier article has the same id"),
                 skipped, problems)
            continue
        seen.add(article.id)
        kept.append(article)
    return kept
