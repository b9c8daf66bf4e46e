"""Claim rows: attributions joined with the hedges that touch them, for the
terminal report and the HTML page."""

from __future__ import annotations

from dataclasses import dataclass

from .records import Article, Attribution, Hedge


@dataclass
class Claim:
    attribution: Attribution
    source: str | None
    source_entity: str | None
    hedges: list[Hedge]

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)


def touches(hedge: Hedge, attribution: Attribution) -> bool:
    """A hedge touches a claim when it lies within the claim: its content, cue, or the stretch between them."""
    parts = [attribution.cue, attribution.content] + ([attribution.source] if attribution.source else [])
    start = min(p.start for p in parts)
    end = max(p.end for p in parts)
    return hedge.start < end and start < hedge.end


def claims(article: Article) -> list[Claim]:
    rows = []
    for attribution in article.attributions:
        entity = article.entity(attribution.source_entity) if attribution.source_entity else None
        rows.append(Claim(
            attribution=attribution,
            source=attribution.source.text if attribution.source else None,
            source_entity=entity.text if entity else None,
            hedges=[h for h in article.hedges if touches(h, attribution)],
        ))
    return rows
