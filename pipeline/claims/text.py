"""Plain-text helpers of the claims layer: words, sentences and phrase lists, with offsets.

The claims layer reads Article records only (no spaCy), so that `pipeline claims`
works on any annotated JSONL; these few functions are all the text analysis it needs.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

WORD = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
"""A word (with inner hyphens, apostrophes and dots: ``Il-76``, ``Ukraine’s``, ``U.S.``) or one punctuation mark."""

ENTRY_TIME = r"(\d{1,2}[:.]\d{2})\s*[-–—:]"
"""The time that opens an entry of a live page (``10:30 - Hrytsenko: ...``), the time its group."""

ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "st", "lt", "col", "gen", "sgt", "capt", "gov", "sen", "rep", "jr",
                 "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                 "ltd", "inc", "co", "corp", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "etc", "approx", "maj", "adm"}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


class Word(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, offset: int = 0) -> list[Word]:
    """Words and punctuation marks of text; a word's trailing dot is kept only for abbreviations."""
    found = []
    for match in WORD.finditer(text):
        token, start = match.group(), match.start()
        if token.endswith(".") and len(token) > 1 and token[:-1].lower() not in ABBREVIATIONS and not _initials(token):
            found.append(Word(token[:-1], start + offset, start + len(token) - 1 + offset))
            found.append(Word(".", start + len(token) - 1 + offset, start + len(token) + offset))
        else:
            found.append(Word(token, start + offset, start + len(token) + offset))
    return found


def _initials(token: str) -> bool:
    """``U.S.``, ``K.C.``, ``A.``: single letters with dots."""
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+", token))


@lru_cache(maxsize=16)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence: split after . ! ? before a capital, and at every line break.
    Cached: every claim of an article asks for its sentences."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + (0 if match.group().startswith("\n") else 1)
        before = text[start:end].rstrip(".").split()
        if not match.group().startswith("\n") and before and (before[-1].lower().rstrip(".") in ABBREVIATIONS
                                                               or _initials(before[-1] + ".")):
            continue
        _add(spans, text, start, match.end())
        start = match.end()
    _add(spans, text, start, len(text))
    return tuple(spans)


def _add(spans: list, text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding offset (or the last one starting before it)."""
    index = 0
    for i, (start, _end) in enumerate(spans):
        if start <= offset:
            index = i
        else:
            break
    return index


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the paragraph (text between blank lines) holding offset."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def find_phrase(tokens: list[str], phrase: str, start: int = 0) -> int:
    """Index where the words of phrase (space-separated, lower case) occur in tokens from start, or -1."""
    parts = phrase.split()
    for i in range(start, len(tokens) - len(parts) + 1):
        if tokens[i:i + len(parts)] == parts:
            return i
    return -1


def ends_with_phrase(tokens: list[str], phrases) -> str | None:
    """The longest of phrases that the token list ends with."""
    best = None
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) <= len(tokens) and tokens[len(tokens) - len(parts):] == parts:
            if best is None or len(parts) > len(best.split()):
                best = phrase
    return best


def starts_with_phrase(tokens: list[str], phrases) -> str | None:
    """The longest of phrases that the token list starts with."""
    best = None
    for phrase in phrases:
        parts = phrase.split()
        if tokens[:len(parts)] == parts and (best is None or len(parts) > len(best.split())):
            best = phrase
    return best


@lru_cache(maxsize=None)
def data(name: str):
    """A data file of pipeline/claims/data: JSON parsed, or a text file's non-comment lines."""
    raw = resources.files("pipeline.claims").joinpath("data", name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        return json.loads(raw)
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]
