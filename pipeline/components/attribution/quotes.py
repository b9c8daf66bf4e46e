"""Quotation marks: which characters open and close a quote, and the quote a cue opens or closes."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

OPENING_QUOTES = "\"“«‘'"
CLOSING_QUOTES = "\"”»’'"


def quote_before(doc: Doc, text: str, cue: Token, source: Span | None) -> tuple[int, int] | None:
    """The quote that a trailing `, he said` closes: `"...," he said`."""
    first = min(cue.i, source.start) if source is not None else cue.i
    k = first - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in CLOSING_QUOTES:
        k -= 1
    if k < 0 or doc[k].text not in CLOSING_QUOTES or first - k > 3:
        return None
    close = doc[k].idx
    open_at = max(text.rfind(q, 0, close) for q in OPENING_QUOTES if q not in "'")
    if open_at < 0:
        return None
    return open_at + 1, close


def quote_after(doc: Doc, text: str, cue: Token) -> tuple[int, int] | None:
    """What follows `said:`: the quote that opens there, or the rest of the text."""
    k = cue.i + 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    start = doc[k].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start < len(text) and text[start] in OPENING_QUOTES:
        closing = "\"" if text[start] == "\"" else CLOSING_QUOTES.replace("'", "").replace("\"", "")
        ends = [e for e in (text.find(q, start + 1) for q in closing) if e > start]
        if ends:
            return start + 1, min(ends)
    # an unquoted statement after "said:" runs to the end of the text (government statements)
    return start, len(text)
