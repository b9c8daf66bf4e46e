"""The learned scorer of opposing claims: a logistic regression over pair_features, trained on the conflict
gold (corpora/conflicts) and shipped as data/opposing_model.json (an intercept and a weight per feature, as
JSON holds them; applied with plain Python).

opposing.py keeps the pairs its rules find and adds, in each event, the ``top`` pairs the model scores
highest, if their probability is at least ``threshold``. C, ``top`` and ``threshold`` were chosen by
cross-validation by group over the conflict groups (``python scripts/opposing_model.py``).

pair_training.py builds the model; this module applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from .accounts import nested
from .alignment import Side
from .conflicts import same_source
from .logistic import probability
from .pair_features import pair_features
from .records import Claim
from .text import data


@dataclass
class Candidate:
    """Two claims of one event the model may pair, by their index in the event's claims."""
    first: int
    second: int
    features: dict[str, float] = field(default_factory=dict)


def candidates(claims: list[tuple[str, Claim]], sides: list[Side], rule_pairs: dict[tuple[int, int], str],
               allegiance: dict[str, str]) -> list[Candidate]:
    """Every pair of claims of the event but those of one source and those one of which restates the other."""
    found = []
    for (i, (article_a, a)), (j, (article_b, b)) in combinations(enumerate(claims), 2):
        if same_source(a.speaker, b.speaker) or (article_a == article_b and nested(a, b)):
            continue
        found.append(Candidate(i, j, pair_features(a, b, sides[i], sides[j], same_article=article_a == article_b,
                                                   allegiance=allegiance, rule=rule_pairs.get((i, j)))))
    return found


@lru_cache(maxsize=None)
def shipped_model() -> dict:
    return data("opposing_model.json")


def chosen_indexes(model: dict, features: list[dict[str, float]]) -> set[int]:
    """Indexes of the event's ``top`` candidates (by their features) by probability, if at least ``threshold``."""
    scored = sorted(((probability(model, f), n) for n, f in enumerate(features)), reverse=True)
    return {n for p, n in scored[:model["top"]] if p >= model["threshold"]}


def chosen(model: dict, found: list[Candidate]) -> list[Candidate]:
    """The event's ``top`` candidates by probability, if at least ``threshold``."""
    indexes = chosen_indexes(model, [c.features for c in found])
    return [c for n, c in enumerate(found) if n in indexes]
