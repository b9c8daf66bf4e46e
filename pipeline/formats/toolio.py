"""What every tool converter shares: reading its files, one-line problems, attribute values as text."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import Errors, PipelineError
from ..jsonl import BadLine, json_lines, loads
from ..records import Article

NUMERIC_ATTRIBUTES = frozenset({"value"})
"""Attributes whose value is a number; tools that hold attributes as text give them back as numbers."""


def one_line(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return Errors.E122.format(first=problems[0], more=len(problems) - 1)


def settle(problems: list[str], warnings: list[str] | None) -> None:
    """Hand problems to the caller: append them to ``warnings``, or raise on them when no list was given."""
    problems = list(dict.fromkeys(problems))
    if warnings is not None:
        warnings.extend(problems)
    elif problems:
        raise PipelineError(one_line(problems))


def skip(message: str, skipped: list[str] | None, problems: list[str]) -> None:
    """A task left out on purpose (not annotated, rejected): listed in ``skipped``, else a problem."""
    (skipped if skipped is not None else problems).append(message)


@contextmanager
def one_item(problems: list[str], where: str) -> Iterator[None]:
    """Read one task or line of a tool's file; a field of the wrong type in it (a string where a list
    or an object belongs) is one problem for that item, which is left out, not a traceback."""
    try:
        yield
    except (TypeError, ValueError, AttributeError, KeyError) as err:
        problems.append(Errors.E189.format(where=where, reason=f"a field of the wrong type ({type(err).__name__}: {err})"))


def as_dict(value) -> dict:
    """A field that should hold an object: the object, an empty one for null, TypeError otherwise."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"{type(value).__name__} {str(value)[:40]!r} where an object belongs")
    return dict(value)


def as_list(value) -> list:
    """A field that should hold a list: the list, an empty one for null, TypeError otherwise."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"{type(value).__name__} {str(value)[:40]!r} where a list belongs")
    return value


def as_id(value, fallback: str) -> str:
    """An article id from a tool: a string or an integer; the fallback when there is none."""
    if value is None or value == "":
        return fallback
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"id {str(value)[:40]!r} is not a string or an integer")
    return str(value)


def attr_text(name: str, value) -> str:
    """An attribute value as the text a tool holding only text stores (numbers as digits)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def attr_value(name: str, text: str):
    """The attribute value a tool's text stands for: numbers for NUMERIC_ATTRIBUTES, else the text."""
    if name in NUMERIC_ATTRIBUTES:
        for parse in (int, float):
            try:
                return parse(text.strip())
            except ValueError:
                pass
    return text


def text_attr_problems(article: Article) -> list[str]:
    """Attributes that a tool storing attribute values as text could not give back unchanged."""
    problems = []
    for entity in article.entities:
        for name, value in entity.attrs.items():
            back = attr_value(name, attr_text(name, value))
            if back != value or type(back) is not type(value):
                problems.append(Errors.E120.format(
                    article_id=article.id, where=f"{entity.label} {entity.start}-{entity.end} ({entity.id})",
                    reason=f"attribute {name}={value!r} cannot be stored as text and read back"))
    return problems


def read_json_lines(path: Path, tool: str) -> list[dict]:
    """The JSON objects of a JSONL file, or PipelineError (E018) naming the tool and the first bad line."""
    if path.is_dir():
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason="a directory, not a file"))
    rows = []
    for number, row in json_lines(path):
        if isinstance(row, BadLine):
            raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=f"line {number}: {row}"))
        if not isinstance(row, dict):
            raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=f"line {number} is not a JSON object"))
        rows.append(row)
    if not rows:
        raise PipelineError(Errors.E013.format(path=path))
    return rows


def read_json(path: Path, tool: str):
    """The JSON value of a whole file, or PipelineError (E018) naming the tool."""
    try:
        return loads(read_text(path, tool))
    except BadLine as err:
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=f"not JSON: {err}")) from None


def read_text(path: Path, tool: str) -> str:
    """A UTF-8 file's text with its line ends unchanged, or PipelineError (E018)."""
    if path.is_dir():
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason="a directory, not a file"))
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as err:
        raise PipelineError(Errors.E004.format(path=path, position=err.start)) from None
    except OSError as err:
        raise PipelineError(Errors.E184.format(where=path, reason=err.strerror or err)) from None


def dump_json_lines(rows: list[dict]) -> list[str]:
    """JSONL lines for rows, one object a line."""
    return [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]


def require(condition: bool, path: Path | str, tool: str, reason: str) -> None:
    """Raise PipelineError (E018: not a file of the tool's format) unless condition holds."""
    if not condition:
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=reason))
