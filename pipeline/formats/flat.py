"""The flat form of an article that every tool converter goes through.

An article is a list of labelled character regions and a list of labelled,
directed relations between them:

- each entity is a region labelled with its entity label, carrying ``attrs``
  (PERSON ``role``, COUNT ``value``/``unit``), with the entity's id;
- each hedge is a region labelled ``HEDGE`` with the hedge's id;
- each attribution is a ``CUE`` region (id ``A1.cue``, carrying the
  attribution's ``attrs``), a ``CONTENT`` region (``A1.content``), unless the
  source is null a ``SOURCE`` region (``A1.source``), and for a split quote a
  ``CONTINUATION`` region, linked by the relations ``CUE -source-> SOURCE``,
  ``CUE -content-> CONTENT`` and ``CUE -continuation-> CONTINUATION``;
  ``source_entity`` is the relation ``SOURCE -refers_to-> entity`` (from the
  CUE when there is no source). Attributions that share a source or content
  span share its region.

:func:`to_flat` builds it from an Article; ``rebuild.from_flat`` turns it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Errors, PipelineError
from ..records import ENTITY_LABELS, Article, Attribution, Span
from ..validation import article_problems
from .toolio import one_line

HEDGE = "HEDGE"
SOURCE, CUE, CONTENT, CONTINUATION = "SOURCE", "CUE", "CONTENT", "CONTINUATION"
ATTRIBUTION_LABELS = (SOURCE, CUE, CONTENT, CONTINUATION)
REGION_LABELS = ENTITY_LABELS + (HEDGE,) + ATTRIBUTION_LABELS
"""Every label a region can carry, in the order tools list them."""

REL_SOURCE, REL_CONTENT, REL_CONTINUATION, REL_REFERS_TO = "source", "content", "continuation", "refers_to"
RELATION_LABELS = (REL_SOURCE, REL_CONTENT, REL_CONTINUATION, REL_REFERS_TO)

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

    def region_for(attribution: Attribution, part: str, span: Span, share_key: tuple, attrs: dict | None = None) -> str:
        key = shared.get(share_key)
        if key is None:
            key = part_id(attribution.id, part)
            shared[share_key] = key
            flat.regions.append(Region(key, part.upper(), span.start, span.end, span.text, key, dict(attrs or {})))
        return key

    for attribution in article.attributions:
        cue = region_for(attribution, "cue", attribution.cue, ("cue", attribution.id), attribution.attrs)
        if attribution.source is not None:
            source = attribution.source
            source_key = region_for(attribution, "source", source,
                                    (SOURCE, source.start, source.end, attribution.source_entity))
            flat.relations.append(Relation(cue, source_key, REL_SOURCE))
        content = attribution.content
        content_key = region_for(attribution, "content", content, (CONTENT, content.start, content.end))
        flat.relations.append(Relation(cue, content_key, REL_CONTENT))
        if attribution.continuation is not None:
            span = attribution.continuation
            continuation_key = region_for(attribution, "continuation", span, (CONTINUATION, span.start, span.end))
            flat.relations.append(Relation(cue, continuation_key, REL_CONTINUATION))
        if attribution.source_entity:
            refers_from = source_key if attribution.source is not None else cue
            relation = Relation(refers_from, attribution.source_entity, REL_REFERS_TO)
            if relation not in flat.relations:
                flat.relations.append(relation)
    problems = [Errors.E120.format(article_id=article.id, where=where, reason=reason)
                for where, reason in article_level_problems(article)]
    seen: set[str] = set()
    for region in flat.regions:
        if region.key in seen:
            problems.append(Errors.E120.format(article_id=article.id, where=region.where(),
                                               reason=f"id {region.key!r} is used twice; tools need unique ids"))
        seen.add(region.key)
    if problems:
        raise PipelineError(one_line(problems))
    return flat


def article_level_problems(article: Article) -> list[tuple[str, str]]:
    """(where, reason) pairs for everything FORMAT.md forbids in an Article."""
    return [(problem.span or "article", problem.message) for problem in article_problems(article.to_dict(), 0)]
