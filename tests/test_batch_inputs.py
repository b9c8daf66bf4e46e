"""Batch annotation of small archives through the command line: a directory of .txt files with a bad file
in the middle, JSONL, Parquet and saved Hugging Face datasets with custom column names.

Five short articles each; the trained model is loaded once for the module. `--format jsonl` must write one
line per readable article, in input order (not sorted by id), with the same annotations whatever the input kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()

# Ids deliberately out of alphabetical order: the output must keep the input order.
ARTICLES = [
    ("k-17", "Police spokesman Ali Hassan said two people were reportedly injured in the blast in Kharkiv."),
    ("b-03", "The Ministry of Defence said on Monday that 12 drones were shot down over the Belgorod region."),
    ("x-99", "According to Reuters, the governor claimed that the strike may have hit a power plant."),
    ("a-01", "Ukraine's air force said it had intercepted three missiles. The claim could not be verified."),
    ("m-42", "Officials in Kyiv told the BBC that nine individuals were detained, allegedly for spying."),
]
IDS = [article_id for article_id, _ in ARTICLES]
TEXTS = [text for _, text in ARTICLES]
LAYERS = ("entities", "hedges", "attributions")


@pytest.fixture(scope="module", autouse=True)
def model_once():
    """pipeline.nlp.load returns the default model, loaded once for the module."""
    import pipeline.nlp
    from pipeline.errors import PipelineError

    real = pipeline.nlp.load
    try:
        nlp = real(None)
    except PipelineError as err:  # pragma: no cover - depends on the environment
        pytest.skip(f"model not available: {err}")
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline.nlp, "load", lambda model=None, **kwargs: nlp if model is None else real(model, **kwargs))
    yield nlp
    patch.undo()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {type(result.exception).__name__}: {result.exception}\n{result.output}")
    return result


def read_lines(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    lines = raw.split("\n")[:-1]
    assert all(line.strip() for line in lines), "blank line in the JSONL output"
    return [json.loads(line) for line in lines]


def assert_spans_slice(article: dict) -> None:
    text = article["text"]
    spans = article["entities"] + article["hedges"] + [
        a[part] for a in article["attributions"] for part in ("source", "cue", "content") if a[part] is not None]
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text) and text[span["start"]:span["end"]] == span["text"], span


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> list[dict]:
    """The five articles annotated from a plain JSONL file (columns id, text)."""
    path = tmp_path_factory.mktemp("ref") / "plain.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES), encoding="utf-8")
    output = path.with_name("out.jsonl")
    result = invoke("annotate", path, "--format", "jsonl", "-o", output)
    assert result.exit_code == 0, result.output
    articles = read_lines(output)
    assert [a["id"] for a in articles] == IDS
    assert [a["text"] for a in articles] == TEXTS
    assert any(a["entities"] for a in articles) and any(a["hedges"] for a in articles)
    assert any(a["attributions"] for a in articles)
    for article in articles:
        assert_spans_slice(article)
    return articles


def assert_same_annotations(articles: list[dict], reference: list[dict], ids: list[str] = IDS) -> None:
    """One article per input, in input order, annotated as in the reference run."""
    assert [a["id"] for a in articles] == ids
    by_id = {a["id"]: a for a in reference}
    for article in articles:
        expected = by_id[article["id"]]
        assert article["text"] == expected["text"]
        for layer in LAYERS:
            assert article[layer] == expected[layer], (article["id"], layer)


# --------------------------------------------------------------------------- a directory with a bad file


@pytest.fixture
def folder(tmp_path) -> Path:
    """Five .txt files; the middle one (in sorted order) is not valid UTF-8."""
    path = tmp_path / "articles"
    path.mkdir()
    names = ["01-k-17", "02-b-03", "03-bad", "04-a-01", "05-m-42"]
    texts = [TEXTS[0], TEXTS[1], None, TEXTS[3], TEXTS[4]]
    for name, text in zip(names, texts):
        if text is None:
            (path / f"{name}.txt").write_bytes(b"Officials said \xff\xfe the plane had crashed.\n")
        else:
            (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("skip_errors", [False, True], ids=["strict", "skip-errors"])
def test_directory_with_a_bad_file_in_the_middle(folder, tmp_path, reference, skip_errors):
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", folder, "--format", "jsonl", "-o", output, *(["--skip-errors"] if skip_errors else []))
    assert result.exit_code == (0 if skip_errors else 1), result.output
    assert result.stdout == ""
    articles = read_lines(output)
    assert [a["id"] for a in articles] == ["01-k-17", "02-b-03", "04-a-01", "05-m-42"]
    by_text = {a["text"]: a for a in reference}
    for article in articles:
        assert article["meta"] == {"path": str(folder / f"{article['id']}.txt")}
        for layer in LAYERS:
            assert article[layer] == by_text[article["text"]][layer], (article["id"], layer)
    bad = str(folder / "03-bad.txt")
    bad_lines = [line for line in result.stderr.splitlines() if bad in line]
    assert bad_lines and all("not valid UTF-8" in line for line in bad_lines), result.stderr
    assert "1 input(s) skipped, 4 annotated" in result.stderr
    assert "annotating" in result.stderr  # the progress bar of a batch
    for good in ("01-k-17", "02-b-03", "04-a-01", "05-m-42"):
        assert str(folder / f"{good}.txt") not in result.stderr


# --------------------------------------------------------------------------- JSONL, Parquet, saved datasets


CUSTOM = ["--id-column", "doc_key", "--text-column", "body"]


def custom_rows(prefix: str = "") -> list[dict]:
    return [{"doc_key": prefix + i, "body": t, "source": "test", "n": n} for n, (i, t) in enumerate(ARTICLES)]


def write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in custom_rows()), encoding="utf-8")
    return path


def write_parquet(path: Path, prefix: str = "") -> Path:
    import datasets

    datasets.Dataset.from_list(custom_rows(prefix)).to_parquet(str(path))
    return path


def write_dataset(path: Path) -> Path:
    import datasets

    datasets.Dataset.from_list(custom_rows()).save_to_disk(str(path))
    return path


def write_dataset_dict(path: Path) -> Path:
    import datasets

    rows = custom_rows()
    datasets.DatasetDict({"train": datasets.Dataset.from_list(rows[:3]),
                          "test": datasets.Dataset.from_list(rows[3:])}).save_to_disk(str(path))
    return path


WRITERS = {"jsonl": (write_jsonl, "in.jsonl"), "parquet": (write_parquet, "in.parquet"),
           "dataset": (write_dataset, "saved"), "dataset-dict": (write_dataset_dict, "saved-dict")}


@pytest.mark.parametrize("kind", list(WRITERS))
def test_custom_columns(kind, tmp_path, reference):
    write, name = WRITERS[kind]
    source = write(tmp_path / name)
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", source, "--format", "jsonl", "-o", output, *CUSTOM)
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.stderr
    assert_same_annotations(read_lines(output), reference)


@pytest.mark.parametrize("kind", [
    "parquet",
    "dataset",
])
def test_missing_text_column_is_one_error(kind, tmp_path):
    write, name = WRITERS[kind]
    source = write(tmp_path / name)
    result = invoke("annotate", source, "--format", "jsonl", "-o", tmp_path / "out.jsonl")  # no --text-column
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "column 'text' not found" in errors[0] and "body" in errors[0], result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_jsonl_to_stdout_one_line_per_article(tmp_path, reference):
    result = invoke("annotate", write_jsonl(tmp_path / "in.jsonl"), "--format", "jsonl", *CUSTOM)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == len(ARTICLES)
    assert_same_annotations([json.loads(line) for line in lines], reference)


def test_several_inputs_keep_their_order(tmp_path, reference, folder):
    """A JSONL file, then a text file, then a Parquet file (the same texts under other ids: an id seen
    before is skipped): their articles come out in that order."""
    jsonl = write_jsonl(tmp_path / "in.jsonl")
    parquet = write_parquet(tmp_path / "in.parquet", prefix="p-")
    text_file = folder / "02-b-03.txt"
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", jsonl, text_file, parquet, "--format", "jsonl", "-o", output, *CUSTOM)
    assert result.exit_code == 0, result.output
    articles = read_lines(output)
    assert [a["id"] for a in articles] == IDS + ["02-b-03"] + [f"p-{i}" for i in IDS]
    assert_same_annotations(articles[:5], reference)
    assert_same_annotations([{**a, "id": a["id"][2:]} for a in articles[6:]], reference)
    assert articles[5]["text"] == TEXTS[1]


def test_n_process_2_keeps_input_order(tmp_path, reference):
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", write_jsonl(tmp_path / "in.jsonl"), "--format", "jsonl", "-o", output,
                    "--n-process", "2", "--batch-size", "1", *CUSTOM)
    assert result.exit_code == 0, result.output
    assert_same_annotations(read_lines(output), reference)
