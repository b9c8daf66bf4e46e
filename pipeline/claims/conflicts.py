"""Figure conflicts: the same kind of count given with incompatible values about one event.

Every count of an article with a kind (figures.py, kinds.py) gets a source: the
claim whose content holds it, else the article itself (its narrator). A source
that is one facility (``the director of Medina hospital``, ``Mota hospital
received 54 wounded``) counts its own casualties, a part of the event's: its
counts of them are lower bounds. Counts
that are a part of a total (``including four children``; two counts of one
article that add up to another article's), or about another event (``two years
ago``, ``a second boat``, ``over seven regions``) are left out.
Within a group of articles about one event, two counts of the same kind conflict
when

- their intervals do not meet (``at least 10`` allows 12; ``more than 20`` does
  not allow 9; ``about 90`` allows 90);
- they count the same thing: munitions of one type (drones, missiles ...) both
  launched or both downed (or either unknown), prisoners of one act (both say
  none, or the same: rioted, moved, freed ...), people of the same population
  (officers and civilians are two sub-groups; a count of perpetrators,
  ``all five attackers``, is one when its article counts others of the kind
  too, else it is how the source counts the victims: ``seven terrorists``) and nation (``32 Armenian
  prisoners``, ``two of its soldiers``: the source's), or either unknown; when
  sources of two countries give counts of casualties, a count that says not
  whose they are counts the source's own;
- they come from different sources: a source revising its own figure (the same
  source words in two articles) is no conflict, nor are two counts no higher
  than a figure an article of the event calls a revision (``rose to 14``), nor a running count of the
  missing below another when its article counts more dead (``four are still
  missing`` and six dead beside ``nine missing`` and three dead: found since);
- they come from different articles, or from two different attributed sources
  in one article (a narrator's breakdown of a total is no conflict);
- no article itself explains the two values as a change over time: an earlier
  figure and its revision (``risen to 11, up from eight``), a live page giving
  both in one voice in two entries (``22 injured`` at 08:15, then
  ``Thirty-one people injured`` at 10:30), or a running figure after the other (``14 patients`` at 09:40, then ``a
  total of 23 patients have now been moved``; ``Five men are still missing``
  after ``two of the seven missing miners`` were found).

A conflict lists its kind, the set of values in conflicting pairs, and every
count of that kind with one of those values, each with its source and article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from ..records import Article
from .events import event_classes
from .figures import article_counts
from .records import Claim, FigureConflict, SourcedFigure
from .sides import country_of
from .sources import DETERMINERS
from .text import ENTRY_TIME, data
from .totals import breakdowns, parts_of_totals

_WORD = re.compile(r"[\w][\w'’-]*")
_ENTRY = re.compile(r"(?m)^" + ENTRY_TIME)
GENERIC = {"spokesman", "spokeswoman", "spokesperson", "said", "official", "officials", "statement"}
CASUALTIES = ("killed", "injured", "missing")
PERPETRATORS = "perpetrators"


def source_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - DETERMINERS - GENERIC - {"of", "in", "for", "from", "at"}


def same_source(a: str, b: str) -> bool:
    """Two source phrases name the same source: the words of one hold the other's, or most of them are shared."""
    wa, wb = source_words(a), source_words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) / len(wa | wb) >= 0.6


def sourced_figures(article: Article, claims: list[Claim]) -> list[SourcedFigure]:
    """The article's counts that have a kind and are totals about its event, each with the claim that gives it
    (earlier figures the text revises too: they explain changes, and never conflict)."""
    found = []
    facilities = set(data("figures.json")["facility_sources"])
    counts = article_counts(article)
    if event_classes(article.text) & set(data("figures.json")["protest_classes"]):
        # "41 workers were injured" and "three protesters" in a strike's clashes count one population
        counts = [replace(c, population="civilian") if c.population == "workers" else c for c in counts]
    # a count told twice in one article is one count: a mention that names no population takes the population
    # another mention names ("Workers say 14 trapped"; "14 workers were still inside")
    populations = {(c.kind, c.value): c.population for c in counts if c.kind and c.population}
    counts = [c if c.population else replace(c, population=populations.get((c.kind, c.value))) for c in counts]
    victims = {c.kind for c in counts if c.kind and not c.partial and c.population != PERPETRATORS}
    for figure in counts:
        if figure.kind is None or figure.elsewhere or (figure.partial and not figure.previous):
            continue
        if figure.population == PERPETRATORS and figure.kind in victims:
            continue
        holders = [c for c in claims if c.content_start <= figure.start and figure.end <= c.content_end]
        claim = min(holders, key=lambda c: c.content_end - c.content_start) if holders else None
        if claim is not None and figure.kind in CASUALTIES and source_words(claim.source or "") & facilities:
            figure = replace(figure, facility=True)  # "The director of Medina hospital says 14 wounded": its own
        found.append(SourcedFigure(article.id, figure, claim.source if claim else None, claim.id if claim else None,
                                   (claim.speaker or claim.source or "") if claim else "",
                                   (country_of(claim.side or "") or country_of(claim.source or "")) if claim else None,
                                   _entry(article.text, figure.start)))
    # a count told twice in one article is one count: a mention whose source names no country takes the
    # country of the source of another ("eight civilians", said the Afghan ministry; "Eight", said its spokesman)
    countries = {(f.figure.kind, f.figure.value): f.country for f in reversed(found) if f.country}
    return [f if f.country else replace(f, country=countries.get((f.figure.kind, f.figure.value))) for f in found]


def _entry(text: str, offset: int) -> str | None:
    """The time that opens the last line before offset that opens with one (a live page's entry), or None."""
    found = None
    for match in _ENTRY.finditer(text, 0, offset):
        found = match.group(1)
    return found


def _one_voice(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Two counts of one article that the article does not set against each other: the narrator's and any, or
    two of one source."""
    return not a.speaker or not b.speaker or same_source(a.speaker, b.speaker)


def _same_voice(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Both counts are the narrator's, or both one source's."""
    return (not a.speaker and not b.speaker) or bool(a.speaker and b.speaker and same_source(a.speaker, b.speaker))


def explained_pairs(figures: list[SourcedFigure]) -> set[tuple[str, int, int]]:
    """(kind, low, high) of the pairs of values one article explains as a change over time (module docstring)."""
    explained = set()
    for a, b in combinations(figures, 2):
        if a.article != b.article or a.figure.kind != b.figure.kind or a.figure.value == b.figure.value:
            continue
        later = max(a, b, key=lambda f: f.figure.start)
        over_time = (a.figure.previous or b.figure.previous or later.figure.current
                     or (_same_voice(a, b) and a.entry != b.entry))
        if over_time:
            low, high = sorted((a.figure.value or 0, b.figure.value or 0))
            explained.add((a.figure.kind, low, high))
    return explained


def _nation(figure: SourcedFigure, countries: int) -> str | None:
    """Whose people a count counts: a nationality it says, the source's own (``its soldiers``), or, for
    casualties when sources of two or more countries speak, the source's."""
    count = figure.figure
    if getattr(count, "nation", None):
        return count.nation
    if getattr(count, "owner", None) == "own" or (countries > 1 and count.kind in CASUALTIES):
        return figure.country
    return None


def _same_thing(a: SourcedFigure, b: SourcedFigure, countries: int) -> bool:
    """Both count the same thing (module docstring), or either is unknown."""
    pa, pb = (None if p == PERPETRATORS else p for p in (getattr(f.figure, "population", None) for f in (a, b)))
    if pa != pb and {pa, pb} & set(data("figures.json")["populations_apart"]):
        return False  # "318 families" are no rival of "more than 1,000 residents"
    acts = (getattr(a.figure, "act", None), getattr(b.figure, "act", None))
    if a.figure.kind == "prisoners" and (acts[0] is None) != (acts[1] is None):
        return False  # inmates a source only mentions ("met 12 inmates") are none of those who rioted or were moved
    marks = [acts, (getattr(a.figure, "munition", None), getattr(b.figure, "munition", None))]
    marks += [(pa, pb), (_nation(a, countries), _nation(b, countries))]
    return all(x is None or y is None or x == y for x, y in marks)


def _conflicting(a: SourcedFigure, b: SourcedFigure, explained: set[tuple[str, int, int]], countries: int,
                 dead: dict[str, int], revised: dict[str, tuple[int, str | None]], mixed: bool) -> bool:
    if a.figure.previous or b.figure.previous or not _same_thing(a, b, countries):
        return False
    if a.article == b.article and _one_voice(a, b):
        return False
    if a.speaker and b.speaker and same_source(a.speaker, b.speaker):
        return False
    toll, reviser = revised.get(a.figure.kind, (-1, None))
    if max(a.figure.value or 0, b.figure.value or 0) <= toll and "exact" not in (a.figure.qualifier, b.figure.qualifier) \
            and not (reviser and {a.country, b.country} - {None, reviser}):
        return False  # both no higher than the toll an article says it rose to: earlier states of it ("only one
        # death was linked to the operation" is none: it disputes the toll; nor is a count of the other side's
        # source when the toll is one side's: "two Haitians died", said the Dominican military)
    for x, y in ((a, b), (b, a)):
        if (x.figure.current and x.figure.kind in data("figures.json")["shrinking"]
                and (x.figure.value or 0) < y.figure.bounds()[1] and dead.get(x.article, 0) > dead.get(y.article, 0)):
            return False  # "Four people are still missing" and six dead beside "nine missing" and three dead
    low_a, high_a = a.figure.bounds()
    low_b, high_b = b.figure.bounds()
    for x, (low_y, high_y) in ((a, (low_b, high_b)), (b, (low_a, high_a))):
        if _explained(x, (low_y, high_y), explained):
            return False
    if _part_of_people(a, b, mixed) or _part_of_people(b, a, mixed):
        return False
    return high_a < low_b or high_b < low_a


def _explained(figure: SourcedFigure, bounds: tuple[float, float], explained: set[tuple[str, int, int]]) -> bool:
    """An article explains this figure's value beside a value the other figure allows as a change over time:
    ``647, up from 412`` explains 412 beside 647, and beside ``more than 600``."""
    value = figure.figure.value
    return value is not None and any(
        kind == figure.figure.kind and value in (one, other) and bounds[0] <= one + other - value <= bounds[1]
        for kind, one, other in explained)


def _part_of_people(part: SourcedFigure, whole: SourcedFigure, mixed: bool) -> bool:
    """``four police officers were injured`` beside ``six people were injured``, ``two French citizens`` on
    board beside 31 people: a count of one population or nationality (subgroups.py) below a count that names
    none can be a part of it. Police or soldiers always can (a clash's injured officers are some of its injured);
    civilians, workers or inmates only when the event's counts of this kind name two or more populations (mixed):
    where every count names workers, ``nine workers are trapped`` and ``14 trapped`` are rivals."""
    population = getattr(part.figure, "population", None)
    smaller = (part.figure.value or 0) < whole.figure.bounds()[1]
    if getattr(part.figure, "nation", None) and not getattr(whole.figure, "nation", None) and smaller:
        return True
    return ((mixed or population == "security") and population not in (None, PERPETRATORS)
            and getattr(whole.figure, "population", None) is None and smaller)


def figure_conflicts(figures: list[SourcedFigure]) -> list[FigureConflict]:
    """The conflicts among the counts of one event, one per kind at most."""
    # a count its own article later revises ("22 teachers have been detained" at 11:05, then "rose to 31 from
    # 22") is an earlier state of that article's count: no rival of another source's
    earlier = {(f.article, f.figure.kind, f.figure.value) for f in figures if f.figure.previous}
    figures = [f for f in figures if f.figure.previous or (f.article, f.figure.kind, f.figure.value) not in earlier]
    parts = parts_of_totals(figures)
    below = breakdowns(figures)
    figures = [f for n, f in enumerate(figures) if (f.article, f.figure.value) not in parts and n not in below]
    explained = explained_pairs(figures)
    countries = len({f.country for f in figures if f.country})
    dead: dict[str, int] = {}  # the most dead each article counts
    revised: dict[str, tuple[int, str | None]] = {}  # the highest figure of each kind an article calls a revision,
    # with the country of its source
    for f in figures:
        if not isinstance(f.figure.value, int):
            continue
        if f.figure.revision and f.figure.kind:
            if f.figure.value > revised.get(f.figure.kind, (0, None))[0]:
                revised[f.figure.kind] = (f.figure.value, f.country)
        if f.figure.kind == "killed" and not f.figure.previous:
            dead[f.article] = max(dead.get(f.article, 0), f.figure.value)
    conflicts = []
    for kind in dict.fromkeys(f.figure.kind for f in figures):
        same_kind = [f for f in figures if f.figure.kind == kind]
        mixed = len({f.figure.population for f in same_kind} - {None, PERPETRATORS}) > 1
        values = sorted({v for a, b in combinations(same_kind, 2)
                         if _conflicting(a, b, explained, countries, dead, revised, mixed)
                         for v in (a.figure.value, b.figure.value)})
        if values:
            conflicts.append(FigureConflict(kind, values, [f for f in same_kind
                                                           if f.figure.value in values and not f.figure.previous]))
    return conflicts
