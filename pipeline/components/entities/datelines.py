"""Datelines: `DHAKA, Bangladesh (Reuters) -`, `GENEVA - Medecins Sans Frontieres said ...`: a place written in
capitals at the start of a paragraph, before a comma, a dash or a bracket, is a GPE."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DATELINE_ENDS = {",", "-", "–", "—", "("}
DASHES = {"-", "–", "—"}
MAX_WORDS = 4


def dateline_places(doc: Doc, spans: list[Span], is_place) -> list[Span]:
    """A run of up to four words in capitals opening a paragraph, followed by a comma, a dash or a bracket, whose
    name is a known place (is_place, in any case: `GENEVA` is `Geneva`), is a GPE; a span the recogniser ran over
    the dash into the story (`GENEVA - Medecins Sans Frontieres`) keeps the words after the dash."""
    found = []
    for i in _paragraph_starts(doc):
        end = i
        while end < len(doc) and end - i < MAX_WORDS and doc[end].is_upper and any(c.isalpha() for c in doc[end].text):
            end += 1
        if end == i or end >= len(doc) or doc[end].text not in DATELINE_ENDS or not is_place(doc[i:end].text):
            continue
        found.append(Span(doc, i, end, label="GPE"))
    if not found:
        return spans
    result = []
    for span in spans:
        line = next((d for d in found if span.start < d.end and d.start < span.end), None)
        if line is None:
            result.append(span)
            continue
        dash = next((k for k in range(line.end, span.end) if doc[k].text in DASHES), None)
        if dash is not None and dash + 1 < span.end:
            result.append(Span(doc, dash + 1, span.end, label=span.label_))
    return result + found


def _paragraph_starts(doc: Doc) -> list[int]:
    """The first token of the text and every token after a line break."""
    return [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)] if len(doc) else []
