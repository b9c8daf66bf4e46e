"""Events, awards and laws get no label, nor anything inside their names (ANNOTATION_NOTES): `Operation Steel
Curtain`, `Cyclone Idai` and a later `Idai`, `the Winter Paralympics`, `Security Council Resolution 2254`; nor do
religions and peoples written as one word (`Islam`, `Yazidi`), which are no names of a body or a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .vessels import without_vessels


def without_events(doc: Doc, spans: list[Span], prefixes: list[list[str]], heads: set[str], law_words: set[str],
                   faiths: set[str]) -> list[Span]:
    """The spans that name no event (an event prefix before or in it, or an event head last in it), no body
    in a law's title (a law word right after it), and no faith or people."""
    def kept(span: Span) -> bool:
        if span.label_ in ("COUNT", "DATE", "TIME"):
            return True
        if span[-1].text in heads or span.text in faiths:
            return False
        return not (span.end < len(doc) and doc[span.end].text in law_words)
    spans = [s for s in spans if kept(s)]
    return without_vessels(doc, spans, prefixes) if prefixes else spans
