"""`pipeline claims` through typer's CliRunner, on annotated JSONL (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.jsonl import write_articles
from tests.claims.claimkit import build, bus_articles

ROOT = Path(__file__).parent.parent.parent
SEED_GOLD = ROOT / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["claims", *map(str, args)])


def test_seed_ledger_shows_sides_and_statuses():
    result = invoke(SEED_GOLD)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    row = {line.split()[0]: line for line in lines if line.startswith("  A")}
    assert row["A1"].split()[1:4] == ["official", "Russia", "asserted"]
    assert row["A4"].split()[1:4] == ["official", "Ukraine", "asserted"]
    assert row["A6"].split()[1:4] == ["media", "Ukraine", "hedged"]
    assert row["A7"].split()[1:4] == ["official", "Russia", "unverified"]
    assert "did not provide any evidence" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colours


def test_jsonl_records(tmp_path):
    output = tmp_path / "ledger.jsonl"
    result = invoke(SEED_GOLD, "--format", "jsonl", "-o", output)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(records) == 11 and {r["record"] for r in records} == {"claim"}
    first = records[0]
    assert {"source", "source_entities", "source_type", "side", "status", "figures", "cue", "content"} <= set(first)
    assert first["figures"][0]["value"] == 65


def test_conflicts_html_and_gold(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    write_articles(corpus, bus_articles())
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"group": "g", "articles": ["a", "b"], "figure_conflicts": [
        {"kind": "killed", "figures": [{"article": "a", "value": 23}, {"article": "b", "value": 27}]}],
        "opposing_claims": []}) + "\n")
    page = tmp_path / "ledger.html"
    result = invoke(corpus, "--conflicts", "--format", "html", "-o", page, "--gold", gold)
    assert result.exit_code == 0, result.output
    assert "figure conflicts       1.000   1.000" in result.stdout
    html = page.read_text()
    assert 'name="viewport"' in html and "Figures differ: killed" in html and 'href="#a1-A1"' in html


@pytest.mark.parametrize("args,message", [
    (["missing.jsonl"], "missing.jsonl: no such file or directory"),
    ([SEED_GOLD, "--format", "pdf"], "unknown ledger format 'pdf'"),
    ([SEED_GOLD, "--gold", SEED_GOLD], "--gold scores conflicts: add --conflicts"),
])
def test_bad_input_is_one_line(args, message):
    result = invoke(*args)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_score_against_gold_attrs(tmp_path):
    result = invoke(SEED_GOLD, "--score", "--metrics", tmp_path / "m.json")
    assert result.exit_code == 0, result.output
    scores = json.loads((tmp_path / "m.json").read_text())["claims"]["all"]
    assert scores["source_type"]["total"] == 11 and scores["status"]["accuracy"] == 1.0


def test_score_needs_gold_attrs(tmp_path):
    plain = tmp_path / "plain.jsonl"
    write_articles(plain, [build("Police said the road was closed.", attributions=[("Police", "said", "the road was closed")])])
    result = invoke(plain, "--score")
    assert result.exit_code == 1 and "--score needs gold files" in result.stderr


@pytest.mark.model
def test_texts_are_annotated(tmp_path):
    folder = tmp_path / "day" / "g1"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Police said 23 people were killed in the crash near Ocros on Tuesday.\n")
    (folder / "b.txt").write_text("Twenty-seven people were killed in the crash near Ocros on Tuesday, doctors said.\n")
    result = invoke(tmp_path / "day", "--conflicts", "--format", "jsonl", "--model", "untrained")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["article"] for r in records if r["record"] == "claim"} == {"day/g1/a", "day/g1/b"}


def _collections(tmp_path):
    """day/g01-bus (the two bus articles and the flood one, which is about another event) and day/g02-bus (a copy
    of the bus articles: one event in each collection)."""
    for name in ("g01-bus", "g02-bus"):
        folder = tmp_path / "day" / name
        folder.mkdir(parents=True)
        articles = bus_articles()
        for article in articles:
            article.id = f"{name}/{article.id.split('/')[-1]}"
        write_articles(folder / "articles.jsonl", articles if name == "g01-bus" else articles[:2])
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"group": name, "figure_conflicts": [{"kind": "killed", "figures": [
        {"article": "a", "value": 23}, {"article": "b", "value": 27}]}], "opposing_claims": []}) + "\n"
        for name in ("g01-bus", "g02-bus")))
    return tmp_path / "day", gold


def test_per_group_takes_each_subdirectory_as_a_collection(tmp_path):
    day, gold = _collections(tmp_path)
    ledger = tmp_path / "ledger.jsonl"
    result = invoke(day, "--conflicts", "--per-group", "--gold", gold, "--format", "jsonl", "-o", ledger)
    assert result.exit_code == 0, result.output
    assert "figure conflicts       1.000   1.000" in result.stdout
    events = [r["articles"] for r in map(json.loads, ledger.read_text().splitlines()) if r["record"] == "event"]
    assert events == [["day/g01-bus/a", "day/g01-bus/b"], ["day/g01-bus/c"], ["day/g02-bus/a", "day/g02-bus/b"]]


@pytest.mark.parametrize("extra,message", [
    ([], "--per-group groups the articles of each subdirectory into events: add --conflicts"),
    (["--conflicts"], "--per-group needs a directory whose subdirectories are the collections"),
])
def test_per_group_needs_conflicts_and_collections(tmp_path, extra, message):
    result = invoke(SEED_GOLD, "--per-group", *extra)
    assert result.exit_code == 1 and message in result.stderr
