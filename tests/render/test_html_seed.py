"""The HTML page of the seed article shows exactly what was annotated.

`pipeline annotate SEED --format html` and `... --format jsonl` are run through
typer's CliRunner with the trained model; the page is parsed and every entity,
hedge and attribution part of the JSONL annotation must be drawn over exactly
its text, and listed in the claims table. The page must load nothing from
the network.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

pytestmark = pytest.mark.model

SEED_TEXT = Path(__file__).parent.parent.parent / "corpora" / "il76-belgorod-2024-01-24.txt"
PARTS = ("source", "cue", "content")
DECORATIONS = {"ent-label", "tag", "badge"}
"""Classes of the labels the page adds to the text (entity label, HEDGE tag, attribution badge)."""

runner = CliRunner()


def annotate(*args) -> str:
    result = runner.invoke(app, ["annotate", str(SEED_TEXT), *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    return result.stdout


class TextMarks(HTMLParser):
    """What the article's ``div.text`` shows: the plain text (without the added labels), and for each
    ``title`` of a span/mark (``T3 GPE``, ``H2 hedge``, ``A1 cue``) the text drawn under it, piece by piece."""

    VOID = {"br", "meta", "img", "link", "hr", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str], str | None]] = []  # (tag, classes, title)
        self.depth_in_text: int | None = None
        self.text: list[str] = []
        self.marked: dict[str, list[str]] = defaultdict(list)
        self.classes_of: dict[str, set[str]] = defaultdict(set)
        self.labels: list[str] = []  # the entity labels shown, in order
        self.texts_seen = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag == "div" and "text" in classes and self.depth_in_text is None:
            self.texts_seen += 1
            self.depth_in_text = len(self.stack)
        self.stack.append((tag, classes, attrs.get("title")))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"unbalanced </{tag}> in {self.stack[-3:]}"
        self.stack.pop()
        if self.depth_in_text is not None and len(self.stack) == self.depth_in_text:
            self.depth_in_text = None

    def handle_data(self, data):
        if self.depth_in_text is None:
            return
        inner = self.stack[self.depth_in_text + 1:]
        if any(classes & DECORATIONS for _, classes, _ in inner):
            if inner and "ent-label" in inner[-1][1]:
                self.labels.append(data)
            return
        self.text.append(data)
        for _, classes, title in inner:
            if title:
                self.marked[title].append(data)
                self.classes_of[title] |= classes


@pytest.fixture(scope="module")
def annotated() -> dict:
    [line] = annotate("--format", "jsonl").splitlines()
    return json.loads(line)


@pytest.fixture(scope="module")
def page() -> str:
    return annotate("--format", "html")


@pytest.fixture(scope="module")
def shown(page) -> TextMarks:
    parser = TextMarks()
    parser.feed(page)
    parser.close()
    assert parser.texts_seen == 1
    return parser


def drawn(shown: TextMarks, prefix: str) -> dict[str, str]:
    """title -> the text drawn under it, for the titles that start with `prefix` (an id and a space)."""
    return {title: "".join(pieces) for title, pieces in shown.marked.items() if title.split(" ")[0] == prefix}


def test_annotation_is_not_empty(annotated):
    assert annotated["entities"] and annotated["hedges"] and annotated["attributions"]


def test_page_text_is_the_article_text(annotated, shown):
    assert "".join(shown.text) == annotated["text"]


def test_every_entity_is_drawn_over_its_text(annotated, shown):
    for entity in annotated["entities"]:
        marks = drawn(shown, entity["id"])
        assert len(marks) == 1, (entity, marks)
        [(title, text)] = marks.items()
        assert text == entity["text"], entity
        assert title.startswith(f"{entity['id']} {entity['label']}")
        assert "ent" in shown.classes_of[title]
    assert shown.labels == [e["label"] for e in sorted(annotated["entities"], key=lambda e: e["start"])]
    for entity in annotated["entities"]:
        for key, value in entity.get("attrs", {}).items():
            assert f"{key}: {value}" in next(iter(drawn(shown, entity["id"]))), entity


def test_every_hedge_is_drawn_over_its_text(annotated, shown, page):
    for hedge in annotated["hedges"]:
        assert drawn(shown, hedge["id"]) == {f"{hedge['id']} hedge": hedge["text"]}
        assert "hedge" in shown.classes_of[f"{hedge['id']} hedge"]
    assert page.count('<span class="tag">HEDGE</span>') == len(annotated["hedges"]) + 1  # + the legend's


def test_every_attribution_part_is_drawn_over_its_text(annotated, shown, page):
    for attribution in annotated["attributions"]:
        expected = {f"{attribution['id']} {part}": attribution[part]["text"]
                    for part in PARTS if attribution[part] is not None}
        assert drawn(shown, attribution["id"]) == expected
        for title in expected:
            assert f">{title}</a>" in page  # the badge where the part begins


def test_nothing_else_is_drawn(annotated, shown):
    ids = ({e["id"] for e in annotated["entities"]} | {h["id"] for h in annotated["hedges"]}
           | {a["id"] for a in annotated["attributions"]})
    assert {title.split(" ")[0] for title in shown.marked} == ids


def test_claims_table_lists_every_attribution(annotated, page):
    from html import unescape

    rows = re.findall(r'<tr id="art-1-[^"]+-claim">(.*?)</tr>', page, re.S)
    cells = [[unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
             for row in rows]
    assert [row[0] for row in cells] == [a["id"] for a in annotated["attributions"]]
    entities = {e["id"]: e for e in annotated["entities"]}
    claims = {c["id"]: c for c in annotated["claims"]}
    for attribution, (_, source, cue, content, kind, side, status) in zip(annotated["attributions"], cells):
        assert cue == attribution["cue"]["text"]
        assert content == attribution["content"]["text"]
        claim = claims[attribution["id"]]
        assert (kind, side, status.split(":")[0]) == (claim["source_type"], claim["side"] or "—", claim["status"])
        if attribution["source"] is None:
            assert source == "(no source)"
        else:
            assert source.startswith(attribution["source"]["text"])
        if attribution.get("source_entity"):
            assert source.endswith(f" → {entities[attribution['source_entity']]['text']}")


def test_every_claim_links_to_its_attribution_and_back(annotated, page):
    for attribution in annotated["attributions"]:
        anchor = f"art-1-{attribution['id']}"
        assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page
        assert f'href="#{anchor}-claim"' in page and f'id="{anchor}-claim"' in page


def test_page_loads_nothing_external(page):
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", page, re.I)
    assert not re.search(r"<(link|script|img|iframe|object|embed|video|audio|source)\b", page, re.I)
    assert not re.search(r"\b(src|srcset|href)\s*=\s*[\"'](?!#)", page, re.I)
    assert not re.search(r"url\(|@import", page, re.I)
