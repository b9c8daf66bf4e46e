"""The plain-text report a person reads in the terminal (with colours when ``colour`` is set: see
terminal.wants_colour, which honours NO_COLOR)."""

from __future__ import annotations

import shutil
import textwrap

from ..claims import claims_of
from ..records import ENTITY_LABELS, Article
from .ledger import figure_note
from .terminal import STATUS_COLOURS, cut, paint


def render_report(article: Article, width: int | None = None, *, colour: bool = False) -> str:
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 120)
    lines = [paint(f"== {article.id} ({len(article.text.split())} words)", "bold", colour), "",
             paint("Entities", "bold", colour)]
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
        lines.append(f"  {paint(f'{label:<9}', 'cyan', colour)} {body}")
    lines += ["", paint("Claims (source -> cue -> content; type, side, status)", "bold", colour)]
    rows = claims_of(article)
    if not rows:
        lines.append("  none found")
    content_width = max(30, width - 50)
    entities = {e.id: e for e in article.entities}
    for claim, attribution in zip(rows, article.attributions):
        source = claim.source or "(no source)"
        if attribution.source_entity and attribution.source_entity in entities:
            source += f" [= {entities[attribution.source_entity].text}]"
        mark = paint("*", STATUS_COLOURS[claim.status], colour) if claim.status != "asserted" else " "
        lines.append(f" {mark}{claim.id:<4} {cut(source, 28):<28} -> {cut(claim.cue, 12):<12} -> "
                     f"{cut(claim.content, content_width)}")
        status = paint(claim.status, STATUS_COLOURS[claim.status], colour)
        lines.append(f"        {claim.source_type}, side {claim.side or '-'}, {status}"
                     + (f" by: {', '.join(claim.hedges + ([claim.unverified_by] if claim.unverified_by else []))}"
                        if claim.status != "asserted" else ""))
        if claim.figures:
            lines.append(f"        figures: {cut(figure_note(claim), width - 17)}")
    lines += ["", paint("Hedges", "bold", colour)]
    if not article.hedges:
        lines.append("  none found")
    for h in article.hedges:
        left = " ".join(article.text[max(0, h.start - 35): h.start].split()[1:])
        right = " ".join(article.text[h.end: h.end + 35].split()[:-1])
        lines.append(f"  {cut(h.text, 30):<30} …{left} [{paint(h.text, 'yellow', colour)}] {right}…")
    return "\n".join(lines) + "\n"
