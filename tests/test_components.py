"""Unit tests of the rule components on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import DocBin

import pipeline.settings
from pipeline.components.attribution import trimmed

# -- helpers -------------------------------------------------------------------


def iob(n: int, *spans: tuple[int, int, str]) -> list[str]:
    """IOB tags for n tokens from (start, end, label) token spans."""
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def parsed(doc_maker, rows, ents=(), tags=None):
    """A Doc from rows (word, pos, dep, head[, lemma]); head is an absolute index,
    lemma defaults to the lower-cased word; ents are (start, end, label) token spans."""
    words = [row[0] for row in rows]
    return doc_maker(
        words,
        tags=tags,
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[row[3] for row in rows],
        lemmas=[row[4] if len(row) > 4 else row[0].lower() for row in rows],
        ents=iob(len(rows), *ents),
    )


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def attributions_of(doc) -> list[tuple]:
    """doc._.attributions as text: (source, cue, content, source_entity)."""
    text = doc.text

    def at(offsets):
        return text[offsets[0] : offsets[1]] if offsets else None

    return [(at(a["source"]), at(a["cue"]), at(a["content"]), at(a["source_entity"])) for a in doc._.attributions]


# -- news_entities -------------------------------------------------------------


@pytest.mark.parametrize(
    "label,expected",
    [
        ("ORG", "ORG"),
        ("PERSON", "PERSON"),
        ("GPE", "GPE"),
        ("LOC", "LOC"),
        ("NORP", None),
        ("CARDINAL", None),
        ("MONEY", None),
        ("PRODUCT", None),
    ],
)
def test_entities_label_mapping(doc_maker, component, label, expected):
    doc = doc_maker(["Officials", "at", "Zarnitsa", "declined", "comment"], ents=iob(5, (2, 3, label)))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == ([("Zarnitsa", expected)] if expected else [])


def test_entities_norp_dropped_org_kept(doc_maker, component):
    words = ["Ukrainian", "officials", "met", "NATO", "envoys", "in", "Brussels"]
    doc = doc_maker(words, ents=iob(7, (0, 1, "NORP"), (3, 4, "ORG"), (6, 7, "GPE")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [("NATO", "ORG"), ("Brussels", "GPE")]


@pytest.mark.parametrize(
    "words,span,expected",
    [
        (["the", "Interior", "Ministry", "said"], (0, 3, "ORG"), [("Interior Ministry", "ORG")]),
        (["The", "Pentagon", "'s", "statement"], (0, 3, "ORG"), [("Pentagon", "ORG")]),
        (["around", "the", "Red", "Crescent"], (0, 4, "ORG"), [("Red Crescent", "ORG")]),
    ],
)
def test_entities_edge_words_trimmed(doc_maker, component, words, span, expected):
    doc = doc_maker(words, ents=iob(len(words), span))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == expected


@pytest.mark.parametrize(
    "words,span,expected",
    [
        (["shelling", "in", "the", "Donetsk", "region"], (3, 4, "GPE"), ("Donetsk region", "GPE")),
        (["villages", "in", "Kupiansk", "district"], (2, 3, "GPE"), ("Kupiansk district", "GPE")),
        (["in", "Kherson", "oblast"], (1, 2, "LOC"), ("Kherson oblast", "GPE")),
        (["near", "Boryspil", "airport"], (1, 2, "GPE"), ("Boryspil airport", "FAC")),
        (["at", "the", "Zaporizhzhia", "nuclear", "power", "plant"], (2, 3, "ORG"), ("Zaporizhzhia nuclear power plant", "FAC")),
    ],
)
def test_entities_designator_extends_place(doc_maker, component, words, span, expected):
    doc = doc_maker(words, ents=iob(len(words), span))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [expected]


def test_entities_designator_needs_title_case_name(doc_maker, component):
    # a designator does not attach to a lower-case word the recogniser took for a name
    words = ["in", "eastern", "region"]
    doc = doc_maker(words, ents=iob(3, (1, 2, "GPE")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [("eastern", "GPE")]


@pytest.mark.parametrize(
    "words",
    [
        ["Russian", "state", "media", "reported"],
        ["A", "Turkish", "news", "agency", "said"],
    ],
)
def test_entities_dropped_label_stays_dropped_before_designator(doc_maker, component, words):
    start = 0 if words[0] == "Russian" else 1
    tags = ["JJ" if i == start else "NN" for i in range(len(words))]
    doc = doc_maker(words, tags=tags, ents=iob(len(words), (start, start + 1, "NORP")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == []


def test_entities_proper_noun_with_dropped_label_takes_designator(doc_maker, component):
    # the base recogniser tags some place names NORP; "Belgorod region" is still a GPE
    words = ["He", "governs", "the", "Belgorod", "region"]
    doc = doc_maker(words, tags=["PRP", "VBZ", "DT", "NNP", "NN"], ents=iob(len(words), (3, 4, "NORP")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [("Belgorod region", "GPE")]


@pytest.mark.parametrize(
    "words,pos,span",
    [
        # a known outlet: the pattern wins over the prediction that holds the descriptor
        (["the", "Anadolu", "news", "agency", "reported"], None, None),
        (["the", "Anadolu", "news", "agency", "reported"], None, (0, 4, "ORG")),
        # descriptor inside the prediction is cut off
        (["the", "Kazinform", "news", "agency", "reported"], None, (0, 4, "ORG")),
        # descriptor after the prediction decides the label
        (["the", "Kazinform", "news", "agency", "reported"], None, (1, 2, "ORG")),
        # a proper noun the recogniser missed, right before a descriptor
        (["the", "Kazinform", "news", "website", "reported"], ["DET", "PROPN", "NOUN", "NOUN", "VERB"], None),
    ],
)
def test_entities_media_descriptor_outside_name(doc_maker, component, words, pos, span):
    doc = doc_maker(words, pos=pos, ents=iob(len(words), span) if span else None)
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [(words[1], "MEDIA")]


def test_entities_possessive_owner_split(doc_maker, component):
    words = ["Turkey", "'s", "Foreign", "Ministry", "said"]
    doc = doc_maker(words, ents=iob(5, (0, 4, "ORG")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [("Turkey", "GPE"), ("Foreign Ministry", "ORG")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Mi-8 helicopter crashed", [("Mi-8", "AIRCRAFT")]),
        ("Two Su-25 jets were lost", [("Su-25", "AIRCRAFT")]),
        ("An F-16 fighter landed", [("F-16", "AIRCRAFT")]),
        ("A Boeing 777 landed safely", [("Boeing 777", "AIRCRAFT")]),
        ("A Kh-101 missile hit the depot", [("Kh-101", "WEAPON")]),
        ("An S-300 battery fired", [("S-300", "WEAPON")]),
        ("The army used HIMARS launchers", [("HIMARS", "WEAPON")]),
        ("A Patriot missile battery intercepted it", [("Patriot", "WEAPON")]),
        ("The Patriot reported the story", []),
        ("The blast came at 14:30 local time", [("14:30 local time", "TIME")]),
        ("Talks began at 08:00 GMT", [("08:00 GMT", "TIME")]),
    ],
)
def test_entities_patterns(blank_nlp, doc_maker, component, text, expected):
    doc = component("news_entities")(doc_maker(text))
    assert ents_of(doc) == expected


def test_entities_pattern_wins_over_overlapping_prediction(doc_maker, component):
    words = ["A", "Boeing", "777", "landed"]
    doc = doc_maker(words, ents=iob(4, (1, 2, "ORG")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == [("Boeing 777", "AIRCRAFT")]


@pytest.mark.parametrize("text", ["Prices rose 2.45 percent", "The loan is worth 1.25 billion dollars"])
def test_entities_decimal_is_not_time(doc_maker, component, text):
    doc = component("news_entities")(doc_maker(text))
    assert ents_of(doc) == []


@pytest.mark.parametrize(
    "words,expected",
    [
        (["last", "Tuesday"], "Tuesday"),
        (["on", "January", "24"], "January 24"),
        (["the", "morning", "of", "March", "3rd"], "March 3rd"),
        (["early", "2022"], "2022"),
        (["yesterday"], "yesterday"),
        (["three", "days"], None),
        (["the", "past", "week"], None),
        (["earlier", "this", "month"], None),
    ],
)
def test_entities_date_cut_to_core(doc_maker, component, words, expected):
    doc = doc_maker(words, ents=iob(len(words), (0, len(words), "DATE")))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == ([(expected, "DATE")] if expected else [])


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
        (["2.5"], None),
        (["several"], None),
        ([], None),
    ],
)
def test_counts_parse_value(component, words, value):
    assert component("news_counts").parse_value(words) == value


def _ministry_said_count(doc_maker, number_rows, tags=None):
    """'The Interior Ministry said <number> people were killed .' with a hand-set parse."""
    n = len(number_rows)
    people = 4 + n
    killed = people + 2
    rows = [
        ("The", "DET", "det", 2),
        ("Interior", "PROPN", "compound", 2),
        ("Ministry", "PROPN", "nsubj", 3),
        ("said", "VERB", "ROOT", 3, "say"),
        *[(w, "NUM", dep, people if head is None else 4 + head) for w, dep, head in number_rows],
        ("people", "NOUN", "nsubjpass", killed),
        ("were", "AUX", "auxpass", killed, "be"),
        ("killed", "VERB", "ccomp", 3, "kill"),
        (".", "PUNCT", "punct", 3),
    ]
    return parsed(doc_maker, rows, ents=[(1, 3, "ORG")], tags=tags)


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
    doc = _ministry_said_count(doc_maker, number_rows)
    doc = component("news_counts")(doc)
    counts = [e for e in doc.ents if e.label_ == "COUNT"]
    assert [(c.text, c._.count_value, c._.count_unit) for c in counts] == [(text, value, "people")]
    assert ("Interior Ministry", "ORG") in ents_of(doc)


def test_counts_add_missing_off(doc_maker, component):
    doc = _ministry_said_count(doc_maker, [("12", "nummod", None)])
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
        # no counted noun: "Two of them escaped"
        [("Two", "NUM", "nsubj", 3), ("of", "ADP", "prep", 0), ("them", "PRON", "pobj", 1),
         ("escaped", "VERB", "ROOT", 3, "escape")],
    ],
    ids=["distance", "money", "year", "duration", "percent", "no-noun"],
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


# -- news_roles ----------------------------------------------------------------


def roles_of(doc):
    return [(e.text, e._.role) for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    "rows,person,role",
    [
        # "Defence Minister Rustem Umerov said" (compound)
        ([("Defence", "PROPN", "compound", 1), ("Minister", "PROPN", "compound", 3),
          ("Rustem", "PROPN", "compound", 3), ("Umerov", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4, "say")],
         (2, 4), "Defence Minister"),
        # "Ukrainian presidential adviser Mykhailo Podolyak said" (amod)
        ([("Ukrainian", "ADJ", "amod", 2), ("presidential", "ADJ", "amod", 2), ("adviser", "NOUN", "compound", 4),
          ("Mykhailo", "PROPN", "compound", 4), ("Podolyak", "PROPN", "nsubj", 5), ("said", "VERB", "ROOT", 5, "say")],
         (3, 5), "Ukrainian presidential adviser"),
        # "The regional police chief Amina Yusuf said": the determiner stays outside
        ([("The", "DET", "det", 5), ("regional", "ADJ", "amod", 3), ("police", "NOUN", "compound", 3),
          ("chief", "NOUN", "compound", 5), ("Amina", "PROPN", "compound", 5), ("Yusuf", "PROPN", "nsubj", 6),
          ("said", "VERB", "ROOT", 6, "say")],
         (4, 6), "regional police chief"),
    ],
    ids=["compound", "amod", "determiner"],
)
def test_roles_title_before_name(doc_maker, component, rows, person, role):
    doc = parsed(doc_maker, rows, ents=[(*person, "PERSON")])
    doc = component("news_roles")(doc)
    assert roles_of(doc) == [(doc[person[0] : person[1]].text, role)]


def test_roles_title_stops_at_noun_phrase(doc_maker, component):
    # "Last week Defence Minister Rustem Umerov said"
    rows = [
        ("Last", "ADJ", "amod", 1),
        ("week", "NOUN", "npadvmod", 6),
        ("Defence", "PROPN", "compound", 3),
        ("Minister", "PROPN", "compound", 5),
        ("Rustem", "PROPN", "compound", 5),
        ("Umerov", "PROPN", "nsubj", 6),
        ("said", "VERB", "ROOT", 6, "say"),
    ]
    doc = component("news_roles")(parsed(doc_maker, rows, ents=[(4, 6, "PERSON")]))
    assert roles_of(doc) == [("Rustem Umerov", "Defence Minister")]


def test_roles_title_holds_place_entity(doc_maker, component):
    # "Kharkiv governor Oleh Demchuk said": the GPE inside the title stays in the role
    rows = [("Kharkiv", "PROPN", "compound", 1), ("governor", "NOUN", "compound", 3),
            ("Oleh", "PROPN", "compound", 3), ("Demchuk", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4, "say")]
    doc = parsed(doc_maker, rows, ents=[(0, 1, "GPE"), (2, 4, "PERSON")])
    doc = component("news_roles")(doc)
    assert roles_of(doc) == [("Oleh Demchuk", "Kharkiv governor")]


def test_roles_apposition_after_name(doc_maker, component):
    # "Maria Petrova , the Foreign Ministry spokeswoman , said"
    rows = [
        ("Maria", "PROPN", "compound", 1),
        ("Petrova", "PROPN", "nsubj", 8),
        (",", "PUNCT", "punct", 1),
        ("the", "DET", "det", 6),
        ("Foreign", "PROPN", "compound", 5),
        ("Ministry", "PROPN", "compound", 6),
        ("spokeswoman", "NOUN", "appos", 1),
        (",", "PUNCT", "punct", 1),
        ("said", "VERB", "ROOT", 8, "say"),
    ]
    doc = component("news_roles")(parsed(doc_maker, rows, ents=[(0, 2, "PERSON"), (4, 6, "ORG")]))
    assert roles_of(doc) == [("Maria Petrova", "Foreign Ministry spokeswoman")]


def test_roles_apposition_before_name(doc_maker, component):
    # "Chief negotiator for the government , Amina Yusuf , said"
    rows = [
        ("Chief", "ADJ", "amod", 1),
        ("negotiator", "NOUN", "nsubj", 9),
        ("for", "ADP", "prep", 1),
        ("the", "DET", "det", 4),
        ("government", "NOUN", "pobj", 2),
        (",", "PUNCT", "punct", 1),
        ("Amina", "PROPN", "compound", 7),
        ("Yusuf", "PROPN", "appos", 1),
        (",", "PUNCT", "punct", 1),
        ("said", "VERB", "ROOT", 9, "say"),
    ]
    doc = component("news_roles")(parsed(doc_maker, rows, ents=[(6, 8, "PERSON")]))
    assert roles_of(doc) == [("Amina Yusuf", "Chief negotiator for the government")]


@pytest.mark.parametrize("prep", ["from", "of"])
def test_roles_affiliation_with_entity(doc_maker, component, prep):
    # "Olena Kovalenko from the Red Cross said"
    rows = [
        ("Olena", "PROPN", "compound", 1),
        ("Kovalenko", "PROPN", "nsubj", 6),
        (prep, "ADP", "prep", 1),
        ("the", "DET", "det", 5),
        ("Red", "PROPN", "compound", 5),
        ("Cross", "PROPN", "pobj", 2),
        ("said", "VERB", "ROOT", 6, "say"),
    ]
    doc = component("news_roles")(parsed(doc_maker, rows, ents=[(0, 2, "PERSON"), (4, 6, "ORG")]))
    assert roles_of(doc) == [("Olena Kovalenko", "Red Cross")]


@pytest.mark.parametrize(
    "rows,person",
    [
        # "Olena Kovalenko said"
        ([("Olena", "PROPN", "compound", 1), ("Kovalenko", "PROPN", "nsubj", 2), ("said", "VERB", "ROOT", 2, "say")],
         (0, 2)),
        # "Officials told Olena Kovalenko": a verb before the name is no title
        ([("Officials", "NOUN", "nsubj", 1), ("told", "VERB", "ROOT", 1, "tell"), ("Olena", "PROPN", "compound", 3),
          ("Kovalenko", "PROPN", "dobj", 1)], (2, 4)),
        # "Kyiv resident Olena Kovalenko said": no role noun
        ([("Kyiv", "PROPN", "compound", 1), ("resident", "NOUN", "compound", 3), ("Olena", "PROPN", "compound", 3),
          ("Kovalenko", "PROPN", "nsubj", 4), ("said", "VERB", "ROOT", 4, "say")], (2, 4)),
        # "Olena Kovalenko from the village said": an affiliation needs an entity
        ([("Olena", "PROPN", "compound", 1), ("Kovalenko", "PROPN", "nsubj", 5), ("from", "ADP", "prep", 1),
          ("the", "DET", "det", 4), ("village", "NOUN", "pobj", 2), ("said", "VERB", "ROOT", 5, "say")], (0, 2)),
    ],
    ids=["bare-name", "verb-before", "no-role-noun", "affiliation-without-entity"],
)
def test_roles_none(doc_maker, component, rows, person):
    doc = component("news_roles")(parsed(doc_maker, rows, ents=[(*person, "PERSON")]))
    assert roles_of(doc) == [(doc[person[0] : person[1]].text, None)]


# -- news_hedges ---------------------------------------------------------------

MODALS = {"may", "might", "could", "will", "would", "can"}
LEMMAS = {"did": "do", "does": "do", "appeared": "appear", "appears": "appear", "seemed": "seem", "is": "be",
          "was": "be", "were": "be", "are": "be"}


def hedge_doc(doc_maker, text, tags=None, pos=None):
    """Tokens of text with lemmas (from LEMMAS or lower case), modal verbs tagged MD unless tags overrides."""
    doc = doc_maker(text)
    words = [t.text for t in doc]
    tags = tags or {}
    pos = pos or {}
    return doc_maker(
        text,
        tags=[tags.get(w, "MD" if w.lower() in MODALS else "XX") for w in words],
        pos=[pos.get(w, "X") for w in words],
        lemmas=[LEMMAS.get(w.lower(), w.lower()) for w in words],
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The depot was reportedly hit .", ["reportedly"]),
        ("The strike may have been deliberate", ["may"]),
        ("The toll might be higher", ["might"]),
        ("Casualties could rise", ["could"]),
        ("The figures are yet to be confirmed", ["yet to be confirmed"]),
        ("The claims are yet to be verified and confirmed", ["yet to be verified and confirmed"]),
        ("The claim could not be independently verified", ["could not be independently verified"]),
        ("The video has not been independently verified", ["has not been independently verified"]),
        ("The ministry did not provide any evidence", ["did not provide any evidence"]),
        ("The missile appeared to strike a school", ["appeared"]),
        ("It is believed that the crew died", ["believed"]),
        ("An unconfirmed report spread", ["unconfirmed"]),
        ("The suspected attacker fled", ["suspected"]),
        ("It is unclear who fired", ["unclear"]),
    ],
)
def test_hedges_positive(doc_maker, component, text, expected):
    doc = component("news_hedges")(hedge_doc(doc_maker, text))
    assert [s.text for s in doc.spans["hedges"]] == expected
    assert all(s.label_ == "HEDGE" for s in doc.spans["hedges"])


def test_hedges_seem_with_adjective(doc_maker, component):
    doc = component("news_hedges")(hedge_doc(doc_maker, "The town seemed calm", pos={"calm": "ADJ"}))
    assert [s.text for s in doc.spans["hedges"]] == ["seemed"]


@pytest.mark.parametrize(
    "text,tags",
    [
        ("Officials could not reach the site", None),
        ("Rescuers could n't reach the village", None),
        ("The talks will resume on Monday", None),
        ("He would not comment", None),
        ("The attack happened in May", {"May": "NNP"}),
        ("The army denied the claim", None),
        ("If the report is true , the toll is high", None),
        ("The minister appeared at the briefing", None),
        ("The ministry confirmed the strike", None),
    ],
)
def test_hedges_negative(doc_maker, component, text, tags):
    doc = component("news_hedges")(hedge_doc(doc_maker, text, tags=tags))
    assert [s.text for s in doc.spans["hedges"]] == []


def test_hedges_modal_needs_md_tag(doc_maker, component):
    doc = component("news_hedges")(hedge_doc(doc_maker, "The strike may have been deliberate", tags={"may": "NNP"}))
    assert list(doc.spans["hedges"]) == []


# -- news_attribution ----------------------------------------------------------


def test_attribution_subject_said_ccomp(doc_maker, component):
    doc = _ministry_said_count(doc_maker, [("12", "nummod", None)])
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [("The Interior Ministry", "said", "12 people were killed", None)]
    assert [s.text for s in doc.spans["attribution_sources"]] == ["The Interior Ministry"]
    assert [s.text for s in doc.spans["attribution_cues"]] == ["said"]
    assert [s.text for s in doc.spans["attribution_contents"]] == ["12 people were killed"]


def test_attribution_content_drops_that(doc_maker, component):
    # "Officials said that the bridge was destroyed ."
    rows = [
        ("Officials", "NOUN", "nsubj", 1, "official"),
        ("said", "VERB", "ROOT", 1, "say"),
        ("that", "SCONJ", "mark", 6),
        ("the", "DET", "det", 4),
        ("bridge", "NOUN", "nsubjpass", 6),
        ("was", "AUX", "auxpass", 6, "be"),
        ("destroyed", "VERB", "ccomp", 1, "destroy"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Officials", "said", "the bridge was destroyed", None)]


@pytest.mark.parametrize("order", ["source-first", "source-last"])
def test_attribution_according_to(doc_maker, component, order):
    if order == "source-first":
        # "According to the governor , three villages were shelled ."
        rows = [
            ("According", "VERB", "prep", 8, "accord"),
            ("to", "ADP", "prep", 0),
            ("the", "DET", "det", 3),
            ("governor", "NOUN", "pobj", 1),
            (",", "PUNCT", "punct", 8),
            ("three", "NUM", "nummod", 6),
            ("villages", "NOUN", "nsubjpass", 8, "village"),
            ("were", "AUX", "auxpass", 8, "be"),
            ("shelled", "VERB", "ROOT", 8, "shell"),
            (".", "PUNCT", "punct", 8),
        ]
        content = "three villages were shelled"
    else:
        # "Three villages were shelled , according to the governor ."
        rows = [
            ("Three", "NUM", "nummod", 1),
            ("villages", "NOUN", "nsubjpass", 3, "village"),
            ("were", "AUX", "auxpass", 3, "be"),
            ("shelled", "VERB", "ROOT", 3, "shell"),
            (",", "PUNCT", "punct", 3),
            ("according", "VERB", "prep", 3, "accord"),
            ("to", "ADP", "prep", 5),
            ("the", "DET", "det", 8),
            ("governor", "NOUN", "pobj", 6),
            (".", "PUNCT", "punct", 3),
        ]
        content = "Three villages were shelled"
    doc = component("news_attribution")(parsed(doc_maker, rows))
    cue = "According to" if order == "source-first" else "according to"
    assert attributions_of(doc) == [("the governor", cue, content, None)]


def test_attribution_according_to_stays_in_its_sentence(doc_maker, component):
    # "The road was closed . According to police , two cars burned ."
    rows = [
        ("The", "DET", "det", 1),
        ("road", "NOUN", "nsubjpass", 3),
        ("was", "AUX", "auxpass", 3, "be"),
        ("closed", "VERB", "ROOT", 3, "close"),
        (".", "PUNCT", "punct", 3),
        ("According", "VERB", "prep", 11, "accord"),
        ("to", "ADP", "prep", 5),
        ("police", "NOUN", "pobj", 6),
        (",", "PUNCT", "punct", 11),
        ("two", "NUM", "nummod", 10),
        ("cars", "NOUN", "nsubj", 11, "car"),
        ("burned", "VERB", "ROOT", 11, "burn"),
        (".", "PUNCT", "punct", 11),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("police", "According to", "two cars burned", None)]


def test_attribution_quote_closed_by_he_said_over_two_sentences(doc_maker, component):
    text = 'Ivan Petrenko reached the site. "The convoy was hit twice. Nobody survived," he said.'
    rows = [
        ("Ivan", "PROPN", "compound", 1),
        ("Petrenko", "PROPN", "nsubj", 2),
        ("reached", "VERB", "ROOT", 2, "reach"),
        ("the", "DET", "det", 4),
        ("site", "NOUN", "dobj", 2),
        (".", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 10),
        ("The", "DET", "det", 8),
        ("convoy", "NOUN", "nsubjpass", 10),
        ("was", "AUX", "auxpass", 10, "be"),
        ("hit", "VERB", "ROOT", 10),
        ("twice", "ADV", "advmod", 10),
        (".", "PUNCT", "punct", 10),
        ("Nobody", "PRON", "nsubj", 14),
        ("survived", "VERB", "ccomp", 18, "survive"),
        (",", "PUNCT", "punct", 18),
        ('"', "PUNCT", "punct", 18),
        ("he", "PRON", "nsubj", 18),
        ("said", "VERB", "ROOT", 18, "say"),
        (".", "PUNCT", "punct", 18),
    ]
    doc = doc_maker(
        text,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows],
        ents=iob(len(rows), (0, 2, "PERSON")),
    )
    assert doc.text == text
    assert len(list(doc.sents)) == 3
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [
        ("he", "said", "The convoy was hit twice. Nobody survived", "Ivan Petrenko")
    ]


def test_attribution_quote_opened_after_colon(doc_maker, component):
    text = 'The mayor said: "We will rebuild. Nobody will leave."'
    rows = [
        ("The", "DET", "det", 1),
        ("mayor", "NOUN", "nsubj", 2),
        ("said", "VERB", "ROOT", 2, "say"),
        (":", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 7),
        ("We", "PRON", "nsubj", 7),
        ("will", "AUX", "aux", 7),
        ("rebuild", "VERB", "ccomp", 2),
        (".", "PUNCT", "punct", 7),
        ("Nobody", "PRON", "nsubj", 11),
        ("will", "AUX", "aux", 11),
        ("leave", "VERB", "ROOT", 11),
        (".", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 11),
    ]
    doc = doc_maker(text, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
                    lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows])
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [("The mayor", "said", "We will rebuild. Nobody will leave", None)]


def test_attribution_quote_after_colon_ends_at_its_closing_quote(doc_maker, component):
    text = 'The mayor said: "We will rebuild." Residents doubted it: "It is too late."'
    rows = [
        ("The", "DET", "det", 1),
        ("mayor", "NOUN", "nsubj", 2),
        ("said", "VERB", "ROOT", 2, "say"),
        (":", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 2),
        ("We", "PRON", "nsubj", 7),
        ("will", "AUX", "aux", 7),
        ("rebuild", "VERB", "ccomp", 2),
        (".", "PUNCT", "punct", 2),
        ('"', "PUNCT", "punct", 2),
        ("Residents", "NOUN", "nsubj", 11, "resident"),
        ("doubted", "VERB", "ROOT", 11, "doubt"),
        ("it", "PRON", "dobj", 11),
        (":", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 16),
        ("It", "PRON", "nsubj", 16),
        ("is", "AUX", "ccomp", 11, "be"),
        ("too", "ADV", "advmod", 18),
        ("late", "ADJ", "acomp", 16),
        (".", "PUNCT", "punct", 11),
        ('"', "PUNCT", "punct", 11),
    ]
    doc = doc_maker(text, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
                    lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows])
    assert doc.text == text
    doc = component("news_attribution")(doc)
    assert attributions_of(doc) == [("The mayor", "said", "We will rebuild", None)]


def test_attribution_parenthetical_he_said(doc_maker, component):
    # "The road was closed , he said ."
    rows = [
        ("The", "DET", "det", 1),
        ("road", "NOUN", "nsubjpass", 3),
        ("was", "AUX", "auxpass", 3, "be"),
        ("closed", "VERB", "ROOT", 3, "close"),
        (",", "PUNCT", "punct", 3),
        ("he", "PRON", "nsubj", 6),
        ("said", "VERB", "parataxis", 3, "say"),
        (".", "PUNCT", "punct", 3),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("he", "said", "The road was closed", None)]


@pytest.mark.parametrize("pronoun,entity", [("He", "Ivan Petrenko"), ("It", "Red Cross"), ("They", "Red Cross")])
def test_attribution_pronoun_linked_to_nearest_entity(doc_maker, component, pronoun, entity):
    # "Anna Berg met Ivan Petrenko at the Red Cross . He said the road was closed ."
    rows = [
        ("Anna", "PROPN", "compound", 1),
        ("Berg", "PROPN", "nsubj", 2),
        ("met", "VERB", "ROOT", 2, "meet"),
        ("Ivan", "PROPN", "compound", 4),
        ("Petrenko", "PROPN", "dobj", 2),
        ("at", "ADP", "prep", 2),
        ("the", "DET", "det", 8),
        ("Red", "PROPN", "compound", 8),
        ("Cross", "PROPN", "pobj", 5),
        (".", "PUNCT", "punct", 2),
        (pronoun, "PRON", "nsubj", 11),
        ("said", "VERB", "ROOT", 11, "say"),
        ("the", "DET", "det", 13),
        ("road", "NOUN", "nsubjpass", 15),
        ("was", "AUX", "auxpass", 15, "be"),
        ("closed", "VERB", "ccomp", 11, "close"),
        (".", "PUNCT", "punct", 11),
    ]
    ents = [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 9, "ORG")]
    doc = component("news_attribution")(parsed(doc_maker, rows, ents=ents))
    assert attributions_of(doc) == [(pronoun, "said", "the road was closed", entity)]


def test_attribution_participle_inherits_subject(doc_maker, component):
    # "The ministry issued a statement , stating that the dam was intact ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("issued", "VERB", "ROOT", 2, "issue"),
        ("a", "DET", "det", 4),
        ("statement", "NOUN", "dobj", 2),
        (",", "PUNCT", "punct", 2),
        ("stating", "VERB", "advcl", 2, "state"),
        ("that", "SCONJ", "mark", 10),
        ("the", "DET", "det", 9),
        ("dam", "NOUN", "nsubj", 10),
        ("was", "AUX", "ccomp", 6, "be"),
        ("intact", "ADJ", "acomp", 10),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("The ministry", "stating", "the dam was intact", None)]


def test_attribution_two_cues_two_attributions(doc_maker, component):
    # "The ministry confirmed the strike and said it was investigating ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("confirmed", "VERB", "ROOT", 2, "confirm"),
        ("the", "DET", "det", 4),
        ("strike", "NOUN", "dobj", 2),
        ("and", "CCONJ", "cc", 2),
        ("said", "VERB", "conj", 2, "say"),
        ("it", "PRON", "nsubj", 9),
        ("was", "AUX", "aux", 9, "be"),
        ("investigating", "VERB", "ccomp", 6, "investigate"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [
        ("The ministry", "confirmed", "the strike", None),
        ("The ministry", "said", "it was investigating", None),
    ]


@pytest.mark.parametrize("dep", ["acl", "amod"])
def test_attribution_modifier_participle_is_not_a_cue(doc_maker, component, dep):
    # "The list named fighters alleged to be held in the camp ."
    rows = [
        ("The", "DET", "det", 1),
        ("list", "NOUN", "nsubj", 2),
        ("named", "VERB", "ROOT", 2, "name"),
        ("fighters", "NOUN", "dobj", 2, "fighter"),
        ("alleged", "VERB", dep, 3, "allege"),
        ("to", "PART", "aux", 7),
        ("be", "AUX", "auxpass", 7),
        ("held", "VERB", "xcomp", 4, "hold"),
        ("in", "ADP", "prep", 7),
        ("the", "DET", "det", 10),
        ("camp", "NOUN", "pobj", 8),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


def test_attribution_clause_only_verb_with_object_is_not_a_cue(doc_maker, component):
    # "Rescuers found the bodies of two pilots ."
    rows = [
        ("Rescuers", "NOUN", "nsubj", 1, "rescuer"),
        ("found", "VERB", "ROOT", 1, "find"),
        ("the", "DET", "det", 3),
        ("bodies", "NOUN", "dobj", 1, "body"),
        ("of", "ADP", "prep", 3),
        ("two", "NUM", "nummod", 6),
        ("pilots", "NOUN", "pobj", 4, "pilot"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


def test_attribution_clause_only_verb_with_clause_is_a_cue(doc_maker, component):
    # "Investigators found that the engine had failed ."
    rows = [
        ("Investigators", "NOUN", "nsubj", 1, "investigator"),
        ("found", "VERB", "ROOT", 1, "find"),
        ("that", "SCONJ", "mark", 6),
        ("the", "DET", "det", 4),
        ("engine", "NOUN", "nsubj", 6),
        ("had", "AUX", "aux", 6, "have"),
        ("failed", "VERB", "ccomp", 1, "fail"),
        (".", "PUNCT", "punct", 1),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("Investigators", "found", "the engine had failed", None)]


def test_attribution_object_content_for_non_clause_verb(doc_maker, component):
    # "The ministry published a list of names ."
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("published", "VERB", "ROOT", 2, "publish"),
        ("a", "DET", "det", 4),
        ("list", "NOUN", "dobj", 2),
        ("of", "ADP", "prep", 4),
        ("names", "NOUN", "pobj", 5, "name"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert attributions_of(doc) == [("The ministry", "published", "a list of names", None)]


def test_attribution_non_reporting_verb(doc_maker, component):
    # "The ministry declined to provide details ." (not a report)
    rows = [
        ("The", "DET", "det", 1),
        ("ministry", "NOUN", "nsubj", 2),
        ("declined", "VERB", "ROOT", 2, "decline"),
        ("to", "PART", "aux", 4),
        ("provide", "VERB", "xcomp", 2),
        ("details", "NOUN", "dobj", 4, "detail"),
        (".", "PUNCT", "punct", 2),
    ]
    doc = component("news_attribution")(parsed(doc_maker, rows))
    assert doc._.attributions == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the bridge was destroyed.", "the bridge was destroyed"),
        ("that the bridge was destroyed.", "the bridge was destroyed"),
        ('"That the bridge was destroyed,"', "the bridge was destroyed"),
        ("“Nobody survived.”", "Nobody survived"),
        ("  thatched roofs burned!  ", "thatched roofs burned"),
        ("— we will rebuild —", "we will rebuild"),
        ('".",', None),
    ],
)
def test_attribution_trimming(text, expected):
    offsets = trimmed(text, 0, len(text))
    assert (text[offsets[0] : offsets[1]] if offsets else None) == expected


# -- serialization -------------------------------------------------------------


def plain(value):
    """Tuples (as msgpack returns them) turned back into lists, recursively."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def test_component_data_travels_with_saved_pipeline(tmp_path, monkeypatch):
    nlp = spacy.blank("en")
    nlp.add_pipe("news_entities")
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "news_entities" / "data.json").exists()
    # the saved pipeline loads without the project's configs/
    empty = tmp_path / "no-configs"
    empty.mkdir()
    monkeypatch.setattr(pipeline.settings, "CONFIGS_DIR", empty)
    loaded = spacy.load(tmp_path / "model")
    words = ["HIMARS", "hit", "a", "depot", "in", "Luhansk", "region"]
    doc = loaded(spacy.tokens.Doc(loaded.vocab, words=words, ents=iob(7, (5, 6, "GPE"))))
    assert ents_of(doc) == [("HIMARS", "WEAPON"), ("Luhansk region", "GPE")]


def test_component_from_disk_restores_data(tmp_path, blank_nlp, doc_maker, component, monkeypatch):
    component("news_hedges").to_disk(tmp_path / "hedges")
    empty = tmp_path / "no-configs"
    empty.mkdir()
    monkeypatch.setattr(pipeline.settings, "CONFIGS_DIR", empty)
    fresh = blank_nlp.create_pipe("news_hedges")
    assert fresh.data == {"hedges.jsonl": None}
    fresh.from_disk(tmp_path / "hedges")
    assert fresh.data == component("news_hedges").data
    doc = fresh(hedge_doc(doc_maker, "The depot was reportedly hit"))
    assert [s.text for s in doc.spans["hedges"]] == ["reportedly"]


def test_extensions_survive_docbin(blank_nlp, doc_maker, component):
    tags = ["DT", "NNP", "NNP", "VBD", "CD", "NNS", "VBD", "VBN", "."]
    doc = _ministry_said_count(doc_maker, [("12", "nummod", None)], tags=tags)
    for name in ("news_counts", "news_hedges", "news_attribution"):
        doc = component(name)(doc)
    attributions = doc._.attributions
    assert attributions and json.loads(json.dumps(attributions)) == attributions
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    (restored,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(blank_nlp.vocab)
    # msgpack gives the lists back as tuples: same plain data
    assert plain(restored._.attributions) == attributions
    assert attributions_of(restored) == [("The Interior Ministry", "said", "12 people were killed", None)]
    count = next(e for e in restored.ents if e.label_ == "COUNT")
    assert (count.text, count._.count_value, count._.count_unit) == ("12 people", 12, "people")
    assert [s.text for s in restored.spans["attribution_cues"]] == ["said"]


# --------------------------------------------------------------------------- gazetteer, descriptors, adjectives


@pytest.mark.parametrize("words,ent,expected", [
    (["Officials", "in", "Yerevan", "said", "so"], (2, 3, "PERSON"), [("Yerevan", "GPE")]),  # a capital
    (["The", "port", "of", "Guayaquil", "reopened"], (3, 4, "MEDIA"), [("Guayaquil", "GPE")]),  # a city
    (["Jackson", "said", "so"], (0, 1, "PERSON"), [("Jackson", "PERSON")]),  # a city name, but a person here
])
def test_entities_known_places_are_gpe(doc_maker, component, words, ent, expected):
    doc = doc_maker(words, pos=["PROPN" if w[0].isupper() else "NOUN" for w in words], ents=iob(len(words), ent))
    assert ents_of(component("news_entities")(doc)) == expected


def test_entities_country_the_recogniser_missed(doc_maker, component):
    words = ["Talks", "with", "Armenia", "resumed"]
    doc = doc_maker(words, pos=["NOUN", "ADP", "PROPN", "VERB"])
    assert ents_of(component("news_entities")(doc)) == [("Armenia", "GPE")]


def test_entities_media_name_after_its_descriptor(doc_maker, component):
    words = ["state", "broadcaster", "TVM", "reported"]
    doc = doc_maker(words, pos=["NOUN", "NOUN", "PROPN", "VERB"])
    assert ents_of(component("news_entities")(doc)) == [("TVM", "MEDIA")]


def test_entities_lower_case_word_before_media_descriptor_is_no_media(doc_maker, component):
    words = ["state", "broadcaster", "said"]
    doc = doc_maker(words, pos=["NOUN", "NOUN", "VERB"], tags=["NN", "NN", "VBD"], ents=iob(3, (0, 1, "ORG")))
    assert ("state", "MEDIA") not in ents_of(component("news_entities")(doc))


def test_entities_single_adjective_is_dropped(doc_maker, component):
    words = ["Azerbaijani", "troops", "advanced"]
    doc = doc_maker(words, pos=["ADJ", "NOUN", "VERB"], tags=["JJ", "NNS", "VBD"], ents=iob(3, (0, 1, "PERSON")))
    assert ents_of(component("news_entities")(doc)) == []


@pytest.mark.parametrize("rows", [
    [("eight", "NUM", "nsubj", 3), ("of", "ADP", "prep", 0), ("them", "PRON", "pobj", 1), ("died", "VERB", "ROOT", 3)],
    [("25,000", "NUM", "nummod", 1), ("tonnes", "NOUN", "dobj", 1, "tonne")],
])
def test_counts_predicted_without_a_counted_noun_are_dropped(doc_maker, component, rows):
    doc = parsed(doc_maker, rows, ents=[(0, len(rows) - (1 if rows[-1][1] == "VERB" else 0), "COUNT")])
    assert ents_of(component("news_counts")(doc)) == []
