"""What in a reported clause is the narrator's own and no part of the content: a dateline, an appositive comment."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .cues import Lexicon


def narrator_comment(clause: Token, lexicon: Lexicon) -> Token | None:
    """The comma before the narrator's appositive comment on a clause's report: a report noun (`struck targets, a
    claim that could not be verified`) or a noun a reporting verb qualifies (`300 jobs, a figure the company
    disputes`)."""
    doc = clause.doc
    for token in clause.subtree:
        if token.dep_ == "appos" and doc[token.left_edge.i - 1].text == "," and (
                token.lower_ in lexicon.report_nouns | lexicon.report_objects
                or any(c.dep_ == "relcl" and c.lemma_.lower() in lexicon.verbs for c in token.children)):
            return doc[token.left_edge.i - 1]
    return None


# `WASHINGTON — `, `KYIV, Ukraine (AP) — `, `LONDON, Jan 5 (Reuters) - `, `(CNN) — `, `CITY, May 4, 2024
# /PRNewswire/ -- `: a place in capitals with its region, date and agency, or an agency alone, and a dash
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
                      r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: ?\([A-Za-z .&/-]+\)| /[A-Za-z ]+/)?"
                      r"|\([A-Za-z .&/-]+\)) ?(?:[—–]|--?) ")


def after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """A content's offsets without the dateline that opens it (a content before its cue at an article's start)."""
    found = DATELINE.match(text, start, end)
    return (found.end(), end) if found is not None and found.end() < end else (start, end)


def source_after_dateline(source: Span | None) -> Span | None:
    """A source that the parser ran back over the dateline opening its sentence (`SPRINGFIELD, Ill., May 4, 2024
    /PRNewswire/ -- Acme Corp announced ...`): the part after the dateline."""
    if source is None:
        return None
    doc = source.doc
    found = DATELINE.match(doc.text, source.start_char, source.end_char)
    if found is None or found.end() >= source.end_char:
        return source
    rest = doc.char_span(found.end(), source.end_char, alignment_mode="contract")
    return rest if rest is not None and len(rest) > 0 else source
