"""Part files, output sinks, manifest entries and one part's task, without a cluster or a model.

The task (worker.annotate_part) runs here in this process on a blank English
pipeline put in the worker's model cache, so these tests are fast; the tests
on a real LocalCluster are in test_cluster.py.
"""

from __future__ import annotations

import gzip
import hashlib
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import spacy

from pipeline.engine import worker
from pipeline.engine.manifest import is_done, read_entry
from pipeline.engine.parts import checksum, discover_parts, read_part
from pipeline.engine.sinks import (
    atomic_file,
    parquet_schema,
    read_parquet_part,
    write_part,
)
from pipeline.errors import PipelineError
from pipeline.inputs import InputItem, read_inputs
from pipeline.records import Article, Attribution, Entity, Hedge, Span

ROWS = [{"id": "a1", "text": "Officials said two people were hurt.", "meta": {"date": "2024-01-24"}},
        {"id": "a2", "text": "Line one.\r\nLine two."},
        {"text": "An article without an id."}]


def write_jsonl(path, rows, extra_lines=()):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "".join(extra_lines), encoding="utf-8")
    return path


def test_discover_parts_in_a_directory_a_glob_and_a_url(tmp_path):
    for name in ("b.jsonl", "a.parquet", "c.jsonl.gz", "notes.txt", "_manifest.json", ".a.jsonl.tmp"):
        (tmp_path / name).write_bytes(b"x" * len(name))
    (tmp_path / "sub.jsonl").mkdir()
    parts = discover_parts([str(tmp_path)])
    assert [(p.name, p.kind, p.size) for p in parts] == [("a", "parquet", 9), ("b", "jsonl", 7), ("c", "jsonl", 10)]
    assert parts[0].url == f"file://{tmp_path}/a.parquet"
    assert [p.name for p in discover_parts([f"{tmp_path}/*.jsonl"])] == ["b"]
    assert [p.name for p in discover_parts([f"file://{tmp_path}/b.jsonl"])] == ["b"]


@pytest.mark.parametrize("setup, source, message", [
    (lambda d: None, "missing", "no such file"),
    (lambda d: (d / "a.txt").write_text("x"), "", "no .jsonl, .jsonl.gz or .parquet part files"),
    (lambda d: [(d / n).write_text("") for n in ("a.jsonl", "a.parquet")], "", "would both write the output part 'a'"),
])
def test_discover_parts_refuses(tmp_path, setup, source, message):
    setup(tmp_path)
    with pytest.raises(PipelineError, match=message):
        discover_parts([str(tmp_path / source)])


def test_jsonl_part_gives_the_items_of_the_one_process_path(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", ROWS, ["{broken\n", '{"id": "e", "text": "  "}\n', '{"id": 5}\n'])
    [part] = discover_parts([str(path)])
    items = list(read_part(part))
    assert [i for i in items if isinstance(i, InputItem)] == [i for i in read_inputs([str(path)])
                                                              if isinstance(i, InputItem)]
    assert [i.text for i in items[:2]] == [ROWS[0]["text"], "Line one.\nLine two."]
    assert [i.id for i in items[:3]] == ["a1", "a2", "p-3"]
    assert [p.source for p in items[3:]] == [f"{path}, line {n}" for n in (4, 5, 6)]


def test_gzipped_jsonl_part(tmp_path):
    path = tmp_path / "p.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in ROWS).encode()))
    [part] = discover_parts([str(path)])
    assert [i.id for i in read_part(part)] == ["a1", "a2", "p-3"]


def test_parquet_part_gives_the_items_of_the_one_process_path(tmp_path):
    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"id": ["x", None, "z"], "text": ["First text.", "Second text.", ""]}), path)
    [part] = discover_parts([str(path)])
    items = list(read_part(part))
    assert items == list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["InputItem", "InputProblem", "InputProblem"]
    for column in ("text_column", "id_column"):
        with pytest.raises(PipelineError, match="column 'body' not found"):
            list(read_part(part, **{column: "body"}))


def test_duplicate_id_in_a_part_is_a_problem(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", [ROWS[0], ROWS[1], ROWS[0]])
    [part] = discover_parts([str(path)])
    items = list(read_part(part))
    assert items[:2] == list(read_inputs([str(path)]))[:2]
    assert items[2].message == f"{path}, line 3: duplicate id 'a1' (first: {path}, line 1)"
    with pytest.raises(PipelineError, match="column 'key' not found"):
        list(read_part(part, id_column="key"))


def test_checksum(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_bytes(b"x" * 3_000_000)
    assert checksum(f"file://{path}") == (3_000_000, hashlib.sha256(b"x" * 3_000_000).hexdigest())


def test_atomic_file_leaves_nothing_when_interrupted(tmp_path):
    target = tmp_path / "out" / "p.jsonl"
    with pytest.raises(KeyboardInterrupt), atomic_file(str(target)) as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert list((tmp_path / "out").iterdir()) == []


def test_parquet_part_holds_every_layer(tmp_path):
    text = "Police spokesman Ali Hassan said two people were reportedly hurt."
    article = Article(
        "a1", text, {"date": "2024-01-24"},
        entities=[Entity("T1", 17, 27, "PERSON", "Ali Hassan", {"role": "Police spokesman"}),
                  Entity("T2", 33, 43, "COUNT", "two people", {"value": 2, "unit": "people"})],
        hedges=[Hedge("H1", 49, 59, "reportedly")],
        attributions=[Attribution("A1", Span(17, 27, "Ali Hassan"), Span(28, 32, "said"), Span(33, 65, text[33:65]),
                                  source_entity="T1"),
                      Attribution("A2", None, Span(28, 32, "said"), Span(33, 43, "two people"),
                                  continuation=Span(44, 48, "were"))])
    empty = Article("a2", "Nothing here.")
    count, size = write_part(str(tmp_path / "p.parquet"), "parquet", [article, empty])
    table = pq.read_table(tmp_path / "p.parquet")
    assert (count, size) == (2, (tmp_path / "p.parquet").stat().st_size)
    assert table.schema.equals(parquet_schema())
    assert [a.to_dict() for a in read_parquet_part(str(tmp_path / "p.parquet"))] == [article.to_dict(), empty.to_dict()]


# --------------------------------------------------------------------------- one part's task, in this process

@pytest.fixture
def blank_model(monkeypatch):
    """The model argument "blank": a blank English pipeline in the worker's model cache."""
    monkeypatch.setitem(worker._models, "blank", (spacy.blank("en"), {"name": "blank", "sha256": "0" * 64}))
    return "blank"


def run_part(tmp_path, part_path, model, fmt="jsonl", run=""):
    [part] = discover_parts([str(part_path)])
    return worker.annotate_part(worker.PartJob(part, f"file://{tmp_path}/out", fmt, model, run=run))


def test_part_written_by_a_lost_worker_of_the_same_run_counts_as_annotated(tmp_path, blank_model):
    # the worker wrote the part and was killed before its result came back; Dask runs the task again
    path = write_jsonl(tmp_path / "p.jsonl", ROWS)
    assert run_part(tmp_path, path, blank_model, run="run1")["status"] == "done"
    again = run_part(tmp_path, path, blank_model, run="run1")
    assert (again["status"], again["entry"]["articles"]) == ("done", 3)
    assert run_part(tmp_path, path, blank_model, run="run2")["status"] == "resumed"  # a later run: done before it


def test_part_is_done_once_then_resumed(tmp_path, blank_model):
    path = write_jsonl(tmp_path / "p.jsonl", ROWS, ["{broken\n"])
    first = run_part(tmp_path, path, blank_model)
    assert first["status"] == "done"
    assert (first["entry"]["articles"], first["entry"]["skipped"]) == (3, 1)
    assert [json.loads(line)["id"] for line in (tmp_path / "out/p.jsonl").read_text().splitlines()] == ["a1", "a2", "p-3"]
    [problem] = [json.loads(line) for line in (tmp_path / "out/_errors/p.jsonl").read_text().splitlines()]
    assert "line 4: malformed JSON" in problem["message"]
    assert run_part(tmp_path, path, blank_model)["status"] == "resumed"
    assert run_part(tmp_path, path, blank_model, "parquet")["status"] == "done"  # another format: not the same run


@pytest.mark.parametrize("change", ["input", "output", "entry", "model"])
def test_part_is_done_again_when_anything_differs(tmp_path, blank_model, monkeypatch, change):
    path = write_jsonl(tmp_path / "p.jsonl", ROWS, ["{broken\n"])
    run_part(tmp_path, path, blank_model)
    if change == "input":
        write_jsonl(path, ROWS[:2])
    elif change == "output":
        (tmp_path / "out/p.jsonl").write_text("truncated\n")
    elif change == "entry":
        (tmp_path / "out/_manifest/p.json").write_text("{not json")
    else:
        monkeypatch.setitem(worker._models, "blank", (spacy.blank("en"), {"name": "blank", "sha256": "1" * 64}))
    again = run_part(tmp_path, path, blank_model)
    assert again["status"] == "done"
    assert is_done(read_entry(f"file://{tmp_path}/out", "p"), again["entry"], f"file://{tmp_path}/out")
    if change == "input":  # the rerun had no bad line: its old error file is gone
        assert not (tmp_path / "out/_errors/p.jsonl").exists()


def test_corrupt_part_fails_with_a_reason_and_no_output(tmp_path, blank_model):
    path = tmp_path / "p.parquet"
    path.write_bytes(b"PAR1 this is not a parquet file")
    outcome = run_part(tmp_path, path, blank_model, "parquet")
    assert outcome["status"] == "failed"
    assert outcome["reason"].startswith(f"{path}: part not annotated (")
    assert not (tmp_path / "out/p.parquet").exists()
    assert read_entry(f"file://{tmp_path}/out", "p") is None
    assert json.loads((tmp_path / "out/_errors/p.jsonl").read_text())["message"] == outcome["reason"]


@spacy.Language.component("test_fails_on_boom")
def fails_on_boom(doc):
    if "boom" in doc.text:
        raise ValueError("boom")
    return doc


def test_failed_article_goes_to_the_error_file(tmp_path, monkeypatch):
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_boom")
    monkeypatch.setitem(worker._models, "failing", (nlp, {"name": "failing", "sha256": "2" * 64}))
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": "ok", "text": "Fine."}, {"id": "bad", "text": "A boom."}])
    outcome = run_part(tmp_path, path, "failing")
    assert (outcome["status"], outcome["entry"]["articles"], outcome["entry"]["skipped"]) == ("done", 1, 1)
    assert outcome["problems"] == ["annotation failed on bad: ValueError: boom"]
