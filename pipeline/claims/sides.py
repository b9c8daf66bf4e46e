"""The side a source speaks for: a country, or a party, where the text says it.

A country counts when the source phrase (or a person's role) names it as
possessor or modifier (``Russia's Ministry of Defence``, ``US officials``), by a
nationality word (``Russian presidential spokesman``, ``Tajik border troops``),
after ``of``/``for``/``from`` (``the mayor of Kharkiv``: a city counts for its
country), or when the source is the place itself (``Moscow said``). A place after
``in``/``near``/``northern`` or before ``-based`` locates a source and says
nothing of whom it speaks for. Officials, unnamed officials and media get the
country; organisations (companies, unions, armed groups) get their own name.
Experts, witnesses and evidence speak for no side.

``camp`` is the side, or, when no side is written, the body the source speaks for
(``the army``, ``rebel coalition``): conflicts tell sides apart by it.
``article_country`` is the country an article reports from (its dateline, else
the country its places name most): an official that names no country of its own
speaks for it (alignment.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..records import Article
from .sources import DETERMINERS, SourceView, head_chunk
from .text import data

_TOKEN = re.compile(r"[\w][\w'’.]*(?:-[\w'’.]+)*")
NO_SIDE = ("expert", "witness", "evidence")


@lru_cache(maxsize=None)
def _places() -> tuple[dict[str, str], dict[str, str]]:
    """(names -> country for capitalised words, demonyms -> country)."""
    places, sides = data("places.json"), data("sides.json")
    names = {name: country for name, country in places["cities"].items()}
    names.update(places["capitals"])
    names.update({name: name for name in places["countries"]})
    names.update(sides["aliases"])
    return names, sides["demonyms"]


@lru_cache(maxsize=None)
def _towns() -> frozenset[str]:
    """Names that are only a town's: inside a longer name after a particle they name no place (``Defensoría del
    Pueblo``)."""
    places, sides = data("places.json"), data("sides.json")
    return frozenset(places["cities"]) - set(places["capitals"]) - set(places["countries"]) - set(sides["aliases"])


def _tokens(text: str) -> list[str]:
    return [t.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", t) else t for t in _TOKEN.findall(text)]


def _possessed(token: str) -> str:
    return re.sub(r"['’]s?$", "", token)


def country_of(text: str, person_name: str = "") -> str | None:
    """The first country the words name as the source's own (see the module docstring)."""
    names, demonyms = _places()
    blocked = set(data("sides.json")["not_affiliation_before"])
    particles = set(data("sides.json")["name_particles"])
    tokens = _tokens(text.replace(person_name, " ") if person_name else text)
    lower = [t.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        if i and lower[i - 1] in blocked:
            i += 1
            continue
        for size in (4, 3, 2, 1):
            piece = " ".join(tokens[i:i + size])
            if i + size > len(tokens):
                continue
            bare = _possessed(piece)
            if bare in _towns() and i and lower[i - 1] in particles:
                continue
            if bare in names and bare[:1].isupper():
                return names[bare]
            if bare.lower() in demonyms:
                return demonyms[bare.lower()]
        parts = lower[i].split("-")
        if len(parts) > 1 and parts[-1] != "based":
            for part in parts:
                if part in demonyms:
                    return demonyms[part]
                if part.capitalize() in names and part != "pro":
                    return names[part.capitalize()]
        i += 1
    return None


def _body_name(view: SourceView) -> str | None:
    """The name of the organisation or outlet in the phrase, else the head words (``border troops``)."""
    for entity in view.entities:
        if entity.label in ("ORG", "MEDIA") and entity is not view.person:
            return entity.text
    phrase = view.role if view.person is not None else view.phrase
    chunk, _rest = head_chunk(phrase)
    words = [w for w in chunk if w not in DETERMINERS and not w[:1].isdigit()]
    return " ".join(words) or None


def side_of(view: SourceView, source_type: str, article: Article) -> tuple[str | None, str | None]:
    """(side, camp) of a source of the given type."""
    if view.text is None or source_type in NO_SIDE:
        return None, None
    name = view.person.text if view.person is not None else ""
    country = country_of(f"{view.role} {view.phrase}" if view.role else view.phrase, name)
    body = _body_name(view)
    named_body = next((e.text for e in view.entities if e.label == "ORG" and e is not view.person), None)
    if source_type == "organisation":
        return named_body, named_body or body
    side = country or (named_body if source_type == "official" else None)
    if source_type == "unnamed" and side is None:
        return None, None
    return side, side or body


_DATELINE = re.compile(r"(?m)^([A-Z][A-Za-z .'’/-]{1,40}?)(,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
                       r"(?:,\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
                       r"|\s+[-–—]\s)", re.I)
_PARTICLES = re.compile(r"\b(De|Da|Do|Del|Des|La|Le|El|Al|Of|The)\b")


def _place_country(place: str) -> str | None:
    """The country of a place name written in capitals or not (``RIO DE JANEIRO``, ``Jammu``)."""
    place = place.strip()
    for form in (place, place.title(), _PARTICLES.sub(lambda m: m.group().lower(), place.title())):
        found = country_of(form)
        if found:
            return found
    return None


def article_country(article: Article) -> str | None:
    """The country an article reports from (its dateline), else the one its place entities name most, if
    named at least twice and more often than any other."""
    found = dateline_country(article.text)
    if found:
        return found
    named = [country_of(e.text) for e in article.entities if e.label == "GPE"]
    ranked = Counter(c for c in named if c).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def dateline_country(text: str) -> str | None:
    """The country of the place an article is datelined from (``Jammu, May 8:``, ``GABES, Tunisia, Oct 11``,
    ``FREDERICTON - ``), if one country: where the outlet reports from."""
    for paragraph in text.split("\n")[1:6]:
        match = _DATELINE.match(paragraph.strip())
        if match:
            country = _place_country(match.group(2).strip(", ")) if match.group(2) else None
            if country:
                return country
            countries = {_place_country(place) for place in match.group(1).split("/")}
            return countries.pop() if len(countries) == 1 else None
    return None
