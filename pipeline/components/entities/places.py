"""Places an article names as places: `the city of Husaybah`, `the town of Yeoncheon`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .names import covered_tokens

RELABELLED = ("ORG", "PERSON")
"""Labels the recogniser gives a place it does not know (a city taken for a body or a surname)."""


def places_named_by_noun(doc: Doc, spans: list[Span], nouns: set[str]) -> list[Span]:
    """A name after a place noun and `of` (designators.json `place_nouns`) is a GPE, and so is every other
    mention of it in the article that the recogniser called an ORG or a PERSON; a run of proper nouns there
    that no span covers becomes a GPE."""
    covered = covered_tokens(spans)
    starts = {span.start: span for span in spans}
    named, added = set(), []
    for of in (t.i for t in doc if t.lower_ == "of" and 0 < t.i < len(doc) - 1):
        first = doc[of + 1]
        if doc[of - 1].text not in nouns or not first.text[:1].isupper():
            continue
        if first.i in starts:
            if starts[first.i].label_ in RELABELLED + ("GPE",):
                named.add(starts[first.i].text)
        elif first.i not in covered and first.pos_ == "PROPN":
            end = first.i
            while end < len(doc) and doc[end].pos_ == "PROPN" and end not in covered:
                end += 1
            added.append(Span(doc, first.i, end, label="GPE"))
            named.add(added[-1].text)
    relabelled = [Span(doc, s.start, s.end, label="GPE") if s.text in named and s.label_ in RELABELLED else s
                  for s in spans]
    return relabelled + added
