"""The claims layer: a claim record for every attribution of an Article, and the ledger across articles.

Pure Python over the Article records of FORMAT.md (no spaCy), so that claims can
be derived from any annotated JSONL:

- ``sources``: what a source phrase names (pronouns and short definite phrases resolved);
- ``source_types``, ``sides``, ``status``, ``figures``: the fields of a claim
  (``kinds``, ``tallies``, ``scope``, ``subgroups``: what a count counts);
- ``grouping`` (with ``events``), ``conflicts``, ``opposing`` (with ``alignment``
  and ``agents``): claims about one event across articles, figure conflicts and
  opposing claims; ``ledger``: all of it for a set of articles (one collection,
  or each of several apart).
"""

from __future__ import annotations

import re

from ..records import Article
from .figures import article_counts
from .values import claim_figures
from .records import SOURCE_TYPES, STATUSES, Claim, Figure
from .scope import claim_elsewhere
from .sides import article_country, side_of
from .source_types import source_type
from .sources import entities_in, source_views
from .status import claim_status
from .text import data, sentence_index, sentences


def claims_of(article: Article) -> list[Claim]:
    """One claim per attribution of the article, in order."""
    spans = sentences(article.text)
    counts = article_counts(article)
    denials = set(data("conflicts.json")["denials"])
    locale = article_country(article)
    claims = []
    for index, (attribution, view) in enumerate(zip(article.attributions, source_views(article))):
        kind = source_type(view, article)
        side, camp = side_of(view, kind, article)
        status, hedges, phrase = claim_status(article, index, spans)
        entities = (entities_in(article, attribution.source.start, attribution.source.end)
                    if attribution.source is not None else [])
        if view.pronoun and view.entities:
            entities = entities + [e for e in view.entities if e not in entities]
        sentence = spans[sentence_index(spans, attribution.cue.start)]
        end = attribution.continuation.end if attribution.continuation else attribution.content.end
        claims.append(Claim(
            id=attribution.id,
            attribution=attribution.id,
            source=attribution.source.text if attribution.source is not None else None,
            source_entities=[{"id": e.id, "label": e.label, "text": e.text}
                             for e in entities if e.label in ("PERSON", "ORG", "MEDIA", "GPE")],
            source_type=kind,
            side=side,
            status=status,
            cue=attribution.cue.text,
            content=attribution.content.text,
            content_start=attribution.content.start,
            content_end=attribution.content.end,
            sentence=sentence,
            hedges=[h.text for h in hedges],
            unverified_by=phrase,
            figures=claim_figures(article, attribution.content.start, end, counts),
            denial=view.denial or attribution.cue.text.lower() in denials,
            camp=camp,
            speaker=view.phrase or "",
            core=_core(article, attribution),
            elsewhere=claim_elsewhere(article.text, sentence, (attribution.content.start, end)),
            locale=locale,
        ))
    return claims


def _core(article: Article, attribution) -> str:
    """The content up to the first cue of another attribution inside it or its first paragraph break, without a
    trailing ``and``/comma."""
    content = attribution.content
    inner = [a.cue.start for a in article.attributions
             if a is not attribution and content.start < a.cue.start < content.end]
    text = article.text[content.start:min(inner, default=content.end)].split("\n\n")[0]
    return re.sub(r"(?:[\s,;]|\band\b|\bbut\b)+$", "", text) or content.text


def add_claims(article: Article) -> Article:
    """The article with its ``claims`` array (for the JSONL output)."""
    article.extra["claims"] = [claim.to_dict() for claim in claims_of(article)]
    return article


__all__ = ["SOURCE_TYPES", "STATUSES", "Claim", "Figure", "add_claims", "claims_of"]
