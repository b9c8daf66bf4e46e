"""Unit tests of news_hedges on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest

from tests.conftest import hedge_doc

# -- news_hedges ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("The depot was reportedly hit .", ["reportedly"]),
        ("The strike may have been deliberate", ["may"]),
        ("The toll might be higher", ["might"]),
        ("Casualties could rise", ["could"]),
        ("The figures are yet to be confirmed", ["yet to be confirmed"]),
        ("The claims are yet to be verified and confirmed", ["yet to be verified and confirmed"]),
        ("The claim could not be independently verified", ["could not be independently verified"]),
        ("The video has not been independently verified", ["has not been independently verified"]),
        ("The ministry did not provide any evidence", ["did not provide any evidence"]),
        ("The missile appeared to strike a school", ["appeared"]),
        ("It is believed that the crew died", ["believed"]),
        ("An unconfirmed report spread", ["unconfirmed"]),
        ("The suspected attacker fled", ["suspected"]),
        ("It is unclear who fired", ["unclear"]),
    ],
)
def test_hedges_positive(doc_maker, component, text, expected):
    doc = component("news_hedges")(hedge_doc(doc_maker, text))
    assert [s.text for s in doc.spans["hedges"]] == expected
    assert all(s.label_ == "HEDGE" for s in doc.spans["hedges"])


def test_hedges_seem_with_adjective(doc_maker, component):
    doc = component("news_hedges")(hedge_doc(doc_maker, "The town seemed calm", pos={"calm": "ADJ"}))
    assert [s.text for s in doc.spans["hedges"]] == ["seemed"]


@pytest.mark.parametrize(
    "text,tags",
    [
        ("Officials could not reach the site", None),
        ("Rescuers could n't reach the village", None),
        ("The talks will resume on Monday", None),
        ("He would not comment", None),
        ("The attack happened in May", {"May": "NNP"}),
        ("The army denied the claim", None),
        ("If the report is true , the toll is high", None),
        ("The minister appeared at the briefing", None),
        ("The ministry confirmed the strike", None),
    ],
)
def test_hedges_negative(doc_maker, component, text, tags):
    doc = component("news_hedges")(hedge_doc(doc_maker, text, tags=tags))
    assert [s.text for s in doc.spans["hedges"]] == []


def test_hedges_modal_needs_md_tag(doc_maker, component):
    doc = component("news_hedges")(hedge_doc(doc_maker, "The strike may have been deliberate", tags={"may": "NNP"}))
    assert list(doc.spans["hedges"]) == []


