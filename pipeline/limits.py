"""Bounds on what one input may hold, so that a hostile or broken file is refused instead of read whole.

``PIPELINE_MAX_TEXT_MB`` (default 50) caps one text file, standard input and
one JSONL line; JSON nested deeper than MAX_DEPTH levels is a malformed line.
"""

from __future__ import annotations

import os

from .errors import Errors, PipelineError

DEFAULT_MAX_TEXT_MB = 50
MAX_DEPTH = 100
"""Nesting of JSON arrays and objects; an Article needs 4 levels, its meta a few more."""


def max_text_mb() -> float:
    """The cap on one text in MB: PIPELINE_MAX_TEXT_MB, else DEFAULT_MAX_TEXT_MB; PipelineError if not a positive number."""
    setting = os.environ.get("PIPELINE_MAX_TEXT_MB", "").strip()
    if not setting:
        return DEFAULT_MAX_TEXT_MB
    try:
        value = float(setting)
    except ValueError:
        value = 0
    if not 0 < value < float("inf"):
        raise PipelineError(Errors.E192.format(value=setting))
    return value


def max_text_bytes() -> int:
    return int(max_text_mb() * 1_000_000)


def too_deep(value, limit: int = MAX_DEPTH) -> bool:
    """Whether a parsed JSON value nests arrays and objects more than limit levels deep (without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
