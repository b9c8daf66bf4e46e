"""Issue #13, what comes in: one bad item is one skipped item (4), one line instead of a traceback (5),
bounded reads (6), a killed worker (7), ids, encodings and options checked (10)."""

from __future__ import annotations

import codecs
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from pipeline.validation import validate_file
from tests.hostile import (
    SEED_GOLD,
    assert_clean,
    assert_one_line_error,
    blank_load,  # noqa: F401  (fixture)
    invoke,
    read_jsonl,
    seed_article,
    write_jsonl,
)

GOOD = [{"id": "a", "text": "Officials said the talks went on."}, {"id": "c", "text": "Police said two people were hurt."}]


def annotate_jsonl(*args):
    """annotate ARGS --format jsonl to stdout: (result, ids written)."""
    result = invoke("annotate", *args, "--format", "jsonl")
    assert_clean(result)
    return result, [a["id"] for a in read_jsonl(result.stdout)]


def skipped_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "skipped: " in line]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# --------------------------------------------------------------------------- 4: one bad item is one skipped item


@pytest.mark.usefixtures("blank_load")
@pytest.mark.parametrize("skip_errors", [False, True])
def test_a_file_name_that_is_not_utf8_is_one_skipped_item(tmp_path, skip_errors):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0]["text"], encoding="utf-8")
    (folder / "c.txt").write_text(GOOD[1]["text"], encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"b\xff.txt"), "wb") as handle:
        handle.write(b"Officials said so.")
    result, ids = annotate_jsonl(folder, *(["--skip-errors"] if skip_errors else []))
    assert result.exit_code == (0 if skip_errors else 1), result.output
    assert ids == ["a", "c"]
    [line] = skipped_lines(result)
    assert "b\\xff.txt: file name is not valid UTF-8" in line


@pytest.mark.usefixtures("blank_load")
@pytest.mark.parametrize("bad", [
    '{"id": "\\ud800", "text": "Officials said so."}',
    '{"id": "b", "text": "Officials said \\udfff so."}',
    '{"id": "b", "text": "Officials said so.", "meta": {"source": "\\ud83d"}}',
    '{"id": "b", "text": "Officials said so.", "meta": ' + nested(5000) + "}",
    nested(5000),
    '{"id": "b", "text": "Officials said so.", "meta": {"x": ' + nested(990) + "}}",
], ids=["surrogate-id", "surrogate-text", "surrogate-meta", "nested-meta", "nested-line", "nested-990"])
def test_a_bad_jsonl_line_is_one_skipped_item(tmp_path, bad):
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD[0], bad, GOOD[1]])
    result, ids = annotate_jsonl(source)
    assert result.exit_code == 1
    assert ids == ["a", "c"]
    [line] = skipped_lines(result)
    assert "line 2" in line


def _deep_gold(tmp_path: Path, depth: int) -> Path:
    article = seed_article()
    article["meta"]["deep"] = json.loads(nested(depth)) if depth < 900 else "placeholder"
    line = json.dumps(article, ensure_ascii=False).replace('"placeholder"', nested(depth))
    return write_jsonl(tmp_path / "deep.jsonl", [line])


@pytest.mark.parametrize("depth", [990, 5000])
@pytest.mark.parametrize("command", ["validate", "evaluate-gold", "evaluate-predictions", "export"])
def test_deep_nesting_is_a_malformed_line(tmp_path, command, depth):
    deep = _deep_gold(tmp_path, depth)
    args = {
        "validate": ["validate", deep],
        "evaluate-gold": ["evaluate", deep, "-p", SEED_GOLD, "--baseline", "none", "-o", tmp_path / "m.json"],
        "evaluate-predictions": ["evaluate", SEED_GOLD, "-p", deep, "--baseline", "none", "-o", tmp_path / "m.json"],
        "export": ["export", deep, "--to", "doccano", "-o", tmp_path / "out.jsonl"],
    }[command]
    result = invoke(*args)
    assert_clean(result)
    assert result.exit_code == 1
    assert "nested more than 100 levels deep" in result.output
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "m.json").exists()


def _parquet(path: Path, rows: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


@pytest.mark.usefixtures("blank_load")
def test_corrupt_tables_next_to_good_inputs_are_skipped(tmp_path):
    good = _parquet(tmp_path / "good.parquet", GOOD)
    (tmp_path / "empty.parquet").write_bytes(b"")
    data = good.read_bytes()
    (tmp_path / "truncated.parquet").write_bytes(data[: len(data) // 2])
    (tmp_path / "garbage.parquet").write_bytes(os.urandom(300))
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "dataset_info.json").write_text("{not json", encoding="utf-8")
    jsonl = write_jsonl(tmp_path / "more.jsonl", [{"id": "z", "text": "The ministry said so."}])
    bad = ["empty.parquet", "truncated.parquet", "garbage.parquet", "saved"]
    result, ids = annotate_jsonl(*[tmp_path / name for name in bad[:2]], good, *[tmp_path / name for name in bad[2:]],
                                 jsonl, "--skip-errors")
    assert result.exit_code == 0, result.output
    assert ids == ["a", "c", "z"]
    lines = skipped_lines(result)
    assert len(lines) == 4 and all(any(name in line for line in lines) for name in bad), result.stderr


# --------------------------------------------------------------------------- 5: wrong-typed fields are problems


@pytest.mark.parametrize("change", [
    lambda a: a.update(entities="T1 T2"),
    lambda a: a["entities"][0].update(attrs="role"),
    lambda a: a["attributions"][0].update(attrs="hedged"),
    lambda a: a.update(id=["a", "b"]),
    lambda a: a["attributions"][0].update(source_entity=["T1"]),
    lambda a: a["attributions"][0].update(cue="said"),
    lambda a: a.update(meta=[1, 2]),
    lambda a: a.update(hedges={"H1": 1}),
], ids=["entities-string", "entity-attrs-string", "attribution-attrs-string", "id-list", "source-entity-list",
        "cue-string", "meta-list", "hedges-object"])
def test_validate_reports_wrong_typed_fields(tmp_path, change):
    article = seed_article()
    change(article)
    path = write_jsonl(tmp_path / "gold.jsonl", [article])
    result = invoke("validate", path)
    assert_clean(result)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}: line 1")
    assert validate_file(path)


@pytest.mark.parametrize("command", [["evaluate", "corpora", "--cv", "2"], ["train", "--corpus", "corpora"]])
def test_a_missing_config_is_an_error(tmp_path, command):
    missing = tmp_path / "missing.toml"
    result = invoke(*command, "--config", missing, "-o", tmp_path / "out")
    assert_one_line_error(result, str(missing), "no such config file")


def test_without_config_the_defaults_apply_when_configs_is_absent(tmp_path, monkeypatch):
    import pipeline.settings
    from pipeline.cli.corpus import _config_path

    monkeypatch.setattr(pipeline.settings, "CONFIGS_DIR", tmp_path)
    assert _config_path(None) is None
    (tmp_path / "train.toml").write_text("[training]\n", encoding="utf-8")
    assert _config_path(None) == tmp_path / "train.toml"


# --------------------------------------------------------------------------- 6: bounded reads


@pytest.mark.usefixtures("blank_load")
def test_an_endless_binary_stream_is_refused_without_reading_it_whole(tmp_path):
    fifo = tmp_path / "zeros"
    os.mkfifo(fifo)
    written = [0]

    def feed():
        try:
            with open(fifo, "wb") as handle:
                while written[0] < 200_000_000:
                    handle.write(b"\0" * 65536)
                    written[0] += 65536
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    started = time.monotonic()
    result = invoke("annotate", fifo)
    assert_one_line_error(result, str(fifo), "binary")
    thread.join(10)
    assert written[0] < 20_000_000 and time.monotonic() - started < 10


@pytest.mark.usefixtures("blank_load")
def test_a_text_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_MAX_TEXT_MB", "0.01")
    big = tmp_path / "big.txt"
    big.write_text("Officials said the talks went on. " * 600, encoding="utf-8")
    assert_one_line_error(invoke("annotate", big), str(big), "larger than the 0.01 MB limit")
    line = json.dumps({"id": "b", "text": "Officials said so. " * 1000})
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD[0], line, GOOD[1]])
    result, ids = annotate_jsonl(source)
    assert ids == ["a"] and "line 2: malformed JSON (longer than the 0.01 MB limit" in result.stderr


@pytest.mark.usefixtures("blank_load")
def test_a_bad_size_limit_setting_is_one_line(tmp_path, monkeypatch, ):
    monkeypatch.setenv("PIPELINE_MAX_TEXT_MB", "lots")
    path = tmp_path / "a.txt"
    path.write_text("Officials said so.", encoding="utf-8")
    assert_one_line_error(invoke("annotate", path), "PIPELINE_MAX_TEXT_MB must be a positive number")


# --------------------------------------------------------------------------- 7: a worker killed


class _Alarm(Exception):
    pass


def test_a_killed_worker_loses_only_its_article(tmp_path, monkeypatch):
    import spacy
    from spacy.language import Language

    import pipeline.components  # noqa: F401  (registers the Doc/Span extensions)
    import pipeline.nlp

    parent = os.getpid()

    @Language.component("test_killed_by_oom")
    def killed(doc):
        if "OOM" in doc.text and os.getpid() != parent:  # never the test process itself
            os.kill(os.getpid(), signal.SIGKILL)
        return doc

    def load(model=None, **kwargs):
        nlp = spacy.blank("en")
        nlp.add_pipe("test_killed_by_oom")
        return nlp

    monkeypatch.setattr(pipeline.nlp, "load", load)
    rows = [{"id": f"a{n:03}", "text": f"Officials said {n}." + (" OOM" if n in (7, 150) else "")} for n in range(300)]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    output = tmp_path / "out.jsonl"

    def alarm(number, frame):
        raise _Alarm("the run hung")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(60)
    try:
        result = invoke("annotate", source, "--format", "jsonl", "-o", output, "--n-process", "2")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert_clean(result)
    assert result.exit_code == 1
    ids = [a["id"] for a in read_jsonl(output.read_text(encoding="utf-8"))]
    assert ids == [row["id"] for row in rows if "OOM" not in row["text"]]
    assert "2 input(s) skipped, 298 annotated" in result.stderr
    for lost in ("a007", "a150"):
        assert f"annotation failed on {lost}: worker process died (killed by SIGKILL" in result.stderr


# --------------------------------------------------------------------------- 10: ids, encodings, options


@pytest.mark.usefixtures("blank_load")
def test_a_misspelt_id_column_is_one_line(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"doc_key": "a", "text": "Officials said so."}])
    assert_one_line_error(invoke("annotate", source, "--id-column", "dockey"), "column 'dockey' not found", "doc_key")
    parquet = _parquet(tmp_path / "in.parquet", [{"doc_key": "a", "text": "Officials said so."}])
    assert_one_line_error(invoke("annotate", parquet, "--id-column", "dockey"), "column 'dockey' not found", "doc_key")


@pytest.mark.usefixtures("blank_load")
def test_ids_that_are_not_strings_or_integers_are_skipped(tmp_path):
    rows = [{"id": None, "text": "One said so."}, {"id": ["x"], "text": "Two said so."}, {"id": True, "text": "Three."},
            {"id": 5, "text": "Officials said five."}, {"id": "", "text": "Empty id."}]
    result, ids = annotate_jsonl(write_jsonl(tmp_path / "in.jsonl", rows))
    assert ids == ["5"]
    lines = skipped_lines(result)
    assert len(lines) == 4 and all("is not a string or an integer" in line for line in lines), result.stderr


@pytest.mark.usefixtures("blank_load")
def test_a_duplicate_id_is_skipped_and_the_output_validates(tmp_path):
    rows = [GOOD[0], {"id": "a", "text": "Another article said so."}, GOOD[1]]
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", write_jsonl(tmp_path / "in.jsonl", rows), "--format", "jsonl", "-o", output)
    assert result.exit_code == 1
    assert "line 2: duplicate id 'a' (first: " in result.stderr
    assert [a["id"] for a in read_jsonl(output.read_text(encoding="utf-8"))] == ["a", "c"]
    assert validate_file(output) == []


@pytest.mark.usefixtures("blank_load")
def test_a_jsonl_with_a_byte_order_mark_is_read(tmp_path):
    source = tmp_path / "bom.jsonl"
    source.write_bytes(codecs.BOM_UTF8 + "".join(json.dumps(r) + "\n" for r in GOOD).encode())
    result, ids = annotate_jsonl(source)
    assert result.exit_code == 0, result.output
    assert ids == ["a", "c"]


@pytest.mark.usefixtures("blank_load")
def test_utf16_with_a_byte_order_mark_is_read_and_without_one_is_named(tmp_path):
    text = "Officials in Kyiv said the talks went on."
    with_bom = tmp_path / "with-bom.txt"
    with_bom.write_bytes(text.encode("utf-16"))
    result, ids = annotate_jsonl(with_bom)
    assert result.exit_code == 0, result.output
    assert read_jsonl(result.stdout)[0]["text"] == text
    bare = tmp_path / "bare.txt"
    bare.write_bytes(text.encode("utf-16-le"))
    assert_one_line_error(invoke("annotate", bare), str(bare), "UTF-16 text, not UTF-8")


def test_an_unknown_baseline_is_refused_before_the_model_loads(monkeypatch, tmp_path):
    import pipeline.nlp

    def load(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(pipeline.nlp, "load", load)
    result = invoke("evaluate", SEED_GOLD, "--baseline", "spacy-large", "-o", tmp_path / "m.json")
    assert_one_line_error(result, "unknown baseline 'spacy-large'")
