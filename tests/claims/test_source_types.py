"""Source types by the rules of corpora/ANNOTATION_NOTES.md, on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.source_types import rule_decision
from pipeline.claims.sources import source_views
from tests.claims.claimkit import build

CASES = [
    # (text, entities, source phrase, expected type)
    ("Poland's Ministry of Defence said the radar was hit.", [("Poland", "GPE"), ("Ministry of Defence", "ORG")],
     "Poland's Ministry of Defence", "official"),
    ("The Daily Courier reported that the bridge was closed.", [("Daily Courier", "MEDIA")], "The Daily Courier", "media"),
    ("Lars Berg, an analyst at the Nordic Risk Institute, said the strike was planned.",
     [("Lars Berg", "PERSON"), ("Nordic Risk Institute", "ORG")], "Lars Berg, an analyst at the Nordic Risk Institute",
     "expert"),
    ("Residents said the water rose within minutes.", [], "Residents", "witness"),
    ("Sources said the talks had stalled.", [], "Sources", "unnamed"),
    ("Local officials said the road was closed.", [], "Local officials", "unnamed"),
    ("Police officials said the road was closed.", [], "Police officials", "official"),
    ("Satellite images show the runway was hit.", [], "Satellite images", "evidence"),
    ("The Harbour Workers' Union said the crane had failed.", [("Harbour Workers' Union", "ORG")],
     "The Harbour Workers' Union", "organisation"),
    ("Union spokesman Karl Meyer said the crane had failed.", [("Karl Meyer", "PERSON")],
     "Union spokesman Karl Meyer", "organisation"),
    ("Army spokesman Karl Meyer said the crane had failed.", [("Karl Meyer", "PERSON")],
     "Army spokesman Karl Meyer", "official"),
    ("Interior Minister Ana Ruiz said the border was open.", [("Ana Ruiz", "PERSON", {"role": "Interior Minister"})],
     "Interior Minister Ana Ruiz", "official"),
    ("Ana Ruiz, who was on the bus, said the driver was fast.", [("Ana Ruiz", "PERSON")],
     "Ana Ruiz, who was on the bus", "witness"),
    ("A statement from the Harbour Authority said the port was closed.", [("Harbour Authority", "ORG")],
     "A statement from the Harbour Authority", "official"),
    # an honorific is no title: a bare name stays a private person
    ("Mr Okafor said the driver was fast.", [("Okafor", "PERSON")], "Mr Okafor", "witness"),
    # an unnamed source at a named body speaks for it; in a place it names none
    ("A source at Saint Brigid Hospital said the wards were full.", [("Saint Brigid Hospital", "FAC")],
     "A source at Saint Brigid Hospital", "organisation"),
    ("Officials from the interior ministry said the road was closed.", [], "Officials from the interior ministry",
     "official"),
    ("Officials in Lagos said the road was closed.", [("Lagos", "GPE")], "Officials in Lagos", "unnamed"),
    # the head noun by its lemma: associations is in the lexicon as association
    ("Tenant associations said the rents had doubled.", [], "Tenant associations", "organisation"),
    # a union in a longer official name is no trade union
    ("The European Union monitoring mission said the road was closed.", [],
     "The European Union monitoring mission", "official"),
    ("The union spokesman said the crane had failed.", [], "The union spokesman", "organisation"),
]


@pytest.mark.parametrize("text,entities,source,expected", CASES)
def test_source_type(text, entities, source, expected):
    cue = next(w for w in ("said", "reported", "show") if f" {w} " in text)
    content = text.split(f" {cue} ", 1)[1].rstrip(".").removeprefix("that ")
    article = build(text, entities=entities, attributions=[(source, cue, content)])
    [claim] = claims_of(article)
    assert claim.source_type == expected, claim


def test_no_source_is_unnamed():
    article = build("It was announced that the airport would close.", attributions=[(None, "announced",
                                                                                    "the airport would close")])
    assert claims_of(article)[0].source_type == "unnamed"


def test_pronoun_takes_the_type_of_its_entity():
    text = "Ana Ruiz, the interior minister, spoke on Monday. She said the border was open."
    article = build(text, entities=[("Ana Ruiz", "PERSON", {"role": "interior minister"})],
                    attributions=[("She", "said", "the border was open", "Ana Ruiz")])
    [claim] = claims_of(article)
    assert claim.source_type == "official"
    assert claim.source_entities == [{"id": "T1", "label": "PERSON", "text": "Ana Ruiz"}]


def test_surname_takes_the_role_of_the_full_name():
    text = "Professor Ida Lund said the dam was safe. Lund said the cracks were old."
    article = build(text, entities=[("Ida Lund", "PERSON"), ("Lund#2", "PERSON")],
                    attributions=[("Lund#2", "said#2", "the cracks were old")])
    assert claims_of(article)[0].source_type == "expert"


@pytest.mark.parametrize("text,full,expected", [
    ("Minister for the Middle East, Tobias Ellwood, visited the camp. Ellwood said the camp was full.", "Tobias Ellwood",
     "official"),
    ("Jack Herrick, wikiHow founder, spoke at the camp. Herrick said the camp was full.", "Jack Herrick", "organisation"),
    ("Tobias Ellwood visited the camp. Ellwood said the camp was full.", "Tobias Ellwood", "witness"),
    ("Christopher Hill, U.S. Republican Party presidential candidate, came. Hill said the camp was full.",
     "Christopher Hill", "organisation"),
])
def test_a_surname_takes_a_title_or_apposition_written_with_the_name(text, full, expected):
    surname = f"{full.split()[-1]}#2"
    article = build(text, entities=[(full, "PERSON"), (surname, "PERSON")],
                    attributions=[(surname, "said", "the camp was full")])
    assert claims_of(article)[0].source_type == expected


@pytest.mark.parametrize("headline,quoted,expected", [
    ("Wikinews interviews biologist Nick Bos", False, "expert"),
    ("Wikinews interviews biologist Nick Bos", True, "witness"),  # an 'I' inside a quote is the quote's speaker
    ("Biologist Nick Bos visits the museum", False, "witness"),  # no interview: no interviewee
    ("Biologist Nick Bos on self-medicating ants", False, "expert"),  # questions and answers make an interview
])
def test_an_unlinked_i_in_an_interview_is_the_person_interviewed(headline, quoted, expected):
    answer = '"I think the ants heal themselves," he wrote.' if quoted else "I think the ants heal themselves."
    questions = "Where do they live?\n\nIn the forest.\n\nHow old are they?\n\nVery old.\n\n" \
        if headline.endswith("ants") else ""
    text = f"{headline}\n\n{questions}What did you find?\n\n{answer}"
    article = build(text, entities=[("Nick Bos", "PERSON", {"role": "biologist"})],
                    attributions=[("I", "think", "the ants heal themselves")])
    assert claims_of(article)[0].source_type == expected


def test_a_person_is_no_document():
    """``I`` that the layers resolve to an earlier ``one of our ads`` is a person, not evidence."""
    text = "One of our ads said the shop was open. I said the shop was open."
    article = build(text, attributions=[("One of our ads", "said", "the shop was open"),
                                        ("I", "said#2", "the shop was open#2")])
    first, second = claims_of(article)
    assert first.source_type == "evidence"
    assert second.source_type == "witness"


@pytest.mark.parametrize("text,entities,source,rule", [
    ("Residents said the water rose.", [], "Residents", "head"),
    ("Ana Ruiz said the water rose.", [("Ana Ruiz", "PERSON")], "Ana Ruiz", "person-default"),
    ("The Daily Courier said the water rose.", [("Daily Courier", "MEDIA")], "The Daily Courier", "named-body"),
])
def test_rule_decision_names_the_rule(text, entities, source, rule):
    article = build(text, entities=entities, attributions=[(source, "said", "the water rose")])
    [view] = source_views(article)
    assert rule_decision(view, article)[1] == rule
