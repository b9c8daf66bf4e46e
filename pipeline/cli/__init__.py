"""The `pipeline` command: typer wrappers over plain functions, nothing else.

One module a group of commands; heavy modules (spaCy, datasets, scikit-learn)
are imported inside the commands, so `pipeline --help` starts fast.
"""

from __future__ import annotations

import sys

from . import annotate, claims, corpus, tools  # noqa: F401  (register the commands)
from .app import app


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()


__all__ = ["app", "main"]
