"""news_memo_lemmatizer gives what spaCy's English rule lemmatizer gives, with the same tables."""

from __future__ import annotations

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups

from pipeline.components.memo_lemmatizer import MemoLemmatizer
from tests.conftest import make_doc

# Tables written for these tests, in the shape of spacy-lookups-data's English rule tables.
TABLES = {
    "lemma_rules": {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""], ["ed", "e"], ["s", ""]]},
    "lemma_index": {"noun": ["city", "report"], "verb": ["claim", "use"]},
    "lemma_exc": {"noun": {"mice": ["mouse"]}, "verb": {"said": ["say"]}},
    "lemma_lookup": {},
}

WORDS = ["Reports", "said", "cities", "claimed", "mice", "used", "the", "reports", "said", "Kyiv", "."]
POS = ["NOUN", "VERB", "NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
# the same word and part of speech with another morphology: a base form keeps its text ("used" as Inf)
MORPHS = ["Number=Plur", "Tense=Past|VerbForm=Fin", "Number=Plur", "Tense=Past|VerbForm=Fin", "Number=Plur",
          "VerbForm=Inf", "", "Number=Plur", "VerbForm=Inf", "Number=Sing", "PunctType=Peri"]


def lookups() -> Lookups:
    tables = Lookups()
    for name, table in TABLES.items():
        tables.add_table(name, table)
    return tables


def lemmatizers(vocab, **config):
    plain = EnglishLemmatizer(vocab, None, mode="rule", **config)
    memo = MemoLemmatizer(vocab, None, mode="rule", **config)
    for lemmatizer in (plain, memo):
        lemmatizer.initialize(lookups=lookups())
    return plain, memo


def doc(nlp, lemmas=None):
    made = make_doc(nlp, WORDS, pos=POS, lemmas=lemmas)
    for token, morph in zip(made, MORPHS):
        if morph:
            token.set_morph(morph)
    return made


def test_same_lemmas_as_the_rule_lemmatizer(blank_nlp):
    plain, memo = lemmatizers(blank_nlp.vocab)
    expected = [t.lemma_ for t in plain(doc(blank_nlp))]
    assert expected[:6] == ["report", "say", "city", "claim", "mouse", "used"]
    for _ in range(2):  # the second time from the memo
        assert [t.lemma_ for t in memo(doc(blank_nlp))] == expected


def test_the_memo_tells_morphologies_apart(blank_nlp):
    """`said` Past and `said` Inf are two entries (the rule lemmatizer reads the morphology)."""
    _, memo = lemmatizers(blank_nlp.vocab)
    memo(doc(blank_nlp))
    said = [key for key in memo.memo if key[0] == blank_nlp.vocab.strings["said"]]
    assert len(said) == 2


@pytest.mark.parametrize("overwrite, expected", [(False, "statement"), (True, "report")])
def test_a_lemma_set_before_is_kept_unless_overwrite(blank_nlp, overwrite, expected):
    plain, memo = lemmatizers(blank_nlp.vocab, overwrite=overwrite)
    lemmas = ["statement"] + [""] * (len(WORDS) - 1)
    assert memo(doc(blank_nlp, lemmas))[0].lemma_ == plain(doc(blank_nlp, lemmas))[0].lemma_ == expected


def test_tokens_without_a_part_of_speech_are_not_remembered(blank_nlp):
    _, memo = lemmatizers(blank_nlp.vocab)
    with pytest.warns(UserWarning):
        lemmas = [t.lemma_ for t in memo(make_doc(blank_nlp, ["Cities", "claimed"]))]
    assert lemmas == ["cities", "claimed"]
    assert memo.memo == {}


def test_memo_starts_again_when_full(blank_nlp):
    plain, memo = lemmatizers(blank_nlp.vocab)
    memo.memo_size = 3
    assert [t.lemma_ for t in memo(doc(blank_nlp))] == [t.lemma_ for t in plain(doc(blank_nlp))]
    assert len(memo.memo) <= 3


def test_new_tables_forget_the_memo(blank_nlp):
    _, memo = lemmatizers(blank_nlp.vocab)
    memo(doc(blank_nlp))
    changed = lookups()
    changed.get_table("lemma_exc")["noun"] = {"mice": ["mice-lemma"]}
    memo.initialize(lookups=changed)
    assert memo(doc(blank_nlp))[4].lemma_ == "mice-lemma"


def test_saved_and_loaded_with_its_tables(blank_nlp, tmp_path):
    plain, memo = lemmatizers(blank_nlp.vocab)
    memo.to_disk(tmp_path / "lemmatizer")
    loaded = MemoLemmatizer(blank_nlp.vocab, None, mode="rule").from_disk(tmp_path / "lemmatizer")
    assert [t.lemma_ for t in loaded(doc(blank_nlp))] == [t.lemma_ for t in plain(doc(blank_nlp))]


def test_factory_in_a_pipeline():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("news_memo_lemmatizer", name="lemmatizer")
    lemmatizer.initialize(lookups=lookups())
    made = make_doc(nlp, ["cities"], pos=["NOUN"])
    assert lemmatizer(made)[0].lemma_ == "city"
    assert nlp.get_pipe_meta("lemmatizer").assigns == ["token.lemma"]
