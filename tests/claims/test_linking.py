"""The learned linking of articles about one event: its features, how links make groups, and how it is trained."""

from __future__ import annotations

import pytest

from pipeline.claims.grouping import group_articles, shipped_model
from pipeline.claims.link_features import link_features
from pipeline.claims.link_training import GRID, collections, cross_validate, grouped_right
from tests.claims.claimkit import build

FIRE_A = ("Fire at Rostak refinery kills two workers\n\nA fire broke out at the Rostak refinery on Monday, killing two "
          "workers, the company said. Firefighters put out the blaze at the Rostak refinery after five hours.")
FIRE_B = ("Rostak refinery fire: two dead, four injured\n\nTwo workers died and four were injured in a fire at the "
          "Rostak refinery on Monday, the regional emergency service said.")
FLOOD = ("Floods cut roads in the Velmoro valley\n\nHeavy rain flooded the Velmoro valley on Monday and cut the main "
         "road to the coast; farmers moved their herds to higher ground.")


def _articles(*texts):
    return [build(t, article_id=f"g0{n // 2 + 1}-event/{chr(ord('a') + n)}") for n, t in enumerate(texts)]


def test_features_of_a_pair():
    features = link_features(_articles(FIRE_A, FIRE_B, FLOOD))
    assert set(features) == {(0, 1), (0, 2), (1, 2)}
    assert features[(0, 1)]["named"] == 1.0 and features[(0, 1)]["same_class"] == 1.0
    assert features[(0, 1)]["sim"] > features[(0, 2)]["sim"]
    assert features[(0, 2)]["classes_apart"] == 1.0
    assert features[(0, 1)]["openings_apart"] == 0.0 and features[(0, 2)]["openings_apart"] == 1.0


@pytest.mark.parametrize("threshold,expected", [(0.5, [[0, 1], [2]]), (0.01, [[0, 1, 2]]), (0.99, [[0], [1], [2]])])
def test_single_linkage_groups_are_the_connected_links_above_the_threshold(threshold, expected):
    model = {"intercept": -2.0, "weights": {"sim": 10.0}, "threshold": threshold, "linkage": "single"}
    assert group_articles(_articles(FIRE_A, FIRE_B, FLOOD), model) == expected


def test_the_shipped_model_tells_two_events_apart():
    assert shipped_model()["threshold"] > 0
    assert group_articles(_articles(FIRE_A, FIRE_B, FLOOD)) == [[0, 1], [2]]


def test_training_collections_and_their_labels():
    articles = [build(FIRE_A, article_id="g01-fire/a"), build(FIRE_B, article_id="g01-fire/b"),
                build(FLOOD, article_id="g01-fire/c"), build(FLOOD, article_id="g02-flood/a"),
                build(FIRE_A, article_id="g02-flood/b")]
    gold = {"g01-fire": {"off_event_articles": ["c"]}, "g02-flood": {"off_event_articles": []}}
    found = collections(articles, gold)
    single = {tuple(c["groups"]): c for c in found if len(c["groups"]) == 1}
    labels = {p["pair"]: p["label"] for p in single[("g01-fire",)]["pairs"]}
    assert labels == {(0, 1): True, (0, 2): False, (1, 2): False}
    assert grouped_right(single[("g01-fire",)], [[0, 1], [2]])
    assert not grouped_right(single[("g01-fire",)], [[0, 1, 2]])
    assert any(len(c["groups"]) == 2 for c in found)  # a mix of the two groups' articles


def test_cross_validation_reports_every_setting():
    articles = [build(t, article_id=f"g{n:02d}-x/{k}") for n in range(1, 6)
                for k, t in (("a", FIRE_A), ("b", FIRE_B), ("c", FLOOD))]
    gold = {f"g{n:02d}-x": {"off_event_articles": ["c"]} for n in range(1, 6)}
    rows = cross_validate(collections(articles, gold), folds=5)
    settings = len(GRID["c"]) * len(GRID["threshold"]) * len(GRID["linkage"])
    assert len(rows) == settings and all(row["single"][1] == 5 for row in rows)
    assert max(row["right"] for row in rows) > 0
