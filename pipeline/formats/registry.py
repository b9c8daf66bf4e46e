"""The annotation tools and the two entry points: export_to and import_from."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import Errors, PipelineError
from ..records import Article

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


def import_from(tool: str, path: str | Path, *, warnings: list[str] | None = None) -> list[Article]:
    """Read a tool's export back into Articles.

    Raises PipelineError with a one-line message when ``path`` is missing or
    is not in that tool's format, and, unless a ``warnings`` list is given,
    on the first span that cannot be imported.
    """
    path = Path(path)
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    return _converter(tool).read(path, warnings=warnings)
