"""The records of FORMAT.md: Article, Entity, Hedge, Attribution and their spans.

Everything in the project meets here: annotation turns Docs into Articles,
evaluation compares Articles, training turns Articles into examples, the
claims ledger reads Articles and the format converters map Articles to other
tools' shapes and back. The records only convert to and from plain dicts;
validation is in ``validation.py`` and file I/O in ``jsonl.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_LABELS = ("PERSON", "ORG", "MEDIA", "GPE", "LOC", "FAC", "AIRCRAFT", "WEAPON", "COUNT", "DATE", "TIME")
ATTRIBUTION_PARTS = ("source", "cue", "content", "continuation")


@dataclass
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict | None, text: str) -> "Span | None":
        if data is None:
            return None
        start, end = int(data["start"]), int(data["end"])
        return cls(start, end, str(data.get("text", text[start:end])))


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
    """Who (source) reports what (content) with which cue.

    ``continuation`` is the second part of a split quote (``"A," X said, "B."``);
    ``attrs`` holds the gold's ``source_type``, ``status`` and ``shape``.
    """

    id: str
    source: Span | None
    cue: Span
    content: Span
    source_entity: str | None = None
    continuation: Span | None = None
    attrs: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
        }
        if self.source_entity:
            data["source_entity"] = self.source_entity
        if self.continuation:
            data["continuation"] = self.continuation.to_dict()
        if self.attrs:
            data["attrs"] = self.attrs
        return data


@dataclass
class Article:
    id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    # derived records (claims) and keys this project does not know, written back unchanged
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "meta": self.meta,
            "entities": [e.to_dict() for e in self.entities],
            "hedges": [h.to_dict() for h in self.hedges],
            "attributions": [a.to_dict() for a in self.attributions],
            **self.extra,
        }

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    @property
    def genre(self) -> str | None:
        return self.meta.get("genre")

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        """Build an Article from a parsed JSON object; raises KeyError/TypeError/ValueError on bad shape.

        Callers validate first (validation.article_problems) for messages a user can act on.
        """
        text = data["text"]
        if not isinstance(text, str):
            raise TypeError("`text` is not a string")
        known = {"id", "text", "meta", "entities", "hedges", "attributions"}
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
                Attribution(str(a.get("id", f"A{i}")), Span.from_dict(a.get("source"), text),
                            Span.from_dict(a["cue"], text), Span.from_dict(a["content"], text),
                            a.get("source_entity"), Span.from_dict(a.get("continuation"), text),
                            dict(a.get("attrs") or {}))
                for i, a in enumerate(data.get("attributions") or [], 1)
            ],
            extra={k: v for k, v in data.items() if k not in known},
        )
