"""Token-level helpers that read the Doc's arrays, so that rules over a whole article create no Token for
every word: the tokens spans cover, the runs of proper nouns outside them, the positions of given words."""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span


def covered_tokens(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def proper_noun_runs(doc: Doc, spans: list[Span]) -> list[tuple[int, int]]:
    """The runs of proper nouns outside every span: names the recogniser missed."""
    covered = covered_tokens(spans)
    propn = (doc.to_array(POS) == PROPN).tolist() if len(doc) else []  # one array, not a Token per test
    runs, i = [], 0
    while i < len(doc):
        if propn[i] and i not in covered:
            j = i
            while j < len(doc) and propn[j] and j not in covered:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def positions(doc: Doc, words: set[str]) -> list[int]:
    """The indexes of the tokens whose lower-case form is one of `words`, from one array (not a Token each)."""
    wanted = {doc.vocab.strings.add(word) for word in words}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted] if len(doc) else []
