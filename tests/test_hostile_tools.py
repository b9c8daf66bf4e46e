"""Issue #13, case 9: round trips through annotation tools lose nothing without a word; and what a tool
gives back in a wrong shape is one line or one skipped task, never a traceback (4, 5)."""

from __future__ import annotations

import copy
import json
import random

import pytest

from pipeline.errors import PipelineError
from pipeline.formats import (
    TOOLS,
    brat,
    doccano,
    export_to,
    import_from,
    labelstudio,
    prodigy,
)
from pipeline.jsonl import read_articles
from tests.hostile import (
    ROOT,
    SEED_GOLD,
    assert_clean,
    assert_one_line_error,
    invoke,
    read_jsonl,
    seed_article,
    write_jsonl,
)

INTERVIEWS = ROOT / "corpora" / "interviews.gold.jsonl"  # split quotes: attributions with continuations
SUFFIX = {"labelstudio": ".json", "doccano": ".jsonl", "prodigy": ".jsonl", "brat": ""}


def dicts(articles) -> list[dict]:
    return [a.to_dict() for a in articles]


def several() -> list:
    """The seed article and three interviews with split quotes (continuations)."""
    split = [a for a in read_articles(INTERVIEWS) if any(at.continuation for at in a.attributions)]
    return read_articles(SEED_GOLD) + split[:3]


# --------------------------------------------------------------------------- continuation and attrs, every tool


@pytest.mark.parametrize("tool", TOOLS)
def test_continuations_and_attribution_attrs_survive_every_tool(tool, tmp_path):
    articles = several()
    assert any(a.continuation for article in articles for a in article.attributions)
    assert all(a.attrs.get("source_type") for article in articles for a in article.attributions)
    out = tmp_path / f"export{SUFFIX[tool]}"
    export_to(tool, articles, out)
    assert dicts(import_from(tool, out)) == dicts(articles)


# --------------------------------------------------------------------------- doccano renumbers ids


def through_doccano(rows: list[dict], first_id: int = 5000, seed: int = 0) -> list[dict]:
    """What doccano 1.8 gives back for our import file: new example, span and relation ids numbered across
    the project (not per line), spans in its own order, our extra columns (its example meta) kept as they
    were, and a Comments column."""
    rng = random.Random(seed)
    numbers = iter(range(first_id, first_id + 100_000))
    exported = []
    for example_id, row in enumerate(rows, 1):
        row = copy.deepcopy(row)
        new = {old["id"]: next(numbers) for old in row["entities"]}
        entities = [{**entity, "id": new[entity["id"]]} for entity in row.pop("entities")]
        rng.shuffle(entities)
        relations = [{**rel, "id": next(numbers), "from_id": new[rel["from_id"]], "to_id": new[rel["to_id"]]}
                     for rel in row.pop("relations")]
        text = row.pop("text")
        exported.append({"id": 100 + example_id, "text": text, **row, "entities": entities, "relations": relations,
                         "Comments": []})
    return exported


def test_doccano_renumbered_ids_keep_entity_ids_and_attributes(tmp_path):
    articles = several()
    rows = through_doccano(doccano.export(articles))
    path = write_jsonl(tmp_path / "from-doccano.jsonl", rows)
    back = tmp_path / "back.jsonl"
    result = invoke("import", path, "--from", "doccano", "-o", back)
    assert result.exit_code == 0, result.output
    assert read_jsonl(back.read_text(encoding="utf-8")) == dicts(articles)


def test_a_real_doccano_export_gives_back_what_was_sent():
    """sent.jsonl is our export of three articles; returned-by-doccano-1.8.4.jsonl is what doccano 1.8.4 gave
    back for it from a second project (relation labelling and overlapping spans on), through doccano's own
    import and export pipelines: new ids everywhere, our columns kept as its example meta."""
    folder = ROOT / "tests" / "data" / "doccano"
    sent = import_from("doccano", folder / "sent.jsonl")
    returned = import_from("doccano", folder / "returned-by-doccano-1.8.4.jsonl")
    assert dicts(returned) == dicts(sent)
    assert sum(bool(e.attrs) for article in returned for e in article.entities) >= 10
    assert any(a.continuation for article in returned for a in article.attributions)


def test_doccano_span_moved_in_the_tool_reports_its_lost_attributes():
    [article] = read_articles(SEED_GOLD)
    rows = through_doccano(doccano.export([article]))
    count = next(e for e in article.entities if e.label == "COUNT")
    moved = next(e for e in rows[0]["entities"] if (e["start_offset"], e["end_offset"]) == (count.start, count.end))
    moved["end_offset"] -= 1
    warnings: list[str] = []
    doccano.import_(rows, warnings=warnings)
    assert any(f"COUNT {count.start}-{count.end} ({count.id})" in w and "are not restored" in w for w in warnings), warnings


# --------------------------------------------------------------------------- Label Studio


def _tasks_with_an_unannotated_one() -> list[dict]:
    gold = read_articles(SEED_GOLD)
    annotated = labelstudio.export(gold)[0]
    predicted = labelstudio.export(gold, predictions=True, model_version="news-sm")[0]
    predicted["data"]["id"] = "only-predicted"
    cancelled = copy.deepcopy(annotated)
    cancelled["data"]["id"] = "cancelled"
    cancelled["annotations"][0]["was_cancelled"] = True
    return [annotated, predicted, cancelled]


@pytest.mark.parametrize("skip_errors", [False, True])
def test_labelstudio_task_nobody_annotated_is_skipped(tmp_path, skip_errors):
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(_tasks_with_an_unannotated_one()), encoding="utf-8")
    back = tmp_path / "back.jsonl"
    result = invoke("import", path, "--from", "labelstudio", "-o", back, *(["--skip-errors"] if skip_errors else []))
    assert_clean(result)
    assert result.exit_code == (0 if skip_errors else 1)
    assert [a["id"] for a in read_jsonl(back.read_text(encoding="utf-8"))] == ["il76-belgorod-2024-01-24"]
    skipped = [line for line in result.stderr.splitlines() if "skipped: " in line]
    assert len(skipped) == 2 and "task 2 (only-predicted): nobody annotated it" in skipped[0]


def test_labelstudio_include_predictions_marks_them(tmp_path):
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(_tasks_with_an_unannotated_one()[:2]), encoding="utf-8")
    back = tmp_path / "back.jsonl"
    result = invoke("import", path, "--from", "labelstudio", "--include-predictions", "-o", back)
    assert result.exit_code == 0, result.output
    first, second = read_jsonl(back.read_text(encoding="utf-8"))
    assert "from_prediction" not in first["meta"] and second["meta"]["from_prediction"] == "news-sm"
    assert_one_line_error(invoke("import", path, "--from", "prodigy", "--include-predictions", "-o", back),
                          "--include-predictions applies to Label Studio only")


def test_labelstudio_textarea_given_a_string_is_one_value():
    tasks = labelstudio.export(read_articles(SEED_GOLD))
    for result in tasks[0]["annotations"][0]["result"]:
        if result["type"] == "textarea":
            result["value"]["text"] = result["value"]["text"][0]  # a string, as some clients write it
    assert dicts(labelstudio.import_(tasks)) == dicts(read_articles(SEED_GOLD))


# --------------------------------------------------------------------------- Prodigy


def test_prodigy_rejected_and_ignored_tasks_are_not_gold(tmp_path):
    tasks = prodigy.export(read_articles(SEED_GOLD) * 3)
    for task, answer, article_id in zip(tasks, ("accept", "reject", "ignore"), ("kept", "rejected", "ignored")):
        task["answer"], task["article_id"] = answer, article_id
    path = write_jsonl(tmp_path / "db-out.jsonl", tasks)
    back = tmp_path / "back.jsonl"
    result = invoke("import", path, "--from", "prodigy", "-o", back)
    assert result.exit_code == 1
    assert [a["id"] for a in read_jsonl(back.read_text(encoding="utf-8"))] == ["kept"]
    assert "line 2 (rejected): the annotator's answer is 'reject'" in result.stderr
    assert "line 3 (ignored): the annotator's answer is 'ignore'" in result.stderr


# --------------------------------------------------------------------------- brat


class _Interrupted(dict):
    """The files of a brat export, whose iteration is interrupted (Ctrl-C) after `after` files."""

    def __init__(self, files: dict, after: int):
        super().__init__(files)
        self.after = after

    def items(self):
        for n, item in enumerate(super().items()):
            if n == self.after:
                raise KeyboardInterrupt
            yield item


@pytest.mark.parametrize("earlier", [False, True], ids=["new-directory", "over-an-earlier-export"])
def test_brat_interrupted_export_leaves_no_partial_set(tmp_path, monkeypatch, earlier):
    out = tmp_path / "brat"
    old = read_articles(SEED_GOLD)
    old[0].hedges.pop()  # an earlier version of the same article
    if earlier:
        export_to("brat", old, out)
    real_export = brat.export
    monkeypatch.setattr(brat, "export", lambda *a, **k: _Interrupted(real_export(*a, **k), after=5))
    with pytest.raises(KeyboardInterrupt):
        export_to("brat", several(), out)
    if earlier:
        assert dicts(import_from("brat", out)) == dicts(old)
    else:
        with pytest.raises(PipelineError, match="no such file"):
            import_from("brat", out)
    assert [p.name for p in tmp_path.iterdir()] == (["brat"] if earlier else [])


def test_brat_export_does_not_replace_a_directory_of_other_files(tmp_path):
    out = tmp_path / "collection"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert_one_line_error(invoke("export", SEED_GOLD, "--to", "brat", "-o", out), "not of an earlier brat export")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_brat_plain_text_note_is_kept_in_meta(tmp_path):
    out = tmp_path / "brat"
    export_to("brat", read_articles(SEED_GOLD), out)
    ann = next(out.glob("*.ann"))
    ann.write_text(ann.read_text(encoding="utf-8") + "#99\tAnnotatorNotes T1\tcheck the aircraft type\n", encoding="utf-8")
    back = tmp_path / "back.jsonl"
    result = invoke("import", out, "--from", "brat", "-o", back)
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(back.read_text(encoding="utf-8"))
    assert article["meta"].pop("notes") == [{"on": "AIRCRAFT 10-21 (T1)", "note": "check the aircraft type"}]
    assert article == seed_article()


def test_brat_article_without_its_ann_file_is_skipped(tmp_path):
    out = tmp_path / "brat"
    export_to("brat", several(), out)
    next(out.glob("*.ann")).unlink()
    back = tmp_path / "back.jsonl"
    result = invoke("import", out, "--from", "brat", "-o", back)
    assert result.exit_code == 1
    assert len(read_jsonl(back.read_text(encoding="utf-8"))) == len(several()) - 1
    assert ".ann: file is missing; not imported" in result.stderr


# --------------------------------------------------------------------------- wrong shapes, deep nesting, duplicates


def _labelstudio_breakages() -> list:
    return [
        lambda t: t["data"].update(meta="x"),
        lambda t: t.update(annotations="x"),
        lambda t: t["annotations"][0].update(result={"a": 1}),
        lambda t: t["annotations"][0]["result"].append("a string"),
        lambda t: t["annotations"][0]["result"][0].update(value=[1, 2]),
        lambda t: t["data"].update(id=["a"]),
    ]


def _doccano_breakages() -> list:
    return [
        lambda r: r.update(meta="x"),
        lambda r: r.update(relations="x"),
        lambda r: r.update(regions="x"),
        lambda r: r.update(regions=[1, 2]),
        lambda r: r.update(article_id={"a": 1}),
        lambda r: r["entities"][0].update(start_offset="zero"),
    ]


def _prodigy_breakages() -> list:
    return [
        lambda t: t.update(meta="x"),
        lambda t: t.update(relations="x"),
        lambda t: t["spans"][0].update(attrs="x"),
        lambda t: t["relations"][0].update(head_span="x"),
        lambda t: t.update(article_id=[1]),
    ]


BREAKAGES = [("labelstudio", n) for n in range(6)] + [("doccano", n) for n in range(6)] + [("prodigy", n) for n in range(5)]


@pytest.mark.parametrize("tool,n", BREAKAGES)
def test_wrong_typed_fields_in_a_tool_file_are_one_line_or_skipped(tool, n, tmp_path):
    module = {"labelstudio": labelstudio, "doccano": doccano, "prodigy": prodigy}[tool]
    items = module.export(read_articles(SEED_GOLD) + read_articles(INTERVIEWS)[:1])
    breakage = {"labelstudio": _labelstudio_breakages, "doccano": _doccano_breakages, "prodigy": _prodigy_breakages}
    breakage[tool]()[n](items[0])
    path = tmp_path / f"in{SUFFIX[tool]}"
    if tool == "labelstudio":
        path.write_text(json.dumps(items), encoding="utf-8")
    else:
        write_jsonl(path, items)
    result = invoke("import", path, "--from", tool, "-o", tmp_path / "back.jsonl")
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stderr.strip()


@pytest.mark.parametrize("tool", ["labelstudio", "doccano", "prodigy"])
def test_deep_nesting_in_a_tool_file_is_one_line(tool, tmp_path):
    deep = "[" * 5000 + "]" * 5000
    path = tmp_path / f"in{SUFFIX[tool]}"
    path.write_text(deep if tool == "labelstudio" else deep + "\n", encoding="utf-8")
    result = invoke("import", path, "--from", tool, "-o", tmp_path / "back.jsonl")
    assert_one_line_error(result, "nested more than 100 levels deep")


@pytest.mark.parametrize("tool", ["labelstudio", "doccano", "prodigy", "brat"])
def test_an_article_twice_in_a_tool_file_is_imported_once(tool, tmp_path):
    out = tmp_path / f"export{SUFFIX[tool]}"
    gold = read_articles(SEED_GOLD)
    export_to(tool, gold + gold if tool != "brat" else gold, out)
    if tool == "brat":  # a second entry for the same article in the index
        index = json.loads((out / "articles.json").read_text(encoding="utf-8"))
        (out / "articles.json").write_text(json.dumps(index * 2), encoding="utf-8")
    skipped: list[str] = []
    assert dicts(import_from(tool, out, skipped=skipped)) == dicts(gold)
    assert skipped == ["article il76-belgorod-2024-01-24: an earlier article has the same id; not imported"]
