"""Ships and spacecraft get no label (ANNOTATION_NOTES): `Space Shuttle Atlantis`, `HMS Defender`, and a
later mention of the name alone (`Atlantis`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

ALONE = "Space Shuttle"
"""The one prefix that is no name of its own when written alone (`the last Space Shuttle mission`); `INS`
alone is a body."""


def _vessel_name(doc: Doc, span: Span, prefixes: list[str]) -> str | None:
    """The vessel's name if the span is one (its prefix inside it, or right before it), else None."""
    text = span.text
    if text == ALONE or text.startswith(ALONE):
        return text[len(ALONE):].strip() or None
    for prefix in prefixes:
        if text.startswith(prefix + " "):
            return text[len(prefix) + 1:]
        before = doc.text[max(0, span.start_char - len(prefix) - 1):span.start_char]
        if before == prefix + " " and (span.start_char - len(prefix) - 1 == 0
                                       or not doc.text[span.start_char - len(prefix) - 2].isalnum()):
            return text
    return None


def without_vessels(doc: Doc, spans: list[Span], prefixes: list[str]) -> list[Span]:
    """The spans that name no ship or spacecraft, nor the name of one the article writes with its prefix."""
    names, kept = set(), []
    for span in spans:
        name = _vessel_name(doc, span, prefixes)
        if name is not None or span.text == ALONE:
            names.add(name)
        else:
            kept.append(span)
    return [span for span in kept if span.text not in names]
