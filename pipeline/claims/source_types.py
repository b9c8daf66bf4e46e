"""The type of a source (corpora/ANNOTATION_NOTES.md, "Source type"): rules over the lexicons of
data/source_types.json.

Decided in this order (``rule_decision`` names the rule that decided): no source -> unnamed; a
statement takes its owner's type; a person takes the type of the role written with the name (a
kind of expert, journalist, private person, party or office: the longest matching title wins;
honorifics such as ``Mr`` are no title), else of the body they speak for (``spokesman for the
Kaduna State Police Command``), else official for a bare title (``spokesman``), else witness; a
named outlet or body in the head of the phrase is media, or official or organisation by the words
of its name (or of its expansion ``... (DGAC)``, or of the words the text puts next to it: ``MUK
rebels``); an unnamed head followed by the body it speaks for takes the body's type (``a source at
Al-Kindi Hospital``); then the head noun's lexicon, as written or by its lemma (evidence nouns,
``officials``, ``residents``, ``researchers`` ...); then any other named body in the phrase.

A learned classifier was compared with these rules by cross-validation over the gold
(evaluation.py, ``python scripts/source_type_cv.py``) and did not beat them on real articles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..records import Article, Entity
from .sources import DETERMINERS, SourceView, head_chunk
from .text import data

_WORD = re.compile(r"[\w][\w'’.-]*")
PERSONAL = {"i", "we", "he", "she", "me", "my", "our", "us", "him", "her"}
PRIORITY = ("expert", "media", "witness", "organisation", "official")
"""Which role type wins between two titles of the same length."""


def _lex() -> dict:
    return data("source_types.json")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    original = [w.rstrip(".").replace("’", "'") for w in _WORD.findall(text)]
    return original, [w.lower() for w in original]


def _match_size(tokens: tuple[list[str], list[str]], phrases) -> int:
    """Words in the longest phrase found (lower-case phrases match any case, others their own case)."""
    original, lower = tokens
    best = 0
    for phrase in phrases:
        words = phrase.split()
        seq = lower if phrase == phrase.lower() else original
        if len(words) > best and any(seq[i:i + len(words)] == words for i in range(len(seq) - len(words) + 1)):
            best = len(words)
    return best


def body_type(name: str, article: Article | None = None) -> str | None:
    """official or organisation for a body's name, from its words, its expansion or the words around it."""
    lex = _lex()
    tokens = _tokens(name)
    sizes = {kind: _match_size(tokens, lex[key]) for kind, key in
             (("organisation", "organisation_bodies"), ("official", "official_bodies"),
              ("weak", "weak_organisation_bodies"))}
    best = max(sizes.values())
    if best:
        kind = next(k for k in ("organisation", "official", "weak") if sizes[k] == best)
        return "organisation" if kind == "weak" else kind
    if article is None:
        return None
    if re.fullmatch(r"[A-Z]{2,6}", name.strip()):
        expansion = re.search(r"([A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|de|du|del|la|[A-Z][\w'’.-]*))*)\s*\(\s*"
                              + re.escape(name.strip()) + r"\s*\)", article.text)
        if expansion:
            found = body_type(expansion.group(1))
            if found:
                return found
    after = {m.group(1).lower() for m in re.finditer(re.escape(name.strip()) + r"\s+(\w+)", article.text)}
    if after & {"rebels", "rebel", "fighters", "militants", "militia", "movement", "insurgents", "guerrillas"}:
        return "organisation"
    return None


def title_kind(text: str) -> str | None:
    """The type of the longest title of the roles lexicon in text (generic titles left out), or None."""
    lex = _lex()
    tokens = _tokens(text)
    best_size, best_kind = 0, None
    for kind in PRIORITY:
        size = _match_size(tokens, [p for p in lex["roles"][kind] if p not in lex["generic_roles"]])
        if size > best_size:
            best_size, best_kind = size, kind
    return best_kind


def _role_type(view: SourceView, article: Article) -> str | None:
    """The type a person's role and affiliation give, or None when the text gives neither."""
    lex = _lex()
    honorifics = set(lex["honorifics"])
    role = " ".join(w for w in view.role.split() if w.lower().rstrip(".") not in honorifics)  # Mr is no title
    view = replace(view, role=role)
    tokens = _tokens(view.role)
    best_kind = title_kind(view.role)
    if best_kind:
        return best_kind
    if _match_size(tokens, lex["expert_bodies"]):
        return "expert"
    if _match_size(tokens, lex["media_heads"]):
        return "media"
    for entity in view.entities:
        if entity is not view.person and entity.label == "MEDIA":
            return "media"
        if entity is not view.person and entity.label == "ORG":
            return body_type(entity.text, article) or "organisation"
    found = body_type(view.role)
    if found:
        return found
    if _match_size(tokens, lex["generic_roles"]):
        return "official"
    named = [e for e in article.entities if e.label in ("ORG", "MEDIA") and e.text in view.role]
    if named:
        return _named(named, article)
    return "organisation" if re.fullmatch(r"(?:[A-Z][\w'’.@&-]*\s*)+", view.role.strip()) else None


def _named(entities: list[Entity], article: Article) -> str | None:
    """media for a named outlet, else the type of the first named body, else official for places alone."""
    if any(e.label == "MEDIA" for e in entities):
        return "media"
    for entity in entities:
        if entity.label == "ORG":
            return body_type(entity.text, article) or "organisation"
    if entities and all(e.label == "GPE" for e in entities):
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
    keys = (("evidence", "evidence_heads"), ("media", "media_heads"), ("expert", "expert_heads"),
            ("unnamed", "unnamed_heads"), ("witness", "witness_heads"), ("official", "official_heads"),
            ("organisation", "organisation_heads"))
    candidates = (" ".join(chunk[-2:]), head) if len(chunk) > 1 else (head,)
    for exact in (True, False):  # the word as written first, then its lemma (``associations``)
        for candidate in candidates:
            for kind, key in keys:
                if candidate in lex[key] if exact else lemma(candidate) in _lemmas(key):
                    # ``union spokesman`` speaks for a union, ``European Union monitoring mission`` for the EU
                    if kind == "official" and body_type(" ".join(modifiers)) == "organisation":
                        return "organisation"
                    return kind
    return None


def lemma(word: str) -> str:
    """A crude lemma of an English noun: enough to bring plurals and possessives together."""
    word = word.lower().replace("’", "'").strip(".'")
    for suffix, replacement in (("women", "woman"), ("men", "man"), ("ies", "y"), ("sses", "ss"), ("ches", "ch"),
                                ("shes", "sh"), ("xes", "x"), ("'s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: len(word) - len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=None)
def _lemmas(key: str) -> frozenset[str]:
    return frozenset(lemma(entry) for entry in _lex()[key])


def _body_of_source(view: SourceView, chunk: list[str], rest: list[str], article: Article) -> str | None:
    """``a medical source at Al-Kindi Hospital``, ``officials from the interior ministry``: an unnamed head
    followed by the body it speaks for takes the body's type (``officials in Kyiv`` name no body)."""
    lex = _lex()
    if not chunk or chunk[-1] not in lex["unnamed_heads"] or rest[:1] not in (["at"], ["from"], ["within"],
                                                                              ["inside"], ["of"]):
        return None
    rest_text = " ".join(rest).replace("’", "'")
    for entity in view.entities:
        if entity.label in ("ORG", "FAC") and entity.text.lower().replace("’", "'") in rest_text:
            found = body_type(entity.text, article)
            if found or entity.label == "ORG":
                return found or "organisation"
    body_head = head_chunk(" ".join(rest[1:]))[0][-1:]
    return _by_head(body_head) if body_head and _by_head(body_head) in ("official", "organisation") else None


def rule_decision(view: SourceView, article: Article) -> tuple[str, str]:
    """(type, the rule that decided it) for a source; the rule names are features of the learned model."""
    if view.text is None:
        return "unnamed", "no-source"
    lex = _lex()
    chunk, _rest = head_chunk(view.phrase)
    if chunk and chunk[-1] in lex["statement_heads"]:
        owner = " ".join(w for w in view.phrase.split() if w.lower().strip(".,:") not in lex["statement_heads"])
        if [w for w in _tokens(owner)[1] if w not in DETERMINERS and w not in ("from", "by", "of", "in")]:
            kind, _rule = rule_decision(replace(view, phrase=owner), article)
            return kind, "statement"
    if view.person is not None:
        kind = _role_type(view, article)
        return (kind, "person-role") if kind else ("witness", "person-default")
    if view.pronoun and view.entities:
        found = _named(view.entities, article)
        if found:
            return found, "pronoun-entity"
    if view.pronoun in PERSONAL and chunk and chunk[-1] in lex["evidence_heads"]:
        chunk = []  # ``I`` or ``he`` resolved to an earlier ``one of our ads``: a person is no document
    if chunk and chunk[-1] in lex["evidence_heads"] and not (view.pronoun and view.entities):
        return "evidence", "evidence-head"
    chunk_text = " ".join(chunk)
    named = [e for e in view.entities if not re.search(r"\b(?:pro|anti)-$", article.text[max(0, e.start - 5):e.start])]
    in_head = [e for e in named if e.text.lower().replace("’", "'") in chunk_text.replace("’", "'")]
    bodies = [e for e in in_head if e.label in ("ORG", "MEDIA")]
    found = _named(bodies, article) if bodies else None
    if found:
        return found, "named-body"
    found = _body_of_source(view, chunk, _rest, article)
    if found:
        return found, "source-body"
    found = _by_head(chunk)
    if found:
        return found, "head"
    found = _named(named, article)
    if found:
        return found, "named-other"
    if view.pronoun:
        return ("witness" if view.pronoun in ("i", "he", "she", "my", "me") else "unnamed"), "pronoun-default"
    return "unnamed", "default"


def source_type(view: SourceView, article: Article) -> str:
    """One of records.SOURCE_TYPES for a source."""
    return rule_decision(view, article)[0]
