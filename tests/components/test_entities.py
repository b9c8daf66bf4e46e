"""Unit tests of news_entities on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.conftest import ents_of, iob

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
    doc = doc_maker(["Officials", "at", "Zarnitsa", "Kovo", "declined", "comment"], ents=iob(6, (2, 4, label)))
    doc = component("news_entities")(doc)
    assert ents_of(doc) == ([("Zarnitsa Kovo", expected)] if expected else [])


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
        ("Coalition strikes pushed ISIL out of the town", [("ISIL", "ORG")]),  # an armed group of the list
        ("Fighters of Boko Haram raided the village", [("Boko Haram", "ORG")]),
    ],
)
def test_entities_patterns(blank_nlp, doc_maker, component, text, expected):
    doc = component("news_entities")(doc_maker(text))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # the recogniser stops at "for the": the organisation's name goes on
    (["The", "Andy", "Warhol", "Foundation", "for", "the", "Visual", "Arts", "gave", "them"],
     [(1, 4, "PERSON"), (6, 8, "ORG")], [("Andy Warhol Foundation for the Visual Arts", "ORG")]),
    (["the", "Joint", "Council", "for", "the", "Welfare", "of", "Immigrants", "said"],
     [(1, 3, "ORG")], [("Joint Council for the Welfare of Immigrants", "ORG")]),
    (["the", "Union", "of", "Rationalist", "Atheists", "and", "Agnostics", "said"],
     [(1, 2, "ORG")], [("Union of Rationalist Atheists and Agnostics", "ORG")]),
    # no organisation name word, or lower-case words after "of": nothing is added
    (["Friends", "of", "the", "Danube", "said"], [(3, 4, "LOC")], [("Danube", "LOC")]),
    (["the", "Red", "Cross", "Society", "of", "some", "towns"], [(1, 4, "ORG")], [("Red Cross Society", "ORG")]),
])
def test_entities_organisation_name_goes_on_after_of(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() and w != "The" else "ADP" if w in ("of", "for") else "DET" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["shelling", "by", "the", "Assad", "regime"], [(3, 4, "ORG")], [("Assad", "PERSON")]),
    (["cuts", "by", "the", "Monti", "government"], [], [("Monti", "PERSON")]),
    (["talks", "with", "the", "Iraqi", "government"], [(3, 4, "NORP")], []),  # a nationality
    (["talks", "with", "the", "Kabul", "government"], [(3, 4, "GPE")], [("Kabul", "GPE")]),  # a known place
])
def test_entities_leader_of_a_government_is_a_person(doc_maker, component, words, ents, expected):
    tags = ["NNP" if w[0].isupper() else "NN" for w in words]
    doc = component("news_entities")(doc_maker(words, tags=tags, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # every mention of a name written after "the city of" is a place, whatever the recogniser said
    (["fighting", "in", "Husaybah", "and", "an", "assault", "on", "the", "city", "of", "Husaybah"],
     [(2, 3, "ORG"), (10, 11, "ORG")], [("Husaybah", "GPE"), ("Husaybah", "GPE")]),
    # a name the recogniser missed there
    (["people", "in", "the", "town", "of", "Yeoncheon", "fled"], [], [("Yeoncheon", "GPE")]),
    # not inside a body's name ("University of"), nor before a lower-case word
    (["the", "University", "of", "Husaybah", "said"], [(1, 4, "ORG")], [("University of Husaybah", "ORG")]),
    (["the", "city", "of", "some", "towns"], [], []),
    # a name the article calls a place in an apposition or with `is a`
    (["from", "Amarah", ",", "a", "city", "in", "Iraq", ".", "Amarah", "fell"], [(1, 2, "PERSON"), (6, 7, "GPE"),
                                                                              (8, 9, "PERSON")],
     [("Amarah", "GPE"), ("Iraq", "GPE"), ("Amarah", "GPE")]),
    (["Acme", ",", "a", "company", "in", "Ohio"], [(0, 1, "ORG"), (5, 6, "GPE")], [("Acme", "ORG"), ("Ohio", "GPE")]),
])
def test_entities_name_after_a_place_noun_is_a_place(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "ADP" if w in ("of", "in", "on") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # the article calls the name a site: every mention is MEDIA, those the recogniser missed too
    (["wikiHow", "is", "a", "wiki", "-", "based", "site", ".", "I", "built", "wikiHow", "."], [],
     [("wikiHow", "MEDIA"), ("wikiHow", "MEDIA")]),
    (["a", "website", "I", "ran", "called", "eHow", ".", "eHow", "grew", "."], [(5, 6, "ORG")],
     [("eHow", "MEDIA"), ("eHow", "MEDIA")]),
    (["The", "secularist", "magazine", "MicroMega", "said", "so"], [(3, 4, "ORG")], [("MicroMega", "MEDIA")]),
    # a site that is no website, and a name that is not called one
    (["Chernobyl", "is", "a", "site", "of", "disaster"], [(0, 1, "GPE")], [("Chernobyl", "GPE")]),
    (["Acme", "is", "a", "company", "that", "runs", "a", "website"], [(0, 1, "ORG")], [("Acme", "ORG")]),
])
def test_entities_name_the_article_calls_an_outlet_is_media(doc_maker, component, words, ents, expected):
    pos = ["PRON" if w == "I" else "PROPN" if w[0].isupper() and w != "The" else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a name word decides the label: the last word, or the head before "of"
    (["at", "Tahrir", "Square", "today"], [(1, 3, "ORG")], [("Tahrir Square", "FAC")]),
    (["the", "Museum", "of", "Flight", "in", "Seattle"], [(1, 4, "ORG"), (5, 6, "GPE")],
     [("Museum of Flight", "FAC"), ("Seattle", "GPE")]),
    (["the", "Gulf", "of", "Mexico", "coast"], [(1, 4, "GPE")], [("Gulf of Mexico", "LOC")]),
    (["the", "Ministry", "of", "Defence", "said"], [(1, 4, "ORG")], [("Ministry of Defence", "ORG")]),
    (["at", "Johnson", "Space", "Center", "today"], [(1, 4, "PERSON")], [("Johnson Space Center", "FAC")]),
    (["the", "Samarra", "Barrage", "was"], [(1, 3, "PERSON")], [("Samarra Barrage", "FAC")]),
    # a research centre is an institute
    (["the", "Pew", "Research", "Center", "said"], [(1, 4, "ORG")], [("Pew Research Center", "ORG")]),
    (["the", "Ross", "Ice", "Shelf", "in"], [(1, 4, "PERSON")], [("Ross Ice Shelf", "LOC")]),
])
def test_entities_name_word_decides_the_label(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "ADP" if w in ("of", "at", "in") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # the acronym defined in brackets, and its later mention in other capitals, take the name's label
    (["the", "Commission", "of", "Inquiry", "(", "CoI", ")", "said", ".", "The", "COI", "met"],
     [(1, 4, "ORG"), (10, 11, "GPE")], [("Commission of Inquiry", "ORG"), ("CoI", "ORG"), ("COI", "ORG")]),
    # not when the capitals are no initials of the name, nor for a person
    (["in", "Iraq", "(", "QRX", ")", "today"], [(1, 2, "GPE")], [("Iraq", "GPE")]),
    (["John", "Smith", "(", "JS", ")", "said"], [(0, 2, "PERSON")], [("John Smith", "PERSON")]),
])
def test_entities_acronym_takes_the_label_of_its_name(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() and w != "The" else "PUNCT" if w in "()." else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # ships and spacecraft get no label, nor the name alone later
    (["Space", "Shuttle", "Atlantis", "flew", ".", "Atlantis", "landed", "in", "Florida"],
     [(0, 3, "PERSON"), (5, 6, "PERSON"), (8, 9, "GPE")], [("Florida", "GPE")]),
    (["the", "destroyer", "HMS", "Defender", "sailed"], [(3, 4, "ORG")], []),
    (["the", "last", "Space", "Shuttle", "mission"], [(2, 4, "PERSON")], []),
    # a prefix that is a body's name when alone stays
    (["The", "INS", "said", "so"], [(1, 2, "ORG")], [("INS", "ORG")]),
])
def test_entities_ships_and_spacecraft_get_no_label(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() and w != "The" else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


def test_entities_armed_group_wins_over_a_place_prediction(doc_maker, component):
    words = ["Daesh", "claimed", "the", "attack"]
    doc = component("news_entities")(doc_maker(words, ents=iob(4, (0, 1, "GPE"))))
    assert ents_of(doc) == [("Daesh", "ORG")]


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


@pytest.mark.parametrize("words,date,expected", [
    # an ordinal alone is no date; a four-digit number of a resolution, a list or an age is no year
    (["in", "the", "20th", "minute"], (2, 3), None),
    (["the", "20th", "century"], (1, 3), "20th century"),
    (["Resolutions", "2254", "and", "2118", "say"], (3, 4), None),
    (["Committee", "1267", "list"], (1, 2), None),
    (["a", "2000", "year", "old", "tradition"], (1, 2), None),
    (["in", "2009", "prices", "rose"], (1, 2), "2009"),
])
def test_entities_number_that_is_no_date(doc_maker, component, words, date, expected):
    doc = component("news_entities")(doc_maker(words, ents=iob(len(words), (*date, "DATE"))))
    assert ents_of(doc) == ([(expected, "DATE")] if expected else [])


# --------------------------------------------------------------------------- gazetteer, descriptors, adjectives


@pytest.mark.parametrize("words,ent,expected", [
    (["Officials", "in", "Yerevan", "said", "so"], (2, 3, "PERSON"), [("Yerevan", "GPE")]),  # a capital
    (["The", "port", "of", "Guayaquil", "reopened"], (3, 4, "MEDIA"), [("Guayaquil", "GPE")]),  # a city
    (["Jackson", "said", "so"], (0, 1, "PERSON"), [("Jackson", "PERSON")]),  # a city name, but a person here
    (["Shelling", "hit", "eastern", "Aleppo"], (3, 4, "NORP"), [("Aleppo", "GPE")]),  # a city the recogniser
    (["Talks", "in", "Geneva", "resumed"], (2, 3, "PRODUCT"), [("Geneva", "GPE")]),  # put in a dropped label
    (["Shelling", "hit", "eastern", "Zarnitsa"], (3, 4, "NORP"), []),  # no known place: the label stays dropped
    (["They", "fled", "from", "Herat"], (3, 4, "ORG"), [("Herat", "GPE")]),  # GeoNames writes Herāt
    (["ISIL", "was", "pushed", "out", "of", "Sinjar"], (5, 6, "ORG"), [("ISIL", "ORG"), ("Sinjar", "GPE")]),
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




@pytest.mark.parametrize("words,ents,expected", [
    # a lone word called a person, written once, in no fuller name, after no title: the recogniser's guess
    (["Internet", "Explorer", "trails", "Firefox", "now"], [(3, 4, "PERSON")], []),
    # kept: after a title, written twice, part of a fuller name, or a given name
    (["President", "Assad", "spoke"], [(1, 2, "PERSON")], [("Assad", "PERSON")]),
    (["Assad", "spoke", "and", "Assad", "left"], [(0, 1, "PERSON"), (3, 4, "PERSON")],
     [("Assad", "PERSON"), ("Assad", "PERSON")]),
    (["Kathryn", "Waters", "said", "Waters", "left"], [(0, 2, "PERSON"), (3, 4, "PERSON")],
     [("Kathryn Waters", "PERSON"), ("Waters", "PERSON")]),
])
def test_entities_lone_word_persons(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a capitalised common noun for a kind of body after `the` refers back to one: no name
    (["the", "Tribunal", "said", "the", "Church", "must", "pay"], [(4, 5, "ORG")], []),
    (["Then", "the", "State", "will", "pay"], [(2, 3, "ORG")], []),
    # after a title and `of` it is the title's field
    (["the", "Secretary", "of", "State", "met", "Ana", "Pereira"], [(3, 4, "ORG"), (5, 7, "PERSON")],
     [("Ana Pereira", "PERSON")]),
    # kept: a body's own name, and the noun with a name
    (["the", "Kremlin", "said"], [(1, 2, "ORG")], [("Kremlin", "ORG")]),
    (["the", "Senate", "voted"], [(1, 2, "ORG")], [("Senate", "ORG")]),
    (["the", "Supreme", "Court", "ruled"], [(1, 3, "ORG")], [("Supreme Court", "ORG")]),
])
def test_entities_generic_noun_alone_is_no_name(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() and i else "DET" if w.lower() == "the" else "NOUN" for i, w in enumerate(words)]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a continent or a larger world region is a LOC, predicted or missed
    (["aid", "reached", "Antarctica"], [(2, 3, "GPE")], [("Antarctica", "LOC")]),
    (["talks", "on", "the", "Horn", "of", "Africa"], [(3, 6, "ORG")], [("Horn of Africa", "LOC")]),
    (["envoys", "toured", "Central", "Asia"], [], [("Central Asia", "LOC")]),
    # a country stays a GPE
    (["envoys", "toured", "Chile"], [(2, 3, "GPE")], [("Chile", "GPE")]),
])
def test_entities_world_regions_are_loc(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "ADP" if w in ("of", "for") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a place or a title the recogniser ran into the person's name after it
    (["Minister", "for", "the", "Middle", "East", "Sarah", "Okafor", "said"], [(3, 7, "ORG")],
     [("Middle East", "LOC"), ("Sarah Okafor", "PERSON")]),
    (["the", "Oxfam", "Director", "Helen", "Brandt", "said"], [(1, 5, "ORG")],
     [("Oxfam", "ORG"), ("Helen Brandt", "PERSON")]),
    # a title at the end of a body's name is no part of it
    (["Tom", "Reyes", ",", "the", "Transport", "Ministry", "Spokesperson", ",", "said"], [(0, 2, "PERSON"), (4, 7, "ORG")],
     [("Tom Reyes", "PERSON"), ("Transport Ministry", "ORG")]),
    # kept whole: a given name that is no person's after a body's name, a body named after a person
    (["gifts", "to", "Orvik", "Art", "Collections"], [(2, 5, "ORG")], [("Orvik Art Collections", "ORG")]),
    (["the", "Helen", "Brandt", "Foundation", "gave"], [(1, 4, "ORG")], [("Helen Brandt Foundation", "ORG")]),
])
def test_entities_person_after_a_place_or_title_is_split_off(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "DET" if w == "the" else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a compass word and a known place name the region: a GPE
    (["fighting", "in", "Eastern", "Chile"], [(2, 4, "LOC")], [("Eastern Chile", "GPE")]),
    (["towns", "in", "Northern", "Syria"], [(2, 4, "LOC")], [("Northern Syria", "GPE")]),
    # a compass word and a world region stays a LOC
    (["trade", "in", "Eastern", "Europe"], [(2, 4, "LOC")], [("Eastern Europe", "LOC")]),
])
def test_entities_compass_part_of_a_known_place_is_gpe(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a natural feature keeps its lower-case designator, predicted or missed
    (["boats", "on", "the", "Varna", "river"], [(3, 4, "ORG")], [("Varna river", "LOC")]),
    (["snow", "on", "the", "Korab", "mountains"], [], [("Korab mountains", "LOC")]),
    # a missed name keeps a place's designator too
    (["raids", "in", "the", "Tarsa", "district"], [], [("Tarsa district", "GPE")]),
    # a first word that names a natural feature
    (["water", "flows", "to", "Lake", "Orvan"], [(3, 5, "FAC")], [("Lake Orvan", "LOC")]),
    (["shelling", "near", "Wadi", "Hamsa"], [(2, 4, "GPE")], [("Wadi Hamsa", "LOC")]),
    # the noun heads a name after it: no designator, and the name after `island of` is the island, a LOC
    (["a", "base", "on", "the", "Tarsan", "island", "of", "Orvo"], [], [("Orvo", "LOC")]),
])
def test_entities_natural_features_are_loc(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "DET" if w in ("the", "a") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a name called a person right after `in`, `at` or `near` is a place, and so are its other mentions
    (["a", "blast", "in", "Qarvan", "killed", "two", ".", "Qarvan", "is", "calm"], [(3, 4, "PERSON"), (7, 8, "PERSON")],
     [("Qarvan", "GPE"), ("Qarvan", "GPE")]),
    (["fighting", "near", "al-Amsa", "and", "at", "al-Amsa"], [(2, 3, "PERSON"), (5, 6, "PERSON")],
     [("al-Amsa", "GPE"), ("al-Amsa", "GPE")]),
    # kept: a possessive after it, or a part of a fuller person's name
    (["Orlova", "wrote", ";", "a", "theme", "in", "Orlova", "'s", "novels"], [(0, 1, "PERSON"), (6, 7, "PERSON")],
     [("Orlova", "PERSON"), ("Orlova", "PERSON")]),
    (["Mira", "Orlova", "spoke", "in", "Orlova", "Hall"], [(0, 2, "PERSON"), (4, 5, "PERSON")],
     [("Mira Orlova", "PERSON"), ("Orlova", "PERSON")]),
])
def test_entities_person_after_a_locative_is_a_place(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() and w != "Hall" or w.startswith("al-") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a military operation or a storm is an event: no label, nor its name alone later
    (["Operation", "Desert", "Fox", "began", ".", "Desert", "Fox", "ended", "in", "Basra"],
     [(0, 3, "ORG"), (5, 7, "PERSON"), (9, 10, "GPE")], [("Basra", "GPE")]),
    (["Typhoon", "Rosa", "hit", "Luzon", ".", "Rosa", "weakened"],
     [(1, 2, "PERSON"), (3, 4, "GPE"), (5, 6, "PERSON")], [("Luzon", "GPE")]),
    # games, cups and prizes are events or awards
    (["the", "Summer", "Olympics", "in", "Tokyo"], [(1, 3, "PERSON"), (4, 5, "GPE")], [("Tokyo", "GPE")]),
    (["a", "Paralympic", "swimmer"], [(1, 2, "ORG")], []),
    # nothing inside an event's name either, nor its year
    (["the", "2019", "Franco", "-", "Spanish", "Summit", "in", "Lyon"], [(1, 2, "DATE"), (2, 3, "GPE"), (7, 8, "GPE")],
     [("Lyon", "GPE")]),
    (["at", "the", "Rugby", "World", "Cup", "2027", "in", "Perth"], [(5, 6, "DATE"), (7, 8, "GPE")],
     [("Perth", "GPE")]),
    # a body named after an event stays
    (["the", "Kenyan", "Olympic", "Committee", "said"], [(1, 4, "ORG")], [("Kenyan Olympic Committee", "ORG")]),
    # a body's name in a law's title gets none; the body acting stays
    (["under", "Security", "Council", "Resolution", "1441"], [(1, 3, "ORG")], []),
    (["the", "Security", "Council", "adopted", "Resolution", "1441"], [(1, 3, "ORG")], [("Security Council", "ORG")]),
    # a faith or a people is no name of a body; a body named after one is
    (["the", "Yazidi", "community", "fled"], [(1, 2, "ORG")], []),
    (["attacks", "on", "Islam", "grew"], [(2, 3, "ORG")], []),
    (["the", "Islamic", "Relief", "Foundation", "said"], [(1, 4, "ORG")], [("Islamic Relief Foundation", "ORG")]),
    # a celestial body gets none, a person named like one keeps the label
    (["the", "probe", "returned", "to", "Earth"], [(4, 5, "LOC")], []),
    (["Mira", "Saturn", "said", ".", "Saturn", "left"], [(0, 2, "PERSON"), (4, 5, "PERSON")],
     [("Mira Saturn", "PERSON"), ("Saturn", "PERSON")]),
    # a weapon opened by a storm word stays
    (["two", "Storm", "Shadow", "missiles"], [], [("Storm Shadow", "WEAPON")]),
])
def test_entities_events_laws_and_faiths_get_no_label(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "NUM" if w.isdigit() else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert [e for e in ents_of(doc) if e[1] != "COUNT"] == expected


@pytest.mark.parametrize("words,ents,expected", [
    # `Force` heads a body's name, whatever was predicted
    (["the", "Royal", "Canadian", "Air", "Force", "flew"], [(1, 5, "PERSON")], [("Royal Canadian Air Force", "ORG")]),
])
def test_entities_force_heads_a_body(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a lone name called an organisation right after `in` or `near` is a place, and so are its other mentions
    (["shelling", "in", "Vardino", ".", "Vardino", "was", "hit"], [(2, 3, "ORG"), (4, 5, "ORG")],
     [("Vardino", "GPE"), ("Vardino", "GPE")]),
    (["a", "camp", "near", "Oster", "Kamen"], [(3, 5, "ORG")], [("Oster Kamen", "GPE")]),
    # not an acronym, a name with a body's word, a known armed group, nor before a possessive
    (["posts", "near", "KPA", "lines"], [(2, 3, "ORG")], [("KPA", "ORG")]),
    (["she", "studied", "in", "Hartley", "College"], [(3, 5, "ORG")], [("Hartley College", "ORG")]),
    (["recruits", "in", "Hezbollah", "'s", "ranks"], [(2, 3, "ORG")], [("Hezbollah", "ORG")]),
    # `at` is where people work too
    (["she", "works", "at", "Stellvane"], [(3, 4, "ORG")], [("Stellvane", "ORG")]),
])
def test_entities_body_after_in_or_near_is_a_place(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "ADP" if w in ("in", "near", "at") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a newspaper's name word alone after `the` is the newspaper
    (["as", "the", "Herald", "reported"], [(2, 3, "ORG")], [("Herald", "MEDIA")]),
    (["an", "ad", "in", "the", "Courier"], [(4, 5, "PERSON")], [("Courier", "MEDIA")]),
    # not without `the`, nor a word for a kind of outlet
    (["Herald", "said", "so"], [(0, 1, "ORG")], [("Herald", "ORG")]),
])
def test_entities_newspaper_word_alone_is_media(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    # a title without a name is no entity; a known place at the end of the title stays
    (["his", "deputy", "is", "Brigadier", "General", "Omar"], [(3, 5, "PERSON")], []),
    (["she", "met", "the", "Minister", "of", "Trade", "of", "Kenya", "today"], [(3, 8, "ORG")], [("Kenya", "GPE")]),
    (["envoys", "met", "the", "Ministers", "of", "Finance", "today"], [(3, 6, "ORG")], []),
    # a title with `for` and no `of` (this raised ValueError)
    (["the", "Minister", "for", "Trade", "Policy", "spoke"], [(1, 5, "ORG")], []),
    # a body's name word keeps the name: `Chief of the General Staff` holds a body
    (["the", "Chief", "of", "the", "General", "Staff", "said"], [(1, 6, "ORG")],
     [("Chief of the General Staff", "ORG")]),
])
def test_entities_title_without_a_name_is_no_entity(doc_maker, component, words, ents, expected):
    pos = ["PROPN" if w[0].isupper() else "ADP" if w in ("of", "for") else "NOUN" for w in words]
    doc = component("news_entities")(doc_maker(words, pos=pos, ents=iob(len(words), *ents)))
    assert ents_of(doc) == expected


# -- a trained model's two recognisers: the base one's entities, checked by the fine-tuned one --------------


WORDS = ["Zarnitsa", "Kovo", "said", "Walter", "Brun", "met", "them", "in", "Zelva", "on", "Monday"]


@pytest.mark.parametrize(
    "words,base,tuned,expected",
    [
        # a body or a place the fine-tuned recogniser does not confirm is dropped; one it does stays
        (WORDS, [(0, 2, "ORG"), (3, 5, "PERSON"), (8, 9, "GPE")], [(3, 5, "PERSON"), (8, 9, "GPE")],
         [("Walter Brun", "PERSON"), ("Zelva", "GPE")]),
        (WORDS, [(0, 2, "ORG"), (8, 9, "GPE")], [(0, 2, "ORG")], [("Zarnitsa Kovo", "ORG"), ("Walter Brun", "PERSON")]),
        # a confirmation by any overlapping entity keeps the base span and label, not the fine-tuned ones
        (["They", "reached", "Port", "Varna", "at", "dawn"], [(2, 4, "GPE")], [(3, 4, "ORG")],
         [("Port Varna", "GPE")]),
        # the fine-tuned recogniser adds nothing of its own
        (WORDS, [(3, 5, "PERSON")], [(3, 5, "PERSON"), (8, 9, "GPE")], [("Walter Brun", "PERSON")]),
        # persons and dates are not checked
        (WORDS, [(3, 5, "PERSON"), (10, 11, "DATE")], [], [("Walter Brun", "PERSON"), ("Monday", "DATE")]),
        # a name the media data calls an outlet stays unconfirmed (a media name word, `the Times`)
        (["She", "told", "the", "Varna", "Gazette"], [(3, 5, "ORG")], [], [("Varna Gazette", "MEDIA")]),
        (["She", "told", "the", "Times"], [(3, 4, "ORG")], [], [("Times", "MEDIA")]),
    ],
)
def test_entities_base_recogniser_checked_by_the_fine_tuned_one(doc_maker, component, words, base, tuned, expected):
    doc = doc_maker(words, ents=iob(len(words), *base), pos=["PROPN" if w.istitle() else "X" for w in words])
    component("news_entities", stash=True)(doc)
    assert list(doc.ents) == [] and all(t.ent_iob == 0 for t in doc)  # unset: the next recogniser predicts afresh
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in tuned], default="outside")
    doc = component("news_entities")(doc)
    assert ents_of(doc) == expected
    assert "news_base_entities" not in doc.spans


def test_entities_without_a_base_recogniser_takes_the_recognisers_entities(doc_maker, component):
    doc = component("news_entities")(doc_maker(WORDS, ents=iob(len(WORDS), (0, 2, "ORG"), (8, 9, "GPE"))))
    assert ents_of(doc) == [("Zarnitsa Kovo", "ORG"), ("Zelva", "GPE")]
