"""The learned scorer of opposing claims: its features, how it chooses pairs, and how it is trained."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.alignment import Side
from pipeline.claims.pair_features import pair_features
from pipeline.claims.logistic import fit, probability
from pipeline.claims.pair_model import Candidate, chosen, shipped_model
from pipeline.claims.pair_training import cross_validate, pair_scores, selected_pairs
from tests.claims.claimkit import build

TOWN = [("Rostak", "GPE")]


def _two_claims():
    a = build("Riot in Rostak\n\nThe ministry said rioters attacked the guards in Rostak. Relatives said the guards "
              "did not fire on anyone but beat inmates in Rostak.", entities=TOWN,
              attributions=[("The ministry", "said", "rioters attacked the guards in Rostak"),
                            ("Relatives", "said#2", "the guards did not fire on anyone but beat inmates in Rostak")])
    return claims_of(a)


def test_features_are_the_same_either_way_round():
    first, second = _two_claims()
    state, people = Side("Rostak"), Side("civilians")
    forward = pair_features(first, second, state, people, same_article=True, allegiance={}, rule=None)
    backward = pair_features(second, first, people, state, same_article=True, allegiance={}, rule=None)
    assert forward == backward
    assert forward["one_negated"] == 1.0 and forward["civilians_against_other"] == 1.0
    assert forward["state_against_people"] == 1.0 and forward["rule=none"] == 1.0


@pytest.mark.parametrize("scores,top,threshold,expected", [
    ([3.0, 1.0, 2.0], 2, 0.5, [0, 2]),   # the two best
    ([3.0, 1.0, 2.0], 1, 0.5, [0]),
    ([3.0, -1.0, 0.1], 2, 0.9, [0]),     # the second best is below the threshold
    ([-3.0, -1.0], 2, 0.5, []),
])
def test_the_top_pairs_above_the_threshold_are_chosen(scores, top, threshold, expected):
    model = {"intercept": 0.0, "weights": {"x": 1.0}, "top": top, "threshold": threshold}
    found = [Candidate(n, n + 1, {"x": s}) for n, s in enumerate(scores)]
    assert [c.first for c in chosen(model, found)] == expected


def test_probability_is_the_logistic_of_the_score():
    model = {"intercept": -1.0, "weights": {"a": 2.0, "b": -0.5}}
    assert probability(model, {"a": 0.5}) == pytest.approx(0.5)
    assert probability(model, {"a": 1.0, "b": 2.0}) == pytest.approx(0.5)


def test_the_shipped_model_holds_its_setting():
    model = shipped_model()
    assert {"intercept", "weights", "top", "threshold", "c"} <= set(model)
    assert 0 < model["threshold"] < 1 and model["top"] >= 1 and model["weights"]


def _items():
    """Eight groups, each one event with a denial pair (labelled) and an unrelated pair."""
    items = []
    for n in range(1, 9):
        group = f"g0{n}-x"
        gold_pair = ({"article": f"c/{group}/a", "content": f"the guards fired {n}"},
                     {"article": f"c/{group}/b", "content": f"the guards did not fire {n}"})
        other_pair = ({"article": f"c/{group}/a", "content": "rain fell"},
                      {"article": f"c/{group}/b", "content": "roads closed"})
        items.append({"group": group, "event": f"{group}/a", "features": {"denial": 4.0}, "label": True,
                      "members": list(gold_pair), "rule": False})
        items.append({"group": group, "event": f"{group}/a", "features": {"denial": 0.0}, "label": False,
                      "members": list(other_pair), "rule": False})
    gold = {f"g0{n}-x": {"group": f"g0{n}-x", "opposing_claims": [{"sides": ["x", "y"], "claims": [
        {"article": "a", "content": f"the guards fired {n}"}, {"article": "b", "content": f"the guards did not fire {n}"}]}]}
        for n in range(1, 9)}
    return items, gold


def test_a_model_learns_which_pairs_oppose_and_is_cross_validated_by_group():
    items, gold = _items()
    model = fit(items, c=1.0, top=1, threshold=0.5)
    groups = {i["group"] for i in items}
    assert pair_scores(selected_pairs(items, model), gold, groups)["p"] == 1.0
    assert pair_scores(selected_pairs(items, None), gold, groups)["n_pred"] == 0  # no rule pairs here
    rows = cross_validate(items, gold, folds=2)
    assert rows[0]["setting"] == "rules only" and rows[0]["r"] == 0.0
    assert max(row["r"] for row in rows[1:]) == 1.0
