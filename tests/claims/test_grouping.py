"""Event grouping: TF-IDF similarity, particular names the openings share, classes of event."""

from __future__ import annotations

import pytest

from pipeline.claims.events import event_classes, event_sites, related_kinds_of_event
from pipeline.claims.grouping import group_articles
from pipeline.claims.likeness import article_names, headline_places, lede_cover, none_mentioned
from tests.claims.claimkit import build

DRONE_A = ("Rebels say drone strike hit market in Velmoro\n\nA rebel coalition said on Monday that an army drone strike "
           "on the weekly market in the village of Velmoro had killed 13 civilians. It said four drones struck the "
           "market when herders had gathered to trade goats.")
DRONE_B = ("Army says drones destroyed depot near Velmoro\n\nThe general staff said on Monday that two drones had "
           "carried out strikes against a fuel depot on the outskirts of Velmoro used by armed groups. It denied that "
           "civilians had been killed at the market.")
CRASH = ("Minibus crash on ring road\n\nSix people were killed when a minibus hit a lorry on the ring road near the "
         "Kenyatta National Hospital on Monday, traffic police said. The minibus had been diverted because of a protest "
         "near the city centre.")
PROTEST = ("Police fire tear gas at protest\n\nPolice fired tear gas at hundreds of protesters on Kenyatta Avenue on "
           "Monday. Shops closed and buses were diverted from the city centre, the police commander said.")


def test_a_name_the_entity_layer_missed_links_two_articles():
    a, b = build(DRONE_A, article_id="a"), build(DRONE_B, article_id="b")
    assert group_articles([a, b]) == [[0, 1]]


def test_names_that_only_share_a_word_do_not_link():
    assert group_articles([build(CRASH, article_id="c"), build(PROTEST, article_id="p")]) == [[0], [1]]


def test_generic_names_and_dateline_agencies_are_no_names():
    text = ("Blast in Kordo\n\nKORDO, May 2 (Central Wire) - The Government said a blast hit the Kordo refinery. "
            "The Ministry of Health sent doctors.")
    names = article_names([build(text, entities=[("Government", "ORG")])])[0]
    assert frozenset({"government"}) not in names and not any("wire" in n for n in names)
    assert frozenset({"kordo"}) in names


def test_a_wire_dateline_s_place_is_a_name_of_the_opening():
    text = "Families say guards shot inmates\n\nKORDO, May 2 (Central Wire) - Relatives said guards fired on inmates."
    assert frozenset({"kordo"}) in article_names([build(text)], 120)[0]


QUAKE = ("Earthquake in western Velmoro kills at least 40\n\nA magnitude 6.1 earthquake struck the Dorn district of "
         "Velmoro on Friday, killing at least 40 people, the ministry said.")
QUAKE_B = ("Police report on the Dorn earthquake\n\nForty-three persons died in the earthquake that struck Dorn "
           "district on Friday, police said.")
JEEP = ("Jeep plunges into river in Dorn, 11 dead\n\nDORN, Nov 4 - Eleven people were killed when a jeep fell into the "
        "river near Dorn on Saturday, police said. The jeep was carrying passengers from a weekly market to their "
        "villages and skidded off a muddy road on a bend; the driver survived.")


def test_events_of_different_classes_in_one_place_are_two_events():
    articles = [build(t, article_id=n) for t, n in ((QUAKE, "a"), (QUAKE_B, "b"), (JEEP, "c"))]
    assert group_articles(articles) == [[0, 1], [2]]


def test_a_group_has_the_classes_of_every_article():
    """a tells an abduction and an attack, c only the abduction, b only the attack: one event."""
    a = ("Gunmen kidnap 14 bus passengers near Talvoro\n\nArmed men stopped a bus near Talvoro on Tuesday and "
         "kidnapped 14 passengers, police said.")
    c = ("Gang leader demands ransom for bus passengers\n\nThe gang leader said his men were holding the passengers "
         "of the bus seized near Talvoro on Tuesday and demanded a ransom for each of the passengers.")
    b = ("Morning news from Talvoro\n\nThe owner of the bus attacked on Tuesday near Talvoro said the bandits took "
         "22 passengers off the bus.")
    articles = [build(t, article_id=n) for t, n in ((a, "a"), (c, "c"), (b, "b"))]
    assert [event_classes(x.text) for x in articles] == [{"abduction", "attack"}, {"abduction"}, {"attack"}]
    assert group_articles(articles) == [[0, 1, 2]]


@pytest.mark.parametrize("text,classes", [
    (QUAKE, {"quake"}), (JEEP, {"accident"}),
    ("Two killed as crowd attacks officials amid cholera rumours\n\nText.", {"attack"}),
    ("Statement from the airline regarding Flight 12\n\nHalifax, May 2\n\nThe aircraft crashed on landing at the "
     "airport on Monday evening.", {"accident"}),
    ("PRESS RELEASE: response to the floods\n\nText.", {"flood"}),
    ("Bingu Stadium stampede toll rises to nine\n\nText.", {"crowd"}),
    ("Coast guard intercepts boat carrying 90 migrants\n\nText.", {"interception"}),
    ("Police fire tear gas at protest\n\nText.", {"attack", "protest"}),
])
def test_event_classes(text, classes):
    assert event_classes(text) == classes


def test_one_pit_told_as_an_accident_and_as_a_collapse_is_one_event():
    """Texts this alike whose openings name one pit are one event, whatever class each account gives it."""
    a = ("Accident at the Kessa North pit\n\nKessa Mining SA regrets to announce an accident at its Kessa North pit "
         "on 14 March, in which workers were caught under rock. Rescue teams from Kessa Mining SA are at the Kessa "
         "North pit with the regional civil protection. The company has opened an inquiry into the Kessa North pit.")
    b = ("Five dead as pit wall collapses at Kessa North\n\nFive miners were killed when a wall collapsed at the Kessa "
         "North pit of Kessa Mining SA on 14 March, the union said. Rescue teams are searching the Kessa North pit for "
         "two workers. The union said it had warned Kessa Mining SA about cracks at the pit.")
    assert group_articles([build(a, article_id="a"), build(b, article_id="b")]) == [[0, 1]]


@pytest.mark.parametrize("a,b,related", [
    ({"accident"}, {"collapse"}, True),     # one pit
    ({"attack", "fire"}, {"escape"}, True),  # one prison
    ({"quake"}, {"accident"}, False),
    ({"crowd"}, {"accident"}, False),       # a stampede and a minibus crash
    (set(), {"accident"}, True),
])
def test_related_kinds_of_event(a, b, related):
    assert related_kinds_of_event(frozenset(a), frozenset(b)) is related


@pytest.mark.parametrize("linkage, groups", [("single", [[0, 1, 2]]), ("average", [[0, 1], [2]])])
def test_average_linkage_keeps_apart_an_article_linked_to_one_member_only(linkage, groups):
    # a model that links on text similarity alone: the minibus crash report shares words with the protest report
    # (diverted buses, city centre), not with the drone strike
    model = {"intercept": -6.0, "weights": {"sim": 30.0}, "threshold": 0.5, "linkage": linkage}
    articles = [build(t, article_id=n) for n, t in zip("xyz", (DRONE_A, PROTEST, CRASH))]
    articles[0] = build(DRONE_A + " Police fired tear gas at protesters on Kenyatta Avenue.", article_id="x")
    assert group_articles(articles, model) == groups


def test_lede_cover_is_low_when_one_article_only_mentions_the_other_s_event():
    ledes = ["Tunnel collapse traps miners on the mountain", "Bus plunges into ravine, nine killed"]
    texts = ["Tunnel collapse traps miners on the mountain. Rescuers dig by hand.",
             "Bus plunges into ravine, nine killed. It came as a tunnel collapse trapped miners on the mountain."]
    cover = lede_cover(ledes, texts)
    assert cover[0][1] == cover[1][0] < 0.5 and cover[0][0] == 1.0


@pytest.mark.parametrize("text,sites", [
    ("Bus overturns on rain-soaked highway, two dead\n\nText.", {"road"}),
    ("Three dead after landslide buries homes in Tarnow\n\nText.", {"home"}),
    ("Statement\n\nA fire broke out at the Rostak refinery on Monday, killing two workers.", {"plant"}),
    ("Floods in Tarnow\n\nText without a site.", set()),
])
def test_event_sites(text, sites):
    assert event_sites(text) == sites


@pytest.mark.parametrize("headline,places", [
    ("Two taken to hospital after car breaks through ice near Korpo", {"korpo"}),
    ("Gas explosion in Baku's Khatai district kills one", {"baku", "khatai"}),
    ("Fifteen soldiers killed in attack on Djibo outpost", {"djibo"}),
    ("Strike at Košice steelworks turns violent", {"kosice"}),  # accents dropped
    ("Košice steelworkers' strike turns violent", set()),  # no preposition of place, no entity
    ("Ministry of Defence statement on Monday's clash", set()),  # a body and a day name no place
])
def test_headline_places(headline, places):
    article = build(f"{headline}\n\nText follows.")
    words = {w.lower() for w in headline.replace("'s", "").split()}
    assert set().union(*headline_places(article, words - {"monday"})) == places


def test_a_place_is_mentioned_whatever_its_accents():
    article = build("Protest in Košice ends in clashes\n\nPolice and strikers clashed.", entities=[("Košice", "GPE")])
    places = headline_places(article, {"košice"})
    assert not none_mentioned(places, "Strikers at the Kosice steelworks said police attacked them.")
    assert none_mentioned(places, "Strikers at the steelworks said police attacked them.")
