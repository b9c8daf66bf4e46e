"""Every way a JSONL file of Articles can break FORMAT.md, located by line, article and span."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import PipelineError
from .jsonl import BadLine, json_lines
from .records import ENTITY_LABELS

SOURCE_TYPES = ("official", "media", "organisation", "expert", "witness", "unnamed", "evidence")
STATUSES = ("asserted", "hedged", "unverified")
ATTRIBUTION_ATTRS = {"source_type": SOURCE_TYPES, "status": STATUSES}


@dataclass
class Problem:
    """One thing wrong in a JSONL file, located by line, article and span."""

    line: int
    article_id: str | None
    span: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}"
        if self.article_id is not None:
            where += f", article {self.article_id}"
        if self.span:
            where += f", {self.span}"
        return f"{where}: {self.message}"


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _span_problems(text: str, label: str, span) -> list[str]:
    if not isinstance(span, dict):
        return [f"{label}: not an object"]
    start, end, span_text = span.get("start"), span.get("end"), span.get("text")
    if not _is_int(start) or not _is_int(end):
        return [f"{label}: start/end must be integers"]
    if start >= end:
        return [f"{label}: start {start} >= end {end}"]
    if start < 0 or end > len(text):
        return [f"{label}: offsets {start}-{end} out of range (text has {len(text)} characters)"]
    if span_text is not None and text[start:end] != span_text:
        return [f"{label}: text {span_text!r} does not match offsets {start}-{end}, which hold {text[start:end]!r}"]
    return []


def _objects(data: dict, key: str, add) -> list[dict]:
    """The list under key, keeping only objects; a wrong type is a problem."""
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        add(None, f"`{key}` is not a list")
        return []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            add(None, f"`{key}` item {n} is not an object")
    return [item for item in items if isinstance(item, dict)]


def _name(kind: str, item: dict) -> str:
    item_id = item.get("id", "?")
    return f"{kind} {item_id if isinstance(item_id, str) else '?'}"


def article_problems(data, line: int) -> list[Problem]:
    """Every way one parsed JSON value breaks FORMAT.md."""
    if not isinstance(data, dict):
        return [Problem(line, None, None, "line is not a JSON object")]
    article_id = data.get("id") if isinstance(data.get("id"), str) else None
    text = data.get("text")
    problems: list[Problem] = []

    def add(span: str | None, message: str) -> None:
        problems.append(Problem(line, article_id, span, message))

    if article_id is None or not article_id:
        add(None, "`id` is missing or not a string")
    if not isinstance(text, str):
        add(None, "`text` is missing or not a string")
        return problems
    if "meta" in data and data["meta"] is not None and not isinstance(data["meta"], dict):
        add(None, "`meta` is not an object")
    entity_ids = set()
    placed = []
    for entity in _objects(data, "entities", add):
        name = _name("entity", entity)
        entity_ids.add(entity.get("id") if isinstance(entity.get("id"), str) else None)
        found = _span_problems(text, name, entity)
        for message in found:
            add(name, message)
        if entity.get("label") not in ENTITY_LABELS:
            add(name, f"unknown label {entity.get('label')!r}")
        if "attrs" in entity and not isinstance(entity["attrs"], dict):
            add(name, "`attrs` is not an object")
        if not found:
            placed.append(entity)
    placed.sort(key=lambda e: (e["start"], e["end"]))
    for prev, nxt in zip(placed, placed[1:]):
        if nxt["start"] < prev["end"]:
            add(_name("entity", nxt), f"overlaps {_name('entity', prev)} ({prev['start']}-{prev['end']})")
    for hedge in _objects(data, "hedges", add):
        name = _name("hedge", hedge)
        for message in _span_problems(text, name, hedge):
            add(name, message)
    for attribution in _objects(data, "attributions", add):
        name = _name("attribution", attribution)
        for part in ("source", "cue", "content", "continuation"):
            span = attribution.get(part)
            if span is None and part in ("source", "continuation"):
                continue
            if not isinstance(span, dict):
                add(name, f"`{part}` is missing or not an object")
                continue
            for message in _span_problems(text, part, span):
                add(name, message)
        ref = attribution.get("source_entity")
        if ref is not None and not isinstance(ref, str):
            add(name, "`source_entity` is not a string")
        elif ref is not None and ref not in entity_ids:
            add(name, f"source_entity {ref!r} names no entity")
        attrs = attribution.get("attrs", {})
        if not isinstance(attrs, dict):
            add(name, "`attrs` is not an object")
            continue
        for key, allowed in ATTRIBUTION_ATTRS.items():
            if key in attrs and attrs[key] not in allowed:
                add(name, f"{key} {attrs[key]!r} is not one of {', '.join(allowed)}")
    return problems


def validate_file(path: str | Path) -> list[Problem]:
    """All problems of a JSONL file: malformed lines, bad spans, duplicate ids."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line_no, data in json_lines(path):
        if isinstance(data, BadLine):
            problems.append(Problem(line_no, None, None, f"malformed JSON ({data})"))
            continue
        problems.extend(article_problems(data, line_no))
        article_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(article_id, str):
            if article_id in seen:
                problems.append(Problem(line_no, article_id, None,
                                        f"duplicate article id (first on line {seen[article_id]})"))
            else:
                seen[article_id] = line_no
    return problems


def check_file(path: str | Path) -> None:
    """Refuse a JSONL file with one line if anything in it is invalid (the first problem, and how many more)."""
    problems = validate_file(path)
    if problems:
        more = f" (and {len(problems) - 1} more problems; run `pipeline validate {path}`)" if len(problems) > 1 else ""
        raise PipelineError(f"{path}: {problems[0]}{more}")
