"""Events, awards and laws get no label, nor anything inside their names (ANNOTATION_NOTES): `Operation Steel
Curtain`, `Cyclone Idai` and a later `Idai`, `the 2014 Winter Paralympics`, `Security Council Resolution 2254`;
nor do religions and peoples written as one word (`Islam`, `Yazidi`), which are no names of a body or a place,
nor celestial bodies (`Earth`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .vessels import without_vessels


def event_names(doc: Doc, heads: set[str]) -> set[int]:
    """The tokens of events' names: an event head (`Olympics`, `Cup`, `Summit`) and the capitalised words, years
    and hyphens right before it (`2016 UK-France Summit`), and a year right after it (`World Cup 2018`)."""
    inside: set[int] = set()
    for token in doc:
        if token.text not in heads:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].text == "-"
                             or is_year(doc[start - 1])):
            start -= 1
        end = token.i + 1
        if end < len(doc) and is_year(doc[end]):
            end += 1
        inside.update(range(start, end))
    return inside


def is_year(token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def without_events(doc: Doc, spans: list[Span], prefixes: list[list[str]], heads: set[str], law_words: set[str],
                   faiths: set[str], celestial: set[str]) -> list[Span]:
    """The spans that lie in no event's name (an event prefix before or in it, or inside the words an event head
    ends), are no law's title and name no body in one (a law word right after it), no faith or people, and no
    celestial body (`celestial`) unless called a person."""
    inside = event_names(doc, heads)

    def kept(span: Span) -> bool:
        if span.label_ in ("COUNT", "TIME"):
            return True
        if all(i in inside for i in range(span.start, span.end)):
            return False
        if span.label_ == "DATE":
            return True
        if span.text in faiths or (span.text in celestial and span.label_ != "PERSON"):
            return False
        if any(t.text in law_words for t in span[1:]) and (span[-1].text in law_words or span[-1].like_num):
            return False  # a law's title, with its number (`UN Security Council Resolutions 2254`)
        return not (span.end < len(doc) and doc[span.end].text in law_words)
    spans = [s for s in spans if kept(s)]
    return without_vessels(doc, spans, prefixes)
