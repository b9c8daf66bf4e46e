"""Facilities whose names the recogniser cuts: a facility word with its number (`Tower 22`, `Launch Pad 39A`), and
a name it took for a person's before the facility's words (`Al Udeid` + `Air Base`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .tokens import covered_tokens, proper_noun_runs

CODE = re.compile(r"^[A-Z]?\d{1,4}[A-Z]?$")
"""A facility's number or code: `22`, `39A`, `B2`."""


def numbered_facilities(doc: Doc, spans: list[Span], facility_words: set[str]) -> list[Span]:
    """A facility's head word (data name_words FAC) with a number or a code right after it is one FAC with it: a
    facility the recogniser found goes on over the number (`Launch Pad 39A`), and a run of proper nouns it missed
    that ends in such a word becomes one (`Tower 22`, `Building 31`)."""
    result = [Span(doc, s.start, s.end + 1, label="FAC") if s.label_ == "FAC" and s[-1].text in facility_words
              and _code_at(doc, s.end) else s for s in spans]
    covered = covered_tokens(result)
    for start, end in proper_noun_runs(doc, result):
        if doc[end - 1].text in facility_words and doc[start].is_title and _code_at(doc, end) and end not in covered:
            result.append(Span(doc, start, end + 1, label="FAC"))
    return result


def _code_at(doc: Doc, i: int) -> bool:
    """Token i is a facility's number: no year (`Memorial 2024`), no count of a noun that follows (`24 hours`)."""
    if i >= len(doc) or not CODE.match(doc[i].text):
        return False
    if doc[i].text.isdigit() and len(doc[i].text) == 4 and doc[i].text[:2] in ("19", "20"):
        return False
    return not (i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].tag_ in ("NN", "NNS"))


def facilities_after_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A facility whose name the recogniser cut in two, taking its first words for a person's or missing them
    (`Al Udeid` + `Air Base`), is one FAC: a PERSON, or a run of proper nouns no name covers, right before a facility
    with nothing but a space between."""
    persons = {s.end: s for s in spans if s.label_ == "PERSON"}
    runs = {end: start for start, end in proper_noun_runs(doc, spans) if doc[start].is_title}
    result = []
    merged = set()
    for span in spans:
        if span.label_ != "FAC" or span.start == 0 or not doc[span.start - 1].whitespace_:
            result.append(span)
            continue
        person = persons.get(span.start)
        start = person.start if person is not None else runs.get(span.start)
        if start is None or doc[start].lower_ in ("the", "a", "an"):
            result.append(span)
            continue
        if person is not None:
            merged.add(person.start)
        result.append(Span(doc, start, span.end, label="FAC"))
    return [s for s in result if not (s.label_ == "PERSON" and s.start in merged)]
