"""The annotate HTML page: claims table with type, side and status, links, and narrow-screen rules."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from pipeline.jsonl import read_articles
from pipeline.render.html import render_html

SEED_GOLD = Path(__file__).parent.parent.parent / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"


def visible_text(page: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", page))


def rows() -> dict[str, str]:
    page = render_html(read_articles(SEED_GOLD))
    found = re.findall(r'<tr id="art-1-([^"]+)-claim">(.*?)</tr>', page, re.S)
    return {claim_id: visible_text(row) for claim_id, row in found}


def test_claims_table_has_type_side_status():
    by_id = rows()
    assert "he → Vyacheslav Gladkov" in by_id["A11"]
    assert by_id["A1"].endswith("officialRussiaasserted")
    assert by_id["A3"].endswith("mediaRussiaunverified: alleged, are yet to be verified and confirmed")
    assert by_id["A6"].endswith("mediaUkrainehedged: possibility, may")


def test_page_fits_a_phone():
    page = render_html(read_articles(SEED_GOLD))
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width: 40em)" in page and 'data-label="status"' in page
