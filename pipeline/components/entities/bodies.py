"""Bodies whose names the recogniser cuts or misses: military units with their ordinal (`26th Marine Expeditionary
Unit`, `3rd Battalion, 6th Marines`), a body named after its country (`Police Scotland`), and a name a lower-case
word calls a party or an armed group (`the Pakistan Tehreek-e-Insaf party`, `the M23 rebels`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .names import title_run_end
from .tokens import covered_tokens, proper_noun_runs

ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def numbered_units(doc: Doc, spans: list[Span], unit_heads: set[str]) -> list[Span]:
    """A military unit's ordinal is part of its name (`the 26th Marine Expeditionary Unit`; data unit_heads), and so
    is a second unit after a comma with its own ordinal (`3rd Battalion, 6th Marines`); a nationality before the
    ordinal is not (`Jordanian 71st Counter Terrorism Battalion`)."""
    covered = covered_tokens(spans)
    result = []
    for span in spans:
        start, end = span.start, span.end
        if span.label_ != "ORG" or span[-1].text not in unit_heads:
            result.append(span)
            continue
        if start > 0 and ORDINAL.match(doc[start - 1].text) and start - 1 not in covered:
            start -= 1
        elif end - start > 2 and ORDINAL.match(doc[start + 1].text) and (doc[start].tag_ == "JJ"
                                                                          or doc[start].ent_type_ == "NORP"):
            start += 1
        if ORDINAL.match(doc[start].text) and end + 2 < len(doc) and doc[end].text == "," \
                and ORDINAL.match(doc[end + 1].text):
            end = max(end, title_run_end(doc, end + 2))
        result.append(span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="ORG"))
    return result


def bodies_named_after_places(doc: Doc, spans: list[Span], body_words: set[str], is_place) -> list[Span]:
    """A body's name word that no name covers right before a known place is one body's name with it (`Police
    Scotland`), unless a proper noun stands before it (the place ends a longer name)."""
    covered = covered_tokens(spans)
    result = []
    for span in spans:
        before = span.start - 1
        if span.label_ == "GPE" and before >= 0 and before not in covered and doc[before].is_title \
                and doc[before].text in body_words and is_place(span.text) \
                and not (before > 0 and doc[before - 1].pos_ == "PROPN"):
            result.append(Span(doc, before, span.end, label="ORG"))
        else:
            result.append(span)
    return result


def bodies_by_descriptor(doc: Doc, spans: list[Span], party_words: set[str], group_words: set[str],
                         is_place) -> list[Span]:
    """A name right before a lower-case word for a party (`the Pakistan Tehreek-e-Insaf party`; data party_descriptors)
    is an ORG, without that word (as a media descriptor stays outside an outlet's name), also where the recogniser
    took its first word for a place; so is an acronym or a name with a digit before a word for an armed group (`the M23
    rebels`; data group_descriptors: `Houthi rebels` names a people's adjective, no body). Not a known place (`Tigray
    rebels`), nor a nationality."""
    covered = covered_tokens(spans)
    candidates = [(s.start, s) for s in spans if s.label_ in ("GPE", "PERSON", "LOC")]
    candidates += [(start, None) for start, end in proper_noun_runs(doc, spans)]
    found, replaced = [], set()
    for start, span in candidates:
        end = span.end if span is not None else start + 1
        stop = title_run_end(doc, end) if end < len(doc) and end not in covered else end
        stop = max(stop, end)
        if stop >= len(doc) or any(i in covered for i in range(end, stop)) or doc[start].ent_type_ == "NORP":
            continue
        name = doc[start:stop]
        descriptor = doc[stop].lower_ if doc[stop].is_lower else ""
        if is_place(name.text) or not (descriptor in party_words or (descriptor in group_words and (
                any(c.isdigit() for c in name.text) or name.text.isupper()))):
            continue
        found.append(Span(doc, start, stop, label="ORG"))
        if span is not None:
            replaced.add(id(span))
    return [s for s in spans if id(s) not in replaced] + found
