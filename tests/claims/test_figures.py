"""Counts and what they count: kinds, qualifiers, parts of totals, revisions; dates and times of claims."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.figures import article_counts, parse_number
from pipeline.claims.values import date_value, time_value
from pipeline.claims.records import Figure
from tests.claims.claimkit import build


@pytest.mark.parametrize("text,value", [("3,200", 3200), ("Twenty-seven", 27), ("a dozen", 12), ("2 million", 2000000),
                                        ("nine", 9), ("forty two", 42)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("sentence,expected", [
    ("A bus fell into a ravine, killing 23 people.", [(23, "killed", None)]),
    ("Twenty-seven people died in the crash.", [(27, "killed", None)]),
    ("At least 30 people were injured.", [(30, "injured", "min")]),
    ("The tram was carrying 48 passengers.", [(48, "on_board", None)]),
    ("A dozen passengers were slightly hurt.", [(12, "injured", None)]),
    ("About 90 passengers were evacuated.", [(90, "evacuated", "about")]),
    ("Two people, one of them a boy, were missing.", [(2, "missing", None)]),
    ("Pakistan released 198 fishermen on Friday.", [(198, "prisoners", None)]),
    ("Four drones struck the market.", [(4, "munitions", None)]),
    ("Police arrested 57 people.", [(57, "arrested", None)]),
    ("Eleven buildings collapsed and 2,000 people were left homeless.", [(11, None, None), (2000, "displaced", None)]),
    ("No one was killed, he said.", [(0, "killed", None)]),
    ("The fire lasted 40 minutes at 11:00 on 21 August.", [(40, None, None)]),
])
def test_kinds(sentence, expected):
    found = [(f.value, f.kind, f.qualifier) for f in article_counts(build(sentence)) if not f.partial]
    assert found == expected


@pytest.mark.parametrize("sentence", ["Ambulances took 22 people to the hospital.", "The bus is 20 years old.",
                                      "The number of hostages was 14, he said, and the bus is 20 years old."])
def test_no_kind_without_a_taker_or_a_named_count(sentence):
    assert [(f.value, f.kind) for f in article_counts(build(sentence)) if f.kind and f.value in (20, 22)] == []


@pytest.mark.parametrize("sentence", ["Rescuers found eight missing ferry passengers alive.",
                                      "Eight missing ferry passengers were found alive on the island.",
                                      "The boats, each licensed to carry up to 15 crew, were escorted to port."])
def test_no_count_of_the_event(sentence):
    assert [(f.value, f.kind) for f in article_counts(build(sentence)) if f.kind] == []


def test_a_correction_names_an_earlier_figure():
    text = ("Navy detains fishermen\n\nThe navy detained 38 crew members. Correction: An earlier version of this "
            "story said 48 crew members had been detained.")
    assert [(f.value, f.previous) for f in article_counts(build(text)) if f.kind] == [(38, False), (48, True)]


def test_a_count_in_another_month_is_about_another_event():
    text = ("Boat capsizes on lake\n\nKINSHASA, Sept 8 (Central Africa Wire) - At least 17 people drowned on "
            "Saturday, officials said.\n\nMore than 80 people died when a boat sank on the river in April.")
    assert [(f.value, f.elsewhere) for f in article_counts(build(text)) if f.kind] == [(17, False), (80, True)]


@pytest.mark.parametrize("sentence,total", [
    ("It killed 13 civilians, including four children.", 13),
    ("Pakistan freed 198 fishermen, and 142 of them were from Gujarat.", 198),
    ("Rescuers found five more victims, and 14 people are dead.", 14),
])
def test_parts_are_marked(sentence, total):
    counts = article_counts(build(sentence))
    assert [f.value for f in counts if not f.partial and f.kind] == [total]


@pytest.mark.parametrize("sentence,expected", [
    ("The toll stands at eleven (11) persons deceased.", [(11, "killed")]),
    ("Troops rescued seven people held hostage by the gang.", [(7, "prisoners")]),
    ("They oversaw the return to freedom of nine people who had been held in the hills.", [(9, "prisoners")]),
    ("Some 4,600 residents of the flooded villages have been evacuated.", [(4600, "evacuated")]),
    ("The crash resulted in the death of 9 passengers and the injury of 61 passengers.", [(9, "killed"), (61, "injured")]),
    ("Five employees remain unaccounted for.", [(5, "missing")]),
    ("A total of 23 patients have been transferred to other hospitals.", [(23, "evacuated")]),
    ("The trawler, with a crew of 12, was escorted to port.", [(12, "on_board")]),
    ("He said the number of hostages was 14.", [(14, "prisoners")]),
    ("Officials said the injury toll is 30.", [(30, "injured")]),
    ("The bandits took 22 people and let the others go.", [(22, "prisoners")]),
    ("Armed men stormed the school and took away 19 students.", [(19, "prisoners")]),
    ("The boat carried 84 passengers and a cargo of cassava.", [(84, "on_board")]),
    ("Teams recorded an estimated 9,400 individuals, displaced from Chai in Macomia.", [(9400, "displaced")]),
    ("Police arrested the captain and 11 crew members of the trawler.", [(11, "arrested")]),
    ("The captain and 11 sailors are in police custody.", [(11, "arrested")]),
    ("One of the injured died, bringing to two the number of people killed.", [(2, "killed")]),
    ("Two patients, aged 81 and 77, have died.", [(2, "killed")]),
    ("The union says the number of detained teachers rose to 31.", [(31, "arrested")]),
    ("The agency said the number of bodies pulled from the river after the flood in Tarnow rose to 17.",
     [(17, "killed")]),
    ("Ali, whose two sons were on board, waited at the port.", []),
    ("Forty of our members and supporters were injured in the clashes.", [(40, "injured")]),
    ("One crew member sustained minor injuries in the collision.", [(1, "injured")]),
    ("The farmers' union put the number of detained at 43.", [(43, "arrested")]),
    ("The union put the number of people detained at 43.", [(43, "arrested")]),
    ("Two member states sent 40 observers.", []),
    ("Seven protesters were injured; a doctor said a boy may lose the sight of one eye.", [(7, "injured")]),
])
def test_more_kinds(sentence, expected):
    found = [(f.value, f.kind) for f in article_counts(build(sentence)) if not f.partial and f.kind]
    assert found == expected


@pytest.mark.parametrize("sentence,total", [
    ("The jet was carrying 64 passengers and four crew members.", (68, "on_board")),
    ("The boat's 11 crew members and a navy officer were brought back.", (12, "on_board")),
])
def test_parts_of_a_sum_are_added(sentence, total):
    counts = article_counts(build(sentence))
    assert [(f.value, f.kind) for f in counts if not f.partial and f.kind] == [total]


def test_counts_of_two_nations_are_not_added():
    counts = article_counts(build("The ministry said six Iranian soldiers and one Afghan border guard died."))
    assert 7 not in [f.value for f in counts]


@pytest.mark.parametrize("sentence,elsewhere", [
    ("A rights group said 38 porters had been killed at the border in the first nine months of the year.", True),
    ("Six people were killed in the floods in the past two days.", False),
])
def test_a_count_over_months_is_a_period_total(sentence, elsewhere):
    [count] = [f for f in article_counts(build(sentence)) if f.kind == "killed"]
    assert count.elsewhere == elsewhere


def test_unlike_parts_are_not_added():
    counts = article_counts(build("Rescuers pulled 75 survivors and eight bodies from the sea."))
    assert [(f.value, f.kind) for f in counts if not f.partial] == [(75, None), (8, "killed")]


def test_range_is_one_count():
    counts = [f for f in article_counts(build("Between 10 and 12 passengers were taken to hospital.")) if f.kind]
    assert [(f.value, f.kind, f.bounds()) for f in counts] == [(10, "injured", (10, 12))]


@pytest.mark.parametrize("text,value", [
    ("A collision near the town two years ago killed 32 people.", 32),
    ("Blast at refinery\n\nThe blast killed nine. In 2019, a similar blast killed 30 workers.", 30),
    ("A second wooden boat carrying 112 refugees came ashore.", 112),
    ("Air defences destroyed 41 drones over seven regions.", 41),
    ("Russia downed 41 drones\n\nAir defences destroyed 41 drones over seven regions.", 41),
])
def test_counts_about_another_event(text, value):
    counts = [f for f in article_counts(build(text)) if f.value == value]
    assert counts and all(f.elsewhere for f in counts)


def test_count_of_the_event_is_not_elsewhere():
    [count] = [f for f in article_counts(build("Cholera has killed 14 people, the ministry said, up from nine last week."))
               if f.value == 14]
    assert not count.elsewhere


@pytest.mark.parametrize("sentence,act", [
    ("Air defence forces shot down three drones.", "downed"),
    ("Three drones had been shot down over the town.", "downed"),
    ("More than a dozen drones were launched at the depot.", "launched"),
    ("Four drones struck the market.", "launched"),
])
def test_munition_acts(sentence, act):
    [count] = [f for f in article_counts(build(sentence)) if f.kind == "munitions"]
    assert count.act == act


@pytest.mark.parametrize("sentence,population", [("Eleven officers were injured.", "security"),
                                                 ("Eight civilians were injured.", "civilian"),
                                                 ("Eight people were injured.", None)])
def test_populations(sentence, population):
    [count] = [f for f in article_counts(build(sentence)) if f.kind]
    assert count.population == population


def test_nations_of_counted_people():
    counts = article_counts(build("Azerbaijan freed 32 Armenian prisoners and Armenia freed two Azerbaijani soldiers."))
    assert [(f.value, f.kind, f.nation) for f in counts] == [(32, "prisoners", "Armenia"),
                                                            (2, "prisoners", "Azerbaijan")]


@pytest.mark.parametrize("sentence,nation", [("The army said two Haitians died.", "Haiti"),
                                             ("Three Costa Rican fishermen were detained.", None),
                                             ("Four Dominican soldiers were wounded.", "Dominican Republic"),
                                             ("A nurse said eight wounded Burundian soldiers were brought in.",
                                              "Burundi")])
def test_nations_by_their_plural_nouns_and_new_demonyms(sentence, nation):
    [count] = [f for f in article_counts(build(sentence)) if f.kind]
    assert count.nation == nation


@pytest.mark.parametrize("sentence,current,previous", [
    ("Five men are still missing.", True, False),
    ("The governor had said earlier that at least seven people had died.", False, True),
    ("Seven men are missing.", False, False),
])
def test_running_and_earlier_figures(sentence, current, previous):
    [count] = [f for f in article_counts(build(sentence)) if f.kind]
    assert (count.current, count.previous) == (current, previous)


def test_revision_and_earlier_figure():
    counts = article_counts(build("The death toll rose to 14, up from nine in the morning."))
    assert [(f.value, f.kind, f.revision, f.previous) for f in counts] == [(14, "killed", True, False),
                                                                          (9, "killed", False, True)]


@pytest.mark.parametrize("qualifier,bounds", [(None, (10, 10)), ("min", (10, float("inf"))),
                                              ("more", (11, float("inf"))), ("about", (9, 11))])
def test_bounds(qualifier, bounds):
    assert Figure("COUNT", "10", 0, 2, 10, qualifier=qualifier).bounds() == bounds


def test_claim_figures_have_values():
    text = "Police said 23 people were killed on January 24 at 11:00 local time."
    article = build(text, entities=[("23 people", "COUNT", {"value": 23, "unit": "people"}), ("January 24", "DATE"),
                                    ("11:00 local time", "TIME")],
                    attributions=[("Police", "said", "23 people were killed on January 24 at 11:00 local time")])
    [claim] = claims_of(article)
    assert [(f.label, f.value, f.kind) for f in claim.figures] == [("COUNT", 23, "killed"), ("DATE", "01-24", None),
                                                                   ("TIME", "11:00", None)]


def test_date_and_time_values():
    assert (date_value("24 January 2024"), date_value("Sunday"), time_value("3pm")) == ("01-24", "sunday", "15:00")


@pytest.mark.parametrize("sentence,expected", [
    ("The ministry said 35 inmates took part in the riot.", (35, "prisoners", "joined")),
    ("The ministry said 35 inmates caused a riot in the east wing.", (35, "prisoners", "joined")),
    ("About 120 prisoners had been moved to other jails overnight.", (120, "prisoners", "moved")),
    ("Forty convicts were transferred to another prison.", (40, "prisoners", "moved")),
    ("Twelve inmates identified as ringleaders were transferred to the capital.", (12, "prisoners", "moved")),
    ("Police recaptured 31 of the 44 persons deprived of liberty who escaped.", (44, "prisoners", "escaped")),
])
def test_inmates_who_rioted_or_were_moved(sentence, expected):
    assert (expected[0], expected[1], expected[2]) in [(f.value, f.kind, f.act) for f in article_counts(build(sentence))]


@pytest.mark.parametrize("sentence,kind", [
    ("Nine workers are trapped in the tunnel.", "missing"),
    ("The landslide trapped 12 miners underground.", "missing"),
    ("Rescuers pulled out three trapped miners alive.", None),
    ("Five trapped miners were rescued on Monday.", None),
])
def test_the_trapped_are_missing_until_they_are_brought_out(sentence, kind):
    [count] = article_counts(build(sentence))
    assert count.kind == kind


def test_drone_attacks_are_no_drones():
    assert [f.kind for f in article_counts(build("Police recorded more than 120 drone attacks this year."))] == [None]
