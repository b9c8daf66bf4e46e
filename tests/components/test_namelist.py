"""NameList: exact names found on token boundaries, as a PhraseMatcher on ORTH finds them."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from pipeline.components.entities.namelist import NameList

NAMES = ["BBC", "BBC News", "Al Jazeera", "Heathrow Airport", "AP", "Le Monde", "O'Hare International Airport",
         "Tass"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def name_list() -> NameList:
    names = NameList()
    names.add("MEDIA", NAMES)
    return names


@pytest.mark.parametrize("text,expected", [
    ("BBC News said so.", ["BBC", "BBC News"]),            # overlapping names are both found
    ("The BBCs of this world.", []),                         # not inside a token
    ("ABBC said so.", []),
    ("Flights left Heathrow Airport.", ["Heathrow Airport"]),
    ("Flights left Heathrow  Airport.", []),                 # the name's own spacing
    ("heathrow airport", []),                                # case counts
    ("He told AP", ["AP"]),                                  # a short name at the very end
    ("Tass", ["Tass"]),
    ("Tas", []),
    ("at O'Hare International Airport, officials", ["O'Hare International Airport"]),
    ("Al Jazeera's reporter", ["Al Jazeera"]),               # ends at a token boundary before 's
    ("", []),
])
def test_names_are_found_on_token_boundaries(nlp, text, expected):
    doc = nlp.make_doc(text)
    assert sorted(doc[s:e].text for _, s, e in name_list()(doc)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "BBC News and Al Jazeera reported; Le Monde said AP and Tass left Heathrow Airport for O'Hare International Airport.",
    "Nothing here at all.",
])
def test_same_matches_as_a_phrase_matcher(nlp, text):
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("MEDIA", [nlp.make_doc(name) for name in NAMES])
    doc = nlp.make_doc(text)
    assert sorted((s, e) for _, s, e in name_list()(doc)) == sorted((s, e) for _, s, e in matcher(doc))


def test_keys_are_kept(nlp):
    names = NameList()
    names.add("FAC#airports", ["Heathrow Airport"])
    names.add("MEDIA#list", ["BBC"])
    doc = nlp.make_doc("BBC at Heathrow Airport")
    assert sorted(key for key, _, _ in names(doc)) == ["FAC#airports", "MEDIA#list"]
