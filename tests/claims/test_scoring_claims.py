"""Scores of the claims layer: source type and status against gold attrs; conflicts against their gold."""

from __future__ import annotations

import copy

from pipeline.scoring.claims import article_key, claim_attribute_scores, conflict_scores
from tests.claims.claimkit import build


def gold_article():
    article = build("Police said the road was closed. Residents said it may flood.", hedges=["may"],
                    attributions=[("Police", "said", "the road was closed"), ("Residents", "said#2", "it may flood")])
    article.attributions[0].attrs = {"source_type": "official", "status": "asserted"}
    article.attributions[1].attrs = {"source_type": "expert", "status": "hedged"}
    return article


def test_attribute_scores_per_class():
    gold = gold_article()
    scores = claim_attribute_scores([(gold, copy.deepcopy(gold))])
    assert scores["status"]["accuracy"] == 1.0
    assert scores["source_type"]["per_class"]["official"]["accuracy"] == 1.0
    assert scores["source_type"]["per_class"]["expert"]["accuracy"] == 0.0
    assert scores["source_type"]["confusion"]["expert"] == {"witness": 1}


def test_unmatched_cues_are_not_scored():
    gold = gold_article()
    predicted = copy.deepcopy(gold)
    predicted.attributions = predicted.attributions[:1]
    assert claim_attribute_scores([(gold, predicted)])["status"]["total"] == 1


def test_article_key():
    assert article_key("conflicts/g01-bus/a") == ("g01-bus", "a")


GOLD = [{"group": "g01-x", "figure_conflicts": [{"kind": "killed", "figures": [{"value": 9}, {"value": 20}]}],
         "opposing_claims": [{"sides": ["A", "B"], "claims": [
             {"article": "a", "content": "rebels fired mortar shells at the market"},
             {"article": "b", "content": "army artillery had shelled the market"}]}]},
        {"group": "g02-y", "figure_conflicts": [], "opposing_claims": []}]


def claim(article, content):
    return {"article": article, "content": content}


def test_conflict_scores():
    events = [{"articles": ["d/g01-x/a", "d/g01-x/b"],
               "figure_conflicts": [{"kind": "killed", "values": [9, 20], "figures": [{"article": "d/g01-x/a"}]},
                                    {"kind": "injured", "values": [3, 5], "figures": [{"article": "d/g01-x/b"}]}],
               "opposing_claims": [{"claims": [claim("d/g01-x/a", "rebels fired mortar shells at the market"),
                                               claim("d/g01-x/b", "the army had shelled the market in town"),
                                               claim("d/g01-x/b", "nothing alike here at all")],
                                    "pairs": [{"claims": [0, 1]}, {"claims": [0, 2]}]}]}]
    scores = conflict_scores(GOLD, events)
    assert scores["groups"] == ["g01-x"]
    assert (scores["figure_conflicts"]["p"], scores["figure_conflicts"]["r"]) == (0.5, 1.0)
    assert (scores["opposing_claims"]["p"], scores["opposing_claims"]["r"]) == (0.5, 1.0)
