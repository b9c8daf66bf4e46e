"""Conflict scores per set of gold groups, and several gold files (`--gold` repeated)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.claims.run import read_conflicts_golds
from pipeline.cli import app
from pipeline.errors import PipelineError
from pipeline.jsonl import write_articles
from pipeline.scoring.claims import conflict_scores_by_set
from tests.claims.claimkit import build, bus_articles

SETS = [{"name": "first", "first": 1, "last": 12}, {"name": "held out", "first": 13, "last": 24}]


def gold_record(group, values):
    figures = [{"article": a, "value": v} for a, v in zip("ab", values)]
    return {"group": group, "figure_conflicts": [{"kind": "killed", "figures": figures}] if values else [],
            "opposing_claims": []}


def event(group, values):
    return {"articles": [f"d/{group}/a", f"d/{group}/b"], "opposing_claims": [],
            "figure_conflicts": [{"kind": "killed", "values": values, "figures": [{"article": f"d/{group}/a"}]}]}


def test_scores_per_set_of_groups():
    gold = [gold_record("g01-x", [9, 20]), gold_record("g14-y", [3, 5]), gold_record("g30-z", [])]
    scores = conflict_scores_by_set(gold, [event("g01-x", [9, 20]), event("g14-y", [3, 4])], SETS)
    assert scores["figure_conflicts"]["tp"] == 1 and scores["figure_conflicts"]["n_pred"] == 2
    assert list(scores["sets"]) == ["first", "held out"]  # g30 is in no set; no set without a predicted group
    assert scores["sets"]["first"]["figure_conflicts"]["p"] == 1.0
    assert scores["sets"]["held out"]["figure_conflicts"]["r"] == 0.0


def test_a_group_in_two_gold_files_is_refused(tmp_path):
    for name in ("one.jsonl", "two.jsonl"):
        (tmp_path / name).write_text(json.dumps(gold_record("g01-x", [9, 20])) + "\n")
    with pytest.raises(PipelineError, match="already in another conflicts gold file"):
        read_conflicts_golds([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])


def test_cli_takes_several_gold_files(tmp_path):
    a, b, _ = bus_articles()
    a.id, b.id = "g01-bus/a", "g01-bus/b"
    flood = build("Floods in Mindanao\n\nSix people drowned in Cagayan de Oro, the mayor said.", article_id="g101-flood/a",
                  attributions=[("the mayor", "said", "Six people drowned in Cagayan de Oro")])
    corpus = tmp_path / "articles.jsonl"
    write_articles(corpus, [a, b, flood])
    (tmp_path / "one.jsonl").write_text(json.dumps({**gold_record("g01-bus", [23, 27])}) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps(gold_record("g101-flood", [])) + "\n")
    result = CliRunner().invoke(app, ["claims", str(corpus), "--conflicts", "--gold", str(tmp_path / "one.jsonl"),
                                      "--gold", str(tmp_path / "two.jsonl")])
    assert result.exit_code == 0, result.output
    assert "(2 groups scored: g01, g101)" in result.stdout  # a group's number, not its first three characters
    assert "g01–g24 (development) (1 groups scored: g01)" in result.stdout
    assert "g97–g108 (development, held out in the fifth round) (1 groups scored: g101)" in result.stdout
