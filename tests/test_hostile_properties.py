"""Property tests of issue #13: random bytes, random JSON, random nesting and random paths thrown at
annotate, validate, import and evaluate. Whatever comes in, the command ends with exit 0 or 1 and no
traceback, and no input file is changed. annotate runs a blank pipeline (no model is loaded) and evaluate
scores a predictions file, so that every example is fast."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import SEED_GOLD, assert_clean, blank_load, invoke, seed_article  # noqa: F401  (fixture)

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def damage(draw, value) -> None:
    """Replace (or, in an object, remove) one field somewhere inside value with random JSON."""
    parent, key, node = None, None, value
    for _ in range(draw(st.integers(1, 4))):
        keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        if not keys:
            break
        parent, key = node, draw(st.sampled_from(keys))
        if not isinstance(node[key], (dict, list)) or draw(st.booleans()):
            break
        node = node[key]
    if parent is None:
        return
    if isinstance(parent, dict) and draw(st.booleans()):
        parent.pop(key)
    else:
        parent[key] = draw(json_values)


@st.composite
def articles(draw) -> dict:
    """The seed article with one field somewhere replaced by random JSON (or removed)."""
    article = seed_article()
    damage(draw, article)
    return article


def nesting(depth: int, kind: str) -> str:
    return "[" * depth + "]" * depth if kind == "list" else '{"a": ' * depth + "1" + "}" * depth


lines = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    articles().map(lambda a: json.dumps(a, ensure_ascii=False).encode()),
    st.builds(nesting, st.integers(1, 6000), st.sampled_from(["list", "dict"])).map(str.encode),
    st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x00\x00", '"\\ud800"'.encode(), b'{"id": "\\udfff"}']),
)
contents = st.lists(lines, min_size=0, max_size=4).map(lambda parts: b"\n".join(parts))


def output_path(root: Path, kind: str, name: str, source: Path) -> str:
    """Where to write: a plain new file, the input itself, a directory, under a file, empty, deep and new."""
    (root / "a-file").write_text("x", encoding="utf-8")
    (root / "a-dir").mkdir(exist_ok=True)
    return {
        "new": str(root / f"out-{name}"),
        "input": str(source),
        "directory": str(root / "a-dir"),
        "under-a-file": str(root / "a-file" / name),
        "empty": "",
        "deep": str(root / "x" / "y" / name),
        "link-to-input": str(_link(root / "link", source)),
    }[kind]


def _link(link: Path, target: Path) -> Path:
    if not link.is_symlink():
        link.symlink_to(target)
    return link


names = st.text(alphabet="abcdefghij0123456789-_. ", min_size=1, max_size=12).filter(lambda n: n.strip(". "))
output_kinds = st.sampled_from(["new", "input", "directory", "under-a-file", "empty", "deep", "link-to-input"])


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (not followed through links), for comparing before and after."""
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def assert_unchanged(before: dict[str, bytes], root: Path) -> None:
    """Every file there was before the command is there, byte for byte (the outputs are all new files)."""
    after = snapshot(root)
    for path, data in before.items():
        assert after.get(path) == data, f"{path} changed"


def check(result) -> None:
    assert_clean(result)
    assert result.exit_code in (0, 1), result.output


@pytest.mark.usefixtures("blank_load")
@SETTINGS
@given(data=contents, suffix=st.sampled_from([".txt", ".jsonl", ".parquet", ""]), kind=output_kinds, name=names,
       fmt=st.sampled_from(["jsonl", "json", "report", "html"]))
def test_annotate_never_fails_with_a_traceback(data, suffix, kind, name, fmt):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / f"input{suffix}"
        source.write_bytes(data)
        output = output_path(root, kind, name, source)
        before = snapshot(root)
        check(invoke("annotate", source, "--format", fmt, "-o", output))
        assert_unchanged(before, root)


@SETTINGS
@given(data=contents)
def test_validate_never_fails_with_a_traceback(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gold.jsonl"
        path.write_bytes(data)
        check(invoke("validate", path))
        assert path.read_bytes() == data


def _tool_file(root: Path, tool: str, data: bytes, extra: bytes) -> Path:
    if tool == "brat":
        folder = root / "brat"
        folder.mkdir()
        (folder / "a.txt").write_bytes(extra)
        (folder / "a.ann").write_bytes(data)
        if extra[:1] == b"[":
            (folder / "articles.json").write_bytes(extra)
        return folder
    path = root / ("tasks.json" if tool == "labelstudio" else "tasks.jsonl")
    path.write_bytes(data)
    return path


@SETTINGS
@given(tool=st.sampled_from(["labelstudio", "doccano", "prodigy", "brat"]), data=contents, extra=contents,
       kind=output_kinds, name=names)
def test_import_never_fails_with_a_traceback(tool, data, extra, kind, name):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = _tool_file(root, tool, data, extra)
        output = output_path(root, kind, name, source)
        before = snapshot(root)
        check(invoke("import", source, "--from", tool, "-o", output))
        assert_unchanged(before, root)


@st.composite
def tool_exports(draw) -> tuple[str, bytes]:
    """A real export of the seed article with one task field replaced by random JSON."""
    from pipeline.formats import doccano, labelstudio, prodigy
    from pipeline.jsonl import read_articles

    tool = draw(st.sampled_from(["labelstudio", "doccano", "prodigy"]))
    task = {"labelstudio": labelstudio, "doccano": doccano, "prodigy": prodigy}[tool].export(read_articles(SEED_GOLD))[0]
    damage(draw, task)
    data = json.dumps([task] if tool == "labelstudio" else task)
    return tool, data.encode()


@SETTINGS
@given(export=tool_exports())
def test_import_of_a_damaged_export_never_fails_with_a_traceback(export):
    tool, data = export
    with tempfile.TemporaryDirectory() as folder:
        source = _tool_file(Path(folder), tool, data, b"")
        check(invoke("import", source, "--from", tool, "-o", Path(folder) / "out.jsonl"))
        assert source.read_bytes() == data


@SETTINGS
@given(gold=contents, predictions=st.one_of(contents, st.just(None)), kind=output_kinds, name=names)
def test_evaluate_never_fails_with_a_traceback(gold, predictions, kind, name):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        gold_path = root / "gold.jsonl"
        gold_path.write_bytes(gold)
        predicted = gold_path
        if predictions is not None:
            predicted = root / "pred.jsonl"
            predicted.write_bytes(predictions)
        output = output_path(root, kind, name, gold_path)
        before = snapshot(root)
        check(invoke("evaluate", gold_path, "-p", predicted, "--baseline", "none", "-o", output))
        assert_unchanged(before, root)
