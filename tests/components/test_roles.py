"""Unit tests of news_roles on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest

from tests.conftest import parsed

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


