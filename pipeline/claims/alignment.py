"""Whose side each claim of an event speaks for, for opposing claims.

A claim's party is, in this order:

- for a first-person source (``We categorically deny``), the article's other
  named source, else the article's author;
- for a source that names an armed group, a party or a company by its head
  word (data/conflicts.json ``group_heads``: ``The leader of the Ti Zory
  gang``, ``Haitian gang leader``), that group: a nationality word then says
  where the group is from, not whom it speaks for;
- for a source of the people rather than the state (data/conflicts.json
  ``civil_parties``: ``Relatives of inmates``, ``March organisers``, ``a lawyer
  for the families``), the civilians' side: in a riot, a crackdown or a strike
  they speak against their own country's officials, not for them;
- for a source that names no one (``a spokesperson``, ``the man``, a pronoun
  the source resolver left alone), the party of the claim before it in the
  article;
- for a source that names no country and no body by name (``officials``,
  ``the district administration``, ``police``), the country its article is
  datelined from (``Jammu, May 8:``): an official speaks for the state the
  outlet reports from (else the country its places name most, else the one most
  articles of the event report from); a source named
  by a proper name that is no person's (``Shabaab``) speaks for itself;
- else the claim's side or camp (sides.py).

Parties whose words overlap (role words aside) are one side. A witness or an
unnamed source without a party is *unaligned*: it may still deny what a side
says (``Residents also deny that there was any exchange of fire``), but opposes
no one otherwise, and no side's denial is taken to answer it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .conflicts import same_source, source_words
from .records import Claim
from .sides import country_of
from .text import data

PRONOUNS = {"he", "she", "it", "they", "we", "us", "i", "him", "her", "them"}
_PROPER = re.compile(r"(?:[A-Z][\w’'.-]+\s?)+")
_ANONYMOUS = re.compile(r"(?:the|a|an|one|another)\s+(?:man|woman|person|spokesperson|spokesman|spokeswoman|official|"
                        r"representative|source|officer)$", re.I)


CIVILIANS = "civilians"


@dataclass
class Side:
    name: str | None
    aligned: bool = True


def _words(text: str) -> set[str]:
    return source_words(text) - set(data("conflicts.json")["role_words"])


def _group(claim: Claim) -> str | None:
    """The part of the source phrase that names a group by its head word (module docstring), or None."""
    heads = set(data("conflicts.json")["group_heads"])
    for phrase in filter(None, (claim.source, claim.speaker)):
        for segment in re.split(r",|\bof\b|\bfor\b", phrase):
            if {w.lower() for w in re.findall(r"[\w’'-]+", segment)} & heads:
                return " ".join(segment.split())
    return None


def _persons(claim: Claim) -> set[str]:
    return {e["text"] for e in claim.source_entities if e["label"] == "PERSON"}


def _speaks_for_civilians(claim: Claim) -> bool:
    """Residents, relatives, organisers, strikers, a lawyer for the victims: people against their own state."""
    words = {w.lower() for w in re.findall(r"[\w’'-]+", claim.source or "")}
    return bool(words & set(data("conflicts.json")["civil_parties"]))


def _party(article: str, claim: Claim, claims: list[tuple[str, Claim]], earlier: list[Side]) -> Side:
    first_person = set(data("conflicts.json")["first_person"])
    source = " ".join((claim.source or "").split())
    if source.lower() in first_person:
        others = Counter(c.camp for a, c in claims if a == article and c.camp
                         and (c.source or "").lower() not in PRONOUNS | first_person)
        return Side(others.most_common(1)[0][0] if others else f"author of {article}")
    if claim.source_type in ("expert", "evidence"):
        return Side(None)
    if source.lower() in PRONOUNS:  # `He said` after `Lamine Sagna, a spokesman for the collective, told ...`
        persons = _persons(claim)
        same = [side for (a, c), side in zip(claims, earlier) if a == article and side.name and persons & _persons(c)]
        if same:
            return same[-1]
    group = _group(claim)
    if group:
        return Side(group)
    if _speaks_for_civilians(claim):
        return Side(CIVILIANS)
    if _ANONYMOUS.fullmatch(source.split(",")[0]) or (source.lower() in PRONOUNS and not claim.camp):
        before = [side for (a, _), side in zip(claims, earlier) if a == article and side.name and side.aligned]
        if before:
            return before[-1]
    speaking = claim.source_type in ("official", "unnamed")
    named = any(e["label"] in ("ORG", "MEDIA") for e in claim.source_entities)
    if claim.camp:
        generic = not named and claim.camp == claim.camp.lower() and country_of(claim.camp) is None
        return Side(claim.locale if generic and speaking and claim.locale else claim.camp)
    person = any(e["label"] == "PERSON" for e in claim.source_entities)
    if speaking and not person and _PROPER.fullmatch(claim.speaker or source):
        return Side(claim.speaker or source)  # "Shabaab said": a body by its name
    if speaking and claim.locale:
        return Side(claim.locale)
    if source:  # a witness, an unnamed source, a person or body of no side ("The owner of the boat")
        return Side(source, aligned=False)
    return Side(None)


def _one_person_one_side(claims: list[tuple[str, Claim]], parties: list[Side]) -> list[Side]:
    """A person quoted in two articles (``police spokesman Inspector Fritz Delva``) speaks for one side: the
    country one article gives him, where the other gives only his role."""
    persons = [_persons(c) for _, c in claims]
    countries = [p.name if p.aligned and p.name is not None and country_of(p.name) == p.name else None
                 for p in parties]
    found = list(parties)
    for i, party in enumerate(parties):
        if not persons[i] or not party.aligned or party.name == CIVILIANS or country_of(party.name or "") is not None:
            continue
        for j, country in enumerate(countries):
            if j != i and country and persons[j] and any(same_source(p, q) for p in persons[i] for q in persons[j]):
                found[i] = Side(country)
    return found


def claim_sides(claims: list[tuple[str, Claim]]) -> list[Side]:
    """Each claim's side (module docstring), in order; parties that share a word (role words aside) are one."""
    parties: list[Side] = []
    for article, claim in claims:
        parties.append(_party(article, claim, claims, parties))
    parties = _one_person_one_side(claims, parties)
    canonical: list[str] = []
    sides: list[Side] = []
    for party in parties:
        if party.name is None or not party.aligned:
            sides.append(party)
            continue
        words = _words(party.name) or source_words(party.name)
        known = next((k for k in canonical if words & (_words(k) or source_words(k))), None)
        if known is None:
            canonical.append(party.name)
            known = party.name
        sides.append(Side(known))
    return sides
