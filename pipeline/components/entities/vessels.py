"""Ships and spacecraft get no label (ANNOTATION_NOTES): `Space Shuttle Atlantis`, `HMS Defender`, `the cruise ship,
Freewinds`, and a later mention of the name alone (`Atlantis`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

ALONE = "Space Shuttle"
"""The one prefix that is no name of its own when written alone (`the last Space Shuttle mission`); `INS`
alone is a body."""


def _vessel_name(span: Span, prefixes: list[list[str]], longest: int, nouns: set[str]) -> str | None:
    """The vessel's name if the span is one (its prefix inside it, or the words right before it; `longest`:
    the most words of a prefix; or a lower-case noun for a vessel right before it, a comma between allowed:
    `the tanker Front Altair`, `the cruise ship, Freewinds`), else None; `""` for `Space Shuttle` alone."""
    text, doc = span.text, span.doc
    if text.startswith(ALONE):
        return text[len(ALONE):].strip()
    noun = span.start - 2 if span.start >= 2 and doc[span.start - 1].text == "," else span.start - 1
    if noun >= 0 and doc[noun].is_lower and doc[noun].text in nouns:
        return text
    words = [t.text for t in doc[span.start:min(span.end, span.start + longest + 1)]]
    before = [t.text for t in doc[max(0, span.start - longest):span.start]]
    for prefix in prefixes:
        if words[:len(prefix)] == prefix and len(span) > len(prefix):
            return doc[span.start + len(prefix):span.end].text
        if len(before) >= len(prefix) and before[len(before) - len(prefix):] == prefix:
            return text
    return None


def without_vessels(doc: Doc, spans: list[Span], prefixes: list[list[str]], nouns: set[str] = frozenset()) \
        -> list[Span]:
    """The spans that name no ship or spacecraft, nor the name of one the article writes with its prefix
    (`prefixes`: each a list of words) or after a noun for a vessel (`nouns`)."""
    names, kept = set(), []
    longest = max(len(prefix) for prefix in prefixes)
    for span in spans:
        name = _vessel_name(span, prefixes, longest, nouns)
        if name is not None:
            names.add(name)
        else:
            kept.append(span)
    return [span for span in kept if span.text not in names]
