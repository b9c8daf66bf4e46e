"""Values of a claim's figures: ``MM-DD`` or a weekday of a DATE, ``HH:MM`` of a TIME, and the COUNTs, DATEs and
TIMEs inside a claim's content (a COUNT's kind and qualifier from the article's counts, figures.py)."""

from __future__ import annotations

import re

from ..records import Article
from .figures import MONTHS, WEEKDAYS, lower_words
from .records import Figure


def date_value(text: str) -> str | None:
    """``MM-DD`` of a written date (``January 24``, ``24 Jan``), or the weekday, or None."""
    words = lower_words(text)
    months = [i for i, w in enumerate(words) if w[:3] in [m[:3] for m in MONTHS] and (w in MONTHS or len(w) <= 4)]
    days = [w for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if months and days:
        return f"{[m[:3] for m in MONTHS].index(words[months[0]][:3]) + 1:02d}-{int(days[0]):02d}"
    return next((w for w in words if w in WEEKDAYS), None)


def time_value(text: str) -> str | None:
    """``HH:MM`` of a clock time (``11:00 local time``, ``3pm``)."""
    match = re.search(r"(\d{1,2})[:.](\d{2})", text)
    if match:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    match = re.search(r"(\d{1,2})\s*([ap])\.?m\b", text.lower())
    if match:
        hour = int(match.group(1)) % 12 + (12 if match.group(2) == "p" else 0)
        return f"{hour:02d}:00"
    return None


def claim_figures(article: Article, start: int, end: int, counts: list[Figure]) -> list[Figure]:
    """The COUNT, DATE and TIME entities between start and end, with values (a COUNT's kind from counts)."""
    figures = []
    for entity in article.entities:
        if entity.label not in ("COUNT", "DATE", "TIME") or not (start <= entity.start and entity.end <= end):
            continue
        figure = Figure(entity.label, entity.text, entity.start, entity.end)
        if entity.label == "COUNT":
            figure.value = entity.attrs.get("value")
            figure.unit = entity.attrs.get("unit")
            count = next((c for c in counts if entity.start <= c.start < entity.end), None)
            if count is not None:
                figure.kind, figure.qualifier = count.kind, count.qualifier
                figure.value = figure.value if figure.value is not None else count.value
        else:
            figure.value = (date_value if entity.label == "DATE" else time_value)(entity.text)
        figures.append(figure)
    return figures
