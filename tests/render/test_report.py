"""The terminal report: claims with type, side and status; colours only when asked (NO_COLOR honoured)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pipeline.jsonl import read_articles
from pipeline.render.report import render_report
from pipeline.render.terminal import paint, wants_colour
from pipeline.render.writers import WRITERS

SEED_GOLD = Path(__file__).parent.parent.parent / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_report_lists_claims_with_their_fields():
    report = render_report(read_articles(SEED_GOLD)[0], width=120)
    assert "official, side Russia, unverified by: did not provide any evidence" in report
    assert "media, side Ukraine, hedged by: possibility, may" in report
    assert "\x1b[" not in report


def test_colours_when_asked():
    report = render_report(read_articles(SEED_GOLD)[0], width=120, colour=True)
    assert paint("unverified", "red", True) in report


@pytest.mark.parametrize("env,tty,expected", [({}, True, True), ({"NO_COLOR": "1"}, True, False), ({}, False, False),
                                              ({"TERM": "dumb"}, True, False)])
def test_wants_colour(monkeypatch, env, tty, expected):
    for name in ("NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert wants_colour(Terminal() if tty else io.StringIO()) is expected


def test_writers_add_claims():
    [(chunk, count)] = list(WRITERS["jsonl"](read_articles(SEED_GOLD)))
    assert count == 1 and '"claims": [{"id": "A1"' in chunk
    [(report, _)] = list(WRITERS["report"](read_articles(SEED_GOLD), colour=False))
    assert "\x1b[" not in report
