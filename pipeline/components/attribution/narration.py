"""What in a reported clause is the narrator's own and no part of the content."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import Lexicon


def narrator_comment(clause: Token, lexicon: Lexicon) -> Token | None:
    """The comma before the narrator's appositive comment on a clause's report: a report noun (`struck targets, a
    claim that could not be verified`) or a noun a reporting verb qualifies (`300 jobs, a figure the company disputes`)."""
    doc = clause.doc
    for token in clause.subtree:
        if token.dep_ == "appos" and doc[token.left_edge.i - 1].text == "," and (
                token.lower_ in lexicon.report_nouns | lexicon.report_objects
                or any(c.dep_ == "relcl" and c.lemma_.lower() in lexicon.verbs for c in token.children)):
            return doc[token.left_edge.i - 1]
    return None
