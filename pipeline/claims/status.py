"""How sure the text is of a claim (corpora/ANNOTATION_NOTES.md, "Status").

- ``unverified``: the text says the claim lacks evidence or confirmation
  (data/unverified.txt): in the source phrase (``Unconfirmed reports``); after
  the cue in the cue's sentence, with no other claim's cue in between; a
  ``without evidence`` phrase closing the content; or in the next sentence,
  before any other cue there and outside any other claim's content.
  ``unverified`` wins over ``hedged``.
- ``hedged``: a HEDGE span lies in the content (or its continuation) or in the
  cue's clause, from the source to the cue.
- ``asserted``: neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Article, Attribution, Hedge, Span
from .text import data, sentence_index, sentences


@lru_cache(maxsize=None)
def _unverified() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in data("unverified.txt")) + r")\b", re.I)


def _inside(start: int, end: int, span: Span | None) -> bool:
    return span is not None and span.start <= start and end <= span.end


def claim_hedges(article: Article, attribution: Attribution) -> list[Hedge]:
    """The hedges in the content, its continuation, or the cue's clause (from the source to the cue)."""
    clause_start = min(attribution.cue.start, attribution.source.start if attribution.source else attribution.cue.start)
    clause = Span(clause_start, attribution.cue.end, "")
    found = []
    for hedge in article.hedges:
        if any(h.start < hedge.end and hedge.start < h.end for h in (attribution.content, attribution.continuation, clause)
               if h is not None):
            found.append(hedge)
    return found


def unverified_phrase(article: Article, index: int, spans: list[tuple[int, int]] | None = None) -> str | None:
    """The phrase that marks the index-th attribution unverified, or None."""
    text = article.text
    attribution = article.attributions[index]
    pattern = _unverified()
    if attribution.source is not None:
        match = pattern.search(attribution.source.text)
        if match:
            return match.group()
    spans = spans if spans is not None else sentences(text)
    others = [a for i, a in enumerate(article.attributions) if i != index]
    sentence = spans[sentence_index(spans, attribution.cue.start)]
    for match in pattern.finditer(text, attribution.cue.end, sentence[1]):
        if _inside(match.start(), match.end(), attribution.content) and not match.group().lower().startswith("without"):
            continue
        if not any(attribution.cue.end <= a.cue.start < match.start() for a in others):
            return match.group()
    last = max(p.end for p in (attribution.cue, attribution.content, attribution.continuation) if p is not None)
    following = sentence_index(spans, last) + 1
    if following < len(spans):
        start, end = spans[following]
        if text.count("\n\n", last, start) > 1:
            return None
        for match in pattern.finditer(text, start, end):
            claimed = any(start <= a.cue.start < match.start() or _inside(match.start(), match.end(), a.content)
                          for a in others)
            if not claimed:
                return match.group()
    return None


def claim_status(article: Article, index: int, spans: list[tuple[int, int]] | None = None
                 ) -> tuple[str, list[Hedge], str | None]:
    """(status, hedges, unverified phrase) of the index-th attribution."""
    attribution = article.attributions[index]
    hedges = claim_hedges(article, attribution)
    phrase = unverified_phrase(article, index, spans)
    if phrase:
        return "unverified", hedges, phrase
    return ("hedged" if hedges else "asserted"), hedges, None
