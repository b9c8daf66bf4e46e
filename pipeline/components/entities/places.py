"""Places an article names as places: `the city of Husaybah`, `the town of Yeoncheon`, `Amarah, a city in
southern Iraq`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .names import person_name_parts
from .tokens import covered_tokens, positions

RELABELLED = ("ORG", "PERSON")
"""Labels the recogniser gives a place it does not know (a city taken for a body or a surname)."""


def places_named_by_noun(doc: Doc, spans: list[Span], nouns: set[str], label: str = "GPE") -> list[Span]:
    """A name after a place noun and `of` (designators.json `place_nouns`; `loc_place_nouns` for a LOC: `the
    island of Failaka`) is a place of `label`, and so is every other mention of it in the article that the
    recogniser called an ORG or a PERSON; a run of proper nouns there that no span covers becomes one."""
    covered = covered_tokens(spans)
    starts = {span.start: span for span in spans}
    named, added = set(), []
    for of in (i for i in positions(doc, {"of"}) if 0 < i < len(doc) - 1):
        first = doc[of + 1]
        if doc[of - 1].text not in nouns or not first.text[:1].isupper():
            continue
        if first.i in starts:
            if starts[first.i].label_ in RELABELLED + (label,):
                named.add(starts[first.i].text)
        elif first.i not in covered and first.pos_ == "PROPN":
            end = first.i
            while end < len(doc) and doc[end].pos_ == "PROPN" and end not in covered:
                end += 1
            added.append(Span(doc, first.i, end, label=label))
            named.add(added[-1].text)
    named.update(s.text for s in spans if s.label_ in RELABELLED and _called_a_place(doc, s.end, nouns))
    relabelled = [Span(doc, s.start, s.end, label=label) if s.text in named and s.label_ in RELABELLED else s
                  for s in spans]
    return relabelled + added


def _called_a_place(doc: Doc, end: int, nouns: set[str]) -> bool:
    """The words after a name call it a place: `Amarah, a city in southern Iraq`, `Hibhib is a village`."""
    i = end
    if i < len(doc) and doc[i].lower_ in (",", "is", "was"):
        i += 1
    else:
        return False
    if i < len(doc) and doc[i].lower_ in ("a", "an"):
        i += 1
    else:
        return False
    for k in range(i, min(i + 3, len(doc))):  # up to two words before the noun: "a small farming village"
        if doc[k].lower_ in nouns:
            return k + 1 < len(doc) and doc[k + 1].lower_ in ("in", "of", "near", "on", ",", ".")
        if not doc[k].is_alpha or doc[k].is_title:
            return False
    return False


POSSESSIVE_MARKS = ("'s", "’s", "'")


def _places_after_locatives(doc: Doc, spans: list[Span], label: str, locatives: set[str], excluded) -> list[Span]:
    """Every span of label whose text is written, at least once, right after one of locatives, with no possessive
    after it and not excluded (a predicate on the span), becomes a GPE, with its other mentions of that label."""
    named = {s.text for s in spans if s.label_ == label and s.start > 0 and doc[s.start - 1].lower_ in locatives
             and not (s.end < len(doc) and doc[s.end].text in POSSESSIVE_MARKS) and not excluded(s)}
    if not named:
        return spans
    return [Span(doc, s.start, s.end, label="GPE") if s.label_ == label and s.text in named else s for s in spans]


def persons_after_locatives(doc: Doc, spans: list[Span], name_parts: set[str], is_place) -> list[Span]:
    """A name the recogniser calls a person right after `in`, `at` or `near` (`an attack in al-Hilla`, `fighting
    at Palmyra`) is a place, and so is every other mention of it called a person; not when a possessive follows
    (`in Warhol's legacy`) or the name is part of a fuller person's name in the article: a known place's own
    words count only where another person's name holds them (`a clinic in Khan Younis`, not `in Paris` after
    `Valeska Paris`)."""
    def other_parts(s: Span) -> set[str]:
        return person_name_parts([x for x in spans if x.text != s.text])

    def excluded(s: Span) -> bool:
        parts = other_parts(s) if is_place(s.text) else name_parts
        return s.text in parts or any(t.text in parts for t in s)
    return _places_after_locatives(doc, spans, "PERSON", {"in", "at", "near"}, excluded)


def bodies_after_locatives(doc: Doc, spans: list[Span], org_words: set[str], bodies: set[str]) -> list[Span]:
    """A name the recogniser calls an organisation right after `in` or `near` (`chemical attacks in Marea`) is a
    place, and so is every other mention of it called an organisation; not an acronym (`near KPA posts`), a
    name with a word of a body (`in Collins College`, data name_words ORG), a known body (`bodies`: armed
    groups), nor one a possessive follows (`in Hamas's ranks`)."""
    return _places_after_locatives(doc, spans, "ORG", {"in", "near"},
                                   lambda s: any(t.is_upper or t.text in org_words for t in s) or s.text in bodies)


BORDER_WORDS = {"border", "frontier"}
HYPHENS = {"-", "–"}


def named_borders(doc: Doc, spans: list[Span]) -> list[Span]:
    """`the Syria-Iraq border`: two places joined by a hyphen before `border` name a border, a LOC (GUIDELINES: named
    borders), over the two places."""
    by_end = {s.end: s for s in spans if s.label_ == "GPE"}
    by_start = {s.start: s for s in spans if s.label_ == "GPE"}
    borders = []
    for border in (i for i in positions(doc, BORDER_WORDS) if i >= 3):
        second = by_end.get(border)
        if second is None or doc[second.start - 1].text not in HYPHENS or second.start < 2:
            continue
        first = next((s for s in spans if s.label_ == "GPE" and s.end == second.start - 1), None)
        if first is not None and by_start.get(first.start) is first:
            borders.append(Span(doc, first.start, border + 1, label="LOC"))
    if not borders:
        return spans
    return [s for s in spans if not any(b.start <= s.start and s.end <= b.end for b in borders)] + borders
