"""Round trips through the annotation-tool converters, their error reports, and the HTML page."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from html import escape, unescape
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.formats import (
    REGION_LABELS,
    RELATION_LABELS,
    TOOLS,
    brat,
    doccano,
    export_to,
    import_from,
    labelstudio,
    prodigy,
)
from pipeline.jsonl import read_articles
from pipeline.records import Article, Attribution, Entity, Hedge, Span
from pipeline.render.html import render_html

ROOT = Path(__file__).parent.parent
SEED_GOLD = ROOT / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"
MODULES = {"labelstudio": labelstudio, "doccano": doccano, "prodigy": prodigy, "brat": brat}

TEXT = (
    "Oleh Syniehubov, the Kharkiv governor, said 3 people were injured in the strike.\n"
    "He added that the toll could rise. Suspilne reported that two drones were “possibly” intercepted.\n"
    "\"The strike hit a school.\nNobody was inside,\" the mayor wrote. "
    "It was reported that the plant was hit <script>alert(1)</script> twice."
)


def span(phrase: str, nth: int = 0) -> Span:
    """The nth occurrence of phrase in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def entity(entity_id: str, phrase: str, label: str, nth: int = 0, **attrs) -> Entity:
    s = span(phrase, nth)
    return Entity(entity_id, s.start, s.end, label, s.text, attrs)


def hedge(hedge_id: str, phrase: str) -> Hedge:
    s = span(phrase)
    return Hedge(hedge_id, s.start, s.end, s.text)


def handmade() -> Article:
    """An article with non-sequential ids, a pronoun source, a source that is an entity, a null source,
    a content across a line break, non-ASCII and markup in the text."""
    return Article(
        id="kharkiv/strike 2024",
        text=TEXT,
        meta={"lang": "en", "annotator": "hand", "tags": ["test", "ünïcode"]},
        entities=[
            entity("T1", "Oleh Syniehubov", "PERSON", role="the Kharkiv governor"),
            entity("T2", "Kharkiv", "GPE"),
            entity("T5", "3 people", "COUNT", value=3, unit="people"),
            entity("E-suspilne", "Suspilne", "MEDIA"),
            entity("T9", "two drones", "COUNT", value=2, unit="drones"),
        ],
        hedges=[hedge("H2", "could"), hedge("H7", "possibly")],
        attributions=[
            Attribution("A1", span("Oleh Syniehubov, the Kharkiv governor"), span("said"),
                        span("3 people were injured in the strike")),
            Attribution("A2", span("He"), span("added"), span("the toll could rise"), source_entity="T1"),
            Attribution("A3", span("Suspilne"), span("reported"), span("two drones were “possibly” intercepted")),
            Attribution("A5", span("the mayor"), span("wrote"), span("The strike hit a school.\nNobody was inside")),
            Attribution("A8", None, span("reported", 1), span("the plant was hit <script>alert(1)</script> twice")),
        ],
    )


def gold() -> list[Article]:
    return read_articles(SEED_GOLD)


def dicts(articles: list[Article]) -> list[dict]:
    return [a.to_dict() for a in articles]


@pytest.fixture(params=["gold", "handmade"])
def articles(request) -> list[Article]:
    return gold() if request.param == "gold" else [handmade()]


# --------------------------------------------------------------------------- round trips


def test_handmade_article_is_valid():
    from pipeline.validation import article_problems

    assert article_problems(handmade().to_dict(), 1) == []


@pytest.mark.parametrize("tool", TOOLS)
def test_round_trip_in_memory(tool, articles):
    module = MODULES[tool]
    data = module.export(articles)
    assert dicts(module.import_(copy.deepcopy(data))) == dicts(articles)


@pytest.mark.parametrize("tool", TOOLS)
def test_round_trip_through_files(tool, tmp_path):
    articles = gold() + [handmade()]
    out = tmp_path / ("brat" if tool == "brat" else f"out.{'json' if tool == 'labelstudio' else 'jsonl'}")
    export_to(tool, articles, out)
    warnings: list[str] = []
    assert dicts(import_from(tool, out, warnings=warnings)) == dicts(articles)
    assert warnings == []


def test_labelstudio_predictions_carry_model_version():
    tasks = labelstudio.export(gold(), predictions=True, model_version="news-sm-0.1")
    assert all("annotations" not in task for task in tasks)
    prediction = tasks[0]["predictions"][0]
    assert prediction["model_version"] == "news-sm-0.1"
    assert tasks[0]["data"]["id"] == "il76-belgorod-2024-01-24"
    assert tasks[0]["data"]["meta"] == gold()[0].meta
    skipped: list[str] = []
    assert labelstudio.import_(tasks, skipped=skipped) == []  # predictions are not gold
    assert len(skipped) == 1 and "nobody annotated it" in skipped[0]
    [back] = labelstudio.import_(tasks, include_predictions=True)
    assert back.meta.pop("from_prediction") == "news-sm-0.1"
    assert dicts([back]) == dicts(gold())


def test_labelstudio_results_shape():
    results = labelstudio.export([handmade()])[0]["annotations"][0]["result"]
    person = next(r for r in results if r["id"] == "T1" and r["type"] == "labels")
    assert person["value"]["labels"] == ["PERSON"] and person["value"]["text"] == "Oleh Syniehubov"
    role = next(r for r in results if r["id"] == "T1" and r["type"] == "textarea")
    assert role["from_name"] == "role" and role["value"]["text"] == ["the Kharkiv governor"]
    relations = {(r["from_id"], r["to_id"], r["labels"][0]) for r in results if r["type"] == "relation"}
    assert ("A2.cue", "A2.source", "source") in relations
    assert ("A2.source", "T1", "refers_to") in relations
    assert not any(r[0] == "A8.cue" and r[2] == "source" for r in relations)


def test_shared_source_is_one_region():
    """A8 and A9 of the seed article share their source span: one SOURCE region with two cues."""
    results = labelstudio.export(gold())[0]["annotations"][0]["result"]
    sources = [r for r in results if r["type"] == "labels" and r["value"]["labels"] == ["SOURCE"]
               and r["value"]["start"] == 1713]
    assert len(sources) == 1


def test_brat_files(tmp_path):
    export_to("brat", [handmade()], tmp_path / "brat")
    names = sorted(p.name for p in (tmp_path / "brat").iterdir())
    assert names == ["annotation.conf", "articles.json", "kharkiv_strike_2024.ann", "kharkiv_strike_2024.txt"]
    assert (tmp_path / "brat" / "kharkiv_strike_2024.txt").read_text(encoding="utf-8") == TEXT
    ann = (tmp_path / "brat" / "kharkiv_strike_2024.ann").read_text(encoding="utf-8")
    start = TEXT.index("The strike hit")
    newline = TEXT.index("\n", start)
    assert f"CONTENT {start} {newline};{newline + 1} " in ann  # a span across a line break, in fragments
    assert '{"role": "the Kharkiv governor"}' in ann
    assert re.search(r"^R\d+\trefers_to Arg1:T\d+ Arg2:T1$", ann, re.M)


# --------------------------------------------------------------------------- problems are reported


def _shift_first_entity(tool: str, data):
    """The export of ``tool`` with the first entity's offsets moved one character right (text kept)."""
    if tool == "labelstudio":
        value = data[0]["annotations"][0]["result"][0]["value"]
        value["start"] += 1
        value["end"] += 1
    elif tool == "doccano":
        data[0]["entities"][0]["end_offset"] = len(data[0]["text"]) + 5  # doccano keeps no span text
    elif tool == "prodigy":
        data[0]["spans"][0]["start"] += 1
        data[0]["spans"][0]["end"] += 1
    else:
        name = next(n for n in data if n.endswith(".ann"))
        data[name] = re.sub(r"^T1\tAIRCRAFT 10 21", "T1\tAIRCRAFT 11 22", data[name], flags=re.M)
    return data


def _add_overlapping_entity(tool: str, data):
    """The export of ``tool`` with an extra ORG entity at 15-30, overlapping T1 (AIRCRAFT 10-21)."""
    text = data[next(n for n in data if n.endswith(".txt"))] if tool == "brat" else None
    if tool == "labelstudio":
        task = data[0]
        task["annotations"][0]["result"].append({"id": "X1", "type": "labels", "from_name": "label", "to_name": "text",
            "value": {"start": 15, "end": 30, "text": task["data"]["text"][15:30], "labels": ["ORG"]}})
    elif tool == "doccano":
        data[0]["entities"].append({"id": 999, "label": "ORG", "start_offset": 15, "end_offset": 30})
    elif tool == "prodigy":
        data[0]["spans"].append({"start": 15, "end": 30, "label": "ORG"})
    else:
        name = next(n for n in data if n.endswith(".ann"))
        data[name] += f"T999\tORG 15 30\t{text[15:30]}\n"
    return data


@pytest.mark.parametrize("tool", TOOLS)
def test_misaligned_span_is_reported(tool):
    module = MODULES[tool]
    data = _shift_first_entity(tool, module.export(gold()))
    with pytest.raises(PipelineError) as err:
        module.import_(copy.deepcopy(data))
    message = str(err.value)
    assert "\n" not in message
    assert "il76-belgorod-2024-01-24" in message and "AIRCRAFT" in message
    assert re.search(r"AIRCRAFT 1[01]-(2[12]|\d{4})", message)
    warnings: list[str] = []
    back = module.import_(copy.deepcopy(data), warnings=warnings)
    assert len(warnings) == 1 and "il76-belgorod-2024-01-24" in warnings[0]
    assert len(back[0].entities) == len(gold()[0].entities) - 1


@pytest.mark.parametrize("tool", TOOLS)
def test_overlapping_entities_are_reported(tool):
    module = MODULES[tool]
    data = _add_overlapping_entity(tool, module.export(gold()))
    warnings: list[str] = []
    back = module.import_(data, warnings=warnings)
    assert len(warnings) == 1
    assert "il76-belgorod-2024-01-24" in warnings[0] and "ORG 15-30" in warnings[0] and "overlaps" in warnings[0]
    assert dicts(back) == dicts(gold())
    with pytest.raises(PipelineError, match="ORG 15-30"):
        module.import_(data)


@pytest.mark.parametrize("tool", TOOLS)
def test_invalid_article_is_not_exported(tool, tmp_path):
    article = handmade()
    article.entities[0].end += 1  # text no longer matches the offsets
    with pytest.raises(PipelineError, match=r"kharkiv/strike 2024.*entity T1.*0-16"):
        export_to(tool, [article], tmp_path / "out")


def test_duplicate_ids_are_not_exported():
    article = handmade()
    article.hedges[1].id = "T2"  # the id of an entity
    with pytest.raises(PipelineError, match=r"kharkiv/strike 2024: HEDGE \d+-\d+ \(T2\): id 'T2' is used twice"):
        labelstudio.export([article])


def test_span_on_whitespace_cannot_be_prodigy_tokens():
    article = handmade()
    article.hedges.append(Hedge("H9", article.hedges[0].start - 1, article.hedges[0].end, " could"))
    with pytest.raises(PipelineError, match=r"kharkiv/strike 2024: HEDGE \d+-\d+ \(H9\)"):
        prodigy.export([article])


def test_cue_without_content_is_reported():
    tasks = labelstudio.export([handmade()])
    result = tasks[0]["annotations"][0]["result"]
    result[:] = [r for r in result if not (r["type"] == "relation" and r["from_id"] == "A1.cue" and r["labels"] == ["content"])]
    warnings: list[str] = []
    back = labelstudio.import_(tasks, warnings=warnings)
    assert [a.id for a in back[0].attributions] == ["A2", "A3", "A5", "A8"]
    assert any("CUE" in w and "no content" in w for w in warnings)
    assert any("CONTENT" in w and "no attribution" in w for w in warnings)


def test_regions_made_in_the_tool_get_fresh_ids():
    """Regions without our ids (drawn in the tool) are numbered after the highest id of their kind."""
    rows = doccano.export([handmade()])
    rows[0].pop("regions")
    back = doccano.import_(rows)[0]
    assert [e.id for e in back.entities] == ["T1", "T2", "T3", "T4", "T5"]
    assert [h.id for h in back.hedges] == ["H1", "H2"]
    assert [a.id for a in back.attributions] == ["A1", "A2", "A3", "A4", "A5"]
    assert back.attributions[1].source_entity == "T1"


# --------------------------------------------------------------------------- files and dispatcher


@pytest.mark.parametrize("tool", TOOLS)
def test_wrong_file_is_refused_in_one_line(tool, tmp_path):
    if tool == "brat":
        path = tmp_path / "empty"
        path.mkdir()
    else:
        path = SEED_GOLD  # our own JSONL is not any tool's format
    with pytest.raises(PipelineError) as err:
        import_from(tool, path)
    assert f"not a file of the {tool} export format" in str(err.value)
    assert "\n" not in str(err.value)


FILE_TOOLS = ("labelstudio", "doccano", "prodigy")


@pytest.mark.parametrize("tool,other", [(t, o) for t in FILE_TOOLS for o in FILE_TOOLS if t != o])
def test_other_tools_files_are_refused(tool, other, tmp_path):
    path = tmp_path / "export"
    export_to(other, gold(), path)
    with pytest.raises(PipelineError, match=f"not a file of the {tool} export format"):
        import_from(tool, path)


def test_unknown_tool_and_missing_file(tmp_path):
    with pytest.raises(PipelineError, match="unknown annotation tool 'inception'"):
        export_to("inception", gold(), tmp_path / "x")
    with pytest.raises(PipelineError, match="no such file"):
        import_from("doccano", tmp_path / "missing.jsonl")


def test_labelstudio_config_lists_the_schema():
    root = ET.parse(ROOT / "configs" / "labelstudio.xml").getroot()
    labels = [label.get("value") for label in root.iter("Label")]
    assert labels == list(REGION_LABELS)
    assert [r.get("value") for r in root.iter("Relation")] == list(RELATION_LABELS)
    assert {t.get("name") for t in root.iter("TextArea")} == {"role", "value", "unit", "source_type", "status", "shape"}
    assert root.find("Labels").get("name") == labelstudio.LABELS_NAME
    assert root.find("Text").get("name") == labelstudio.TEXT_NAME


# --------------------------------------------------------------------------- HTML


def visible_text(page: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(gold() + [handmade()], title="Test <page>")


def test_html_shows_every_annotation(page):
    shown = visible_text(page)
    for article in gold() + [handmade()]:
        for e in article.entities:
            assert e.text in shown
            assert f'<span class="ent-label">{e.label}</span>' in page
        for h in article.hedges:
            assert h.text in shown
        assert shown.count("HEDGE") >= len(article.hedges)
        for a in article.attributions:
            for part in ("cue", "content") + (("source",) if a.source else ()):
                assert f"{a.id} {part}" in shown
            assert escape(a.cue.text) in page


def test_html_is_self_contained_and_escaped(page):
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(link|script|img|iframe)\b", page, re.I)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Test &lt;page&gt;" in page
    assert page.count('href="#article-') == 2  # table of contents for many articles


def test_html_single_article_has_no_contents():
    single = render_html([handmade()])
    assert "<nav>" not in single and "kharkiv/strike 2024" in single
