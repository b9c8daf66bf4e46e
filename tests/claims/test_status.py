"""Status: hedged by a hedge in the content or the cue's clause; unverified when the text says so,
in the same sentence after the cue or in the next sentence; asserted otherwise."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from tests.claims.claimkit import build


@pytest.mark.parametrize("text,hedges,expected,why", [
    ("The ministry said the depot was destroyed.", [], "asserted", None),
    ("The ministry said the depot may have been destroyed.", ["may"], "hedged", None),
    ("The ministry reportedly said the depot was destroyed.", ["reportedly"], "hedged", None),
    ("The ministry said the depot was destroyed. The ministry did not provide any evidence.", [], "unverified",
     "did not provide any evidence"),
    ("The ministry said the depot was destroyed, but the claim could not be independently verified.", [],
     "unverified", "could not be independently verified"),
    ("The ministry said the depot may have been destroyed. The report is yet to be confirmed.", ["may"],
     "unverified", "is yet to be confirmed"),
])
def test_status(text, hedges, expected, why):
    content = text.split(" said ", 1)[1].split(".")[0].split(", but")[0]
    cue = "said"
    source = "The ministry reportedly" if "reportedly" in text else "The ministry"
    article = build(text, hedges=hedges, attributions=[(source.replace(" reportedly", ""), cue, content)])
    [claim] = claims_of(article)
    assert (claim.status, claim.unverified_by) == (expected, why)
    assert claim.hedges == hedges


def test_unverified_phrase_belongs_to_the_nearer_cue():
    text = "The ministry said two soldiers were hurt and claimed that ten tanks were destroyed, without providing evidence."
    article = build(text, attributions=[("The ministry", "said", "two soldiers were hurt"),
                                        ("The ministry", "claimed", "ten tanks were destroyed")])
    assert [c.status for c in claims_of(article)] == ["asserted", "unverified"]


def test_next_sentence_of_another_claim_does_not_count():
    text = "Police said the road was open. Residents said the bridge had collapsed, which could not be verified."
    article = build(text, attributions=[("Police", "said", "the road was open"),
                                        ("Residents", "said#2", "the bridge had collapsed")])
    assert [c.status for c in claims_of(article)] == ["asserted", "unverified"]


def test_unconfirmed_source_is_unverified():
    text = "Unconfirmed reports said three people had drowned."
    article = build(text, hedges=["Unconfirmed"], attributions=[("Unconfirmed reports", "said", "three people had drowned")])
    assert claims_of(article)[0].status == "unverified"
