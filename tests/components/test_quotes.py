"""The direct-quote detector on texts written for it: every style, quotes over paragraphs, apostrophes."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ('He said "the road is closed" today.', ["the road is closed"]),
    ("He said “the road is closed” today.", ["the road is closed"]),
    ("He said ''the road is closed'' today.", ["the road is closed"]),
    ("He said «the road is closed» today.", ["the road is closed"]),
    ("He said ‘the road is closed’ today.", ["the road is closed"]),
    ("The mayor's office didn't say.", []),  # apostrophes are no quotes
    ('"A." He left. "B."', ["A.", "B."]),
])
def test_quote_styles(text, expected):
    assert quoted(text) == expected


def test_a_quote_over_paragraphs_with_an_opening_mark_on_each():
    text = 'She said: "The water is rising.\n\n"We are leaving now."\n\nRain fell.'
    assert quoted(text) == ['The water is rising.\n\n"We are leaving now.']


def test_a_quote_over_paragraphs_that_lost_its_opening_mark():
    text = 'He said, "We learned a lot.\n\nIt was a long day." Then he left.'
    assert quoted(text) == ["We learned a lot.\n\nIt was a long day."]


def test_an_unclosed_quote_stops_at_its_paragraph():
    text = 'He said, "We learned a lot.\n\nThe match ended in a draw.\n\n"Next," she said.'
    assert quoted(text)[0] == "We learned a lot."
