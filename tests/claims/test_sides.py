"""Sides: the country or party a source speaks for, where the text says it."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.sides import article_country, country_of
from tests.claims.claimkit import build


@pytest.mark.parametrize("phrase,country", [
    ("Russia's Ministry of Defence", "Russia"),
    ("Ukraine’s general staff", "Ukraine"),
    ("Russian presidential spokesman", "Russia"),
    ("the mayor of Kharkiv", "Ukraine"),
    ("Moscow", "Russia"),
    ("US officials", "United States"),
    ("Tajik border troops", "Tajikistan"),
    ("an analyst at the Nairobi-based firm", None),
    ("A rebel coalition in northern Mali", None),
    ("a spokesman for the health ministry in Sanaa", None),
    ("The Defensoría del Pueblo of the Plurinational State", None),
])
def test_country_of(phrase, country):
    assert country_of(phrase) == country


def test_sides_of_claims():
    text = ("Kyrgyzstan's border service said Tajik guards fired first. The MUK rebel movement said the army "
            "shelled the town. Residents said the shelling lasted an hour. The army said rebels fired mortars.")
    article = build(text, entities=[("Kyrgyzstan", "GPE"), ("MUK", "ORG")], attributions=[
        ("Kyrgyzstan's border service", "said", "Tajik guards fired first"),
        ("The MUK rebel movement", "said#2", "the army shelled the town"),
        ("Residents", "said#3", "the shelling lasted an hour"),
        ("The army", "said#4", "rebels fired mortars")])
    claims = claims_of(article)
    assert [c.side for c in claims] == ["Kyrgyzstan", "MUK", None, None]
    assert [c.source_type for c in claims] == ["official", "organisation", "witness", "official"]
    assert claims[3].camp == "army"


@pytest.mark.parametrize("text,entities,country", [
    ("Blockade cleared\n\nCOCHABAMBA, Bolivia, Oct 8 (Andes Wire) - Police cleared the road.", [], "Bolivia"),
    ("Blockade cleared\n\nBy our correspondent\n\nPolice in Bolivia cleared the road to Oruro. Bolivia's farmers "
     "said they would return.", [("Bolivia", "GPE"), ("Oruro", "GPE"), ("Bolivia", "GPE")], "Bolivia"),
    ("Talks\n\nBy our correspondent\n\nPeru and Chile met.", [("Peru", "GPE"), ("Chile", "GPE")], None),
])
def test_article_country(text, entities, country):
    assert article_country(build(text, entities=entities)) == country
