"""The type of a source (corpora/ANNOTATION_NOTES.md, "Source type"): rules over the lexicons of
data/source_types.json.

Decided in this order: no source -> unnamed; a statement takes its owner's type; a
person takes the type of the role or affiliation written with the name (a kind of
expert, journalist or private person first, then the body they speak for, then a
title such as minister or spokesman), and is a witness without one; evidence nouns
(report, video, images) are evidence; a named outlet is media; a named body is
official or organisation by the words of its name (or of its expansion, or of the
words the text puts next to it: ``MUK rebels``); last, the head noun's lexicon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Article, Entity
from .sources import DETERMINERS, SourceView, head_chunk
from .text import data

_WORD = re.compile(r"[\w][\w'’.-]*")


def _lex() -> dict:
    return data("source_types.json")


def _has(words: list[str], phrase: str) -> bool:
    parts = phrase.split()
    return any(words[i:i + len(parts)] == parts for i in range(len(words) - len(parts) + 1))


def _words(text: str) -> list[str]:
    return [w.lower().rstrip(".").replace("’", "'") for w in _WORD.findall(text)]


def body_type(name: str, article: Article | None = None) -> str | None:
    """official or organisation for a body's name, from its words, its expansion or the words around it."""
    lex = _lex()
    words = _words(name)
    for kind, key in (("organisation", "organisation_bodies"), ("official", "official_bodies")):
        if any(_has(words, phrase) for phrase in lex[key]):
            return kind
    if article is None:
        return None
    if re.fullmatch(r"[A-Z]{2,6}", name.strip()):
        expansion = re.search(r"([A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|du|del|la|[A-Z][\w'’.-]*))*)\s*\(\s*"
                              + re.escape(name.strip()) + r"\s*\)", article.text)
        if expansion:
            found = body_type(expansion.group(1))
            if found:
                return found
    around = set()
    for match in re.finditer(re.escape(name.strip()) + r"\s+(\w+)", article.text):
        around.add(match.group(1).lower())
    if around & {"rebels", "rebel", "fighters", "militants", "militia", "movement", "insurgents", "guerrillas"}:
        return "organisation"
    return None


def _role_type(view: SourceView, article: Article) -> str | None:
    """The type a person's role and affiliation give, or None when the text gives neither."""
    lex = _lex()
    words = _words(view.role)
    best: tuple[int, str] | None = None
    for kind in ("media", "expert", "witness", "organisation", "official"):
        for phrase in lex["roles"][kind]:
            if phrase not in lex["generic_roles"] and _has(words, phrase):
                size = len(phrase.split())
                if best is None or size > best[0]:
                    best = (size, kind)
    if best is not None and (best[1] != "official" or best[0] > 1):
        return best[1]
    body = _affiliation(view, article)
    if body:
        return body
    if best is not None:
        return best[1]
    if any(_has(words, phrase) for phrase in lex["generic_roles"]):
        return "official"
    return None


def _affiliation(view: SourceView, article: Article) -> str | None:
    """The type of the body a person speaks for: a named outlet or organisation, else body words in the role."""
    for entity in view.entities:
        if entity is view.person:
            continue
        if entity.label == "MEDIA":
            return "media"
        if entity.label == "ORG":
            return body_type(entity.text, article) or "organisation"
    found = body_type(view.role)
    return found


def _by_entities(entities: list[Entity], chunk_text: str, article: Article) -> str | None:
    """A named outlet or body in the head part of the phrase."""
    in_head = [e for e in entities if e.text.lower() in chunk_text] or entities
    for entity in in_head:
        if entity.label == "MEDIA":
            return "media"
        if entity.label == "ORG":
            return body_type(entity.text, article) or "organisation"
    if in_head and all(e.label == "GPE" for e in in_head):
        return "official"
    return None


def _by_head(chunk: list[str]) -> str | None:
    """The lexicon of the head noun (the last word of the head part), with its modifiers for ``officials``."""
    lex = _lex()
    if not chunk:
        return None
    head = chunk[-1]
    modifiers = [w for w in chunk[:-1] if w not in DETERMINERS]
    if head in ("official", "officials"):
        bodies = [m for m in modifiers if m not in lex["unnamed_official_modifiers"]]
        if any(body_type(m) == "official" or m in ("health", "railway", "police", "un", "rescue") for m in bodies):
            return "official"
        return "unnamed" if head == "officials" or not bodies else "official"
    two = " ".join(chunk[-2:])
    for kind, key in (("evidence", "evidence_heads"), ("media", "media_heads"), ("expert", "expert_heads"),
                      ("witness", "witness_heads"), ("unnamed", "unnamed_heads"), ("official", "official_heads"),
                      ("organisation", "organisation_heads")):
        if two in lex[key] or head in lex[key]:
            if kind == "official" and any(m in lex["organisation_bodies"] for m in modifiers):
                return "organisation"
            return kind
    return None


def source_type(view: SourceView, article: Article) -> str:
    """One of records.SOURCE_TYPES for a source."""
    if view.text is None:
        return "unnamed"
    lex = _lex()
    chunk, _rest = head_chunk(view.phrase)
    if chunk and chunk[-1] in lex["statement_heads"]:
        owner = " ".join(w for w in view.phrase.split() if w.lower().strip(".,:") not in lex["statement_heads"])
        if [w for w in _words(owner) if w not in DETERMINERS and w not in ("from", "by", "of", "in")]:
            return source_type(replace(view, phrase=owner), article)
    if view.person is not None:
        return _role_type(view, article) or "witness"
    if chunk and chunk[-1] in lex["evidence_heads"] and not (view.pronoun and view.entities):
        return "evidence"
    found = _by_entities(view.entities, " ".join(chunk), article) if view.entities else None
    if found:
        return found
    found = _by_head(chunk)
    if found:
        return found
    if view.pronoun:
        return "witness" if view.pronoun in ("i", "he", "she", "my", "me") else "unnamed"
    return "unnamed"
