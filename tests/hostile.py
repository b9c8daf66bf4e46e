"""Helpers of the hostile-input tests (test_hostile_*.py): the command line in-process and in a
subprocess, with a blank pipeline instead of the pretrained model, and FIFOs and device nodes in tmp_path.

Running as root, a write through an atomic rename onto a real device replaces the device: these tests
only ever point at FIFOs and device nodes they make in tmp_path.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).parent.parent
SEED_GOLD = ROOT / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"
runner = CliRunner()

# The command line in a fresh process, with pipeline.nlp.load giving a blank English pipeline (plus a
# "slow" component when PIPELINE_TEST_SLOW is set, so that a run can be signalled half-way).
BLANK_CLI = """
import os, sys, time
import spacy
from spacy.language import Language
import pipeline.components, pipeline.nlp

@Language.component("test_slow")
def slow(doc):
    time.sleep(float(os.environ.get("PIPELINE_TEST_SLOW", "0")))
    return doc

def load(model=None, **kwargs):
    nlp = spacy.blank("en")
    nlp.add_pipe("test_slow")
    return nlp

pipeline.nlp.load = load
from pipeline.cli import main
sys.argv = ["pipeline"] + sys.argv[1:]
main()
"""


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def cli_process(*args, **kwargs) -> subprocess.Popen:
    """`pipeline ARGS` in a new process with a blank pipeline; kwargs go to Popen."""
    return subprocess.Popen([sys.executable, "-c", BLANK_CLI, *map(str, args)], cwd=ROOT,
                            stdout=kwargs.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE, **kwargs)


def run_cli(*args, timeout: float = 120, **kwargs) -> tuple[int, str, str]:
    process = cli_process(*args, **kwargs)
    out, err = process.communicate(timeout=timeout)
    return process.returncode, (out or b"").decode("utf-8", "replace"), err.decode("utf-8", "replace")


def assert_one_line_error(result, *needles: str) -> str:
    """Exit 1, no traceback, exactly one line on stderr, holding every needle."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {type(result.exception).__name__}: {result.exception}\n{result.output}")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], result.stderr
    return lines[0]


def assert_clean(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {type(result.exception).__name__}: {result.exception}\n{result.output}")
    assert "Traceback" not in result.output


def leftovers(directory: Path) -> list[str]:
    """Temporary files or directories of write_atomic in directory."""
    return sorted(p.name for p in directory.iterdir() if ".pipeline-" in p.name or p.name.endswith(".tmp"))


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def seed_article() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])


def device_node(path: Path, minor: int) -> Path:
    """A character device in tmp_path: minor 3 is a null device, 7 a full one (writes fail with ENOSPC)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making device nodes needs root")
    return path


class FifoReader:
    """A FIFO in tmp_path and a thread that reads it whole (a daemon: it never keeps the tests waiting)."""

    def __init__(self, path: Path):
        self.path = path
        os.mkfifo(path)
        self.data: list[bytes] = []
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as handle:
            self.data.append(handle.read())

    def text(self, timeout: float = 20) -> str:
        self.thread.join(timeout)
        return b"".join(self.data).decode("utf-8")

    def still_a_fifo(self) -> bool:
        return stat.S_ISFIFO(os.lstat(self.path).st_mode)


@pytest.fixture
def blank_load(monkeypatch):
    """pipeline.nlp.load returns a blank English pipeline: no model is loaded."""
    import spacy

    import pipeline.components  # noqa: F401  (registers the Doc/Span extensions)
    import pipeline.nlp

    monkeypatch.setattr(pipeline.nlp, "load", lambda model=None, **kwargs: spacy.blank("en"))
