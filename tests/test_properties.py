"""Property tests: offsets survive cutting texts into pieces and annotating arbitrary Unicode."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.engine.local import annotate, pieces

# Arbitrary Unicode, plain or mixed with paragraph and line breaks, spaces and English words often enough
# that pieces() has something to cut on and the components something to find.
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["\n\n", "\n", " ", "\u00a0", "\r\n", "said", "reportedly",
                                                              "Moscow", "officials", "."])),
             max_size=60).map(lambda parts: " ".join(parts)[:300]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, limit=st.integers(min_value=1, max_value=40))
def test_pieces_concatenate_back_to_the_text(text, limit):
    parts = pieces(text, limit=limit)
    assert "".join(part for _, part in parts) == text
    position = 0
    for offset, part in parts:
        assert offset == position
        assert text[offset:offset + len(part)] == part
        assert len(part) <= limit or len(parts) == 1
        assert part or text == ""
        position += len(part)
    assert position == len(text)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_pieces_keep_short_texts_whole(text):
    assert pieces(text, limit=max(len(text), 1)) == [(0, text)]



def _check_span(text: str, start: int, end: int, span_text: str) -> None:
    assert 0 <= start < end <= len(text), (start, end, len(text))
    assert text[start:end] == span_text


def _check_article(article, text: str) -> None:
    """Every span of the article slices back to its text; source entities name entities."""
    assert article.text == text
    for entity in article.entities:
        _check_span(text, entity.start, entity.end, entity.text)
    for hedge in article.hedges:
        _check_span(text, hedge.start, hedge.end, hedge.text)
    entity_ids = {entity.id for entity in article.entities}
    for attribution in article.attributions:
        for span in (attribution.source, attribution.cue, attribution.content):
            if span is not None:
                _check_span(text, span.start, span.end, span.text)
        assert attribution.source_entity is None or attribution.source_entity in entity_ids


@pytest.mark.model
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=texts.filter(lambda t: t.strip()))
def test_annotate_spans_slice_back_to_the_text(base_nlp, text):
    [article] = list(annotate(base_nlp, [("random", text, {})]))
    _check_article(article, text)


@pytest.mark.model
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(texts.filter(lambda t: t.strip()), min_size=2, max_size=5))
def test_annotate_in_tiny_pieces_keeps_offsets(base_nlp, paragraphs):
    """The same with pieces of at most 60 characters, so that an article is annotated in several pieces."""
    import pipeline.engine.local as module

    text = "\n\n".join(paragraphs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "pieces", lambda t, limit=60: pieces(t, limit=60))
        [article] = list(annotate(base_nlp, [("random", text, {})]))
    _check_article(article, text)
    ids = [e.id for e in article.entities]
    assert len(ids) == len(set(ids))
