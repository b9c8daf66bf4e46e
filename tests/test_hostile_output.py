"""Issue #13, where output goes: never replace what is not a regular file (1), never write onto an input (2),
one line for every way a write fails (5), nothing left behind by signals or kills, links kept (8)."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.output import write_atomic
from tests.hostile import (
    SEED_GOLD,
    FifoReader,
    assert_clean,
    assert_one_line_error,
    blank_load,  # noqa: F401  (fixture)
    cli_process,
    device_node,
    invoke,
    leftovers,
    read_jsonl,
    run_cli,
    write_jsonl,
)

pytestmark = pytest.mark.usefixtures("blank_load")


@pytest.fixture
def article_txt(tmp_path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Officials said the plane crashed near the border.", encoding="utf-8")
    return path


@pytest.fixture
def doccano_export(tmp_path) -> Path:
    path = tmp_path / "doccano.jsonl"
    assert invoke("export", SEED_GOLD, "--to", "doccano", "-o", path).exit_code == 0
    return path


def commands(article_txt: Path, doccano_export: Path) -> dict[str, list]:
    """Each command that writes a file, without its -o."""
    return {
        "annotate": ["annotate", article_txt, "--format", "jsonl"],
        "evaluate": ["evaluate", SEED_GOLD, "-p", SEED_GOLD, "--baseline", "none"],
        "export": ["export", SEED_GOLD, "--to", "prodigy"],
        "import": ["import", doccano_export, "--from", "doccano"],
    }


COMMANDS = ["annotate", "evaluate", "export", "import"]


# --------------------------------------------------------------------------- 1: not a regular file


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_is_written_to_not_replaced(command, tmp_path, article_txt, doccano_export):
    reader = FifoReader(tmp_path / "fifo")
    result = invoke(*commands(article_txt, doccano_export)[command], "-o", reader.path)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    assert reader.still_a_fifo()
    assert reader.text().strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_device_node_is_written_to_not_replaced(command, tmp_path, article_txt, doccano_export):
    node = device_node(tmp_path / "null", minor=3)
    result = invoke(*commands(article_txt, doccano_export)[command], "-o", node)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_device_is_one_line(command, tmp_path, article_txt, doccano_export):
    node = device_node(tmp_path / "full", minor=7)
    result = invoke(*commands(article_txt, doccano_export)[command], "-o", node)
    assert_one_line_error(result, str(node), "No space left on device")
    assert stat.S_ISCHR(os.lstat(node).st_mode)


@pytest.mark.parametrize("prefix", ["/proc/self/fd", "/dev/fd"])
def test_a_process_substitution_path_is_written_to(tmp_path, article_txt, prefix):
    """`-o >(cmd)` and `-o /dev/stdout` name a descriptor under /dev/fd or /proc: write to it, never rename onto it."""
    read_end, write_end = os.pipe()
    received: list[bytes] = []
    thread = threading.Thread(target=lambda: received.append(os.fdopen(read_end, "rb").read()), daemon=True)
    thread.start()
    try:
        result = invoke("annotate", article_txt, "--format", "jsonl", "-o", f"{prefix}/{write_end}")
    finally:
        os.close(write_end)
    thread.join(10)
    assert_clean(result)
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in read_jsonl(b"".join(received).decode())] == ["a"]


def test_standard_output_on_a_full_device_is_one_line(tmp_path, article_txt):
    node = device_node(tmp_path / "full", minor=7)
    with open(node, "wb") as full:
        code, _, err = run_cli("annotate", article_txt, "--format", "jsonl", stdout=full)
    assert code == 1, err
    assert err.strip().splitlines() == ["error: <stdout>: cannot write (No space left on device)"]


@pytest.mark.parametrize("closed", ["stdout", "stdin"])
def test_a_closed_standard_stream_is_one_line(article_txt, closed):
    args = ["annotate", article_txt] if closed == "stdout" else ["annotate", "-"]
    number = 1 if closed == "stdout" else 0
    code, _, err = run_cli(*args, preexec_fn=lambda: os.close(number), stdout=subprocess.DEVNULL)
    assert code == 1, err
    assert err.strip().splitlines() == [f"error: standard {'output' if closed == 'stdout' else 'input'} is closed"
                                        + ("; give a file with -o" if closed == "stdout" else "")]


# --------------------------------------------------------------------------- 2: output onto an input


def test_annotate_onto_its_input_is_refused(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "Officials said so."}])
    before = source.read_bytes()
    assert_one_line_error(invoke("annotate", source, "--format", "jsonl", "-o", source), "is also an input")
    assert source.read_bytes() == before


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_export_onto_its_input_is_refused(tmp_path, how):
    gold = tmp_path / "g.jsonl"
    gold.write_bytes(SEED_GOLD.read_bytes())
    output = gold
    if how == "symlink":
        output = tmp_path / "link.jsonl"
        output.symlink_to(gold)
    elif how == "hardlink":
        output = tmp_path / "hard.jsonl"
        os.link(gold, output)
    assert_one_line_error(invoke("export", gold, "--to", "doccano", "-o", output), "is also an input")
    assert gold.read_bytes() == SEED_GOLD.read_bytes()


def test_import_and_evaluate_onto_their_input_are_refused(tmp_path, doccano_export):
    before = doccano_export.read_bytes()
    assert_one_line_error(invoke("import", doccano_export, "--from", "doccano", "-o", doccano_export), "is also an input")
    assert doccano_export.read_bytes() == before
    gold = tmp_path / "g.jsonl"
    gold.write_bytes(SEED_GOLD.read_bytes())
    assert_one_line_error(invoke("evaluate", gold, "-p", SEED_GOLD, "--baseline", "none", "-o", gold), "is also an input")
    assert gold.read_bytes() == SEED_GOLD.read_bytes()


def test_output_inside_an_input_directory_or_containing_an_input_is_refused(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said so.", encoding="utf-8")
    assert_one_line_error(invoke("annotate", folder, "-o", folder / "b.txt"), "is inside the input directory")
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    gold = folder / "g.jsonl"
    gold.write_bytes(SEED_GOLD.read_bytes())
    assert_one_line_error(invoke("export", gold, "--to", "brat", "-o", folder), "contains the input")
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "g.jsonl"]


# --------------------------------------------------------------------------- 5: every way a write fails


def _bad_outputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return {
        "empty": ("", "output path is empty"),
        "directory": (str(tmp_path / "folder"), "is a directory"),
        "parent-is-a-file": (str(tmp_path / "file" / "out.jsonl"), "is not a directory"),
        "grandparent-is-a-file": (str(tmp_path / "file" / "sub" / "out.jsonl"), "is not a directory"),
    }


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["empty", "directory", "parent-is-a-file", "grandparent-is-a-file"])
def test_unwritable_output_is_one_line(command, kind, tmp_path, article_txt, doccano_export):
    output, reason = _bad_outputs(tmp_path)[kind]
    assert_one_line_error(invoke(*commands(article_txt, doccano_export)[command], "-o", output), reason)
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_disk_full_keeps_the_earlier_file(tmp_path, article_txt, monkeypatch):
    output = tmp_path / "out.jsonl"
    output.write_text("earlier\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def write(self, text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: Full(real_fdopen(*args, **kwargs)))
    result = invoke("annotate", article_txt, "--format", "jsonl", "-o", output)
    assert_one_line_error(result, str(output), "No space left on device")
    assert output.read_text(encoding="utf-8") == "earlier\n"
    assert leftovers(tmp_path) == []


def test_a_directory_without_write_permission_is_one_line(tmp_path, article_txt, monkeypatch):
    """Root writes anywhere, so the refusal of the file system is simulated."""
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if Path(path).parent == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    assert_one_line_error(invoke("annotate", article_txt, "-o", locked / "out.txt"), "Permission denied")


@pytest.mark.parametrize("value", ["0", "-5"])
def test_batch_size_below_one_is_refused_and_the_output_kept(tmp_path, article_txt, value):
    output = tmp_path / "out.jsonl"
    output.write_text("earlier\n", encoding="utf-8")
    assert_one_line_error(invoke("annotate", article_txt, "--batch-size", value, "-o", output),
                          f"--batch-size must be at least 1 (got {value})")
    assert output.read_text(encoding="utf-8") == "earlier\n"


@pytest.mark.parametrize("value", ["0", "-1"])
def test_n_process_below_one_is_refused(article_txt, value):
    assert_one_line_error(invoke("annotate", article_txt, "--n-process", value), f"--n-process must be at least 1 (got {value})")


# --------------------------------------------------------------------------- 8: links, fsync, leftovers


def test_writing_through_a_symlink_keeps_the_link_and_the_target_mode(tmp_path, article_txt):
    target = tmp_path / "real" / "annotations.jsonl"
    target.parent.mkdir()
    target.write_text("earlier\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    result = invoke("annotate", article_txt, "--format", "jsonl", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target
    assert [a["id"] for a in read_jsonl(target.read_text(encoding="utf-8"))] == ["a"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_the_temporary_file_is_synced_before_the_rename(tmp_path, monkeypatch):
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    write_atomic(tmp_path / "out.txt", ["text"])
    assert events[:2] == ["fsync", "replace"]


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_later_writer_removes_what_a_dead_writer_left(tmp_path):
    stale = tmp_path / f".out.jsonl.{_dead_pid()}.0badcafe.pipeline-tmp"
    stale.write_text("half", encoding="utf-8")
    stale_dir = tmp_path / f".brat.{_dead_pid()}.0badcafe.pipeline-tmp"
    stale_dir.mkdir()
    alive = tmp_path / f".out.jsonl.{os.getpid()}.0badcafe.pipeline-tmp"
    alive.write_text("being written", encoding="utf-8")
    write_atomic(tmp_path / "other.txt", ["text"])
    assert leftovers(tmp_path) == [alive.name]


def _wait_for_temporary_file(directory: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not leftovers(directory):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no temporary file appeared"
        time.sleep(0.05)


def _slow_run(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{n}", "text": f"Officials said {n}."} for n in range(40)])
    out = tmp_path / "out"
    out.mkdir()
    process = cli_process("annotate", source, "--format", "jsonl", "--batch-size", "1", "-o", out / "out.jsonl",
                          env={**os.environ, "PIPELINE_TEST_SLOW": "0.25"})
    _wait_for_temporary_file(out, process)
    return process, out


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_removes_the_temporary_file(tmp_path, number):
    process, out = _slow_run(tmp_path)
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err.decode().strip().splitlines()[-1] == f"error: terminated by {signal.Signals(number).name}"
    assert "Traceback" not in err.decode()
    assert list(out.iterdir()) == []


def test_what_sigkill_leaves_is_removed_by_the_next_run(tmp_path, article_txt):
    process, out = _slow_run(tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert leftovers(out)  # SIGKILL cannot be handled
    result = invoke("annotate", article_txt, "--format", "jsonl", "-o", out / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert leftovers(out) == []


def test_write_atomic_errors_are_pipeline_errors(tmp_path):
    with pytest.raises(PipelineError, match="is a directory"):
        write_atomic(tmp_path, ["x"])
