"""The tokenizer rules that customise_tokenizer adds to the base pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp import customise_tokenizer


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return customise_tokenizer(spacy.blank("en"))


@pytest.mark.parametrize("text,expected", [
    # an abbreviated title stays whole, with its title in full as its norm
    ("Const. Ann Lee said", [("Const.", "constable"), ("Ann", "ann"), ("Lee", "lee"), ("said", "said")]),
    ("Police Sgt. Bo Kim", [("Police", "police"), ("Sgt.", "sergeant"), ("Bo", "bo"), ("Kim", "kim")]),
    # a full stop after another word still ends the sentence
    ("The car crashed.", [("The", "the"), ("car", "car"), ("crashed", "crashed"), (".", ".")]),
    # citation marks are split from the word they follow
    ("al-Assad,[1] said", [("al", "al"), ("-", "-"), ("Assad", "assad"), (",", ","), ("[1]", "[1]"), ("said", "said")]),
])
def test_customised_tokens(tokenizer_nlp, text, expected):
    assert [(t.text, t.norm_) for t in tokenizer_nlp(text)] == expected
