"""Converters between Articles and the formats of annotation tools.

Every converter goes through one flat form of an article, :class:`FlatArticle`:
a list of labelled character regions and a list of labelled, directed
relations between them. :func:`to_flat` turns an Article into that form and
:func:`from_flat` rebuilds the Article, so a converter only maps regions and
relations to its tool's shape and back.

The flat form of an article:

- each entity is a region labelled with its entity label, carrying ``attrs``
  (PERSON ``role``, COUNT ``value``/``unit``), with the entity's id;
- each hedge is a region labelled ``HEDGE`` with the hedge's id;
- each attribution is a ``CUE`` region (id ``A1.cue``), a ``CONTENT`` region
  (``A1.content``) and, unless the source is null, a ``SOURCE`` region
  (``A1.source``), linked by the relations ``CUE -source-> SOURCE`` and
  ``CUE -content-> CONTENT``; ``source_entity`` is the relation
  ``SOURCE -refers_to-> entity`` (from the CUE when there is no source).
  Attributions that share a source or content span share its region.

Problems found while rebuilding (misaligned or out-of-range offsets,
overlapping entities, relations that make no attribution) are collected as
one-line messages naming the article id and the offsets. ``import_``
functions raise :class:`PipelineError` on the first of them, or, given a
``warnings`` list, append them all to it and leave the offending spans out.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..article import ENTITY_LABELS, Article, Attribution, Entity, Hedge, Span, article_problems
from ..errors import Errors, PipelineError

TOOLS = ("labelstudio", "doccano", "prodigy", "brat")
"""Annotation tools with a converter module of the same name in this package."""

HEDGE = "HEDGE"
SOURCE, CUE, CONTENT = "SOURCE", "CUE", "CONTENT"
ATTRIBUTION_LABELS = (SOURCE, CUE, CONTENT)
REGION_LABELS = ENTITY_LABELS + (HEDGE,) + ATTRIBUTION_LABELS
"""Every label a region can carry, in the order tools list them."""

REL_SOURCE, REL_CONTENT, REL_REFERS_TO = "source", "content", "refers_to"
RELATION_LABELS = (REL_SOURCE, REL_CONTENT, REL_REFERS_TO)

NUMERIC_ATTRIBUTES = frozenset({"value"})
"""Attributes whose value is a number; tools that hold attributes as text give them back as numbers."""

_PART_SEPARATOR = "."


@dataclass
class Region:
    """A labelled stretch of an article's text, as an annotation tool holds it.

    ``key`` names the region within its article for relations (a tool's own
    handle); ``id`` is the Article id it stands for (an entity or hedge id, or
    ``A1.cue`` for a part of attribution A1), ``None`` when the tool gave none.
    ``text`` is the text the tool recorded for the region, ``None`` if it
    records none; it is checked against the article's text on import.
    """

    key: str
    label: str
    start: int
    end: int
    text: str | None = None
    id: str | None = None
    attrs: dict = field(default_factory=dict)

    def where(self) -> str:
        """The region's label and offsets, for messages."""
        name = f" ({self.id})" if self.id and self.id != self.label else ""
        return f"{self.label} {self.start}-{self.end}{name}"


@dataclass
class Relation:
    """A directed, labelled link from one region to another, by region key."""

    head: str
    child: str
    label: str


@dataclass
class FlatArticle:
    """An article as a flat list of regions and relations: the common ground of all tools."""

    id: str
    text: str
    meta: dict = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


# --------------------------------------------------------------------------- Article -> regions


def part_id(attribution_id: str, part: str) -> str:
    """The region id of one part (``source``, ``cue``, ``content``) of an attribution: ``A1.cue``."""
    return f"{attribution_id}{_PART_SEPARATOR}{part}"


def to_flat(article: Article) -> FlatArticle:
    """The regions and relations of an Article.

    Raises PipelineError naming the article and offsets when the article itself
    is invalid (misaligned or out-of-range spans, overlapping entities, a
    ``source_entity`` naming no entity), since such spans cannot be exported.
    """
    flat = FlatArticle(article.id, article.text, dict(article.meta))
    for entity in article.entities:
        flat.regions.append(Region(entity.id, entity.label, entity.start, entity.end, entity.text, entity.id,
                                   dict(entity.attrs)))
    for hedge in article.hedges:
        flat.regions.append(Region(hedge.id, HEDGE, hedge.start, hedge.end, hedge.text, hedge.id))
    shared: dict[tuple, str] = {}

    def region_for(attribution: Attribution, part: str, span: Span, share_key: tuple) -> str:
        key = shared.get(share_key)
        if key is None:
            key = part_id(attribution.id, part)
            shared[share_key] = key
            flat.regions.append(Region(key, part.upper(), span.start, span.end, span.text, key))
        return key

    for attribution in article.attributions:
        cue = region_for(attribution, "cue", attribution.cue, ("cue", attribution.id))
        if attribution.source is not None:
            source = attribution.source
            source_key = region_for(attribution, "source", source,
                                    (SOURCE, source.start, source.end, attribution.source_entity))
            flat.relations.append(Relation(cue, source_key, REL_SOURCE))
        content = attribution.content
        content_key = region_for(attribution, "content", content, (CONTENT, content.start, content.end))
        flat.relations.append(Relation(cue, content_key, REL_CONTENT))
        if attribution.source_entity:
            refers_from = source_key if attribution.source is not None else cue
            relation = Relation(refers_from, attribution.source_entity, REL_REFERS_TO)
            if relation not in flat.relations:
                flat.relations.append(relation)
    problems = [Errors.E120.format(article_id=article.id, where=where, reason=reason)
                for where, reason in _article_problems(article)]
    seen: set[str] = set()
    for region in flat.regions:
        if region.key in seen:
            problems.append(Errors.E120.format(article_id=article.id, where=region.where(),
                                               reason=f"id {region.key!r} is used twice; tools need unique ids"))
        seen.add(region.key)
    if problems:
        raise PipelineError(_one_line(problems))
    return flat


def _article_problems(article: Article) -> list[tuple[str, str]]:
    """(where, reason) pairs for everything FORMAT.md forbids in an Article."""
    return [(problem.span or "article", problem.message) for problem in article_problems(article.to_dict(), 0)]


# --------------------------------------------------------------------------- regions -> Article


def from_flat(flat: FlatArticle, problems: list[str]) -> Article:
    """Rebuild an Article from regions and relations, leaving out what cannot be rebuilt.

    Every region or relation left out is described in ``problems`` (one line
    each, with the article id and offsets). Ids are kept where the tool kept
    them; missing ones are numbered after the highest given (``T``, ``H``,
    ``A`` prefixes). Order follows the regions: entities and hedges in region
    order, attributions in the order of their cues.
    """
    text = flat.text

    def report(where: str, reason: str) -> None:
        problems.append(Errors.E120.format(article_id=flat.id, where=where, reason=reason))

    regions: dict[str, Region] = {}
    for region in flat.regions:
        reason = _region_problem(text, region)
        if reason is None and region.key in regions:
            reason = f"region key {region.key!r} used twice"
        if reason:
            report(region.where(), reason)
            continue
        regions[region.key] = region

    used_ids = {r.id for r in regions.values() if r.id}
    entity_ids: dict[str, str] = {}
    entities: list[Entity] = []
    placed: list[Region] = []
    for region in regions.values():
        if region.label not in ENTITY_LABELS:
            if region.attrs:
                report(region.where(), f"attributes {sorted(region.attrs)} on a {region.label} region are not kept")
            continue
        clash = next((p for p in placed if region.start < p.end and p.start < region.end), None)
        if clash is not None:
            report(region.where(), f"overlaps entity {clash.where()}; entities cannot overlap")
            continue
        placed.append(region)
        entity_id = region.id if region.id and region.id not in entity_ids.values() else fresh_id("T", used_ids)
        entity_ids[region.key] = entity_id
        entities.append(Entity(entity_id, region.start, region.end, region.label, text[region.start:region.end],
                               dict(region.attrs)))
    hedges = [Hedge(region.id or fresh_id("H", used_ids), region.start, region.end, text[region.start:region.end])
              for region in regions.values() if region.label == HEDGE]

    links: dict[tuple[str, str], list[str]] = {}
    for relation in flat.relations:
        reason = _relation_problem(relation, regions, entity_ids)
        if reason:
            head = regions.get(relation.head)
            report(head.where() if head else f"relation {relation.label}", reason)
            continue
        links.setdefault((relation.head, relation.label), []).append(relation.child)

    consumed: set[tuple[str, str]] = set()

    def linked(key: str, label: str, cue: Region) -> str | None:
        consumed.add((key, label))
        children = links.get((key, label), [])
        for extra in children[1:]:
            report(cue.where(), f"more than one {label} relation; {regions[extra].where()} is not kept")
        return children[0] if children else None

    attributions: list[Attribution] = []
    reached: set[str] = set()
    for cue in regions.values():
        if cue.label != CUE:
            continue
        content_key = linked(cue.key, REL_CONTENT, cue)
        if content_key is None:
            report(cue.where(), "the cue has no content relation, so it makes no attribution")
            continue
        source_key = linked(cue.key, REL_SOURCE, cue)
        refers = linked(source_key if source_key else cue.key, REL_REFERS_TO, cue)
        reached.update(k for k in (content_key, source_key) if k)
        attribution_id = _attribution_id(cue.id, used_ids)
        attributions.append(Attribution(
            attribution_id,
            _span(text, regions[source_key]) if source_key else None,
            _span(text, cue),
            _span(text, regions[content_key]),
            entity_ids[refers] if refers else None,
        ))
    for (head, label), children in links.items():
        if (head, label) not in consumed:
            for child in children:
                report(regions[head].where(), f"{label} relation to {regions[child].where()} is not part of an attribution")
    for region in regions.values():
        if region.label in (SOURCE, CONTENT) and region.key not in reached:
            report(region.where(), "linked to no cue, so it belongs to no attribution")

    article = Article(flat.id, text, dict(flat.meta), entities, hedges, attributions)
    for where, reason in _article_problems(article):  # a last guard: nothing invalid leaves this function
        report(where, reason)
    return article


def _span(text: str, region: Region) -> Span:
    return Span(region.start, region.end, text[region.start:region.end])


def _region_problem(text: str, region: Region) -> str | None:
    """Why a region cannot stand in an Article of this text, or None."""
    if region.label not in REGION_LABELS:
        return f"unknown label {region.label!r}"
    start, end = region.start, region.end
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return "start/end are not integers"
    if not 0 <= start < end <= len(text):
        return f"offsets out of range (text has {len(text)} characters)"
    if region.text is not None and region.text != text[start:end]:
        return f"misaligned: the tool gives {region.text!r}, the offsets hold {text[start:end]!r}"
    return None


def _relation_problem(relation: Relation, regions: dict[str, Region], entity_ids: dict[str, str]) -> str | None:
    """Why a relation makes no part of an attribution, or None."""
    head, child = regions.get(relation.head), regions.get(relation.child)
    if head is None or child is None:
        missing = relation.head if head is None else relation.child
        return f"{relation.label} relation names region {missing!r}, which is missing or was left out"
    expected = {
        REL_SOURCE: ((CUE,), (SOURCE,)),
        REL_CONTENT: ((CUE,), (CONTENT,)),
        REL_REFERS_TO: ((SOURCE, CUE), ENTITY_LABELS),
    }.get(relation.label)
    if expected is None:
        return f"unknown relation {relation.label!r} to {child.where()}"
    if head.label not in expected[0] or child.label not in expected[1]:
        return f"a {relation.label} relation cannot link {head.label} to {child.where()}"
    if relation.label == REL_REFERS_TO and child.key not in entity_ids:
        return f"refers_to names {child.where()}, which was left out"
    return None


def fresh_id(prefix: str, used: set[str]) -> str:
    """The next id ``prefix<n>`` above every numbered id with that prefix; recorded in ``used``."""
    numbers = [int(m.group(1)) for i in used if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", i))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}" in used:
        n += 1
    used.add(f"{prefix}{n}")
    return f"{prefix}{n}"


def _attribution_id(cue_id: str | None, used: set[str]) -> str:
    """The attribution id a cue region stands for (``A1.cue`` -> ``A1``), or a fresh one."""
    suffix = part_id("", "cue")
    if cue_id and cue_id.endswith(suffix) and len(cue_id) > len(suffix):
        candidate = cue_id[: -len(suffix)]
        if candidate not in used:
            used.add(candidate)
            return candidate
    return fresh_id("A", used)


# --------------------------------------------------------------------------- shared helpers


def _one_line(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return Errors.E122.format(first=problems[0], more=len(problems) - 1)


def settle(problems: list[str], warnings: list[str] | None) -> None:
    """Hand problems to the caller: append them to ``warnings``, or raise on them when no list was given."""
    problems = list(dict.fromkeys(problems))
    if warnings is not None:
        warnings.extend(problems)
    elif problems:
        raise PipelineError(_one_line(problems))


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


# --------------------------------------------------------------------------- dispatcher


def _converter(tool: str):
    if tool not in TOOLS:
        raise PipelineError(Errors.E121.format(tool=tool, choices=", ".join(TOOLS)))
    return importlib.import_module(f"{__name__}.{tool}")


def export_to(tool: str, articles: list[Article], out_path: str | Path, *, predictions: bool = False,
              model_version: str | None = None) -> None:
    """Write articles in a tool's import format: a file, or for brat a directory of files.

    Every file is written atomically. Raises PipelineError for an unknown tool
    or an article with spans that cannot be exported.
    """
    _converter(tool).write(articles, Path(out_path), predictions=predictions, model_version=model_version)


def import_from(tool: str, path: str | Path, *, warnings: list[str] | None = None) -> list[Article]:
    """Read a tool's export back into Articles.

    Raises PipelineError with a one-line message when ``path`` is missing or
    is not in that tool's format, and, unless a ``warnings`` list is given,
    on the first span that cannot be imported.
    """
    path = Path(path)
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    return _converter(tool).read(path, warnings=warnings)


def read_json_lines(path: Path, tool: str) -> list[dict]:
    """The JSON objects of a JSONL file, or PipelineError (E018) naming the tool and the first bad line."""
    rows = []
    text = read_text(path, tool)
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=f"line {number}: {err.msg}")) from None
        if not isinstance(row, dict):
            raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=f"line {number} is not a JSON object"))
        rows.append(row)
    if not rows:
        raise PipelineError(Errors.E013.format(path=path))
    return rows


def read_text(path: Path, tool: str) -> str:
    """A UTF-8 file's text with its line ends unchanged, or PipelineError (E018)."""
    if path.is_dir():
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason="a directory, not a file"))
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as err:
        raise PipelineError(Errors.E004.format(path=path, position=err.start)) from None


def dump_json_lines(rows: list[dict]) -> list[str]:
    """JSONL lines for rows, one object a line."""
    return [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]


def require(condition: bool, path: Path | str, tool: str, reason: str) -> None:
    """Raise PipelineError (E018: not a file of the tool's format) unless condition holds."""
    if not condition:
        raise PipelineError(Errors.E018.format(path=path, tool=tool, reason=reason))


__all__ = [
    "TOOLS", "REGION_LABELS", "RELATION_LABELS", "Region", "Relation", "FlatArticle",
    "to_flat", "from_flat", "settle", "export_to", "import_from",
]
