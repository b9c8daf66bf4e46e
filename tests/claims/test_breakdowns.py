"""Counts that are parts, breakdowns, lower bounds or later states of a total, and those that are not."""

from __future__ import annotations

import pytest

from pipeline.claims.figures import article_counts
from pipeline.claims.ledger import build_ledger
from tests.claims.claimkit import build

TOWN = [("Tarnow", "GPE")]


def _conflicts(*texts: str) -> list[tuple[str, tuple]]:
    articles = [build(text, article_id=chr(ord("a") + n), entities=TOWN) for n, text in enumerate(texts)]
    ledger = build_ledger(articles, conflicts=True)
    assert len(ledger.events) == 1
    return sorted((c.kind, tuple(c.values)) for e in ledger.events for c in e.figure_conflicts)


@pytest.mark.parametrize("received,expected", [(4, []), (9, [("killed", (5, 9))])])
def test_a_hospital_s_count_is_a_lower_bound(received, expected):
    """A facility counts only its own dead: below another source's toll it agrees, above it it cannot."""
    assert _conflicts("Blast in Tarnow\n\nFive people were killed in the blast in Tarnow on Monday.",
                      f"Blast in Tarnow\n\nTarnow General Hospital received the bodies of {received} people killed "
                      "in the blast on Monday.") == expected


@pytest.mark.parametrize("dead,expected", [(6, []), (3, [("missing", (4, 9))])])
def test_the_missing_still_missing_fall_as_the_dead_are_found(dead, expected):
    assert [c for c in _conflicts("Bridge collapse in Tarnow\n\nThree people were killed and nine people were missing after "
                      "the bridge in Tarnow collapsed on Sunday.",
                      f"Bridge collapse in Tarnow\n\n{dead} people have died and four people are still missing after "
                      "the bridge in Tarnow collapsed on Sunday.") if c[0] == "missing"] == expected


def test_soldiers_and_civilians_are_counted_apart():
    assert _conflicts("Shelling in Tarnow\n\nThree soldiers and two civilians were killed in the shelling of Tarnow "
                      "on Friday.",
                      "Shelling in Tarnow\n\nSeven soldiers were killed in the shelling of Tarnow on Friday.") \
        == [("killed", (3, 7))]


def test_a_smaller_count_in_the_same_voice_is_a_breakdown():
    assert _conflicts("Families flee Tarnow\n\nAbout 2,000 people fled Tarnow after the attack on Monday.",
                      "Families flee Tarnow\n\nAn estimated 9,400 individuals were displaced from Tarnow after the "
                      "attack on Monday. Most stay with host families, while 1,120 individuals were displaced to two "
                      "schools.") == [("displaced", (2000, 9400))]


def test_deaths_among_cases_are_the_toll():
    assert _conflicts("Marburg outbreak in Tarnow\n\nAs of today, nine confirmed cases, including four deaths, have "
                      "been recorded in Tarnow.",
                      "Marburg outbreak in Tarnow\n\nSeven people have died of Marburg in Tarnow.") \
        == [("killed", (4, 7))]


def test_a_part_told_alone_is_no_rival_of_the_total():
    assert _conflicts("Prisoner exchange at Tarnow\n\nThe Red Cross facilitated the release of 38 detainees at "
                      "Tarnow. Twenty-one detainees were released by the army, and 17 detainees were released by "
                      "the rebels.",
                      "Prisoner exchange at Tarnow\n\nThe rebels released twenty-one detainees at Tarnow.") == []


def test_prisoners_freed_in_a_raid_on_a_prison_escaped():
    assert _conflicts("Prison escape in Tarnow\n\n23 detainees escaped from the prison in Tarnow on Monday night.",
                      "Rebels raid Tarnow prison\n\nThe rebels said they had attacked the prison in Tarnow on Monday "
                      "night and freed 61 prisoners.") == [("prisoners", (23, 61))]


@pytest.mark.parametrize("text,expected", [
    ("On the night of 3 to 4 March, 23 detainees escaped from the prison.", [(23, "prisoners")]),
    ("Twenty-one detainees held by the army were handed over.", [(21, "prisoners")]),
    ("Rescuers found eight passengers alive on the island.", []),
    ("Of the 23 patients, Seventeen have been treated and discharged.", []),
    ("Six children not on the manifest had been on board, bringing the number of people on board to 236.", []),
    ("The riot resulted in the death of three inmates.", [(3, "killed")]),
    ("Officers seized three pistols and 46 knives.", []),
    ("Flood in Tarnow\n\n10:00 - Two people died in Tarnow.\n\n21:30 - Separately, in Dakar, police arrested 12 "
     "people.", [(2, "killed")]),
    ("At 10:40 we reported, citing a worker, that two workers had died.", []),
    ("Two inmates died. One died of smoke inhalation and the other of injuries.", [(2, "killed")]),
    ("The ministry maintained that only one death was linked to the operation.", [(1, "killed")]),
    ("One woman injured in the landslide remains in hospital in Batumi.", []),
    ("Ochoa said seven protesters suffered minor injuries.", [(7, "injured")]),
    ("The deceased include four children and two crew members.", []),
    ("The hospital director said four men with gunshot wounds had been admitted.", [(4, "injured")]),
    ("(Corrects paragraph 1 to remove a toll of 15 dead attributed to an official, who later withdrew the "
     "figure.)", []),
    ("02:40 - A witness tells us he saw nine bodies being carried out of the building.\n\n07:15 - CORRECTION: At "
     "02:40 we reported, citing a witness, that nine bodies had been seen. That figure was never confirmed and we "
     "withdraw it.", []),
    ("Floods in Tarnow\n\nAbout 600 people were evacuated in Tarnow.\n\nCorrection: An earlier online version of "
     "this story said 1,600 people had been evacuated in Tarnow.", [(600, "evacuated")]),
    ("A story on this site stated that 64 people were on board the boat in Tarnow. That figure was wrong: the "
     "port authority said 46 people were on board.", [(46, "on_board")]),
    ("The corrected article says that 212 people were evacuated in Tarnow, and not 150 as previously reported.",
     [(212, "evacuated")]),
    ("A report on our website wrongly stated that 14 people had been injured in the blast. Four people were injured.",
     [(4, "injured")]),    ("Tonight's departure has been cancelled, and the roughly 900 passengers booked on it will be offered other "
     "sailings.", []),
    ("In an early statement the coast guard had said about 700 people were on board.", []),
    ("The article also stated that 2,000 people had been evacuated. The figure of 2,000 is the number of people living "
     "in the settlement, and not the number evacuated. About 1,200 people were evacuated.", [(1200, "evacuated")]),
    ("A total of 37 residents trapped on rooftops in Rongshui town were rescued by boat.", []),
    ("Nine passengers, among them two young children, left the ship earlier on a coast guard boat.",
     [(9, "evacuated")]),
    ("The ferry took 200 passengers on board, while the remaining 159 people were taken to the port by tugs.", []),
    ("More than 1,500 people were being held in the detention centre that night.", [(1500, "prisoners")]),
    ("Police said 21 people were held after the march.", [(21, "arrested")]),
    ("The toll rose after the bodies of two missing passengers were recovered on Saturday.", []),
    ("Police said 46 people were apprehended during the eviction.", [(46, "arrested")]),
    ("The guards took 11 farmers into custody near the border.", [(11, "arrested")]),
    ("Thirty-eight passengers and crew have been rescued alive, the rescue office said.", []),
    ("The six sailors rescued on Monday night were taken to hospital.", []),
    ("That canoe is registered for 15 passengers.", []),
    ("The ferry was carrying 26 passengers when it capsized.", [(26, "on_board")]),
    ("Four of our comrades were hit by bullets.", [(4, "injured")]),
])
def test_totals_of_a_kind(text, expected):
    counts = article_counts(build(text))
    assert [(f.value, f.kind) for f in counts if f.kind and not f.partial and not f.elsewhere and not f.previous] \
        == expected


@pytest.mark.parametrize("later,previous", [
    ("The fighters killed two guards and withdrawn before the peacekeepers arrived.", False),
    ("That figure was incorrect and has been withdrawn.", True),
])
def test_only_a_figure_withdrawn_is_taken_back(later, previous):
    [count] = [f for f in article_counts(build(f"The group said it freed 61 prisoners from the prison. {later}"))
               if f.value == 61]
    assert count.previous == previous


def test_tolls_below_a_revised_toll_are_earlier_states_of_it():
    assert _conflicts("Floods in Tarnow\n\nOne person died in the floods in Tarnow on Saturday.",
                      "Floods in Tarnow\n\nThe death toll from the floods in Tarnow rose to two on Sunday.",
                      "Floods in Tarnow\n\nTwo people have died in the floods in Tarnow.") == []


def test_a_count_so_far_is_a_lower_bound():
    assert _conflicts("Landslide in Tarnow\n\nFive people were injured in the landslide in Tarnow.",
                      "Landslide in Tarnow\n\nTwo people injured in the landslide in Tarnow have been taken to "
                      "hospital so far.") == []


def test_a_total_that_names_a_part_far_after_it_allows_a_count_without_that_part():
    assert _conflicts("Clash in Tarnow\n\nThe ambulance service said 39 people were treated for injuries after the "
                      "clashes outside the town hall in Tarnow, including 12 police officers.",
                      "Clash in Tarnow\n\nThe farmers' union said 27 people were injured in Tarnow.") == []


def test_injured_guards_are_no_rivals_of_injured_inmates():
    assert _conflicts("Riot at Tarnow prison\n\nFour guards were injured in the riot at Tarnow prison.",
                      "Riot at Tarnow prison\n\nThree inmates were injured in the riot at Tarnow prison.") == []


def test_only_one_death_disputes_a_revised_toll():
    assert _conflicts("Clash in Tarnow\n\nThe toll of the clash in Tarnow rose to three from two, doctors said.",
                      "Clash in Tarnow\n\nThe ministry said only one death in Tarnow was linked to the "
                      "clash.") == [("killed", (1, 3))]


@pytest.mark.parametrize("text,population", [
    ("Twenty-seven members of the public forces were injured in Tarnow.", "security"),
    ("Nine guardsmen were hurt in Tarnow.", "security"),
    ("Three demonstrators were injured in Tarnow.", "civilian"),
    ("At least 27 teachers were injured in Tarnow.", "civilian"),
    ("One member of the border guard forces was injured in Tarnow.", "security"),
    ("The number of injured policemen in Tarnow rose to 11, the ministry said.", "security"),
    ("Forty of our members and supporters were injured in Tarnow.", None),
    ("Nine soldiers and civilians were killed in Tarnow.", None),
    ("Three inmates were treated for smoke inhalation in Tarnow.", "inmates"),
])
def test_whom_a_count_counts(text, population):
    [count] = article_counts(build(text))
    assert count.population == population


def test_a_nationality_on_board_is_a_part_of_all_on_board():
    assert _conflicts("Boat capsizes near Tarnow\n\nThe boat was carrying 31 people when it capsized near Tarnow.",
                      "Boat capsizes near Tarnow\n\nThe embassy said two French citizens who had been on board the "
                      "boat near Tarnow were safe.") == []


def test_inmates_who_rioted_are_no_part_of_those_moved():
    """80 who rioted and 40 moved in one account do not add up to another account's 120 moved: 40 and 120 conflict."""
    assert _conflicts("Riot at Tarnow prison\n\nAbout 80 inmates took part in the riot at Tarnow prison. Forty inmates "
                      "were transferred to other prisons on Friday.",
                      "Riot at Tarnow prison\n\nRelatives said 120 prisoners were transferred from Tarnow prison on "
                      "Friday after the riot.") == [("prisoners", (40, 120))]


def test_inmates_only_mentioned_are_no_rival_count():
    assert _conflicts("Riot at Tarnow prison\n\nThe ministry said 35 inmates took part in the riot at Tarnow prison.",
                      "Riot at Tarnow prison\n\nInspectors visited Tarnow prison after the riot and met 12 inmates.") == []


def test_every_count_listed_after_including_is_a_part():
    assert _conflicts("Riot at Tarnow prison\n\nSeven people were injured in the riot at Tarnow prison, including five "
                      "guards and two inmates.",
                      "Riot at Tarnow prison\n\nThe riot at Tarnow prison ended after 19 prisoners escaped.") == []


def test_families_are_no_rival_of_people():
    assert _conflicts("Fire in Tarnow\n\nMore than 1,000 residents of Tarnow were evacuated on Monday, officials said.",
                      "Fire in Tarnow\n\nRescuers evacuated 318 families from Tarnow on Monday.") == []


@pytest.mark.parametrize("workers,expected", [("41 workers were injured", [("injured", (3, 41))]),
                                              ("41 union members were injured", [("injured", (3, 41))])])
def test_in_a_strike_workers_are_the_protesters(workers, expected):
    assert _conflicts("Strikers and police clash in Tarnow\n\nThe union said " + workers + " when police broke up "
                      "the strike in Tarnow on Monday.",
                      "Strikers and police clash in Tarnow\n\nPolice said three protesters were injured when officers "
                      "broke up the strike in Tarnow on Monday.") == expected


def test_outside_protests_workers_are_a_sub_group():
    assert _conflicts("Blast at Tarnow plant\n\nFour workers and two residents were injured in the blast at the "
                      "Tarnow plant on Monday. Two residents were injured.",
                      "Blast at Tarnow plant\n\nNine people were injured in the blast at the Tarnow plant on "
                      "Monday, officials said.") == []


def test_crew_among_the_injured_are_no_count_of_those_on_board():
    assert _conflicts("Ferry fire off Tarnow\n\nThere were 317 passengers and 42 crew members on board the ferry off "
                      "Tarnow.",
                      "Ferry fire off Tarnow\n\nSeven people, including two crew members, were taken to the Tarnow "
                      "Clinical Hospital Centre on Saturday after the ferry fire.") == []


def test_a_toll_and_its_earlier_state_are_no_parts_of_a_sum():
    """Two plus four is six, but "rose to four from two" tells one toll twice: six is a rival of four."""
    assert _conflicts("Mine collapse in Tarnow\n\nThe toll of the mine collapse in Tarnow rose to four from two on "
                      "Thursday, the company said.",
                      "Mine collapse in Tarnow\n\nSix miners lost their lives in the mine collapse in Tarnow, the "
                      "union said.") == [("killed", (4, 6))]

