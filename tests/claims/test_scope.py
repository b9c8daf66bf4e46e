"""What a count is about (scope.py) and which part of an event it counts (subgroups.py)."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.figures import article_counts
from tests.claims.claimkit import build


def _counts(text: str):
    return [c for c in article_counts(build(text)) if c.kind]


def _event_counts(text: str):
    return [(c.value, c.kind) for c in _counts(text) if not c.elsewhere and not c.partial]


@pytest.mark.parametrize("text", [
    "Floods in Velmoro\n\nNine people died. In June 2019 floods displaced more than 20,000 residents of the town.",
    "Cholera in Velmoro\n\nThe province recorded 3 deaths in the last 24 hours.",
    "Cholera in Velmoro\n\nThe outbreak has killed 41 people since October.",
    "Strike on Velmoro\n\nAir defences destroyed 27 drones over the Tarsk and Ulm regions.",
    "Floods in Velmoro\n\nNine people died.\n\nSeparately, a landslide in a nearby district killed three people.",
    "Strike on Velmoro\n\nSix people died in Velmoro. " + "Rescuers searched the rubble all day. " * 12
    + "\n\nIn Dornik, debris from a drone injured two workers.",
])
def test_counts_about_another_event_or_place(text):
    assert all(c.elsewhere for c in _counts(text) if c.value not in (6, 9))


def test_a_year_the_opening_gives_is_the_event_s():
    text = "Floods in Velmoro, June 2019\n\nIn June 2019 floods displaced more than 2,000 residents of the town."
    assert _event_counts(text) == [(2000, "displaced")]


@pytest.mark.parametrize("text,kept", [
    ("Collapse in Velmoro\n\nThe minister said 27 people had died. The governor said later that the minister had been "
     "given a wrong figure and that the confirmed toll was 17.", [17]),
    ("Collapse in Velmoro\n\nThe minister said 27 people had died. The toll was later corrected to 17, the governor "
     "said.", [17]),
])
def test_a_figure_the_text_takes_back(text, kept):
    assert [c.value for c in article_counts(build(text)) if not c.previous] == kept


@pytest.mark.parametrize("text,expected", [
    ("Two servicemen of the Armed Forces of Armenia were killed and three were wounded.",
     [(2, "killed", "Armenia", None), (3, "injured", "Armenia", None)]),
    ("The ministry said two of its soldiers were killed and three wounded.",
     [(2, "killed", None, "own"), (3, "injured", None, "own")]),
    ("Azerbaijan freed 32 Armenian prisoners.", [(32, "prisoners", "Armenia", None)]),
])
def test_whose_people_a_count_counts(text, expected):
    assert [(c.value, c.kind, c.nation, c.owner) for c in _counts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Rebels attacked the ship with two drones and a naval missile.", [(2, "munitions", "drone", "launched")]),
    ("A warship shot down one drone.", [(1, "munitions", "drone", "downed")]),
    ("Twelve inmates escaped from the prison on Sunday.", [(12, "prisoners", None, "escaped")]),
    ("Gunmen kidnapped 14 passengers on the road.", [(14, "prisoners", None, "taken")]),
    ("Twenty people who escaped unhurt went home on a coach.", []),
    ("The prison holds about 2,700 inmates.", []),
])
def test_what_was_done_with_what_is_counted(text, expected):
    assert [(c.value, c.kind, c.munition, c.act) for c in _counts(text) if not c.partial] == expected


@pytest.mark.parametrize("text,expected", [
    ("Seven people were wounded; two are listed in critical condition.", [(7, "injured")]),
    ("Twenty people were injured. Of the injured, four remained in hospital on Sunday.", [(20, "injured")]),
    ("Nine people were injured. Nine remained in hospital on Sunday.", [(9, "injured")]),
    ("Police killed all five attackers, and eleven people were killed.", [(5, "killed"), (11, "killed")]),
])
def test_sub_groups_of_a_total(text, expected):
    assert _event_counts(text) == expected


def test_a_total_that_names_a_part_allows_a_count_without_it():
    [count] = _counts("Five people are dead, including the gunman.")
    assert count.bounds() == (4, 5)


def test_injured_by_a_hospital_phrase():
    assert _event_counts("Seven others were transported to area hospitals.") == [(7, "injured")]


def test_a_claim_about_another_event():
    text = ("Rally in Velmoro\n\nPolice said 11 people were detained. The agency also denied a report that officers had "
            "used pepper spray at the port last month.")
    article = build(text, attributions=[("Police", "said", "11 people were detained"),
                                        ("The agency", "denied", "officers had used pepper spray at the port last "
                                                                 "month")])
    assert [c.elsewhere for c in claims_of(article)] == [False, True]
