"""news_memo_lemmatizer: the base pipeline's English rule lemmatizer, with its lemmas remembered.

In rule mode the lemma of a token is a function of its text, part of speech and morphology (and
the lookup tables), so it is computed once for each distinct (orth, pos, morph) and remembered as
the lemma's hash; a Doc's lemmas are read and written as one array instead of token by token.
A token that already has a lemma (the attribute ruler sets some) keeps it, unless `overwrite`.
Tokens without a part of speech go through the lemmatizer every time, as in spaCy (it warns
about them). Tables, initialisation and serialisation are the lemmatizer's own; another mode
than "rule" runs the plain lemmatizer.
"""

from __future__ import annotations

from typing import Callable

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors as SpacyErrors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model


@Language.factory(
    "news_memo_lemmatizer",
    default_config={"model": None, "mode": "rule", "overwrite": False, "memo_size": 200_000,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    assigns=["token.lemma"],
    requires=["token.pos", "token.morph"],
    default_score_weights={"lemma_acc": 1.0},
)
def make_memo_lemmatizer(nlp: Language, model: Model | None, name: str, mode: str, overwrite: bool,
                         memo_size: int, scorer: Callable | None) -> "MemoLemmatizer":
    """Create the component.

    nlp (Language): the pipeline.
    model (Model | None): unused, as in spaCy's lemmatizer.
    name (str): the component's name.
    mode (str): "rule" (remembered), or another mode of spaCy's lemmatizer (not remembered).
    overwrite (bool): replace lemmas set before (by the attribute ruler).
    memo_size (int): (orth, pos, morph) kinds remembered at most; the memo starts again when it is full.
    scorer (Callable): scores the lemmas (spacy.lemmatizer_scorer.v1).
    """
    return MemoLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, memo_size=memo_size,
                          scorer=scorer)


class MemoLemmatizer(EnglishLemmatizer):
    """An English lemmatizer that remembers the lemma hash of each (orth, pos, morph) in rule mode."""

    def __init__(self, vocab, model: Model | None, name: str = "lemmatizer", *, mode: str = "rule",
                 overwrite: bool = False, memo_size: int = 200_000, scorer: Callable | None = None) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self.memo_size = memo_size
        self.memo: dict[tuple[int, int, int], int] = {}

    def initialize(self, *args, **kwargs):
        self.memo, self.cache = {}, {}  # new tables: the lemmas remembered (ours and spaCy's) may no longer hold
        return super().initialize(*args, **kwargs)

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(SpacyErrors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._lemmatize(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in the lemmatizer
            return error_handler(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        memo, strings = self.memo, self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if self.overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = strings.add(self.lemmatize(doc[i])[0])
                    if pos != 0:
                        if len(memo) >= self.memo_size:
                            memo.clear()
                        memo[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))
