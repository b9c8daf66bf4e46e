"""Acronyms an article defines in brackets: `Rapid Support Forces (RSF)`, `Commission of Inquiry (CoI)`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .tokens import covered_tokens

DEFINED = ("ORG", "MEDIA", "FAC", "GPE", "LOC")
"""Labels of the names whose bracketed acronym takes their label (a person's initials in brackets do not)."""


def _acronym(token: Token) -> bool:
    """A word written as an acronym: two or more capitals, no spaces, at most eight characters (`AQI`, `CoI`,
    `M5S`)."""
    text = token.text
    return 2 <= len(text) <= 8 and sum(c.isupper() for c in text) >= 2 and text[0].isupper() and text.isalnum()


def _initials_match(acronym: str, name: Span) -> bool:
    """The acronym's capitals and digits are, in order, initials of the name's words (`CoI`: `Commission of
    Inquiry`; not `QRX` for `Iraq`)."""
    initials = iter(t.text[0].upper() for t in name if t.text[:1].isalnum())
    return all(any(c == i for i in initials) for c in acronym if c.isupper() or c.isdigit())


def _foreign_acronym(token: Token, name: Span) -> bool:
    """An organisation's acronym in capitals that its English name does not spell, taken from the name in its own
    language (`Federal Security Service (FSB)`, `Federal Bureau of Aircraft Accident Investigation (BFU)`)."""
    return name.label_ == "ORG" and len(name) > 1 and token.is_upper and token.is_alpha and len(token.text) <= 6


def defined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym in brackets right after a name takes the name's label (an organisation's even where its words do
    not spell it), and so does every other mention of it in the article (in any case: `CoI`, then `The COI must
    ...`), the recogniser's label or none."""
    labels: dict[str, str] = {}
    for span in spans:
        end = span.end
        if span.label_ in DEFINED and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _acronym(doc[end + 1]) \
                and (_initials_match(doc[end + 1].text, span) or _foreign_acronym(doc[end + 1], span)):
            labels.setdefault(doc[end + 1].text.upper(), span.label_)
    if not labels:
        return spans
    relabelled = [Span(doc, s.start, s.end, label=labels[s.text.upper()])
                  if s.text.upper() in labels and s.label_ != labels[s.text.upper()] else s for s in spans]
    covered = covered_tokens(spans)
    added = [Span(doc, t.i, t.i + 1, label=labels[t.text.upper()]) for t in doc
             if t.i not in covered and t.text.upper() in labels and _acronym(t)]
    return relabelled + added
