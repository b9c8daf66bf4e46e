"""Colours in the terminal: ANSI codes only when writing to a terminal and NO_COLOR is not set."""

from __future__ import annotations

import os
import sys
from typing import TextIO

CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "blue": "34", "magenta": "35",
         "cyan": "36"}
STATUS_COLOURS = {"asserted": "green", "hedged": "yellow", "unverified": "red"}


def wants_colour(stream: TextIO | None = None) -> bool:
    """True for a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str | None, enabled: bool) -> str:
    """text in the style (a name of CODES, or several joined by '+'), or unchanged when not enabled."""
    if not enabled or not style:
        return text
    codes = ";".join(CODES[name] for name in style.split("+"))
    return f"\x1b[{codes}m{text}\x1b[0m"


def cut(text: str, width: int) -> str:
    """Text on one line, at most width characters (… marks a cut)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"
