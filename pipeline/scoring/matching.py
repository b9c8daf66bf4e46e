"""Matching predicted items to gold ones, and the counts precision, recall and accuracy come from."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, TypeVar

THRESHOLD = 0.5
"""Minimum word-overlap F1 for a PERSON role or an attribution content to count."""

_WORD = re.compile(r"\w+")

T = TypeVar("T")


class Offsets(Protocol):
    start: int
    end: int


def word_f1(a: str, b: str) -> float:
    """Word-overlap F1 of a predicted text ``a`` against a gold text ``b``.

    Words are ``\\w+`` runs of the lower-cased text, compared as multisets. Two
    texts without words score 1.0; exactly one without words scores 0.0.
    """
    pred = Counter(_WORD.findall(a.lower()))
    gold = Counter(_WORD.findall(b.lower()))
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    return f1(overlap / sum(pred.values()) if pred else 0.0, overlap / sum(gold.values()) if gold else 0.0)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a: Offsets, b: Offsets) -> bool:
    return a.start < b.end and b.start < a.end


def same_offsets(a: Offsets, b: Offsets) -> bool:
    return a.start == b.start and a.end == b.end


def match(gold: Sequence[T], pred: Sequence[T], matches: Callable[[T, T], bool]) -> list[tuple[T, T]]:
    """One-to-one (gold, predicted) pairs: each gold item in order takes the first unused match."""
    used = [False] * len(pred)
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and matches(g, p):
                used[i] = True
                pairs.append((g, p))
                break
    return pairs


@dataclass
class Tally:
    """Micro-averaged counts of one precision/recall metric."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def metric(self) -> dict:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return {"p": p, "r": r, "f": f1(p, r), "tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold}


@dataclass
class Accuracy:
    """Share of correct decisions over a set of matched pairs."""

    correct: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.correct += int(correct)
        self.total += 1

    def result(self) -> dict:
        return {"accuracy": self.correct / self.total if self.total else 0.0,
                "correct": self.correct, "total": self.total}
