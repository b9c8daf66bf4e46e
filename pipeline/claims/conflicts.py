"""Figure conflicts: the same kind of count given with incompatible values about one event.

Every count of an article with a kind (figures.py, kinds.py) gets a source: the
claim whose content holds it, else the article itself (its narrator). Counts
that are a part of a total (``including four children``) or about another event
(``two years ago``, ``a second boat``, ``over seven regions``) are left out.
Within a group of articles about one event, two counts of the same kind conflict
when

- their intervals do not meet (``at least 10`` allows 12; ``more than 20`` does
  not allow 9; ``about 90`` allows 90);
- they count the same thing: munitions both launched or both downed (or either
  unknown), people of the same population (officers and civilians are two
  sub-groups) and nation (``32 Armenian prisoners``, ``two Azerbaijani
  soldiers``), or either unknown;
- they come from different sources: a source revising its own figure (the same
  source words in two articles) is no conflict, nor is a count below a figure
  the text itself calls a revision (``rose to 14``);
- they come from different articles, or from two different attributed sources
  in one article (a narrator's breakdown of a total is no conflict);
- no article itself explains the two values as a change over time: an earlier
  figure and its revision (``risen to 11, up from eight``), one source giving
  both, or a running figure after the other (``14 patients`` at 09:40, then ``a
  total of 23 patients have now been moved``; ``Five men are still missing``
  after ``two of the seven missing miners`` were found).

A conflict lists its kind, the set of values in conflicting pairs, and every
count of that kind with one of those values, each with its source and article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from ..records import Article
from .figures import article_counts
from .records import Claim, Figure
from .sources import DETERMINERS

_WORD = re.compile(r"[\w][\w'’-]*")
GENERIC = {"spokesman", "spokeswoman", "spokesperson", "said", "official", "officials", "statement"}


@dataclass
class SourcedFigure:
    article: str
    figure: Figure
    source: str | None
    claim: str | None
    speaker: str = ""

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
    for figure in article_counts(article):
        if figure.kind is None or figure.elsewhere or (figure.partial and not figure.previous):
            continue
        holders = [c for c in claims if c.content_start <= figure.start and figure.end <= c.content_end]
        claim = min(holders, key=lambda c: c.content_end - c.content_start) if holders else None
        found.append(SourcedFigure(article.id, figure, claim.source if claim else None, claim.id if claim else None,
                                   (claim.speaker or claim.source or "") if claim else ""))
    return found


def _one_voice(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Two counts of one article that the article does not set against each other: the narrator's and any, or
    two of one source."""
    return not a.speaker or not b.speaker or same_source(a.speaker, b.speaker)


def explained_pairs(figures: list[SourcedFigure]) -> set[tuple[str, int, int]]:
    """(kind, low, high) of the pairs of values one article explains as a change over time (module docstring)."""
    explained = set()
    for a, b in combinations(figures, 2):
        if a.article != b.article or a.figure.kind != b.figure.kind or a.figure.value == b.figure.value:
            continue
        later = max(a, b, key=lambda f: f.figure.start)
        over_time = (a.figure.previous or b.figure.previous or later.figure.current
                     or (a.speaker and b.speaker and same_source(a.speaker, b.speaker)))
        if over_time:
            low, high = sorted((a.figure.value or 0, b.figure.value or 0))
            explained.add((a.figure.kind, low, high))
    return explained


def _same_thing(a: Figure, b: Figure) -> bool:
    """Both count the same thing: the same act of munitions, the same population and nation of people (or
    either unknown)."""
    return all(getattr(a, mark, None) is None or getattr(b, mark, None) is None
               or getattr(a, mark) == getattr(b, mark) for mark in ("act", "population", "nation"))


def _conflicting(a: SourcedFigure, b: SourcedFigure, explained: set[tuple[str, int, int]]) -> bool:
    if a.figure.previous or b.figure.previous or not _same_thing(a.figure, b.figure):
        return False
    if a.article == b.article and _one_voice(a, b):
        return False
    if a.speaker and b.speaker and same_source(a.speaker, b.speaker):
        return False
    for x, y in ((a, b), (b, a)):
        if x.figure.revision and (y.figure.value or 0) <= (x.figure.value or 0):
            return False
    low, high = sorted((a.figure.value or 0, b.figure.value or 0))
    if (a.figure.kind, low, high) in explained:
        return False
    low_a, high_a = a.figure.bounds()
    low_b, high_b = b.figure.bounds()
    return high_a < low_b or high_b < low_a


def figure_conflicts(figures: list[SourcedFigure]) -> list[FigureConflict]:
    """The conflicts among the counts of one event, one per kind at most."""
    explained = explained_pairs(figures)
    conflicts = []
    for kind in dict.fromkeys(f.figure.kind for f in figures):
        same_kind = [f for f in figures if f.figure.kind == kind]
        values = sorted({v for a, b in combinations(same_kind, 2) if _conflicting(a, b, explained)
                         for v in (a.figure.value, b.figure.value)})
        if values:
            conflicts.append(FigureConflict(kind, values, [f for f in same_kind
                                                           if f.figure.value in values and not f.figure.previous]))
    return conflicts
