"""The counts of an article as a tally: the Count record, and the counts the words join into one.

figures.py reads each number of a text apart; ``join_counts`` then

- makes a range one count (``between 20 and 30``, ``20 to 30``, ``20 or 30``:
  the value is the lower end, ``high`` the upper);
- adds up the parts of a sum (``60 passengers and four crew``, ``11 crew
  members and a navy officer``) whose nouns count alike things, not two
  populations (``three soldiers and two civilians``): the parts are
  marked partial and the sum is a count of its own, of the kind the phrase gives;
- gives an earlier figure the kind of the counts of its sentence (``rose to 14
  ..., up from nine``);
- gives a count without a noun the sub-group marks of the count before it in
  its sentence (``two of its soldiers were killed and three wounded``: three of
  its soldiers);
- makes a count after ``including`` a total when it has a kind and the count
  before it has none (``nine confirmed cases, including four deaths``);
- makes every count of a kind and value about another event when one of them is
  (a headline repeating ``41 drones`` that the text says were downed over seven
  regions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .kinds import kind_of_unit
from .records import Figure

PARTS_APART = 60
"""Characters at most between the two counts of a sum."""
RANGE_APART = 6
"""Characters at most between the two ends of a range (`` and ``, `` to ``, `` or ``)."""
ROLE_KINDS = ("on_board",)
"""Kinds whose nouns name people by their role (crew, passengers), not by what happened to them."""


@dataclass
class Count(Figure):
    """A count of an article's text, with what conflicts need besides its kind (see kinds.py)."""

    previous: bool = False
    current: bool = False
    act: str | None = None
    munition: str | None = None
    population: str | None = None
    nation: str | None = None
    owner: str | None = None
    slack: int = 0
    """How many the count includes by name (``including the gunman``): another source may leave them out."""
    elsewhere: bool = False
    high: int | None = None
    """The upper end of a range (``between 20 and 30``, ``20 to 30``)."""
    link: str | None = None
    """How the count is joined to the next: ``range``, ``sum`` (``60 passengers and four crew``), ``plus_one``
    (``11 crew members and a navy officer``); join_counts joins them."""
    included: bool = False
    """Named after ``including``: a part of the count before it, unless that counts something else."""
    facility: bool = False
    """One facility's own count (a hospital's patients or bodies): a part of the event's, so at least as many."""

    def bounds(self) -> tuple[float, float]:
        low, high = super().bounds()
        low -= min(self.slack, low)
        if self.facility:
            return (low, float("inf"))
        return (low, max(high, float(self.high))) if self.high is not None else (low, high)



def join_counts(counts: list[Count], sentences: list[int], text: str) -> list[Count]:
    """The counts of text (in text order; sentences: the sentence index of each) joined as the module docstring
    says."""
    for n, (count, line) in enumerate(zip(counts, sentences)):
        if count.previous and count.kind is None:
            count.kind = next((c.kind for c, k in zip(counts, sentences) if c.kind and k == line), None)
        if n and count.unit is None and sentences[n - 1] == line and count.start - counts[n - 1].end <= 2 * PARTS_APART:
            for mark in ("population", "nation", "owner", "munition"):
                setattr(count, mark, getattr(count, mark) or getattr(counts[n - 1], mark))
        if count.included and n and sentences[n - 1] == line and counts[n - 1].kind is None and count.kind \
                and count.kind != "on_board":
            count.partial = False  # "nine confirmed cases, including four deaths": the deaths are a total; not
            # "Seven people, including two crew members, were taken to hospital": crew name who, not what happened
        listed = counts[n - 1] if n else None
        if (listed is not None and listed.included and listed.partial and listed.link == "sum"
                and sentences[n - 1] == line and count.start - listed.end <= PARTS_APART):
            count.partial = True  # "seven injured, including five officers and two inmates": both are parts
    joined: list[Count] = []
    skip = set()
    for n, count in enumerate(counts):
        if n in skip:
            continue
        following = counts[n + 1] if n + 1 < len(counts) else None
        near = following is not None and 0 <= following.start - count.end <= PARTS_APART
        if count.link == "range" and following is not None and 0 <= following.start - count.end <= RANGE_APART:
            count.high = following.value if isinstance(following.value, int) else None
            skip.add(n + 1)
        elif (count.link == "sum" and near and _alike(count, following)) or count.link == "plus_one":
            joined.append(_sum(count, following if count.link == "sum" else None, text))
        elif (count.link == "sum" and near and count.kind is None and None not in (count.population, following.population)
              and count.population != following.population):
            count.kind = following.kind  # "three soldiers and two civilians were killed": two totals of one kind
        joined.append(count)
    away = {(c.kind, c.value) for c in joined if c.elsewhere and c.kind}
    for count in joined:
        count.elsewhere = count.elsewhere or (count.kind, count.value) in away
    return sorted(joined, key=lambda c: (c.start, -c.end))


def _alike(first: Count, second: Count) -> bool:
    """Two parts count alike things: their nouns give the same kind, or none (``survivors and eight bodies`` do
    not add up; crew and passengers are people by their role: ``guests and two crew members`` add up), and the
    same type of munitions (``two missiles and 48 drones`` do not), of the same population, or either unknown
    (``three soldiers and two civilians`` are each side's total, compared with each side's)."""
    def noun_kind(count: Count) -> str | None:
        kind = kind_of_unit(count.unit.split()) if count.unit else count.kind
        return None if kind in ROLE_KINDS else kind

    return (noun_kind(first) == noun_kind(second) and first.munition == second.munition
            and (None in (first.population, second.population) or first.population == second.population))


def _sum(first: Count, second: Count | None, text: str) -> Count:
    """The total of two joined counts (second None: ``and a navy officer``, one more); both become parts."""
    if second is None:
        one = re.match(r"[^.,;:]*?\band (?:a|an|one)(?:\s+(?!(?:who|which|that|were|was|had|have)\b)[\w'’-]+){1,4}", text[first.end:first.end + PARTS_APART])
        end = first.end + (one.end() if one else 0)
    else:
        end = second.end
    total = replace(first, value=(first.value or 0) + ((second.value or 0) if second else 1), end=end, link=None,
                    high=None, text=text[first.start:end])
    if second is not None:
        total.kind = second.kind or first.kind
        second.partial = True
    first.partial = True
    return total
