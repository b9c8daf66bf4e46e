"""The `pipeline` command line, driven in-process through typer's CliRunner.

Tests not marked ``model`` never load the pretrained pipeline: the ones that
reach the annotation step get a blank English pipeline instead (``blank_load``).
Tests marked ``model`` run the real pipeline, loaded once per model name for
the whole module (``model_once``), since every CLI call would otherwise load it
again.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

CORPORA = Path(__file__).parent.parent / "corpora"
SEED_TEXT = CORPORA / "il76-belgorod-2024-01-24.txt"
SEED_GOLD = CORPORA / "il76-belgorod-2024-01-24.gold.jsonl"

runner = CliRunner()


# --------------------------------------------------------------------------- helpers


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def assert_clean_exit(result) -> None:
    """The command ended through sys.exit (a typer.Exit), not an uncaught exception.

    CliRunner swallows exceptions, so "no Traceback in the output" alone proves nothing.
    """
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {type(result.exception).__name__}: {result.exception}\n{result.output}"
    )
    assert "Traceback" not in result.output


def lines_with(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


def message_of(line: str) -> str:
    """The message of a stderr line, without its "error: "/"skipped: " prefix (or a progress bar before it)."""
    line = line.split("\r")[-1].strip()
    for prefix in ("error: ", "skipped: "):
        if prefix in line:
            return line.split(prefix, 1)[1]
    return line


def assert_failed_with(result, needle: str, reason: str) -> str:
    """Exit != 0, no traceback, and one error message (naming `needle` and `reason`) on stderr."""
    assert result.exit_code != 0, result.output
    assert_clean_exit(result)
    assert result.stdout == ""
    found = lines_with(result.stderr, needle)
    assert found, f"no line mentions {needle!r}:\n{result.stderr}"
    assert len({message_of(line) for line in found}) == 1, result.stderr
    assert all(reason in line for line in found), result.stderr
    return found[0]


def assert_no_output_file(output: Path) -> None:
    assert not output.exists()
    # Nor a temporary file of write_atomic left beside it.
    if output.parent.exists():
        assert not [p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}")]


def seed_article() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_spans_slice(article: dict) -> None:
    text = article["text"]

    def check(span: dict | None) -> None:
        if span is None:
            return
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span

    for entity in article["entities"]:
        check(entity)
    for hedge in article["hedges"]:
        check(hedge)
    for attribution in article["attributions"]:
        for part in ("source", "cue", "content"):
            check(attribution[part])


@pytest.fixture
def blank_load(monkeypatch):
    """pipeline.nlp.load returns a blank English pipeline: no model is loaded."""
    import spacy

    import pipeline.components  # noqa: F401  (registers the Doc/Span extensions)
    import pipeline.nlp

    monkeypatch.setattr(pipeline.nlp, "load", lambda model=None, **kwargs: spacy.blank("en"))


@pytest.fixture(scope="module")
def model_once():
    """pipeline.nlp.load loads each model once for this module (the real loader, cached)."""
    import pipeline.nlp
    from pipeline.errors import PipelineError

    real = pipeline.nlp.load
    cache: dict = {}

    def load(model=None, *, base_model=None):
        key = (None if model is None else str(model), base_model)
        if key not in cache:
            cache[key] = real(model, base_model=base_model)
        return cache[key]

    try:
        cache[("untrained", None)] = real("untrained")
    except PipelineError as err:  # pragma: no cover - depends on the environment
        pytest.skip(f"pretrained base pipeline not available: {err}")
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline.nlp, "load", load)
    yield cache
    patch.undo()


# --------------------------------------------------------------------------- annotate: bad input


def _bad_inputs(tmp_path: Path) -> dict:
    """name -> (path argument, text every error line must hold)."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not a .txt file", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\r\n \n")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 owners said prices rose.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "broken.jsonl").write_text('\n{"id": "a", "text": "Officials said so."\n', encoding="utf-8")
    return {
        "missing": (tmp_path / "no-such-file.txt", "no such file or directory"),
        "dir-without-txt": (tmp_path / "empty", "directory holds no .txt files"),
        "empty": (tmp_path / "empty.txt", "file is empty"),
        "whitespace-only": (tmp_path / "blank.txt", "file is empty"),
        "invalid-utf8": (tmp_path / "latin1.txt", "not valid UTF-8 (byte 3)"),
        "binary": (tmp_path / "binary.txt", "binary"),
        "malformed-jsonl": (tmp_path / "broken.jsonl", "line 2: malformed JSON"),
    }


BAD_INPUTS = ["missing", "dir-without-txt", "empty", "whitespace-only", "invalid-utf8", "binary", "malformed-jsonl"]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_annotate_bad_input_fails_with_one_message(kind, tmp_path, blank_load):
    path, reason = _bad_inputs(tmp_path)[kind]
    output = tmp_path / "out" / "annotations.jsonl"
    result = invoke("annotate", path, "--format", "jsonl", "--output", output)
    assert result.exit_code == 1
    assert_failed_with(result, str(path), reason)
    assert_no_output_file(output)


@pytest.mark.parametrize("kind", ["missing", "dir-without-txt", "empty", "whitespace-only", "invalid-utf8", "binary",
                                  "malformed-jsonl"])
def test_annotate_bad_single_input_is_exactly_one_line(kind, tmp_path, blank_load):
    path, reason = _bad_inputs(tmp_path)[kind]
    result = invoke("annotate", path, "--format", "jsonl", "--output", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert_clean_exit(result)
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1, result.stderr


def test_annotate_unknown_format(tmp_path, blank_load):
    text = tmp_path / "a.txt"
    text.write_text("Officials said the plane crashed.", encoding="utf-8")
    output = tmp_path / "out.xml"
    result = invoke("annotate", text, "--format", "xml", "--output", output)
    assert result.exit_code == 1
    line = assert_failed_with(result, "'xml'", "unknown output format")
    assert "jsonl" in line  # names the choices
    assert len(result.stderr.splitlines()) == 1
    assert_no_output_file(output)


def test_annotate_unknown_encoding_errors_value(tmp_path, blank_load):
    text = tmp_path / "a.txt"
    text.write_text("Officials said the plane crashed.", encoding="utf-8")
    result = invoke("annotate", text, "--encoding-errors", "ignore")
    assert result.exit_code == 1
    assert_failed_with(result, "--encoding-errors", "strict or replace")


def test_annotate_encoding_errors_replace_accepts_invalid_utf8(tmp_path, blank_load):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 owners said prices rose.".encode("latin-1"))
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", path, "--format", "jsonl", "--encoding-errors", "replace", "--output", output)
    assert result.exit_code == 0, result.output
    assert_clean_exit(result)
    [article] = read_jsonl(output.read_text(encoding="utf-8"))
    assert article["id"] == "latin1"
    assert article["text"] == "Caf\ufffd owners said prices rose."


# --------------------------------------------------------------------------- validate


def validate_problems(tmp_path: Path, rows: list) -> list[str]:
    path = write_jsonl(tmp_path / "gold.jsonl", rows)
    result = invoke("validate", path)
    assert result.exit_code == 1, result.output
    assert_clean_exit(result)
    assert "problem(s)" in result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{path}: line ") for line in lines), result.stdout
    return lines


def test_validate_seed_gold_is_ok():
    result = invoke("validate", SEED_GOLD)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"{SEED_GOLD}: ok"


def test_validate_text_not_matching_offsets(tmp_path):
    article = seed_article()
    entity = article["entities"][0]
    entity["text"] = "Boeing-747"
    [line] = validate_problems(tmp_path, [article])
    assert f"line 1, article {article['id']}, entity {entity['id']}: " in line
    assert f"'Boeing-747' does not match offsets {entity['start']}-{entity['end']}" in line
    assert repr(article["text"][entity["start"]:entity["end"]]) in line


def test_validate_start_not_before_end(tmp_path):
    article = seed_article()
    hedge = article["hedges"][0]
    hedge["end"] = hedge["start"]
    [line] = validate_problems(tmp_path, [article])
    assert f"line 1, article {article['id']}, hedge {hedge['id']}: " in line
    assert f"start {hedge['start']} >= end {hedge['start']}" in line


def test_validate_offsets_out_of_range(tmp_path):
    article = seed_article()
    n = len(article["text"])
    cue = article["attributions"][0]["cue"]
    cue["start"], cue["end"] = n - 2, n + 5
    [line] = validate_problems(tmp_path, [article])
    assert f"line 1, article {article['id']}, attribution {article['attributions'][0]['id']}: " in line
    assert f"cue: offsets {n - 2}-{n + 5} out of range (text has {n} characters)" in line


def test_validate_negative_offset(tmp_path):
    article = seed_article()
    entity = article["entities"][1]
    entity["start"] = -1
    [line] = validate_problems(tmp_path, [article])
    assert f"entity {entity['id']}: " in line and "out of range" in line


def test_validate_unknown_label(tmp_path):
    article = seed_article()
    entity = article["entities"][2]
    entity["label"] = "ANIMAL"
    [line] = validate_problems(tmp_path, [article])
    assert f"line 1, article {article['id']}, entity {entity['id']}: unknown label 'ANIMAL'" in line


def test_validate_overlapping_entities(tmp_path):
    article = seed_article()
    first = article["entities"][0]
    start, end = first["start"] + 2, first["end"] + 3
    article["entities"].append({"id": "T999", "start": start, "end": end, "label": "ORG",
                                "text": article["text"][start:end]})
    lines = validate_problems(tmp_path, [article])
    assert any(f"line 1, article {article['id']}, entity T999: overlaps entity {first['id']} "
               f"({first['start']}-{first['end']})" in line for line in lines), lines


def test_validate_source_entity_naming_no_entity(tmp_path):
    article = seed_article()
    attribution = article["attributions"][0]
    attribution["source_entity"] = "T999"
    [line] = validate_problems(tmp_path, [article])
    assert f"line 1, article {article['id']}, attribution {attribution['id']}: " in line
    assert "source_entity 'T999' names no entity" in line


def test_validate_malformed_json_line(tmp_path):
    article = seed_article()
    other = copy.deepcopy(article)
    other["id"] = "second"
    [line] = validate_problems(tmp_path, [article, '{"id": "broken", "text": ', other])
    assert ": line 2: malformed JSON" in line


def test_validate_duplicate_article_id(tmp_path):
    article = seed_article()
    [line] = validate_problems(tmp_path, [article, "", article])
    assert f"line 3, article {article['id']}: duplicate article id (first on line 1)" in line


def test_validate_lists_every_problem(tmp_path):
    article = seed_article()
    article["entities"][0]["label"] = "ANIMAL"
    article["hedges"][0]["end"] = len(article["text"]) + 1
    lines = validate_problems(tmp_path, [article, "not json"])
    assert len(lines) == 3
    assert invoke("validate", tmp_path / "gold.jsonl").stderr.strip() == "3 problem(s)"


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_validate_unreadable_path(tmp_path, kind):
    path = tmp_path / "nothing.jsonl" if kind == "missing" else tmp_path
    result = invoke("validate", path)
    assert result.exit_code == 1
    assert_failed_with(result, str(path), "no such file" if kind == "missing" else "unsupported input")
    assert len(result.stderr.splitlines()) == 1


# --------------------------------------------------------------------------- evaluate --predictions


def test_evaluate_predictions_equal_to_gold_score_one(tmp_path):
    metrics = tmp_path / "metrics.json"
    result = invoke("evaluate", SEED_GOLD, "--predictions", SEED_GOLD, "--baseline", "none", "--output", metrics)
    assert result.exit_code == 0, result.output
    assert_clean_exit(result)
    rows = [line for line in result.stdout.splitlines()
            if line.startswith(("entities", "entity ", "hedges", "attributions"))]
    assert len(rows) >= 8
    for row in rows:
        assert row.split()[-1] == "1.000", row
    assert "missing" not in result.stdout
    scores = json.loads(metrics.read_text(encoding="utf-8"))
    system = scores["systems"]["predictions"]
    assert system["missing_articles"] == []
    assert system["headline"] and all(v == 1.0 for v in system["headline"].values()), system["headline"]
    assert f"scores written to {metrics}" in result.stderr


def test_evaluate_predictions_missing_an_article_score_it_zero(tmp_path):
    other = {"id": "other-article", "text": "Officials said the talks went on.", "meta": {},
             "entities": [], "hedges": [], "attributions": []}
    gold = write_jsonl(tmp_path / "gold.jsonl", [other, seed_article()])
    predictions = write_jsonl(tmp_path / "pred.jsonl", [other])
    metrics = tmp_path / "metrics.json"
    result = invoke("evaluate", gold, "-p", predictions, "--baseline", "none", "-o", metrics)
    assert result.exit_code == 0, result.output
    f1 = {line.rsplit(None, 3)[0]: line.split()[-1] for line in result.stdout.splitlines()
          if line.startswith(("entities", "hedges", "attributions"))}
    assert f1["entities (exact)"] == "0.000"
    assert f1["attributions full"] == "0.000"
    assert "1 gold article(s) missing from the predictions" in result.stdout
    system = json.loads(metrics.read_text(encoding="utf-8"))["systems"]["predictions"]
    assert system["missing_articles"] == [seed_article()["id"]]
    assert system["headline"]["entities_exact_f1"] == 0.0


def test_evaluate_predictions_with_no_matching_id_is_an_error(tmp_path):
    predictions = write_jsonl(tmp_path / "pred.jsonl", [{"id": "some-other-article", "text": "Nothing here."}])
    metrics = tmp_path / "metrics.json"
    result = invoke("evaluate", SEED_GOLD, "-p", predictions, "--baseline", "none", "-o", metrics)
    assert result.exit_code == 1
    assert_failed_with(result, str(predictions), "no article id of the gold is among the predictions")
    assert_no_output_file(metrics)


def test_evaluate_gold_with_bad_offsets_fails_with_one_line(tmp_path):
    article = seed_article()
    article["entities"][0]["end"] = len(article["text"]) + 10
    gold = write_jsonl(tmp_path / "gold.jsonl", [article])
    metrics = tmp_path / "metrics.json"
    result = invoke("evaluate", gold, "-p", SEED_GOLD, "--baseline", "none", "-o", metrics)
    assert result.exit_code == 1
    line = assert_failed_with(result, str(gold), "out of range")
    assert f"article {article['id']}" in line and "entity T1" in line
    assert len(result.stderr.splitlines()) == 1
    assert_no_output_file(metrics)


def test_evaluate_bad_predictions_file_fails_with_one_line(tmp_path):
    predictions = write_jsonl(tmp_path / "pred.jsonl", ["{oops"])
    metrics = tmp_path / "metrics.json"
    result = invoke("evaluate", SEED_GOLD, "-p", predictions, "--baseline", "none", "-o", metrics)
    assert result.exit_code == 1
    assert_failed_with(result, str(predictions), "malformed JSON")
    assert len(result.stderr.splitlines()) == 1
    assert_no_output_file(metrics)


# --------------------------------------------------------------------------- annotate with the model


@pytest.fixture(scope="module")
def seed_jsonl(model_once) -> dict:
    """The seed article annotated once through `annotate --format jsonl`."""
    result = invoke("annotate", SEED_TEXT, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert_clean_exit(result)
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


@pytest.mark.model
def test_annotate_seed_jsonl(seed_jsonl):
    article = seed_jsonl
    assert article["id"] == SEED_TEXT.stem
    assert article["text"] == SEED_TEXT.read_text(encoding="utf-8")
    assert article["entities"] and article["hedges"] and article["attributions"]
    assert_spans_slice(article)
    labels = {e["label"] for e in article["entities"]}
    assert "AIRCRAFT" in labels or "GPE" in labels


@pytest.mark.model
def test_annotate_seed_json_matches_jsonl(model_once, seed_jsonl, tmp_path):
    output = tmp_path / "seed.json"
    result = invoke("annotate", SEED_TEXT, "--format", "json", "--output", output)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    article = json.loads(output.read_text(encoding="utf-8"))
    assert isinstance(article, dict)  # one article: an object, not a list
    assert article == seed_jsonl


@pytest.mark.model
def test_annotate_seed_docbin_holds_the_jsonl_layers(model_once, seed_jsonl, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    from pipeline.docs import doc_to_article

    output = tmp_path / "seed.spacy"
    result = invoke("annotate", SEED_TEXT, "--format", "spacy", "--output", output)
    assert result.exit_code == 0, result.output
    [doc] = DocBin().from_disk(output).get_docs(spacy.blank("en").vocab)
    article = doc_to_article(doc, article_id=seed_jsonl["id"]).to_dict()
    spans = lambda layer: sorted((e["start"], e["end"], e.get("label")) for e in layer)  # noqa: E731
    assert spans(article["entities"]) == spans(seed_jsonl["entities"])
    assert spans(article["hedges"]) == spans(seed_jsonl["hedges"])
    assert len(article["attributions"]) == len(seed_jsonl["attributions"])


def test_annotate_docbin_needs_an_output_file(blank_load):
    result = invoke("annotate", SEED_TEXT, "--format", "spacy")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --format spacy writes a binary file: give it with -o (e.g. -o articles.spacy)"


@pytest.mark.model
def test_annotate_seed_report(model_once, seed_jsonl):
    result = invoke("annotate", SEED_TEXT)
    assert result.exit_code == 0, result.output
    report = result.stdout
    assert report.startswith(f"== {SEED_TEXT.stem} ")
    lines = report.splitlines()
    assert "Entities" in lines and "Hedges" in lines
    assert any(line.startswith("Claims") for line in lines)
    assert seed_jsonl["hedges"][0]["text"] in report


@pytest.mark.model
def test_annotate_stdin(model_once, seed_jsonl):
    result = invoke("annotate", "-", "--format", "jsonl", input=SEED_TEXT.read_bytes())
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(result.stdout)
    assert article["id"] == "stdin"
    for key in ("text", "entities", "hedges", "attributions"):
        assert article[key] == seed_jsonl[key]


@pytest.mark.model
def test_annotate_crlf_same_as_lf(model_once, seed_jsonl, tmp_path):
    lf = SEED_TEXT.read_text(encoding="utf-8")
    assert "\r" not in lf
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(lf.replace("\n", "\r\n").encode("utf-8"))
    result = invoke("annotate", crlf, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(result.stdout)
    assert article["text"] == lf  # offsets point into the normalised (LF) text
    for key in ("entities", "hedges", "attributions"):
        assert article[key] == seed_jsonl[key], key
    assert_spans_slice(article)


def _mixed_directory(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    seed = SEED_TEXT.read_text(encoding="utf-8")
    paragraphs = seed.split("\n\n")
    (folder / "a.txt").write_text(paragraphs[0], encoding="utf-8")
    (folder / "b.txt").write_text(paragraphs[1], encoding="utf-8")
    (folder / "c.txt").write_bytes(b"Officials said \xff\xfe the plane crashed.")
    (folder / "d.txt").write_text(paragraphs[2], encoding="utf-8")
    return folder


@pytest.mark.model
@pytest.mark.parametrize("skip_errors", [False, True])
def test_annotate_directory_with_one_bad_file(model_once, tmp_path, skip_errors):
    folder = _mixed_directory(tmp_path)
    output = tmp_path / "out.jsonl"
    args = ["annotate", folder, "--format", "jsonl", "--output", output] + (["--skip-errors"] if skip_errors else [])
    result = invoke(*args)
    assert_clean_exit(result)
    assert result.exit_code == (0 if skip_errors else 1), result.output
    articles = read_jsonl(output.read_text(encoding="utf-8"))
    assert [a["id"] for a in articles] == ["a", "b", "d"]
    for article in articles:
        assert_spans_slice(article)
    bad = str(folder / "c.txt")
    assert "1 input(s) skipped, 3 annotated" in result.stderr
    assert lines_with(result.stderr, bad) and all("not valid UTF-8" in line for line in lines_with(result.stderr, bad))
    assert not lines_with(result.stderr, str(folder / "a.txt"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Die Regierung in Berlin hat am Montag neue Maßnahmen beschlossen. Der Minister sagte, die Lage sei ernst. "
    "Nach Angaben der Polizei wurden drei Menschen verletzt.",
    "俄罗斯国防部周三表示，一架伊尔-76军用运输机在别尔哥罗德州坠毁。乌克兰方面尚未证实这一消息。据报道，机上共有74人。",
], ids=["german", "chinese"])
def test_annotate_non_english_warns(model_once, tmp_path, text):
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke("annotate", path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert_clean_exit(result)
    assert "warning: foreign: text does not look like English" in result.stderr
    [article] = read_jsonl(result.stdout)
    assert article["text"] == text
    assert_spans_slice(article)


@pytest.mark.model
def test_annotate_long_text_offsets(model_once, tmp_path):
    from pipeline.engine.local import PIECE_CHARS

    seed = SEED_TEXT.read_text(encoding="utf-8").strip()
    copies = 300_000 // (len(seed) + 2) + 1
    text = "\n\n".join([seed] * copies)
    assert len(text) > 2 * PIECE_CHARS  # at least three pieces
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    output = tmp_path / "long.jsonl"
    result = invoke("annotate", path, "--format", "jsonl", "--output", output)
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(output.read_text(encoding="utf-8"))
    assert article["text"] == text
    assert_spans_slice(article)
    # Annotations reach past the first piece, all the way to the last copy.
    assert max(e["end"] for e in article["entities"]) > len(text) - len(seed)
    assert len(article["entities"]) > copies
    ids = [e["id"] for e in article["entities"]]
    assert len(ids) == len(set(ids))


@pytest.mark.model
def test_annotate_model_untrained(model_once, tmp_path):
    result = invoke("annotate", SEED_TEXT, "--model", "untrained", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(result.stdout)
    assert article["entities"] and article["attributions"]
    assert_spans_slice(article)


@pytest.mark.model
def test_annotate_one_very_long_line(model_once, tmp_path):
    from pipeline.engine.local import PIECE_CHARS

    seed = " ".join(SEED_TEXT.read_text(encoding="utf-8").split())  # no line ends at all
    text = " ".join([seed] * (PIECE_CHARS // len(seed) + 2))
    assert "\n" not in text and len(text) > PIECE_CHARS  # cut on spaces into two pieces
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke("annotate", path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [article] = read_jsonl(result.stdout)
    assert article["text"] == text
    assert_spans_slice(article)
    assert max(e["end"] for e in article["entities"]) > PIECE_CHARS


@pytest.mark.model
def test_annotate_two_processes_same_as_one(model_once, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, paragraph in enumerate(SEED_TEXT.read_text(encoding="utf-8").split("\n\n")):
        (folder / f"p{n}.txt").write_text(paragraph, encoding="utf-8")
    outputs = []
    for n_process in ("1", "2"):
        result = invoke("annotate", folder, "--format", "jsonl", "--n-process", n_process)
        assert result.exit_code == 0, result.output
        outputs.append(read_jsonl(result.stdout))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == len(list(folder.glob("*.txt")))


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_annotate_keeps_going_past_an_article_the_pipeline_fails_on(monkeypatch, tmp_path, n_process):
    import spacy
    from spacy.language import Language

    import pipeline.components  # noqa: F401  (registers the Doc/Span extensions)
    import pipeline.nlp

    @Language.component("test_fails_on_boom")
    def fails_on_boom(doc):
        if "BOOM" in doc.text:
            raise ValueError("cannot parse this")
        return doc

    def load(model=None, **kwargs):
        nlp = spacy.blank("en")
        nlp.add_pipe("test_fails_on_boom")
        return nlp

    monkeypatch.setattr(pipeline.nlp, "load", load)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a", "Officials met on Monday."), ("b", "BOOM goes the parser."), ("c", "Talks went on.")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = invoke("annotate", folder, "--format", "jsonl", "-o", output, "--n-process", n_process)
    assert result.exit_code == 1
    assert_clean_exit(result)
    assert [a["id"] for a in read_jsonl(output.read_text(encoding="utf-8"))] == ["a", "c"]
    assert "annotation failed on b: ValueError: cannot parse this" in result.stderr


@pytest.mark.parametrize("gold", sorted(CORPORA.glob("*.jsonl")) + sorted(CORPORA.glob("heldout/*.jsonl")),
                         ids=lambda path: path.name)
def test_every_corpus_file_passes_validate(gold):
    result = invoke("validate", gold)
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("tool", ["labelstudio", "doccano", "prodigy", "brat"])
def test_export_then_import_gives_back_the_gold(tool, tmp_path):
    exported = tmp_path / ("export" if tool == "brat" else "export.json" if tool == "labelstudio" else "export.jsonl")
    result = invoke("export", SEED_GOLD, "--to", tool, "-o", exported)
    assert result.exit_code == 0, result.output
    back = tmp_path / "back.jsonl"
    result = invoke("import", exported, "--from", tool, "-o", back)
    assert result.exit_code == 0, result.output
    assert read_jsonl(back.read_text(encoding="utf-8")) == [seed_article()]


def test_import_of_a_file_in_another_format_fails_with_one_line(tmp_path):
    result = invoke("import", SEED_GOLD, "--from", "labelstudio", "-o", tmp_path / "back.jsonl")
    assert result.exit_code == 1
    assert_clean_exit(result)
    assert len(result.stderr.splitlines()) == 1
    assert_no_output_file(tmp_path / "back.jsonl")
