"""The Article record of FORMAT.md: reading, writing and validating JSONL.

Everything in the project meets here: annotate turns Docs into Articles,
evaluate compares Articles, train turns Articles into training examples and
the format converters map Articles to other tools' shapes and back.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import Errors, PipelineError

ENTITY_LABELS = ("PERSON", "ORG", "MEDIA", "GPE", "LOC", "FAC", "AIRCRAFT", "WEAPON", "COUNT", "DATE", "TIME")


@dataclass
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    id: str
    start: int
    end: int
    label: str
    text: str
    attrs: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "text": self.text}
        if self.attrs:
            data["attrs"] = self.attrs
        return data


@dataclass
class Hedge:
    id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"id": self.id, "start": self.start, "end": self.end, "label": "HEDGE", "text": self.text}


@dataclass
class Attribution:
    id: str
    source: Span | None
    cue: Span
    content: Span
    source_entity: str | None = None

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
        }
        if self.source_entity:
            data["source_entity"] = self.source_entity
        return data


@dataclass
class Article:
    id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "meta": self.meta,
            "entities": [e.to_dict() for e in self.entities],
            "hedges": [h.to_dict() for h in self.hedges],
            "attributions": [a.to_dict() for a in self.attributions],
        }

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        """Build an Article from a parsed JSON object; raises KeyError/TypeError/ValueError on bad shape."""

        def span(obj: dict | None) -> Span | None:
            if obj is None:
                return None
            return Span(int(obj["start"]), int(obj["end"]), str(obj.get("text", "")))

        text = data["text"]
        if not isinstance(text, str):
            raise TypeError("`text` is not a string")
        return cls(
            id=str(data["id"]),
            text=text,
            meta=dict(data.get("meta") or {}),
            entities=[
                Entity(str(e.get("id", f"T{i}")), int(e["start"]), int(e["end"]), str(e["label"]),
                       str(e.get("text", text[int(e["start"]):int(e["end"])])), dict(e.get("attrs") or {}))
                for i, e in enumerate(data.get("entities") or [], 1)
            ],
            hedges=[
                Hedge(str(h.get("id", f"H{i}")), int(h["start"]), int(h["end"]),
                      str(h.get("text", text[int(h["start"]):int(h["end"])])))
                for i, h in enumerate(data.get("hedges") or [], 1)
            ],
            attributions=[
                Attribution(str(a.get("id", f"A{i}")), span(a.get("source")), span(a["cue"]), span(a["content"]),
                            a.get("source_entity"))
                for i, a in enumerate(data.get("attributions") or [], 1)
            ],
        )


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


def _span_problems(text: str, label: str, start, end, span_text) -> list[str]:
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return [f"{label}: start/end must be integers"]
    if start >= end:
        return [f"{label}: start {start} >= end {end}"]
    if start < 0 or end > len(text):
        return [f"{label}: offsets {start}-{end} out of range (text has {len(text)} characters)"]
    if span_text is not None and text[start:end] != span_text:
        return [f"{label}: text {span_text!r} does not match offsets {start}-{end}, which hold {text[start:end]!r}"]
    return []


def article_problems(data: dict, line: int) -> list[Problem]:
    """Every way one parsed JSON object breaks FORMAT.md."""
    if not isinstance(data, dict):
        return [Problem(line, None, None, "line is not a JSON object")]
    article_id = data.get("id")
    text = data.get("text")
    problems: list[Problem] = []

    def add(span: str | None, message: str) -> None:
        problems.append(Problem(line, article_id, span, message))

    if not isinstance(article_id, str) or not article_id:
        add(None, "`id` is missing or not a string")
    if not isinstance(text, str):
        add(None, "`text` is missing or not a string")
        return problems
    entity_ids = set()
    placed = []
    for entity in data.get("entities") or []:
        name = f"entity {entity.get('id', '?')}"
        entity_ids.add(entity.get("id"))
        found = _span_problems(text, name, entity.get("start"), entity.get("end"), entity.get("text"))
        for message in found:
            add(name, message)
        if entity.get("label") not in ENTITY_LABELS:
            add(name, f"unknown label {entity.get('label')!r}")
        if not found:
            placed.append(entity)
    placed.sort(key=lambda e: (e["start"], e["end"]))
    for prev, nxt in zip(placed, placed[1:]):
        if nxt["start"] < prev["end"]:
            add(f"entity {nxt.get('id', '?')}", f"overlaps entity {prev.get('id', '?')} ({prev['start']}-{prev['end']})")
    for hedge in data.get("hedges") or []:
        name = f"hedge {hedge.get('id', '?')}"
        for message in _span_problems(text, name, hedge.get("start"), hedge.get("end"), hedge.get("text")):
            add(name, message)
    for attribution in data.get("attributions") or []:
        name = f"attribution {attribution.get('id', '?')}"
        for part in ("source", "cue", "content"):
            span = attribution.get(part)
            if span is None and part == "source":
                continue
            if not isinstance(span, dict):
                add(name, f"`{part}` is missing or not an object")
                continue
            for message in _span_problems(text, f"{part}", span.get("start"), span.get("end"), span.get("text")):
                add(name, message)
        ref = attribution.get("source_entity")
        if ref is not None and ref not in entity_ids:
            add(name, f"source_entity {ref!r} names no entity")
    return problems


def validate_file(path: str | Path) -> list[Problem]:
    """All problems of a JSONL file: malformed lines, bad spans, duplicate ids."""
    path = Path(path)
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line_no, line in _lines(path):
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(Problem(line_no, None, None, f"malformed JSON ({err.msg} at column {err.colno})"))
            continue
        problems.extend(article_problems(data, line_no))
        article_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(article_id, str):
            if article_id in seen:
                problems.append(Problem(line_no, article_id, None, f"duplicate article id (first on line {seen[article_id]})"))
            else:
                seen[article_id] = line_no
    return problems


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    if path.is_dir():
        raise PipelineError(Errors.E016.format(path=path))
    try:
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, 1):
                if line.strip():
                    yield line_no, line
    except UnicodeDecodeError as err:
        raise PipelineError(Errors.E004.format(path=path, position=err.start)) from None


def check_file(path: str | Path) -> None:
    """Refuse a JSONL file with one line if anything in it is invalid (the first problem, and how many more)."""
    path = Path(path)
    problems = validate_file(path)
    if problems:
        more = f" (and {len(problems) - 1} more problems; run `pipeline validate {path}`)" if len(problems) > 1 else ""
        raise PipelineError(f"{path}: {problems[0]}{more}")


def corpus_files(path: str | Path) -> list[Path]:
    """The JSONL files of a corpus: the file itself, or every *.jsonl of a directory (sorted by name)."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.jsonl"))
    if not files:
        raise PipelineError(Errors.E013.format(path=path))
    return files


def read_articles(path: str | Path) -> list[Article]:
    """Read a JSONL file of Articles, refusing it with one line if anything in it is invalid."""
    check_file(path)
    articles = [Article.from_dict(json.loads(line)) for _, line in _lines(Path(path))]
    if not articles:
        raise PipelineError(Errors.E013.format(path=path))
    return articles


def read_corpus(path: str | Path) -> list[Article]:
    """Articles of one JSONL file, or of every *.jsonl file in a directory (sorted by name)."""
    return [article for file in corpus_files(path) for article in read_articles(file)]


def dumps(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


def write_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Write text to path through a temporary file in the same directory, renamed into place at the end.

    An error or interruption half-way leaves any earlier file at path untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes the file private; give it the usual mode
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_articles(path: str | Path, articles: Iterable[Article]) -> None:
    write_atomic(path, (dumps(a) + "\n" for a in articles))
