"""Which counts of an event are totals to compare: not the parts of a total that another count gives, nor the
breakdown of a total in the same voice (conflicts.py compares the rest)."""

from __future__ import annotations

from itertools import combinations

from .records import SourcedFigure


def _one_act(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Neither count says what was done, or both say the same (80 inmates who rioted are no part of 120 moved)."""
    acts = {getattr(f.figure, "act", None) for f in (a, b)} - {None}
    return len(acts) < 2


def parts_of_totals(figures: list[SourcedFigure]) -> set[tuple[str, int | None]]:
    """(article, value) of two counts of one kind in one article that add up to a count of any article
    (``474`` and ``168`` released by each side, ``642`` exchanged), and of the counts of that kind in other
    articles that give one of those parts (``21`` handed over one way, told alone): parts, not rival totals.
    Each part counts the total's act."""
    parts, part_values = set(), set()
    for a, b in combinations(figures, 2):
        if a.article != b.article or a.figure.kind != b.figure.kind or a.figure.value == b.figure.value \
                or a.figure.previous or b.figure.previous:
            continue  # "rose to four from two" are two states of one toll, not two parts of six
        total = (a.figure.value or 0) + (b.figure.value or 0)
        if any(f.figure.kind == a.figure.kind and f.figure.value == total and _one_act(a, f) and _one_act(b, f)
               for f in figures):
            parts.update({(a.article, a.figure.value), (b.article, b.figure.value)})
            part_values.update({(a.figure.kind, a.figure.value), (b.figure.kind, b.figure.value)})
    parts.update((f.article, f.figure.value) for f in figures if (f.figure.kind, f.figure.value) in part_values)
    return parts


def breakdowns(figures: list[SourcedFigure]) -> set[int]:
    """Indexes of the counts below a larger count of the same thing in the same voice of one article: a
    breakdown of it (``an estimated 9,400 individuals`` displaced, then ``1,120 individuals are sheltering in
    two schools``), not a rival total. Earlier figures are no totals (explained_pairs reads them)."""
    def thing(f: SourcedFigure) -> tuple:
        return (f.article, f.figure.kind, f.speaker, f.entry) + tuple(
            getattr(f.figure, mark, None) for mark in ("population", "nation", "act", "munition"))
    largest: dict[tuple, int] = {}
    for f in figures:
        if not f.figure.previous and isinstance(f.figure.value, int):
            largest[thing(f)] = max(largest.get(thing(f), 0), f.figure.value)
    return {n for n, f in enumerate(figures) if not f.figure.previous and not f.figure.current
            and not f.figure.revision and isinstance(f.figure.value, int) and f.figure.value < largest.get(thing(f), 0)}
