"""Regions and relations back to an Article, leaving out (and reporting) what cannot be rebuilt."""

from __future__ import annotations

import re

from ..errors import Errors
from ..records import ENTITY_LABELS, Article, Attribution, Entity, Hedge, Span
from .flat import (
    CONTENT,
    CONTINUATION,
    CUE,
    HEDGE,
    REGION_LABELS,
    REL_CONTENT,
    REL_CONTINUATION,
    REL_REFERS_TO,
    REL_SOURCE,
    SOURCE,
    FlatArticle,
    Region,
    Relation,
    article_level_problems,
    part_id,
)


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
            if region.attrs and region.label != CUE:
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
        continuation_key = linked(cue.key, REL_CONTINUATION, cue)
        refers = linked(source_key if source_key else cue.key, REL_REFERS_TO, cue)
        reached.update(k for k in (content_key, source_key, continuation_key) if k)
        attribution_id = _attribution_id(cue.id, used_ids)
        attributions.append(Attribution(
            attribution_id,
            _span(text, regions[source_key]) if source_key else None,
            _span(text, cue),
            _span(text, regions[content_key]),
            entity_ids[refers] if refers else None,
            _span(text, regions[continuation_key]) if continuation_key else None,
            dict(cue.attrs),
        ))
    for (head, label), children in links.items():
        if (head, label) not in consumed:
            for child in children:
                report(regions[head].where(), f"{label} relation to {regions[child].where()} is not part of an attribution")
    for region in regions.values():
        if region.label in (SOURCE, CONTENT, CONTINUATION) and region.key not in reached:
            report(region.where(), "linked to no cue, so it belongs to no attribution")

    article = Article(flat.id, text, dict(flat.meta), entities, hedges, attributions)
    for where, reason in article_level_problems(article):  # a last guard: nothing invalid leaves this function
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
        REL_CONTINUATION: ((CUE,), (CONTINUATION,)),
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
