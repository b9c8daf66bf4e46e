"""news_memo_attribute_ruler gives what spaCy's attribute ruler gives, with the same patterns."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from pipeline.components.memo_ruler import MemoAttributeRuler
from tests.conftest import make_doc

PATTERNS = [
    # the tag map: one token, TAG only
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "EX"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing|Tense=Pres"}},
    {"patterns": [[{"TAG": "RB"}]], "attrs": {"POS": "ADV"}},
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE"}},
    # exceptions read after it: a later pattern wins
    {"patterns": [[{"LOWER": "that", "DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]],
     "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "MORPH": "_"}},
    # several tokens, the attributes on the second (index 1) or the last (index -1)
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "AUX"}, "index": 1},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": "not", "OP": "?"}, {"LOWER": "only"}]], "attrs": {"LEMMA": "only"}, "index": -1},
]

SENTENCES = [
    # words, tags, deps (heads: every token on the first ROOT)
    (["That", "was", "the", "plan", "."], ["DT", "VBD", "DT", "NN", "."], ["nsubj", "ROOT", "det", "attr", "punct"]),
    (["that", "plan", "failed"], ["DT", "NN", "VBD"], ["det", "nsubj", "ROOT"]),
    (["There", "is", "nothin'", "\n", "gon", "na", "stop", "Moscow"],
     ["EX", "VBZ", "NN", "_SP", "VBD", "DT", "VBD", "NNP"], ["expl", "ROOT", "attr", "dep", "aux", "aux", "xcomp", "dobj"]),
    (["not", "only", "Kyiv", "was", "hit"], ["RB", "RB", "NNP", "VBD", "VBD"], ["neg", "advmod", "nsubj", "auxpass", "ROOT"]),
    (["Nuthin'", "that", "plan", "was"], ["NN", "WDT", "NN", "VBD"], ["ROOT", "nsubj", "dobj", "relcl"]),
]


def attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture()
def rulers(blank_nlp):
    plain = AttributeRuler(blank_nlp.vocab)
    plain.add_patterns(PATTERNS)
    memo = MemoAttributeRuler(blank_nlp.vocab)
    memo.add_patterns(PATTERNS)
    return plain, memo


def docs(nlp):
    return [make_doc(nlp, words, tags=tags, deps=deps) for words, tags, deps in SENTENCES]


def test_same_attributes_as_the_attribute_ruler(blank_nlp, rulers):
    plain, memo = rulers
    for _ in range(2):  # the second time from the memo
        for expected, got in zip(docs(blank_nlp), docs(blank_nlp)):
            assert attributes(memo(got)) == attributes(plain(expected))


@pytest.mark.parametrize("sentence, token, pos, lemma", [
    (0, 0, "PRON", ""),  # `That` as a subject: the exception after the tag map
    (1, 0, "DET", ""),  # `that` as a determiner: the tag map
    (2, 1, "AUX", ""),  # `is` after an expletive: a pattern of two tokens, on its second
    (2, 2, "NOUN", "nothing"),  # a REGEX pattern
    (2, 5, "DET", "to"),  # `gon na`: index -1
    (3, 1, "ADV", "only"),  # an optional first token (OP)
])
def test_each_kind_of_pattern(blank_nlp, rulers, sentence, token, pos, lemma):
    _, memo = rulers
    doc = memo(docs(blank_nlp)[sentence])
    assert (doc[token].pos_, doc[token].lemma_) == (pos, lemma)


def test_one_kind_for_words_no_pattern_names(blank_nlp, rulers):
    """`Moscow`/NNP/dobj and `Kyiv`/NNP/dobj are one kind: no pattern names either word."""
    _, memo = rulers
    memo(make_doc(blank_nlp, ["Moscow", "Kyiv", "Paris"], tags=["NNP"] * 3, deps=["dobj"] * 3))
    assert len(memo._memo.found) == 1


def test_patterns_added_later_are_used(blank_nlp, rulers):
    plain, memo = rulers
    memo(docs(blank_nlp)[1])
    for ruler in (plain, memo):
        ruler.add_patterns([{"patterns": [[{"LOWER": "plan"}]], "attrs": {"LEMMA": "scheme"}}])
    assert attributes(memo(docs(blank_nlp)[1])) == attributes(plain(docs(blank_nlp)[1]))
    assert memo(docs(blank_nlp)[1])[1].lemma_ == "scheme"


def test_attributes_it_cannot_write_run_the_plain_ruler(blank_nlp):
    """An extension attribute or a lexical one turns the memo off: the AttributeRuler's own way runs."""
    patterns = PATTERNS + [{"patterns": [[{"LOWER": "plan"}]], "attrs": {"NORM": "scheme"}}]
    plain, memo = AttributeRuler(blank_nlp.vocab), MemoAttributeRuler(blank_nlp.vocab)
    plain.add_patterns(patterns)
    memo.add_patterns(patterns)
    assert attributes(memo(docs(blank_nlp)[0])) == attributes(plain(docs(blank_nlp)[0]))
    assert not memo._memo.usable
    assert [t.norm_ for t in memo(docs(blank_nlp)[1])] == [t.norm_ for t in plain(docs(blank_nlp)[1])]


def test_memo_starts_again_when_full(blank_nlp):
    memo = MemoAttributeRuler(blank_nlp.vocab, memo_size=2)
    memo.add_patterns(PATTERNS)
    doc = memo(make_doc(blank_nlp, ["a", "plan", "failed", "."], tags=["DT", "NN", "VBD", "."]))
    assert len(memo._memo.found) <= 2
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "VERB", ""]


def test_saved_and_loaded_as_the_attribute_ruler(blank_nlp, rulers, tmp_path):
    plain, memo = rulers
    memo.to_disk(tmp_path / "ruler")
    loaded = MemoAttributeRuler(blank_nlp.vocab).from_disk(tmp_path / "ruler")
    assert loaded.patterns == plain.patterns
    from_plain = MemoAttributeRuler(blank_nlp.vocab).from_bytes(plain.to_bytes())
    assert attributes(from_plain(docs(blank_nlp)[2])) == attributes(plain(docs(blank_nlp)[2]))


def test_factory_in_a_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("news_memo_attribute_ruler", name="attribute_ruler")
    ruler.add_patterns(PATTERNS)
    doc = nlp.make_doc("plan")
    doc[0].tag_ = "NN"
    assert ruler(doc)[0].pos_ == "NOUN"
    assert nlp.get_pipe_meta("attribute_ruler").assigns == ["token.pos", "token.tag", "token.morph", "token.lemma"]


@pytest.mark.model
def test_same_attributes_as_the_base_pipelines_ruler(base_nlp):
    """The base pipeline's own 179 patterns, through ours and through spaCy's, on sentences written for this."""
    text = ("There's nothin' they're gonna say. That was what she said: it is not only Kyiv. "
            "Y'all ain't seen the 65 POWs, were you?\n\nI told him that.")
    patterns = base_nlp.get_pipe("attribute_ruler").patterns
    assert len(patterns) > 100
    plain, memo = AttributeRuler(base_nlp.vocab), MemoAttributeRuler(base_nlp.vocab)
    plain.add_patterns(patterns)
    memo.add_patterns(patterns)
    with base_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        expected, cold, warm = base_nlp(text), base_nlp(text), base_nlp(text)
    plain(expected)
    assert attributes(memo(cold)) == attributes(expected)
    assert attributes(memo(warm)) == attributes(expected)  # from the memo
