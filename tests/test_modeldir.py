"""Model directories without the pretrained pipeline: which models the SHA-256 check guards,
where `pipeline train` may write, and the temporary directories that killed runs leave.

Models here are blank English pipelines, saved by save_model (as `pipeline train`
saves) or by spaCy itself; nothing is trained.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from pipeline import modeldir
from pipeline.cli import app
from pipeline.errors import Errors, PipelineError
from pipeline.training import train

INFO = {"data_hash": "d" * 64, "training": {"seed": 0}}
GOLD = Path(__file__).resolve().parent.parent / "corpora" / "news.gold.jsonl"


def blank() -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def ours(path: Path) -> Path:
    """A model directory as `pipeline train` writes it."""
    path.mkdir(parents=True, exist_ok=True)
    modeldir.save_model(blank(), path, INFO)
    return path


def notices(path: Path) -> list[str]:
    seen: list[str] = []
    modeldir.load_model_dir(path, notice=seen.append)
    return seen


# --------------------------------------------------------------------------- which models the check guards


def test_model_written_by_save_model_is_guarded(tmp_path):
    model = ours(tmp_path / "m")
    meta = modeldir.verify(model)
    assert meta["news_pipeline"]["data_hash"] == INFO["data_hash"]
    assert meta["news_pipeline"]["sha256"] == modeldir.file_hashes(model)
    assert modeldir.written_by_train(model)
    assert notices(model) == []


@pytest.mark.parametrize("alter", ["config", "weights", "stray", "removed"])
def test_altered_model_of_ours_fails_with_one_line(tmp_path, alter):
    model = ours(tmp_path / "m")
    if alter == "config":
        (model / "config.cfg").write_text((model / "config.cfg").read_text() + "\n# edited\n")
        name = "config.cfg"
    elif alter == "weights":
        (model / "vocab" / "strings.json").write_text("[]")
        name = "vocab/strings.json"
    elif alter == "stray":
        (model / "extra.bin").write_bytes(b"\0")
        name = "extra.bin"
    else:
        (model / "tokenizer").unlink()
        name = "tokenizer"
    with pytest.raises(PipelineError, match="missing or altered") as err:
        modeldir.load_model_dir(model, notice=pytest.fail)
    assert name in str(err.value) and "\n" not in str(err.value)
    assert modeldir.written_by_train(model)  # still ours: `pipeline train` may replace it


def test_model_saved_by_spacy_loads_with_a_notice(tmp_path):
    model = tmp_path / "spacy-saved"
    blank().to_disk(model)
    assert not modeldir.written_by_train(model)
    seen = notices(model)
    assert len(seen) == 1 and "\n" not in seen[0]
    assert str(model) in seen[0] and "not written by `pipeline train`" in seen[0]


def test_model_of_ours_saved_again_by_spacy_loads_with_a_notice(tmp_path):
    """Loaded, given an entity_ruler and saved by spaCy: meta.json keeps our block but is rewritten."""
    nlp = spacy.load(ours(tmp_path / "m"))
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "Kremlin"}])
    nlp.to_disk(tmp_path / "ruled")
    meta = json.loads((tmp_path / "ruled" / "meta.json").read_text())
    assert "news_pipeline" in meta  # spaCy carried the block over, with hashes that no longer fit
    seen = notices(tmp_path / "ruled")
    assert len(seen) == 1 and "rewritten" in seen[0]
    assert [e.text for e in modeldir.load_model_dir(tmp_path / "ruled", notice=seen.append)("The Kremlin.").ents] \
        == ["Kremlin"]


def test_notice_goes_to_stderr(tmp_path, capsys):
    blank().to_disk(tmp_path / "m")
    modeldir.load_model_dir(tmp_path / "m")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("notice: ") and captured.err.count("\n") == 1


def test_meta_of_an_older_pipeline_train_is_still_checked(tmp_path):
    """meta.json written before it carried its own hash (the block without meta_sha256): checked as before."""
    model = ours(tmp_path / "m")
    meta = json.loads((model / "meta.json").read_text())
    del meta["news_pipeline"]["meta_sha256"]
    (model / "meta.json").write_text(json.dumps(meta, indent=2))
    assert notices(model) == []
    (model / "tokenizer").write_bytes(b"altered")
    with pytest.raises(PipelineError, match="tokenizer"):
        modeldir.verify(model)


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]"])
def test_missing_or_unreadable_meta_is_an_error(tmp_path, content):
    model = ours(tmp_path / "m")
    if content is None:
        (model / "meta.json").unlink()
    else:
        (model / "meta.json").write_text(content)
    with pytest.raises(PipelineError, match="meta.json"):
        modeldir.load_model_dir(model)
    assert not modeldir.written_by_train(model)


# --------------------------------------------------------------------------- where `pipeline train` may write


def test_check_output_accepts_new_empty_and_ours(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert modeldir.check_output("models/new") == tmp_path / "models" / "new"
    (tmp_path / "empty").mkdir()
    assert modeldir.check_output("empty") == tmp_path / "empty"
    assert modeldir.check_output(ours(tmp_path / "m")) == tmp_path / "m"


@pytest.mark.parametrize("case", ["file", "under-file", "dot", "parent", "thesis", "spacy-model"])
def test_check_output_refuses(tmp_path, monkeypatch, case):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "notes.txt").write_text("my notes")
    thesis = work / "thesis"
    thesis.mkdir()
    (thesis / "chapter1.tex").write_text("\\chapter{One}")
    blank().to_disk(work / "spacy-model")
    output, reason = {"file": ("notes.txt", "not a directory"), "under-file": ("notes.txt/model", "not a directory"),
                      "dot": (".", "current directory"), "parent": ("..", "current directory"),
                      "thesis": ("thesis", "no model written by `pipeline train`"),
                      "spacy-model": ("spacy-model", "no model written by `pipeline train`")}[case]
    with pytest.raises(PipelineError, match=reason):
        modeldir.check_output(output)
    assert (work / "notes.txt").read_text() == "my notes"
    assert (thesis / "chapter1.tex").exists()


@pytest.mark.parametrize("corpus,output", [
    ("corpora", "corpora"),                    # is the corpus
    ("corpora", "corpora/models/m"),           # inside it
    ("corpora/news.gold.jsonl", "corpora"),    # holds it
    ("corpora", "."),                          # holds it (and is the current directory)
])
def test_check_output_refuses_the_corpus(tmp_path, monkeypatch, corpus, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpora").mkdir()
    (tmp_path / "corpora" / "news.gold.jsonl").write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\n")
    with pytest.raises(PipelineError, match="corpus|current directory"):
        modeldir.check_output(output, corpus=corpus)


@pytest.mark.parametrize("output,message", [
    ("notes.txt", "not a directory"),
    (".", "current directory"),
    ("thesis", "no model written by `pipeline train`"),
    ("corpus.jsonl", "not a directory"),
    ("here", "is, contains or is inside the corpus"),
])
def test_train_command_refuses_bad_output_with_one_line(tmp_path, monkeypatch, output, message):
    """Refused before anything is read or trained: no pretrained pipeline needed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("my notes")
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "chapter1.tex").write_text("\\chapter{One}")
    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "c.jsonl").write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\n")
    corpus = "here" if output == "here" else "corpus.jsonl"
    if corpus == "corpus.jsonl":
        (tmp_path / "corpus.jsonl").write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\n")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(app, ["train", "--corpus", corpus, "--output", output])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert (tmp_path / "thesis" / "chapter1.tex").exists()


def test_train_refuses_bad_output_before_reading_the_corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "chapter1.tex").write_text("x")
    with pytest.raises(PipelineError, match="thesis"):
        train(tmp_path / "no-such-corpus.jsonl", "thesis", log=pytest.fail)


# --------------------------------------------------------------------------- temporary directories of killed runs


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_directory_names_hold_the_pid(tmp_path):
    target = tmp_path / "news"
    with modeldir.atomic_model_dir(target) as tmp:
        assert tmp.name.startswith(f".news.{os.getpid()}.")
        assert modeldir.sweep_abandoned(target) == []  # this run's own directory stays


def test_abandoned_temporary_directories_are_swept(tmp_path):
    target = tmp_path / "news-sm"
    dead, alive = _dead_pid(), os.getppid()
    kept = [tmp_path / f".news-sm.{alive}.abcd1234",        # a run still going
            tmp_path / ".news-sm.x1y2z3w4",                 # no pid: not ours to judge
            tmp_path / f".news-sm.v2.{dead}.abcd1234",      # another model's (news-sm.v2)
            tmp_path / "thesis"]
    gone = [tmp_path / f".news-sm.{dead}.abcd1234", tmp_path / f".news-sm.{dead}.zz_99xyq"]
    for path in kept + gone:
        path.mkdir()
        (path / "config.cfg").write_text("x")
    (tmp_path / f".news-sm.{dead}.filefile").write_text("a file, not a directory")
    with modeldir.atomic_model_dir(target) as tmp:
        (tmp / "config.cfg").write_text("new")
    assert all(path.exists() for path in kept)
    assert not any(path.exists() for path in gone)
    assert (tmp_path / f".news-sm.{dead}.filefile").exists()
    assert (target / "config.cfg").read_text() == "new"


def test_annotate_accepts_a_model_saved_by_spacy_with_one_notice(tmp_path):
    """`pipeline annotate -m` on a pipeline spaCy saved: annotated, exit 0, one notice line on stderr."""
    blank().to_disk(tmp_path / "spacy-model")
    article = tmp_path / "a.txt"
    article.write_text("Officials said the bridge was closed on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(article), "-m", str(tmp_path / "spacy-model"),
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.strip()] == \
        [f"notice: {tmp_path / 'spacy-model'}: a model not written by `pipeline train` (meta.json has no "
         "news_pipeline checksums); loading it without the SHA-256 check"]
    assert json.loads(result.stdout)["text"] == article.read_text(encoding="utf-8")


def test_annotate_refuses_an_altered_model_of_ours_with_one_line(tmp_path):
    model = ours(tmp_path / "m")
    (model / "tokenizer").write_bytes(b"altered")
    article = tmp_path / "a.txt"
    article.write_text("Officials said the bridge was closed on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(article), "-m", str(model)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [f"error: {Errors.E010.format(path=model, file='tokenizer')}"]


def test_a_model_this_version_cannot_load_is_one_error(tmp_path):
    """A model saved with data this version's components cannot read (an older version's) is refused
    with one line, not a KeyError traceback."""
    import json

    import spacy

    import pipeline.components  # noqa: F401
    from pipeline.errors import PipelineError
    from pipeline.modeldir import load_model_dir

    nlp = spacy.blank("en")
    nlp.add_pipe("news_hedges").initialize(lambda: [], nlp=nlp)
    nlp.to_disk(tmp_path / "old")
    data_file = tmp_path / "old" / "news_hedges" / "data.json"
    data_file.write_text(json.dumps({"hedges.jsonl": [{"an_older_key": []}]}), encoding="utf-8")
    with pytest.raises(PipelineError, match="cannot be loaded by this version"):
        load_model_dir(tmp_path / "old", notice=lambda message: None)
