"""Figures: the COUNTs, DATEs and TIMEs of a claim, and every count of an article with what it counts.

Counts are found in the text itself (digits, number words, ``a dozen``,
``No one was killed``), so that conflicts do not depend on where the entity
layer puts a COUNT's edges. What a count counts (its kind) is decided by the
predicate after the counted phrase (``23 people were killed``), else by the word
before the number (``killing 23 people``, ``carrying 48 people``), else by the
counted noun (``27 dead``, ``23 crew``, ``four drones``); the word lists are in
data/figures.json. A part of a total (``including four children``, ``142 of
them``, ``five more``), an earlier figure the text revises (``up from nine``)
and a revision (``rose to 14``) are marked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Article
from .records import Figure
from .text import data, ends_with_phrase, sentence_index, sentences, starts_with_phrase

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SKIP_AFTER_UNIT = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "reportedly", "slightly",
                    "seriously", "critically", "later", "still", "all", "both", "now", "already", "who", "that",
                    "which", "people", "were being", "reported", "said", "to", "be", "have been", "allegedly"}
_UNIT_STOP = {"were", "was", "are", "is", "have", "has", "had", "been", "in", "on", "at", "from", "to", "for", "by",
              "with", "who", "which", "that", "and", "or", "but", "as", "after", "before", "when", "while", "during",
              "including", "across", "near", "into", "since", "aboard", "onboard", "died", "killed", "injured",
              "wounded", "hurt", "missing", "dead", "said", "say", "says", "struck", "had"}
_WORD = re.compile(r"[a-z0-9][a-z0-9'’.-]*|[,;:()]")


@lru_cache(maxsize=None)
def _number_pattern() -> re.Pattern:
    lex = data("figures.json")
    units = sorted(lex["numbers"], key=len, reverse=True)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    word = rf"(?:(?:{tens})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a|one)\s+dozen|{'|'.join(units)})"
    scale = r"(?:\s+(?:hundred|thousand|million|billion))?"
    return re.compile(rf"(?<![\w.,:-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{word}){scale}(?![\w])", re.I)


@lru_cache(maxsize=None)
def _predicate_starts() -> frozenset[str]:
    """First words of the predicates that give a kind (``lost`` of ``lost their lives``): they end a counted phrase."""
    kinds = data("figures.json")["kinds"].values()
    return frozenset(p.split()[0] for kind in kinds for p in kind["after"]) - {"on", "in", "at"}


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words (``3,200``, ``Twenty-seven``, ``a dozen``, ``2 million``)."""
    lex = data("figures.json")
    value, total = 0.0, 0.0
    for part in re.split(r"[\s-]+", text.lower().replace(",", "")):
        if part in ("a", "and", ""):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", part):
            value += float(part)
        elif part in lex["numbers"]:
            value = value * 12 if part == "dozen" and value else value + lex["numbers"][part]
        elif part in lex["scales"]:
            total += max(value, 1) * lex["scales"][part]
            value = 0
        else:
            return None
    result = total + value
    return int(result) if result == int(result) else None


def _words(text: str) -> list[str]:
    return [w.rstrip(".") if w not in ("a.m.", "p.m.") else w for w in _WORD.findall(text.lower().replace("’", "'"))]


def _kind_after(rest: list[str], lex: dict) -> tuple[str | None, list[str]]:
    """The kind a predicate right after the counted phrase gives, and the words after that predicate."""
    if rest[:1] == [","]:  # skip an apposition: "Two people, one of them a boy, were missing"
        closing = next((i for i in range(1, min(len(rest), 12)) if rest[i] == ","), None)
        rest = rest[closing + 1:] if closing else rest
    while rest and rest[0] in _SKIP_AFTER_UNIT:
        rest = rest[1:]
    for kind, words in lex["kinds"].items():
        phrase = starts_with_phrase(rest, words["after"])
        if phrase:
            return kind, rest[len(phrase.split()):]
    return None, rest


def _kind_before(before: list[str], lex: dict) -> str | None:
    for kind, words in lex["kinds"].items():
        if ends_with_phrase(before, words["before"]):
            return kind
    return None


def _kind_of_unit(unit: list[str], lex: dict) -> str | None:
    text = " ".join(unit)
    for kind, words in lex["kinds"].items():
        if any(text == u or text.endswith(" " + u) for u in words["units"]):
            return kind
    return None


def _count(text: str, match: re.Match, sentence: tuple[int, int], lex: dict) -> Figure | None:
    start, end = match.span()
    value = parse_number(match.group())
    following = text[end:end + 12].lower()
    if value is None or re.match(r"(?:-\w|:\d|\.\d|%|\s*(?:a\.m|p\.m|am\b|pm\b|per ?cent|gmt|utc))", following):
        return None
    before = _words(text[sentence[0]:start])[-8:]
    after = _words(text[end:sentence[1]])[:24]
    if (before and before[-1] in MONTHS + [m[:3] for m in MONTHS]) or (after and after[0] in MONTHS + [m[:3] for m in MONTHS]):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", match.group()) or "." in match.group().replace(",", ""):
        return None
    qualifier = None
    found = ends_with_phrase(before, lex["qualifiers"])
    if found:
        qualifier = lex["qualifiers"][found]
        before = before[:len(before) - len(found.split())]
    figure = Figure("COUNT", match.group(), start, end, value, qualifier=qualifier)
    figure.partial = bool(ends_with_phrase(before, lex["partial_before"]) or starts_with_phrase(after, lex["partial_after"]))
    if ends_with_phrase(before, lex["previous_before"]) or (before and before[-1] == "no"):
        return None
    revision = ends_with_phrase(before, lex["revision_before"])
    figure.revision = bool(revision)
    unit: list[str] = []
    for word in after:
        if (word in _UNIT_STOP or word in _predicate_starts() or word in ",;:()" or len(unit) == 4
                or _number_pattern().fullmatch(word)) and not (word == "of" and not unit):
            break
        unit.append(word)
    if unit[:1] == ["of"]:
        unit = unit[1:]
        if unit[:1] in (["them"], ["whom"], ["those"], ["these"], ["the"], ["which"]):
            figure.partial = True
    if "of" in unit and unit[:3] != ["prisoners", "of", "war"]:
        unit = unit[:unit.index("of")]
    figure.unit = " ".join(unit) or None
    kind, tail = _kind_after(after[len(unit) + (1 if after[:1] == ["of"] else 0):], lex)
    if kind and starts_with_phrase(tail, ["at the scene", "in hospital", "on the spot", "later in hospital"]):
        figure.partial = True
    unit_kind = _kind_of_unit(unit, lex)
    if kind is None and unit_kind in ("prisoners", "munitions"):
        kind = unit_kind  # "carrying 65 prisoners of war" counts prisoners
    if kind is None:
        tail_before = before[:len(before) - len(revision.split())] if revision else before
        kind = _kind_before(tail_before, lex)
    if kind is None and (revision or (before and before[-1] in ("of", "at", "to"))):
        prefix = " ".join(_words(text[sentence[0]:start]))
        kind = next((k for k, words in lex["toll_words"].items() if any(w in prefix for w in words)), None)
    kind = kind or unit_kind
    head = unit[-1] if unit else ""
    if kind in lex["munition_kinds"] and unit_kind != kind:
        kind = None
    if kind and kind not in lex["munition_kinds"] and head in lex["thing_units"]:
        kind = None
    figure.kind = kind
    return figure


def article_counts(article: Article) -> list[Figure]:
    """Every count of the article's text, in order, with kind, qualifier and the part/revision marks."""
    lex = data("figures.json")
    text = article.text
    spans = sentences(text)
    found = []
    for match in _number_pattern().finditer(text):
        figure = _count(text, match, spans[sentence_index(spans, match.start())], lex)
        if figure is not None:
            found.append(figure)
    for kind, phrases in lex["zero_patterns"].items():
        for phrase in phrases:
            for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", text, re.I):
                found.append(Figure("COUNT", match.group(), match.start(), match.end(), 0, kind=kind))
    return sorted(found, key=lambda f: f.start)


def date_value(text: str) -> str | None:
    """``MM-DD`` of a written date (``January 24``, ``24 Jan``), or the weekday, or None."""
    words = _words(text)
    months = [i for i, w in enumerate(words) if w[:3] in [m[:3] for m in MONTHS] and (w in MONTHS or len(w) <= 4)]
    days = [w for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if months and days:
        return f"{[m[:3] for m in MONTHS].index(words[months[0]][:3]) + 1:02d}-{int(days[0]):02d}"
    return next((w for w in words if w in WEEKDAYS), None)


def time_value(text: str) -> str | None:
    """``HH:MM`` of a clock time (``11:00 local time``, ``3pm``)."""
    match = re.search(r"(\d{1,2})[:.](\d{2})", text)
    if match:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    match = re.search(r"(\d{1,2})\s*([ap])\.?m\b", text.lower())
    if match:
        hour = int(match.group(1)) % 12 + (12 if match.group(2) == "p" else 0)
        return f"{hour:02d}:00"
    return None


def claim_figures(article: Article, start: int, end: int, counts: list[Figure]) -> list[Figure]:
    """The COUNT, DATE and TIME entities between start and end, with values (a COUNT's kind from counts)."""
    figures = []
    for entity in article.entities:
        if entity.label not in ("COUNT", "DATE", "TIME") or not (start <= entity.start and entity.end <= end):
            continue
        figure = Figure(entity.label, entity.text, entity.start, entity.end)
        if entity.label == "COUNT":
            figure.value = entity.attrs.get("value")
            figure.unit = entity.attrs.get("unit")
            count = next((c for c in counts if entity.start <= c.start < entity.end), None)
            if count is not None:
                figure.kind, figure.qualifier = count.kind, count.qualifier
                figure.value = figure.value if figure.value is not None else count.value
        else:
            figure.value = (date_value if entity.label == "DATE" else time_value)(entity.text)
        figures.append(figure)
    return figures
