"""The claims ledger of a set of articles: every claim, and with ``conflicts`` the events and where
accounts of one event conflict (figure conflicts and opposing claims)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Article
from . import claims_of
from .conflicts import figure_conflicts, sourced_figures
from .grouping import events
from .opposing import OpposingClaims, opposing_claims
from .records import Claim, FigureConflict


@dataclass
class Event:
    articles: list[str]
    figure_conflicts: list[FigureConflict] = field(default_factory=list)
    opposing_claims: list[OpposingClaims] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"articles": self.articles,
                "figure_conflicts": [c.to_dict() for c in self.figure_conflicts],
                "opposing_claims": [o.to_dict() for o in self.opposing_claims]}


@dataclass
class Ledger:
    articles: list[Article]
    claims: dict[str, list[Claim]]
    events: list[Event] | None = None
    """None when conflicts were not asked for."""

    def rows(self) -> list[tuple[Article, Claim]]:
        return [(article, claim) for article in self.articles for claim in self.claims[article.id]]

    def claim(self, article_id: str, claim_id: str) -> Claim | None:
        return next((c for c in self.claims.get(article_id, []) if c.id == claim_id), None)

    def to_records(self) -> list[dict]:
        """JSON lines: one per claim (``"record": "claim"``), then one per event with its conflicts."""
        records = [{"record": "claim", "article": article.id, **claim.to_dict()} for article, claim in self.rows()]
        for number, event in enumerate(self.events or [], 1):
            records.append({"record": "event", "event": number, **event.to_dict()})
        return records


def build_ledger(articles: list[Article], *, conflicts: bool = False,
                 collections: list[int] | None = None) -> Ledger:
    """Claims of every article; with conflicts, the events (groups of articles) and their conflicts.

    collections: for each article, the collection it belongs to (one day's coverage of an event, a
    directory); articles are grouped into events within each collection only. None: one collection."""
    claims = {article.id: claims_of(article) for article in articles}
    ledger = Ledger(articles, claims)
    if conflicts:
        ledger.events = []
        for members in events(articles, collections):
            figures = [f for a in members for f in sourced_figures(a, claims[a.id])]
            paired = [(a.id, c) for a in members for c in claims[a.id]]
            ledger.events.append(Event([a.id for a in members], figure_conflicts(figures), opposing_claims(paired)))
    return ledger
