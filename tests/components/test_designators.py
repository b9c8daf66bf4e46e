"""AIRCRAFT and WEAPON from the designator grammar, on sentences written for these tests.

The entity component runs on blank-pipeline Docs (no recogniser entities), so what is found
comes from the grammar, the ICAO type list and the context words alone.
"""

from __future__ import annotations

import pytest

from tests.conftest import ents_of


@pytest.mark.parametrize("text,expected", [
    ("Airbus delivered the A321neo to the airline in May .", [("A321neo", "AIRCRAFT")]),
    ("The carrier ordered eight A350-1000 jets .", [("A350-1000", "AIRCRAFT")]),
    ("The airline will retire its 747s next year .", [("747s", "AIRCRAFT")]),
    ("The 737-800s in the fleet were grounded .", [("737-800s", "AIRCRAFT")]),
    ("Boeing 737 MAX 8 jets were grounded .", [("Boeing 737 MAX 8", "AIRCRAFT")]),
    ("The 777X made its first flight .", [("777X", "AIRCRAFT")]),
    ("An Ilyushin Il-76MD landed at the base .", [("Ilyushin Il-76MD", "AIRCRAFT")]),
    ("Two Su-24 bombers and a MiG-29 were seen .", [("Su-24", "AIRCRAFT"), ("MiG-29", "AIRCRAFT")]),
    ("A Mi-8 helicopter and a Tu-22M3 took off .", [("Mi-8", "AIRCRAFT"), ("Tu-22M3", "AIRCRAFT")]),
    ("The F-16 Fighting Falcon and the MQ-9 Reaper flew over .",
     [("F-16 Fighting Falcon", "AIRCRAFT"), ("MQ-9 Reaper", "AIRCRAFT")]),
    ('The airline flew its last 747 "Jumbo" on Sunday .', [("747", "AIRCRAFT"), ("Jumbo", "AIRCRAFT")]),
    ("Russia launched Shahed-136 drones and Kh-101 missiles .", [("Shahed-136", "WEAPON"), ("Kh-101", "WEAPON")]),
    ("The S-400 and Iskander-M systems were moved .", [("S-400", "WEAPON"), ("Iskander-M", "WEAPON")]),
    ("The army sent T-72 tanks and M777 howitzers .", [("T-72", "WEAPON"), ("M777", "WEAPON")]),
])
def test_designators(blank_nlp, component, text, expected):
    doc = component("news_entities")(blank_nlp.make_doc(text))
    assert ents_of(doc) == expected


@pytest.mark.parametrize("text", [
    "The M25 was closed between junctions 10 and 11 .",  # a motorway, no weapon context
    "The 747 bus stops at the station .",  # a number with no aviation context
    "Students must file Form S-1 before the deadline .",  # a form, not an S- weapon
    "The F-1 visa lets students study abroad .",
    "The G20 summit opened in Rome .",
    "Results : Leeds 2 Bristol 1 .",  # a manufacturer name (Bristol) before a score
])
def test_no_designator_without_support(blank_nlp, component, text):
    doc = component("news_entities")(blank_nlp.make_doc(text))
    assert [e for e in ents_of(doc) if e[1] in ("AIRCRAFT", "WEAPON")] == []
