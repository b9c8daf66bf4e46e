"""engine/local.py: long texts go to nlp.pipe in pieces and batches of bounded size, and the Articles
are the same whatever the batches."""

from __future__ import annotations

import pytest

from pipeline.engine import local


class RecordingPipeline:
    """Stands in for a Language: records the batches nlp.pipe gets and makes blank Docs."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.batches: list[list[int]] = []

    def pipe(self, items, *, as_tuples, batch_size, component_cfg):
        assert as_tuples and component_cfg == local.PIPE_CONFIG
        items = list(items)
        assert len(items) <= batch_size
        self.batches.append([len(text) for text, _ in items])
        for text, context in items:
            yield self.nlp.make_doc(text), context


def test_iter_pieces_gives_the_pieces_one_by_one():
    text = "One paragraph.\n\nAnother one here.\n\nA third."
    assert list(local.iter_pieces(text, 20)) == local.pieces(text, 20)
    assert "".join(piece for _, piece in local.iter_pieces(text, 20)) == text


@pytest.mark.parametrize("lengths", [[10] * 40, [3000, 200, 200, 9000, 10], [60_000], [24_000, 24_000, 100]])
def test_batches_hold_at_most_batch_size_texts_and_batch_chars(blank_nlp, lengths):
    items = [(f"a{n}", ("word " * (length // 5)).strip() or "x", {}) for n, length in enumerate(lengths)]
    recorder = RecordingPipeline(blank_nlp)
    articles = list(local._annotate_batch(recorder, items))
    assert [a.id for a in articles] == [item[0] for item in items]
    assert [a.text for a in articles] == [item[1] for item in items]
    for batch in recorder.batches:
        assert len(batch) <= len(items)
        assert len(batch) == 1 or sum(batch) <= local.BATCH_CHARS
    assert max(length for batch in recorder.batches for length in batch) <= local.PIECE_CHARS


@pytest.mark.model
def test_the_same_articles_whatever_the_batches(base_nlp, monkeypatch):
    texts = [("a", "Officials said two people were reportedly injured in Kharkiv.\n\n" * 3, {}),
             ("b", "The ministry claimed that 14 drones were shot down over Belgorod region.", {}),
             ("c", "Police spokesman Ali Hassan told reporters the toll may rise.\n\n" * 2, {})]
    together = [a.to_dict() for a in local.annotate(base_nlp, texts, batch_size=16)]
    monkeypatch.setattr(local, "BATCH_CHARS", 100)  # every piece alone
    alone = [a.to_dict() for a in local.annotate(base_nlp, texts, batch_size=16)]
    assert together == alone
    assert any(a["entities"] for a in together)
