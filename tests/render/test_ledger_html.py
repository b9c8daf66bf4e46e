"""The HTML ledger: every claim linked to its sentence and back; conflicts linked to their claims."""

from __future__ import annotations

import re

from pipeline.claims.ledger import build_ledger
from pipeline.render.ledger_html import render_ledger_html
from tests.claims.claimkit import bus_articles


def test_claims_link_to_sentences_and_back():
    page = render_ledger_html(build_ledger(bus_articles(), conflicts=True))
    for target in re.findall(r'href="#(a\d+-s\d+)"', page):
        assert f'id="{target}"' in page
    for target in re.findall(r'href="#(a\d+-A\d+)"', page):
        assert f'id="{target}"' in page
    assert page.count('class="claim ') == 4
    assert "Figures differ: killed" in page


def test_page_is_self_contained():
    page = render_ledger_html(build_ledger(bus_articles()))
    assert not re.search(r"<(link|script|img|iframe)\b|https?://", page)
    assert "Conflicting accounts" not in page
