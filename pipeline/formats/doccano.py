"""doccano: JSONL of its relation-extraction projects, one article a line.

A line is ``{"text", "entities": [{"id", "label", "start_offset", "end_offset"}],
"relations": [{"id", "from_id", "to_id", "type"}]}`` with doccano's integer ids,
plus columns doccano keeps as metadata and gives back on export:
``article_id``, ``meta`` (the article's meta), ``span_ids`` (doccano id ->
Article id of each span, such as ``T1`` or ``A1.cue``) and ``span_attrs``
(doccano id -> entity attributes, which doccano has no place for).
Sequence-labelling lines (``"label": [[start, end, label], ...]``) are read
too; without relations they hold entities and hedges only.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Errors
from ..output import write_atomic
from ..records import Article
from .flat import FlatArticle, Region, Relation, to_flat
from .rebuild import from_flat
from .toolio import dump_json_lines, read_json_lines, require, settle

TOOL = "doccano"


def export(articles: list[Article], *, predictions: bool = False, model_version: str | None = None) -> list[dict]:
    """One doccano line per article. doccano has no separate place for predictions, so the flags are not used."""
    rows = []
    for article in articles:
        flat = to_flat(article)
        numbers = {region.key: n for n, region in enumerate(flat.regions, 1)}
        rows.append({
            "article_id": flat.id,
            "text": flat.text,
            "meta": flat.meta,
            "entities": [{"id": numbers[r.key], "label": r.label, "start_offset": r.start, "end_offset": r.end}
                         for r in flat.regions],
            "relations": [{"id": n, "from_id": numbers[rel.head], "to_id": numbers[rel.child], "type": rel.label}
                          for n, rel in enumerate(flat.relations, 1)],
            "span_ids": {str(numbers[r.key]): r.id for r in flat.regions if r.id},
            "span_attrs": {str(numbers[r.key]): r.attrs for r in flat.regions if r.attrs},
        })
    return rows


def import_(rows: list[dict], *, warnings: list[str] | None = None) -> list[Article]:
    """Articles from doccano lines; what makes no valid span or attribution is reported."""
    articles, problems = [], []
    for number, row in enumerate(rows, 1):
        article_id = str(row.get("article_id") or row.get("id") or f"doccano-{number}")
        meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
        flat = FlatArticle(article_id, row.get("text", ""), dict(meta))
        ids = row.get("span_ids") or {}
        attrs = row.get("span_attrs") or {}
        if "entities" in row:
            for entity in row.get("entities") or []:
                key = str(entity.get("id"))
                flat.regions.append(Region(key, entity.get("label"), entity.get("start_offset"),
                                           entity.get("end_offset"), None, ids.get(key), dict(attrs.get(key) or {})))
            for relation in row.get("relations") or []:
                flat.relations.append(Relation(str(relation.get("from_id")), str(relation.get("to_id")),
                                               relation.get("type")))
        else:
            for n, item in enumerate(row.get("label") or [], 1):
                if not (isinstance(item, (list, tuple)) and len(item) == 3):
                    problems.append(Errors.E120.format(article_id=article_id, where=f"label {n}",
                                                       reason=f"{item!r} is not [start, end, label]"))
                    continue
                flat.regions.append(Region(f"#{n}", item[2], item[0], item[1]))
        articles.append(from_flat(flat, problems))
    settle(problems, warnings)
    return articles


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the lines of :func:`export` to one JSONL file."""
    write_atomic(path, dump_json_lines(export(articles, predictions=predictions, model_version=model_version)))


def read(path: Path, *, warnings: list[str] | None = None) -> list[Article]:
    """Articles of a doccano JSONL export, or PipelineError if the file is not one."""
    rows = read_json_lines(path, TOOL)
    for number, row in enumerate(rows, 1):
        require(isinstance(row.get("text"), str), path, TOOL, f"line {number} has no \"text\" string")
        require("entities" in row or "label" in row, path, TOOL, f"line {number} has neither \"entities\" nor \"label\"")
        entities = row.get("entities") or []
        require(isinstance(entities, list) and all(isinstance(e, dict) and "start_offset" in e for e in entities),
                path, TOOL, f"line {number}: entities lack doccano's start_offset/end_offset")
        labels = row.get("label") or []
        require(isinstance(labels, list) and all(isinstance(item, list) for item in labels), path, TOOL,
                f"line {number}: \"label\" is not a list of [start, end, label]")
    return import_(rows, warnings=warnings)
