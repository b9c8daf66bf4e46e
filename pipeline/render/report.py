"""The plain-text report a person reads in the terminal."""

from __future__ import annotations

import shutil
import textwrap

from ..claims import claims
from ..records import ENTITY_LABELS, Article


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_report(article: Article, width: int | None = None) -> str:
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 120)
    lines = [f"== {article.id} ({len(article.text.split())} words)", "", "Entities"]
    for label in ENTITY_LABELS:
        found = [e for e in article.entities if e.label == label]
        if not found:
            continue
        items = []
        for e in found:
            extra = ""
            if label == "PERSON" and e.attrs.get("role"):
                extra = f" ({e.attrs['role']})"
            elif label == "COUNT" and "value" in e.attrs:
                extra = f" (={e.attrs['value']}, {e.attrs.get('unit', '')})"
            items.append(e.text + extra)
        body = textwrap.fill("; ".join(items), width=width - 12, subsequent_indent=" " * 12)
        lines.append(f"  {label:<9} {body}")
    lines += ["", "Claims (source -> cue -> content; * = hedged)"]
    rows = claims(article)
    if not rows:
        lines.append("  none found")
    content_width = max(30, width - 50)
    for row in rows:
        a = row.attribution
        source = row.source or "(no source)"
        if row.source_entity:
            source += f" [= {row.source_entity}]"
        mark = "*" if row.hedged else " "
        lines.append(f" {mark}{a.id:<4} {_cut(source, 28):<28} -> {_cut(a.cue.text, 12):<12} -> {_cut(a.content.text, content_width)}")
        if row.hedged:
            lines.append(f"        hedged by: {', '.join(h.text for h in row.hedges)}")
    lines += ["", "Hedges"]
    if not article.hedges:
        lines.append("  none found")
    for h in article.hedges:
        left = " ".join(article.text[max(0, h.start - 35): h.start].split()[1:])
        right = " ".join(article.text[h.end: h.end + 35].split()[:-1])
        lines.append(f"  {_cut(h.text, 30):<30} …{left} [{h.text}] {right}…")
    return "\n".join(lines) + "\n"
