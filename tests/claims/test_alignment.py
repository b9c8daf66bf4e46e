"""Whose side each claim speaks for (alignment.py), and what that allows opposing claims."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims import claims_of
from pipeline.claims.agents import agents_of
from pipeline.claims.alignment import claim_sides
from pipeline.claims.ledger import build_ledger
from tests.claims.claimkit import build

TOWN = [("Rostak", "GPE")]


def _sides(*articles):
    pairs = [(a.id, c) for a in articles for c in claims_of(a)]
    return [(side.name, side.aligned) for side in claim_sides(pairs)]


def _reasons(*articles):
    """The reasons of the rules' opposing pairs (the learned scorer's are tested in test_pair_model.py)."""
    ledger = build_ledger(list(articles), conflicts=True)
    return sorted(reason for e in ledger.events for entry in e.opposing_claims for _, _, reason in entry.pairs
                  if reason != "learned")


def test_a_group_head_word_names_the_group_not_the_country():
    a = build("Gang leader speaks\n\nA Haitian gang leader said his men were holding the passengers.",
              attributions=[("A Haitian gang leader", "said", "his men were holding the passengers")])
    assert _sides(a) == [("A Haitian gang leader", True)]


def test_an_anonymous_source_speaks_for_the_claim_before_it():
    a = build("Rally\n\nThe police agency said the rally ended at dusk. \"No spray was used,\" a spokesperson said.",
              attributions=[("The police agency", "said", "the rally ended at dusk"),
                            ("a spokesperson", "said#2", "No spray was used")])
    [first, second] = _sides(a)
    assert first == second


def test_officials_speak_for_the_country_of_the_dateline():
    a = build("Ceasefire broken\n\nJammu, May 8: Two soldiers were killed, officials said.",
              attributions=[("officials", "said", "Two soldiers were killed")])
    assert _sides(a) == [("India", True)]


def test_a_source_named_by_its_name_speaks_for_itself():
    a = build("Siege\n\nShabaab said its fighters had killed 40 officials.",
              attributions=[("Shabaab", "said", "its fighters had killed 40 officials")])
    assert _sides(a) == [("Shabaab", True)]


def test_residents_may_deny_what_the_police_say():
    a = build("Raid in Rostak\n\nOfficers came under heavy fire from gang members in Rostak, the police spokesman said.",
              article_id="a", entities=TOWN,
              attributions=[("the police spokesman", "said", "Officers came under heavy fire from gang members in "
                                                             "Rostak")])
    b = build("Raid in Rostak\n\nResidents deny that there was any exchange of fire with officers in Rostak.",
              article_id="b", entities=TOWN,
              attributions=[("Residents", "deny", "there was any exchange of fire with officers in Rostak")])
    c = build("Raid in Rostak\n\nNeighbours said gang members fired at officers in Rostak.", article_id="c",
              entities=TOWN, attributions=[("Neighbours", "said", "gang members fired at officers in Rostak")])
    assert _sides(b) == [("civilians", True)] and _sides(c) == [("Neighbours", False)]
    assert _reasons(a, b, c) == ["denial"]


@pytest.mark.parametrize("text,expected", [
    ("Pakistan Army troops responded, targeting the Indian posts that initiated the fire",
     [("ATTACK", "the Indian posts")]),
    ("it had summoned the envoy to protest the deaths of two civilians", []),
    ("the army opened fire on the crowd", [("ATTACK", "the army")]),
])
def test_agents_of_every_act(text, expected):
    assert [(act, " ".join(agent)) for act, agent in agents_of(text) if agent] == expected


def test_blame_for_who_started_is_opposite_agents():
    a = build("Ceasefire broken near Rostak\n\nJammu, May 8: \"Pakistan Army resorted to unprovoked ceasefire "
              "violation near Rostak,\" the defence spokesperson said.", article_id="a", entities=TOWN,
              attributions=[("the defence spokesperson", "said", "Pakistan Army resorted to unprovoked ceasefire "
                                                                 "violation near Rostak")])
    b = build("Firing near Rostak\n\nRAWALPINDI, May 8: Pakistan Army troops responded near Rostak, targeting the "
              "Indian posts that initiated the fire, the military's media wing said.", article_id="b", entities=TOWN,
              attributions=[("the military's media wing", "said", "Pakistan Army troops responded near Rostak, "
                                                                  "targeting the Indian posts that initiated the fire")])
    assert _reasons(a, b) == ["opposite agents"]


def test_a_named_official_speaks_for_the_country_not_for_himself():
    a = build("Blockade cleared\n\nCOCHABAMBA, Bolivia, Oct 8 - The protesters attacked the police, Government "
              "Minister Rodrigo Salinas said. No firearm was used, Salinas said.",
              entities=[("Rodrigo Salinas", "PERSON"), ("Salinas", "PERSON")],
              attributions=[("Government Minister Rodrigo Salinas", "said", "The protesters attacked the police"),
                            ("Salinas", "said#2", "No firearm was used")])
    assert _sides(a) == [("Bolivia", True), ("Bolivia", True)]
    surname = replace(claims_of(a)[1], camp=None)  # no role known for "Salinas": a person still, not a body
    assert [side.name for side in claim_sides([("t", surname)])] == ["Bolivia"]


def test_one_person_quoted_in_two_articles_speaks_for_one_side():
    a = build("Bus attack in Rostak\n\nJammu, May 8: The gunmen shot the driver in Rostak, police spokesman "
              "Fritz Delva said.", article_id="a", entities=TOWN + [("Fritz Delva", "PERSON")],
              attributions=[("police spokesman Fritz Delva", "said", "The gunmen shot the driver in Rostak")])
    b = build("Bus attack in Rostak\n\nThe gunmen shot the driver in Rostak, police spokesman Fritz Delva repeated.",
              article_id="b", entities=TOWN + [("Fritz Delva", "PERSON")],
              attributions=[("police spokesman Fritz Delva", "repeated", "The gunmen shot the driver in Rostak")])
    [first, second] = _sides(a, b)
    assert first == second == ("India", True)


def test_a_short_denial_answers_the_claim_that_holds_its_word():
    a = build("Boat sinks near Rostak\n\nThe boat was overloaded and sailing at night near Rostak, the provincial "
              "minister said.", article_id="a", entities=TOWN,
              attributions=[("the provincial minister", "said", "The boat was overloaded and sailing at night near "
                                                                "Rostak")])
    b = build("Boat owner speaks in Rostak\n\nThe owner of the boat that sank near Rostak denied that it was "
              "overloaded.", article_id="b", entities=TOWN,
              attributions=[("The owner of the boat that sank near Rostak", "denied", "it was overloaded")])
    assert _reasons(a, b) == ["denial"]


def test_relatives_and_organisers_speak_against_their_own_state():
    a = build("Riot in Rostak\n\nRostak, Sunday: The interior ministry said rioters had attacked the police station. "
              "Relatives of inmates said the guards beat prisoners.",
              entities=TOWN, attributions=[("The interior ministry", "said", "rioters had attacked the police station"),
                                           ("Relatives of inmates", "said#2", "the guards beat prisoners")])
    [state, civilians] = _sides(a)
    assert civilians == ("civilians", True) and state != civilians


def test_a_pronoun_keeps_the_side_of_the_person_it_stands_for():
    a = build("March in Rostak\n\nLamine Sagna, a spokesman for the march organisers, told reporters the march was "
              "peaceful. He said police fired tear gas.", entities=TOWN + [("Lamine Sagna", "PERSON")],
              attributions=[("Lamine Sagna, a spokesman for the march organisers", "told", "the march was peaceful"),
                            ("He", "said", "police fired tear gas", "Lamine Sagna")])
    assert _sides(a) == [("civilians", True), ("civilians", True)]


def test_police_against_protesters_blame_each_other():
    a = build("Clashes in Rostak\n\nFive people were killed when police fired on protesters in Rostak, march organisers "
              "said.", article_id="a", entities=TOWN,
              attributions=[("march organisers", "said", "Five people were killed when police fired on protesters in "
                                                         "Rostak")])
    b = build("Clashes in Rostak\n\nThe interior ministry said security forces had used only tear gas in Rostak and that "
              "armed rioters had attacked the police station.", article_id="b", entities=TOWN,
              attributions=[("The interior ministry", "said", "security forces had used only tear gas in Rostak and that "
                                                              "armed rioters had attacked the police station")])
    assert _reasons(a, b) == ["opposite agents"]
