"""How one predicted span is cut into names: at a bracket (`World Health Organisation (WHO)`), at a slash between
two names (`McCutchan Art Center / Pace Galleries`) and at a possessive (`Russia's Ministry of Defence`)."""

from __future__ import annotations

from spacy.tokens import Span

# owners whose possessive is part of a name: "Korean People's Army", "Workers' Party", "King's College", "St
# Thomas' Hospital"
NAME_POSSESSORS = {"people", "peoples", "workers", "women", "children", "men", "soldiers", "farmers", "king", "queen",
                   "prince", "princess"}
SAINTS = {"st", "st.", "saint"}


def split_brackets(span: Span) -> list[Span]:
    """`World Health Organisation (WHO`: a name never holds a bracket; the part before it stays, and an
    acronym in the brackets (`WHO`) is a name of its own with the same label."""
    doc = span.doc
    opening = next((i for i in range(span.start, span.end) if doc[i].text in ("(", "[")), None)
    if opening is None:
        return [span]
    parts = [Span(doc, span.start, opening, label=span.label_)] if opening > span.start else []
    inside = [i for i in range(opening + 1, span.end) if doc[i].text not in (")", "]")]
    if inside and inside == list(range(inside[0], inside[-1] + 1)) and all(doc[i].is_upper for i in inside):
        parts.append(Span(doc, inside[0], inside[-1] + 1, label=span.label_))
    return parts


def split_slashes(span: Span) -> list[Span]:
    """`McCutchan Art Center / Pace Galleries`, `Newsmax / Zogby`: a slash with spaces around it stands between two
    names, each with the span's label."""
    doc = span.doc
    cuts = [i for i in range(span.start + 1, span.end - 1) if doc[i].text == "/" and doc[i - 1].whitespace_
            and doc[i].whitespace_]
    if not cuts:
        return [span]
    bounds = [span.start] + [c for cut in cuts for c in (cut, cut + 1)] + [span.end]
    return [Span(doc, a, b, label=span.label_) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]


def split_possessive(span: Span, head_words: set[str] = frozenset(), is_place=lambda text: False) -> list[Span]:
    """`Russia's Ministry of Defence` is GPE `Russia` + ORG `Ministry of Defence`; not `Korean People's Army`, nor
    `Lloyd's of London` (no name starts with `of`), nor `Addenbrooke's Hospital` (a head word alone, head_words, is no
    name: the owner is part of it unless the owner is a known place, is_place: `Russia's Parliament`)."""
    doc = span.doc
    if span.end >= 2 and doc[span.end - 2].text in ("'s", "’s", "'") and doc[span.end - 1].text in head_words \
            and not is_place(doc[span.start:span.end - 2].text):
        return [span]
    for i in range(span.start + 1, span.end - 1):
        saint = i - 2 >= span.start and doc[i - 2].lower_ in SAINTS  # `St Thomas' Hospital`
        if doc[i].text in ("'s", "’s", "'") and doc[i - 1].lower_ not in NAME_POSSESSORS and not saint \
                and doc[i + 1].lower_ != "of":
            owner_label = "GPE" if span.label_ in ("ORG", "GPE") else span.label_
            return [Span(doc, span.start, i, label=owner_label), Span(doc, i + 1, span.end, label=span.label_)]
    return [span]
