"""benchmarks/benchmark.py: rounds interleave the runs, and a run measures what it says."""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "benchmarks" / "benchmark.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("values, shown", [([1.0], "1.00"), ([0.9, 1.1, 1.0], "1.00 (0.90–1.10)"),
                                            ([0.95, 0.97], "0.96 (0.95–0.97)")])
def test_spread_is_the_median_and_the_range(benchmark, values, shown):
    assert benchmark.spread(values) == shown


def test_rounds_take_every_mode_in_turn(benchmark, monkeypatch):
    calls = []

    def fake_measure(mode, args, **kwargs):
        calls.append(mode)
        return {"annotate_wps": 1.0, "process_wps": 1.0}

    monkeypatch.setattr(benchmark, "measure", fake_measure)
    rounds = len(benchmark.MODES)
    runs = benchmark.rounds(argparse.Namespace(repeats=rounds))
    assert {mode: len(results) for mode, results in runs.items()} == {mode: rounds for mode in benchmark.MODES}
    firsts = [calls[n * len(benchmark.MODES)] for n in range(rounds)]
    assert sorted(firsts) == sorted(benchmark.MODES)  # no mode always goes first


@pytest.fixture()
def tiny_corpus(tmp_path):
    text = "Officials said two people were reportedly injured in Kharkiv on Monday."
    (tmp_path / "tiny.gold.jsonl").write_text(json.dumps({"id": "t1", "text": text}) + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.model
@pytest.mark.parametrize("mode", ["plain", "plain-numpy", "untrained"])
def test_a_run_annotates_the_words_asked_for(benchmark, tiny_corpus, mode):
    args = argparse.Namespace(corpus=tiny_corpus, words=50, batch_size=4)
    result = benchmark.measure(mode, args)
    assert result["words"] >= 50
    assert result["annotate_wps"] > 0 and result["process_wps"] < result["annotate_wps"]
    assert result["wall_seconds"] > result["start_seconds"] + result["annotate_seconds"]
    assert 50 < result["peak_mb"] < 2000


@pytest.mark.model
def test_the_big_article_is_one_article_of_that_size(benchmark, tiny_corpus):
    args = argparse.Namespace(corpus=tiny_corpus, words=0, batch_size=16)
    result = benchmark.measure("untrained", args, big_mb=0.002)
    assert 2000 <= result["bytes"] < 2200
