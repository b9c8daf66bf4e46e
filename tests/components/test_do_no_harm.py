"""Do no harm: on text far from the training domain the new labels stay silent.

tests/data/do_no_harm.txt holds sentences written for this test (sports results,
company results, markets, science, culture, roads and forms named with letters and
numbers) that hold no aircraft, weapon, news outlet or count of people or things.
Both the untrained pipeline and the shipped model must give none of those labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

SENTENCES = [line.strip() for line in (Path(__file__).parent.parent / "data" / "do_no_harm.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
NEW_LABELS = ("AIRCRAFT", "WEAPON", "MEDIA", "COUNT")


def spurious(nlp) -> list[tuple[str, str, str]]:
    return [(doc.text, e.text, e.label_) for doc in nlp.pipe(SENTENCES) for e in doc.ents if e.label_ in NEW_LABELS]


def test_untrained_pipeline_does_no_harm(base_nlp):
    assert spurious(base_nlp) == []


def test_shipped_model_does_no_harm():
    from pipeline.nlp import load
    from pipeline.settings import default_model_path

    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("no shipped model")
    assert spurious(load()) == []
