"""Shared machinery of the entity breadth tests written as (id, sentence, expected names) cases: the gold offsets of
the expected names, the parametrised cases with their known failures as strict xfails, and the comparison."""

from __future__ import annotations

from collections.abc import Collection

import pytest


def gold_spans(text: str, expected: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Offsets of the expected names, found in order in the text."""
    spans, pos = [], 0
    for name, label in expected:
        start = text.index(name, pos)
        spans.append((start, start + len(name), label))
        pos = start + len(name)
    return spans


def assert_well_formed(sentences: list[tuple], labels: Collection[str], minimum: int) -> None:
    ids = [sentence_id for sentence_id, _, _ in sentences]
    assert len(ids) == len(set(ids)) and len(ids) >= minimum
    for _, text, expected in sentences:
        assert all(label in labels for _, label in expected)
        gold_spans(text, expected)  # every name is written in its sentence, in order


def cases(sentences: list[tuple], known_failures: dict[str, str]) -> list:
    """One pytest param per sentence, a known failure marked xfail (strict) with its reason."""
    def marks(sentence_id: str) -> list:
        reason = known_failures.get(sentence_id)
        return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return [pytest.param(text, expected, id=sentence_id, marks=marks(sentence_id))
            for sentence_id, text, expected in sentences]


def assert_entities(doc, text: str, expected: list[tuple[str, str]], labels: Collection[str]) -> None:
    """The doc's entities of these labels are the expected names, at their offsets."""
    found = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels]
    assert [(text[a:b], label) for a, b, label in found] == expected and found == gold_spans(text, expected)
