"""doccano: JSONL of its sequence-labelling projects with relation labelling, one article a line.

A line is ``{"text", "entities": [{"id", "label", "start_offset", "end_offset"}],
"relations": [{"id", "from_id", "to_id", "type"}]}``, plus columns doccano
keeps as the example's metadata and gives back on export: ``article_id``,
``meta`` (the article's meta) and ``regions``, one ``{"start", "end",
"label", "id"}`` record a span (with ``attrs``: the entity attributes, the
attribution's ``source_type``/``status``/``shape``, which doccano has no
place for). doccano renumbers every entity and relation id on import (in a
second project, or past the first article, our numbers are not its), so the
records are matched to doccano's spans by offsets and label, never by id. A
record with attributes that matches no span (the span was moved or removed
in doccano) is reported, since its attributes cannot be restored.
Sequence-labelling lines (``"label": [[start, end, label], ...]``, a project
without relation labelling) are read too; they hold entities and hedges only.

The project needs "Allow overlapping spans" (an entity lies inside a source)
and "Use relation labeling" (attributions are relations).
"""

from __future__ import annotations

from collections import defaultdict, deque
from pathlib import Path

from ..errors import Errors
from ..output import write_atomic
from ..records import Article
from .flat import FlatArticle, Region, Relation, to_flat
from .rebuild import from_flat
from .toolio import (
    as_dict,
    as_id,
    as_list,
    dump_json_lines,
    one_item,
    read_json_lines,
    require,
    settle,
)

TOOL = "doccano"
REGIONS = "regions"


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
            REGIONS: [{"start": r.start, "end": r.end, "label": r.label, "id": r.id, **({"attrs": r.attrs} if r.attrs else {})}
                      for r in flat.regions],
        })
    return rows


def import_(rows: list[dict], *, warnings: list[str] | None = None) -> list[Article]:
    """Articles from doccano lines; what makes no valid span or attribution is reported."""
    articles, problems = [], []
    for number, row in enumerate(rows, 1):
        with one_item(problems, f"line {number}"):
            article_id = as_id(row.get("article_id"), as_id(row.get("id"), f"doccano-{number}"))
            flat = FlatArticle(article_id, row.get("text", ""), as_dict(row.get("meta")))
            records = _records(row)
            placed: list[tuple[float, Region]] = []
            if "entities" in row:
                for entity in as_list(row.get("entities")):
                    key = str(entity.get("id"))
                    placed.append(_region(key, entity.get("label"), entity.get("start_offset"),
                                          entity.get("end_offset"), records))
                for relation in as_list(row.get("relations")):
                    flat.relations.append(Relation(str(relation.get("from_id")), str(relation.get("to_id")),
                                                   relation.get("type")))
            else:
                for n, item in enumerate(as_list(row.get("label")), 1):
                    if not (isinstance(item, (list, tuple)) and len(item) == 3):
                        problems.append(Errors.E120.format(article_id=article_id, where=f"label {n}",
                                                           reason=f"{item!r} is not [start, end, label]"))
                        continue
                    placed.append(_region(f"#{n}", item[2], item[0], item[1], records))
            # the article's own order (doccano's is its own), then spans drawn in doccano
            flat.regions = [region for _, region in sorted(placed, key=lambda pair: pair[0])]
            problems.extend(_unmatched(article_id, records))
            articles.append(from_flat(flat, problems))
    settle(problems, warnings)
    return articles


def _records(row: dict) -> dict[tuple, deque]:
    """(position, record) of the region records of a line, by (start, end, label)."""
    records: dict[tuple, deque] = defaultdict(deque)
    for position, record in enumerate(as_list(row.get(REGIONS))):
        record = as_dict(record)
        records[(record.get("start"), record.get("end"), record.get("label"))].append((position, record))
    return records


def _region(key: str, label, start, end, records: dict[tuple, deque]) -> tuple[float, Region]:
    """(position in the article, region) of a doccano span, with the id and attributes of the record at its
    offsets and label; a span without a record (drawn in doccano) comes after the others."""
    found = records.get((start, end, label))
    position, record = found.popleft() if found else (float("inf"), {})
    record_id = record.get("id")
    return position, Region(key, label, start, end, None, str(record_id) if record_id is not None else None,
                            as_dict(record.get("attrs")))


def _unmatched(article_id: str, records: dict[tuple, deque]) -> list[str]:
    """Records with attributes that no doccano span took: their attributes would be lost without a word."""
    return [Errors.E120.format(article_id=article_id, where=f"{label} {start}-{end} ({record.get('id')})",
                               reason=f"no doccano span has these offsets and label any more, so its attributes "
                                      f"{sorted(as_dict(record.get('attrs')))} are not restored")
            for (start, end, label), left in records.items() for _, record in left if record.get("attrs")]


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the lines of :func:`export` to one JSONL file."""
    write_atomic(path, dump_json_lines(export(articles, predictions=predictions, model_version=model_version)))


def read(path: Path, *, warnings: list[str] | None = None, skipped: list[str] | None = None) -> list[Article]:
    """Articles of a doccano JSONL export, or PipelineError if the file is not one. doccano marks no
    example as left out (every line is an article), so ``skipped`` is not used."""
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
