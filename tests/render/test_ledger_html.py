"""The HTML ledger: every claim linked to its sentence and back; conflicts linked to their claims."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "claims"))

from test_conflicts import bus_articles  # noqa: E402

from pipeline.claims.ledger import build_ledger  # noqa: E402
from pipeline.render.ledger_html import render_ledger_html  # noqa: E402


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
