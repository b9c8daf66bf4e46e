"""What is reported: the content of a cue, and the guideline trimming of every span."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .quotes import quote_after, quote_before
from .sources import SUBJECT_DEPS

TRIM_CHARS = " \t\r\n.,;:!?\"“”«»‘’'—–-"


def trimmed(text: str, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Character offsets with the guideline trimming: no edge whitespace, punctuation or quotes, no leading `that`."""
    while start_char < end_char and text[start_char] in TRIM_CHARS:
        start_char += 1
    while end_char > start_char and text[end_char - 1] in TRIM_CHARS:
        end_char -= 1
    for lead in ("that ", "That "):
        if text.startswith(lead, start_char):
            return trimmed(text, start_char + len(lead), end_char)
    return (start_char, end_char) if start_char < end_char else None


def find_content(text: str, cue: Token, source: Span | None, clause_only: bool) -> tuple[int, int] | None:
    """A quote the cue opens or closes, its clausal complement, the clause it is a parenthetical of,
    a later `that` clause, its object (unless `clause_only`), or the sentence before `, SOURCE CUE`."""
    doc = cue.doc
    quote = quote_after(doc, text, cue) or quote_before(doc, text, cue, source)
    if quote is not None:
        return quote
    for child in cue.children:
        if child.dep_ == "ccomp":
            return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if (cue.dep_ == "parataxis" or (cue.dep_ == "advcl" and has_subject)) and cue.head.i < cue.i \
            and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head
        end = min(t.idx for t in cue.subtree)
        if source is not None:
            end = min(end, source.start_char)
        return head.left_edge.idx, end
    later = that_clause(cue)
    if later is not None:
        return later
    if not clause_only:
        for child in cue.children:
            if child.dep_ in ("dobj", "attr", "xcomp") and child.i > cue.i:
                return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
    return clause_before(cue, source)


def that_clause(cue: Token) -> tuple[int, int] | None:
    """`said in a statement carried by X that ...`: a `that` clause later in the cue's sentence
    that the parser hung elsewhere."""
    for token in cue.doc[cue.i + 1 : cue.sent.end]:
        if token.is_sent_start or token.text in (".", ";") or (token.pos_ == "VERB" and token.head == cue
                                                                and token.dep_ == "conj"):
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
            clause = token.head
            return token.idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def clause_before(cue: Token, source: Span | None) -> tuple[int, int] | None:
    """`..., the agency reported.`: the sentence before `, SOURCE CUE` at its end."""
    if source is None or source.end != cue.i or source.start == 0:
        return None
    doc = cue.doc
    after = cue.i + 1
    if after < len(doc) and not (doc[after].is_punct or doc[after].pos_ == "ADP"):
        return None
    comma = doc[source.start - 1]
    if comma.text != ",":
        return None
    return cue.sent.start_char, comma.idx
