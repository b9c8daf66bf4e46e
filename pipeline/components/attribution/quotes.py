"""Direct quotes in every style, and the quote a cue opens or closes.

:func:`find_quotes` pairs quotation marks over the whole text: `"..."`,
`“...”`, `''...''`, `«...»` and `‘...’` (single marks only where they open
at a word start and close before a non-letter, so that apostrophes are left
alone). A quote that runs over paragraphs opens each new paragraph with a
quotation mark and closes only at its end; a quote still open at the end of
a paragraph that the next paragraph does not continue ends there.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .cues import Lexicon

PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "''": "''", "‘": "’"}
OPENING_QUOTES = "\"“«‘'„"
CLOSING_QUOTES = "\"”»’'"
# an unquoted statement after "said:" runs over at most this much text
STATEMENT_PARAGRAPHS = 10
STATEMENT_CHARS = 6000


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the quote
    end: int  # the closing mark (or the end of the paragraph where an unclosed quote stops)


def _mark_at(text: str, i: int) -> str | None:
    if text.startswith("''", i):
        return "''"
    return text[i] if text[i] in PAIRS or text[i] in "”»’" else None


def _opens_single(text: str, i: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum()


def _closes_single(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalpha())


def _closes_in_next_paragraph(text: str, start: int, closing: str) -> bool:
    """The paragraph starting at `start` holds a closing mark before any opening one: the quote runs on."""
    end = text.find("\n", start)
    paragraph = text[start:end if end >= 0 else len(text)]
    for k, char in enumerate(paragraph):
        if paragraph.startswith(closing, k):
            before = paragraph[k - 1] if k else " "
            after = paragraph[k + len(closing)] if k + len(closing) < len(paragraph) else " "
            if closing in "”»’" or (not before.isspace() and not after.isalnum()):
                return True
            return False  # an opening straight quote comes first
        if char in "“«‘":
            return False
    return False


def find_quotes(text: str) -> list[Quote]:
    """Every direct quote of text, in order (quotes inside quotes are not listed)."""
    quotes, i, n = [], 0, len(text)
    while i < n:
        mark = _mark_at(text, i)
        if mark is None or mark in "”»’" or (mark == "‘" and not _opens_single(text, i)):
            i += 1
            continue
        closing = PAIRS[mark]
        start = i + len(mark)
        j = start
        end = None
        while j < n:
            if text.startswith("\n", j):
                paragraph_end = j
                while j < n and text[j].isspace():
                    j += 1
                if text.startswith(mark, j) or (mark == '"' and text.startswith("“", j)):
                    j += len(mark)  # the quote goes on in the next paragraph
                    continue
                if _closes_in_next_paragraph(text, j, closing):
                    continue  # a quote over paragraphs whose new paragraph lost its opening mark
                end = paragraph_end  # an unclosed quote stops at its paragraph's end
                break
            if text.startswith(closing, j) and (closing != "’" or _closes_single(text, j)):
                end = j
                break
            j += 1
        if end is None:
            end = n
        if end > start:
            quotes.append(Quote(start, end))
        i = end + (len(closing) if text.startswith(closing, end) else 1)
    return quotes


class QuoteIndex:
    """The quotes of one text, looked up by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self.starts = [q.start for q in self.quotes]

    def around(self, position: int) -> Quote | None:
        """The quote holding `position`, if any."""
        k = bisect_right(self.starts, position) - 1
        if k >= 0 and self.quotes[k].start <= position < self.quotes[k].end:
            return self.quotes[k]
        return None

    def ending_before(self, position: int, max_gap: int = 4) -> Quote | None:
        """A quote whose closing mark is followed only by punctuation and spaces up to `position`."""
        k = bisect_right(self.starts, position) - 1
        if k < 0:
            return None
        quote = self.quotes[k]
        gap = self.text[quote.end:position]
        if quote.end < position and "\n" not in gap and len(gap.strip(" ,;:.!?\"”»’'—–-")) == 0 \
                and len(gap) <= max_gap + 2:
            return quote
        return None

    def starting_after(self, position: int, max_gap: int = 3) -> Quote | None:
        """A quote that opens right after `position` (a colon, a comma or a space between)."""
        k = bisect_right(self.starts, position)
        if k >= len(self.quotes):
            return None
        quote = self.quotes[k]
        gap = self.text[position:quote.start]
        if len(gap.strip(" ,:\n\"“«‘'„—–-")) == 0 and len(gap) <= max_gap + 3:
            return quote
        return None


def statement_after_colon(doc: Doc, text: str, cue: Token) -> tuple[int, int] | None:
    """`said:` with no quote after it: the statement that follows, to the end of its paragraph, or, when
    the colon ends the paragraph, over the following paragraphs up to a heading or the length cap."""
    k = cue.i + 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    start = doc[k].idx + 1
    line_end = text.find("\n", start)
    rest_of_line = text[start:line_end if line_end >= 0 else len(text)]
    if rest_of_line.strip():
        return start, start + len(rest_of_line)
    end, paragraphs, position = start, 0, start
    for paragraph in text[start:start + STATEMENT_CHARS].split("\n"):
        stripped = paragraph.strip()
        if stripped:
            if paragraphs and len(stripped) < 60 and stripped[-1] not in ".!?\"”:;)":
                break  # a heading ("Further information") ends the statement
            paragraphs += 1
            end = position + len(paragraph)
            if paragraphs >= STATEMENT_PARAGRAPHS:
                break
        position += len(paragraph) + 1
    return (start, end) if end > start else None


def quote_after_colon(quotes: QuoteIndex, end: int) -> int:
    """A content followed by a colon and a quote goes on to the quote's end (`said the plan was dangerous: "It
    will cost lives."`): the quote is the message the clause announces."""
    text = quotes.text
    colon = end
    while colon < len(text) and text[colon] in " \"”’'":
        colon += 1
    if colon >= len(text) or text[colon] != ":":
        return end
    quote = quotes.starting_after(colon + 1)
    if quote is None or "\n" in text[colon:quote.start]:
        return end
    return quote.end


def ends_with_comma(quote: str) -> bool:
    """A quote that ends with a comma inside its marks (`"A,"`) goes on after its cue: a split quote."""
    return quote.rstrip().rstrip("\"”’'").rstrip().endswith(",")




def closes_earlier_sentence(text: str, quote, position: int, cue: Token, lexicon: Lexicon) -> bool:
    """A quote before the cue that ends a sentence of its own: a full stop after its closing mark
    (`... "part XVII". He characterized ...`), or a full stop inside it while the cue has its own content
    after it (`... manual." It recently published its 50,000th article`), unlike `"We won." he said` or
    `"We won." he told reporters` (an addressee is no content)."""
    gap = text[quote.end:position]
    if any(mark in gap for mark in ".!?"):
        return True
    if not text[quote.start:quote.end].rstrip().rstrip("\"”’'").rstrip().endswith((".", "!", "?")):
        return False
    addressee = "addressee" in lexicon.flags(cue)
    return any(c.i > cue.i and (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not addressee)
                                or (c.dep_ == "prep" and c.lower_ in ("as", "of") and c.lower_ in lexicon.flags(cue)))
               for c in cue.children)


def quote_span(doc: Doc, quote: Quote) -> Span | None:
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")
