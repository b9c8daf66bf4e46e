"""The claim record: one per attribution, derived from the three layers of an Article.

A claim says who (``source``, ``source_entities``, ``source_type``, ``side``)
claims what (``cue``, ``content``, ``figures``) and how sure the text is of it
(``status``, with the ``hedges`` and the ``unverified_by`` phrase behind it).
``to_dict`` gives the ``claims`` array of the JSONL output; README.md ("Claims")
and docs/FORMAT-claims.md document the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOURCE_TYPES = ("official", "media", "organisation", "expert", "witness", "unnamed", "evidence")
STATUSES = ("asserted", "hedged", "unverified")


@dataclass
class Figure:
    """A COUNT, DATE or TIME inside a claim's content (or any count of an article, for conflicts).

    ``value``: int for a COUNT, ``MM-DD`` or the weekday for a DATE when it can be read, ``HH:MM`` for a TIME.
    ``kind``: what a COUNT counts (killed, injured, missing, on_board, prisoners, munitions, arrested,
    evacuated, displaced) or None; ``qualifier``: min, more, about, near, max, less or exact.
    """

    label: str
    text: str
    start: int
    end: int
    value: int | str | None = None
    unit: str | None = None
    kind: str | None = None
    qualifier: str | None = None
    partial: bool = False
    revision: bool = False

    def to_dict(self) -> dict:
        data = {"label": self.label, "text": self.text, "start": self.start, "end": self.end, "value": self.value}
        for key in ("unit", "kind", "qualifier"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data

    def bounds(self) -> tuple[float, float]:
        """The interval of true values this count allows ("at least 30" allows 30 and more)."""
        value = float(self.value or 0)
        slack = max(1.0, round(value * 0.1))
        return {
            "min": (value, float("inf")), "more": (value + 1, float("inf")), "about": (value - slack, value + slack),
            "near": (value - slack, value), "max": (0.0, value), "less": (0.0, value - 1),
        }.get(self.qualifier or "", (value, value))


@dataclass
class Claim:
    id: str
    attribution: str
    source: str | None
    source_type: str
    side: str | None
    status: str
    cue: str
    content: str
    content_start: int
    content_end: int
    sentence: tuple[int, int]
    source_entities: list[dict] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    unverified_by: str | None = None
    figures: list[Figure] = field(default_factory=list)
    denial: bool = False
    camp: str | None = None
    """Who the source speaks for when no side is written (the body: "the army"); used to tell sides apart."""
    speaker: str = ""
    """The source as resolved (a pronoun's entity with its role); used to tell one source from another."""
    core: str = ""
    """The content up to the first cue of another claim inside it (``..., saying ...`` cut off)."""
    elsewhere: bool = False
    """The claim is about another event than the article's (scope.claim_elsewhere)."""
    locale: str | None = None
    """The country the claim's article reports from (sides.article_country)."""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "attribution": self.attribution,
            "source": self.source,
            "source_entities": self.source_entities,
            "source_type": self.source_type,
            "side": self.side,
            "status": self.status,
            "hedges": self.hedges,
            "unverified_by": self.unverified_by,
            "cue": self.cue,
            "content": self.content,
            "figures": [f.to_dict() for f in self.figures],
            "sentence": list(self.sentence),
        }


@dataclass
class SourcedFigure:
    article: str
    figure: Figure
    source: str | None
    claim: str | None
    speaker: str = ""
    country: str | None = None
    """The country the source speaks for, if any."""
    entry: str | None = None
    """The time of the entry of a live page that holds the count (``10:30 - Hrytsenko: ...``), if any."""

    def to_dict(self) -> dict:
        return {"article": self.article, "text": self.figure.text, "value": self.figure.value,
                "qualifier": self.figure.qualifier, "start": self.figure.start, "end": self.figure.end,
                "source": self.source, "claim": self.claim}


@dataclass
class FigureConflict:
    kind: str
    values: list[int]
    figures: list[SourcedFigure]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "values": self.values, "figures": [f.to_dict() for f in self.figures]}
