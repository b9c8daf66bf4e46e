"""Names an article calls outlets: `wikiHow is a wiki-based site`, `a website I used to run called eHow`,
`the magazine MicroMega`, `Dawn, Pakistan's oldest newspaper`; and the first word of an outlet's name
of two, `Alsumaria` of `Alsumaria News`, written alone. Such a name is MEDIA wherever the article writes it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .tokens import covered_tokens, positions

COPULAS = {"is", "was", "'s"}
NAMING = {"called", "named", "titled"}


def _is_name(token: Token) -> bool:
    """A word written as a name: capitalised inside (`wikiHow`, `eHow`) or a capitalised proper noun."""
    text = token.text
    return len(text) > 1 and (any(c.isupper() for c in text[1:]) and any(c.islower() for c in text) or (
        text[:1].isupper() and token.pos_ == "PROPN"))


def _is_head(doc: Doc, i: int, heads: set[str], site_modifiers: set[str]) -> bool:
    word = doc[i].lower_
    if word != "site":
        return word in heads
    return any(m in doc[k].lower_ for k in range(max(0, i - 3), i) for m in site_modifiers)


def _name(doc: Doc, i: int, spans_at: dict[int, str]) -> str | None:
    """The name at token i: the text of a span there (`spans_at`), else the word if it is written as a name."""
    if i in spans_at:
        return spans_at[i]
    return doc[i].text if 0 <= i < len(doc) and _is_name(doc[i]) else None


def media_named_by_noun(doc: Doc, spans: list[Span], heads: set[str], site_modifiers: set[str]) -> list[Span]:
    """Spans with every mention of a name the article calls an outlet labelled MEDIA, mentions no span covered
    added (see the module docstring)."""
    named = set()
    starting = {s.start: s.text for s in reversed(spans)}  # the first span that starts at a token
    ending = {s.end - 1: s.text for s in reversed(spans)}  # the first span that ends at a token
    parsed = doc.has_annotation("SENT_START")
    for i in positions(doc, heads):
        if not _is_head(doc, i, heads, site_modifiers):
            continue
        sentence = doc[i].sent if parsed else doc[:]  # a Doc built by hand may have no sentences
        after = _name(doc, i + 1, starting)  # "the magazine MicroMega"
        if after is not None and not doc[i + 1].is_sent_start:
            named.add(after)
        for k in range(i + 1, min(sentence.end, i + 7)):  # "a website I used to run called eHow"
            if doc[k].lower_ in NAMING:
                found = _name(doc, k + 1, starting) if k + 1 < sentence.end else None
                if found is not None:
                    named.add(found)
                break
        comma = next((k for k in range(i - 1, max(sentence.start, i - 10), -1) if doc[k].text == ","), None)
        if comma is not None and comma > sentence.start and (doc[comma + 1].lower_ in ("a", "an", "the")
                                                              or doc[comma + 2].tag_ == "POS"):
            found = _name(doc, comma - 1, ending)  # "Dawn, Pakistan's oldest English-language newspaper"
            if found is not None:
                named.add(found)
        for k in range(max(sentence.start, i - 5), i):  # "wikiHow is a wiki-based site"
            if doc[k].lower_ in COPULAS and doc[k + 1].lower_ in ("a", "an", "the"):
                found = _name(doc, k - 1, ending)
                if found is not None:
                    named.add(found)
                break
    if not named:
        return spans
    covered = covered_tokens(spans)
    relabelled = [Span(doc, s.start, s.end, label="MEDIA") if s.text in named and s.label_ != "MEDIA" else s
                  for s in spans]
    added = [Span(doc, t.i, t.i + 1, label="MEDIA") for t in doc if t.text in named and t.i not in covered]
    return relabelled + added


def media_short_names(doc: Doc, spans: list[Span], media_words: set[str], is_place) -> list[Span]:
    """Spans with the first word of a MEDIA name of two words whose second is a media name word (`Alsumaria News`:
    data name_words MEDIA) labelled MEDIA where the recogniser found it alone; not a place's name (`Kyiv` of `Kyiv
    Independent`). An everyday word no span covers stays one (`Sky` of `Sky News`)."""
    short = {s[0].text for s in spans if s.label_ == "MEDIA" and len(s) == 2 and s[1].text in media_words
             and s[0].is_title and s[0].is_alpha and not is_place(s[0].text)}
    if not short:
        return spans
    return [Span(doc, s.start, s.end, label="MEDIA") if len(s) == 1 and s.text in short else s for s in spans]
