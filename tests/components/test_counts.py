"""Unit tests of news_counts on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest

from tests.conftest import ents_of, ministry_said_count, parsed

# -- news_counts ---------------------------------------------------------------


@pytest.mark.parametrize(
    "words,value",
    [
        (["nine"], 9),
        (["Nine"], 9),
        (["65"], 65),
        (["twenty", "-", "one"], 21),
        (["1,200"], 1200),
        (["a", "dozen"], 12),
        (["dozen"], 12),
        (["2", "million"], 2_000_000),
        (["1.5", "million"], 1_500_000),
        (["three", "hundred"], 300),
        (["one", "hundred", "and", "five"], 105),
        (["two", "thousand", "four", "hundred"], 2400),
        (["two", "hundred", "and", "fifty", "-", "three"], 253),
        (["twenty", "one"], 21),
        (["a", "hundred"], 100),
        (["1.2", "million"], 1_200_000),
        (["one", "million", "two", "hundred", "thousand"], 1_200_000),
        (["3", "trillion"], 3_000_000_000_000),
        (["half", "a", "million"], 500_000),
        (["Half", "a", "dozen"], 6),
        (["2.5"], None),
        (["several"], None),
        ([], None),
    ],
)
def test_counts_parse_value(component, words, value):
    assert component("news_counts").numbers.parse_value(words) == value


@pytest.mark.parametrize(
    "number_rows,text,value",
    [
        ([("12", "nummod", None)], "12 people", 12),
        ([("nine", "nummod", None)], "nine people", 9),
        ([("1,200", "nummod", None)], "1,200 people", 1200),
        ([("twenty", "compound", 2), ("-", "punct", 2), ("one", "nummod", None)], "twenty-one people", 21),
        ([("a", "quantmod", 1), ("dozen", "nummod", None)], "a dozen people", 12),
        ([("2", "compound", 1), ("million", "nummod", None)], "2 million people", 2_000_000),
        ([("three", "compound", 1), ("hundred", "nummod", None)], "three hundred people", 300),
    ],
)
def test_counts_number_and_noun(doc_maker, component, number_rows, text, value):
    doc = ministry_said_count(doc_maker, number_rows)
    doc = component("news_counts")(doc)
    counts = [e for e in doc.ents if e.label_ == "COUNT"]
    assert [(c.text, c._.count_value, c._.count_unit) for c in counts] == [(text, value, "people")]
    assert ("Interior Ministry", "ORG") in ents_of(doc)


def test_counts_add_missing_off(doc_maker, component):
    doc = ministry_said_count(doc_maker, [("12", "nummod", None)])
    doc = component("news_counts", add_missing=False)(doc)
    assert ents_of(doc) == [("Interior Ministry", "ORG")]


def test_counts_prediction_gets_value_and_unit(doc_maker, component):
    rows = [
        ("about", "ADV", "advmod", 1),
        ("30", "NUM", "nummod", 2),
        ("soldiers", "NOUN", "nsubj", 3, "soldier"),
        ("surrendered", "VERB", "ROOT", 3, "surrender"),
    ]
    doc = component("news_counts")(parsed(doc_maker, rows, ents=[(0, 3, "COUNT")]))
    assert [(e.text, e._.count_value, e._.count_unit) for e in doc.ents] == [("30 soldiers", 30, "soldiers")]


@pytest.mark.parametrize(
    "rows",
    [
        # a distance: "The convoy travelled 70 km"
        [("The", "DET", "det", 1), ("convoy", "NOUN", "nsubj", 2), ("travelled", "VERB", "ROOT", 2, "travel"),
         ("70", "NUM", "nummod", 4), ("km", "NOUN", "dobj", 2)],
        # money: "The fund lost $5 million"
        [("The", "DET", "det", 1), ("fund", "NOUN", "nsubj", 2), ("lost", "VERB", "ROOT", 2, "lose"),
         ("$", "SYM", "nmod", 5), ("5", "NUM", "compound", 5), ("million", "NUM", "dobj", 2)],
        # a year: "The dam was built in 2016"
        [("The", "DET", "det", 1), ("dam", "NOUN", "nsubjpass", 3), ("was", "AUX", "auxpass", 3, "be"),
         ("built", "VERB", "ROOT", 3, "build"), ("in", "ADP", "prep", 3), ("2016", "NUM", "pobj", 4)],
        # a duration (excluded by the lemma of the plural noun): "The siege lasted three days"
        [("The", "DET", "det", 1), ("siege", "NOUN", "nsubj", 2), ("lasted", "VERB", "ROOT", 2, "last"),
         ("three", "NUM", "nummod", 4), ("days", "NOUN", "npadvmod", 2, "day")],
        # a percentage: "Turnout fell 40 percent"
        [("Turnout", "NOUN", "nsubj", 1), ("fell", "VERB", "ROOT", 1, "fall"), ("40", "NUM", "nummod", 3),
         ("percent", "NOUN", "npadvmod", 1)],
        # a measure: "It has an 84 MW turbine"
        [("It", "PRON", "nsubj", 1), ("has", "VERB", "ROOT", 1, "have"), ("an", "DET", "det", 5),
         ("84", "NUM", "nummod", 4), ("MW", "NOUN", "compound", 5, "mw"), ("turbine", "NOUN", "dobj", 1)],
        # no count in an idiom: "There is only one way to end it"
        [("There", "PRON", "expl", 1), ("is", "VERB", "ROOT", 1, "be"), ("only", "ADV", "advmod", 4),
         ("one", "NUM", "nummod", 4), ("way", "NOUN", "attr", 1)],
        # no counted noun: "Two of them escaped"
        [("Two", "NUM", "nsubj", 3), ("of", "ADP", "prep", 0), ("them", "PRON", "pobj", 1),
         ("escaped", "VERB", "ROOT", 3, "escape")],
        # 'one' for 'a': "One example is this"
        [("One", "NUM", "nummod", 1), ("example", "NOUN", "nsubj", 2), ("is", "VERB", "ROOT", 2, "be"),
         ("this", "PRON", "attr", 2)],
    ],
    ids=["distance", "money", "year", "duration", "percent", "measure", "idiom", "no-noun", "indefinite-one"],
)
def test_counts_exclusions(doc_maker, component, rows):
    doc = component("news_counts")(parsed(doc_maker, rows))
    assert [e for e in doc.ents if e.label_ == "COUNT"] == []


def test_counts_keep_of_phrase(doc_maker, component):
    rows = [
        ("40", "NUM", "nummod", 1),
        ("members", "NOUN", "nsubjpass", 5, "member"),
        ("of", "ADP", "prep", 1),
        ("staff", "NOUN", "pobj", 2),
        ("were", "AUX", "auxpass", 5, "be"),
        ("evacuated", "VERB", "ROOT", 5, "evacuate"),
        (".", "PUNCT", "punct", 5),
    ]
    doc = component("news_counts")(parsed(doc_maker, rows))
    assert [(e.text, e._.count_value, e._.count_unit) for e in doc.ents] == [
        ("40 members of staff", 40, "members of staff")
    ]


def test_counts_stop_before_parenthesis(doc_maker, component):
    # "30 soldiers (two officers) surrendered": the parenthesis is not part of the first COUNT
    rows = [
        ("30", "NUM", "nummod", 1),
        ("soldiers", "NOUN", "nsubj", 6, "soldier"),
        ("(", "PUNCT", "punct", 4),
        ("two", "NUM", "nummod", 4),
        ("officers", "NOUN", "appos", 1, "officer"),
        (")", "PUNCT", "punct", 4),
        ("surrendered", "VERB", "ROOT", 6, "surrender"),
    ]
    doc = component("news_counts")(parsed(doc_maker, rows))
    assert [(e.text, e._.count_value) for e in doc.ents] == [("30 soldiers", 30), ("two officers", 2)]


def test_counts_of_phrase_without_relative_clause(doc_maker, component):
    # "Rescuers reached 12 members of the crew who had survived ." (relcl attached to "crew")
    rows = [
        ("Rescuers", "NOUN", "nsubj", 1, "rescuer"),
        ("reached", "VERB", "ROOT", 1, "reach"),
        ("12", "NUM", "nummod", 3),
        ("members", "NOUN", "dobj", 1, "member"),
        ("of", "ADP", "prep", 3),
        ("the", "DET", "det", 6),
        ("crew", "NOUN", "pobj", 4),
        ("who", "PRON", "nsubj", 9),
        ("had", "AUX", "aux", 9, "have"),
        ("survived", "VERB", "relcl", 6, "survive"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_counts")(parsed(doc_maker, rows))
    assert [e.text for e in doc.ents] == ["12 members of the crew"]


def test_counts_phrase_with_weapon_is_number_alone(doc_maker, component):
    # "The navy fired six Kalibr cruise missiles ."
    rows = [
        ("The", "DET", "det", 1),
        ("navy", "NOUN", "nsubj", 2),
        ("fired", "VERB", "ROOT", 2, "fire"),
        ("six", "NUM", "nummod", 6),
        ("Kalibr", "PROPN", "compound", 6),
        ("cruise", "NOUN", "compound", 6),
        ("missiles", "NOUN", "dobj", 2, "missile"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_counts")(parsed(doc_maker, rows, ents=[(4, 5, "WEAPON")]))
    assert ents_of(doc) == [("six", "COUNT"), ("Kalibr", "WEAPON")]
    count = doc.ents[0]
    assert (count._.count_value, count._.count_unit) == (6, "Kalibr cruise missiles")



@pytest.mark.parametrize("rows", [
    [("eight", "NUM", "nsubj", 3), ("of", "ADP", "prep", 0), ("them", "PRON", "pobj", 1), ("died", "VERB", "ROOT", 3)],
    [("25,000", "NUM", "nummod", 1), ("tonnes", "NOUN", "dobj", 1, "tonne")],
])
def test_counts_predicted_without_a_counted_noun_are_dropped(doc_maker, component, rows):
    doc = parsed(doc_maker, rows, ents=[(0, len(rows) - (1 if rows[-1][1] == "VERB" else 0), "COUNT")])
    assert ents_of(component("news_counts")(doc)) == []


@pytest.mark.model
@pytest.mark.parametrize("text,count,unit,aircraft", [
    ("The airline ordered eight new A321neo aircraft.", "eight", "new A321neo aircraft", "A321neo"),
    ("The carrier will lease 30 737s from a lessor.", "30", "737s", "737s"),
])
def test_count_with_a_model_inside_is_the_number_alone(base_nlp, text, count, unit, aircraft):
    doc = base_nlp(text)
    counts = [(e.text, e._.count_unit) for e in doc.ents if e.label_ == "COUNT"]
    assert counts == [(count, unit)]
    assert [e.text for e in doc.ents if e.label_ == "AIRCRAFT"] == [aircraft]


@pytest.mark.model
@pytest.mark.parametrize("text,value", [
    ("Rescuers found one hundred and five survivors.", 105),
    ("Two hundred and fifty-three soldiers were released.", 253),
    ("Twenty one miners were trapped.", 21),
    ("A hundred families were evacuated.", 100),
    ("Over half a million Syrians are still in besieged areas.", 500_000),
])
def test_number_words_in_full(base_nlp, text, value):
    doc = base_nlp(text)
    assert [e._.count_value for e in doc.ents if e.label_ == "COUNT"] == [value]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The 777 aircraft was parked at the gate.",
    "Engineers tested the 900 model last year.",
])
def test_model_number_is_no_count(base_nlp, text):
    doc = base_nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "COUNT"] == []


def test_counts_other_numbers_before_an_indefinite_one_noun_count(doc_maker, component):
    """`one example` is no count, `two reasons` is one."""
    rows = [("It", "PRON", "nsubj", 1), ("occurs", "VERB", "ROOT", 1, "occur"), ("for", "ADP", "prep", 1),
            ("two", "NUM", "nummod", 4), ("reasons", "NOUN", "pobj", 2, "reason")]
    doc = component("news_counts")(parsed(doc_maker, rows))
    assert [(e.text, e._.count_value) for e in doc.ents if e.label_ == "COUNT"] == [("two reasons", 2)]


@pytest.mark.model
@pytest.mark.parametrize("text,counts", [
    ("The poll placed him at 13 percent, 14 points behind the party's nominee.", []),
    ("The army said six shells of them hit the area near the post.", ["six shells"]),
    ("Two thousand members of the union marched.", ["Two thousand members of the union"]),
])
def test_count_phrase_ends_where_the_counted_noun_does(base_nlp, text, counts):
    """A poll's margin is no count; ``of them`` and a bare ``of the`` add no counted noun."""
    doc = base_nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "COUNT"] == counts
