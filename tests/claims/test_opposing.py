"""Opposing claims: denials and the claims they answer, agents of one act, negated clauses, sides."""

from __future__ import annotations

import pytest

from pipeline.claims import claims_of
from pipeline.claims.agents import agent_of
from pipeline.claims.ledger import build_ledger
from pipeline.claims.opposing import claim_sides, opposing_claims
from tests.claims.claimkit import build

TOWN = [("Rostak", "GPE")]


def _pairs(*articles, learned=False):
    """The rules' opposing pairs (with learned, the learned scorer's too) as (reason, content, content)."""
    ledger = build_ledger(list(articles), conflicts=True)
    found = []
    for event in ledger.events:
        for entry in event.opposing_claims:
            for i, j, reason in entry.pairs:
                if learned or reason != "learned":
                    found.append((reason, entry.claims[i][1].content, entry.claims[j][1].content))
    return sorted(found)


@pytest.mark.parametrize("text,act,agent", [
    ("the patrol ship, ignoring warnings, deliberately rammed the coast guard vessel", "ATTACK", "the patrol ship"),
    ("the market was shelled by rebel artillery before noon", "ATTACK", "rebel artillery"),
    ("Kyrgyz border guards had fired first on the post", "ATTACK", "Kyrgyz border guards"),
    ("it had freed nine captives", "FREE", "it"),
    ("the talks resumed on Monday", None, ""),
])
def test_agents_of_acts(text, act, agent):
    found, words = agent_of(text)
    assert (found, " ".join(words)) == (act, agent)


def test_each_side_taking_the_act_for_itself_is_opposite_agents():
    a = build("Hostages freed near Rostak\n\nTroops of the Fifth Brigade rescued seven hostages held near Rostak, the "
              "National Army said.", article_id="a", entities=TOWN,
              attributions=[("the National Army", "said", "Troops of the Fifth Brigade rescued seven hostages held "
                                                          "near Rostak")])
    b = build("Guerrillas say they freed captives near Rostak\n\nThe guerrilla group said it had freed nine hostages "
              "near Rostak as a gesture.", article_id="b", entities=TOWN,
              attributions=[("The guerrilla group", "said", "it had freed nine hostages near Rostak as a gesture")])
    assert [reason for reason, _, _ in _pairs(a, b)] == ["opposite agents"]


def test_a_denial_answers_the_claim_whose_agent_it_denies():
    a = build("Shelling in Rostak\n\nShells hit the market in Rostak on Monday, the army said. Army spokesman Ivo Lenz "
              "said rebel fighters fired mortar shells at the market from the hills.", article_id="a",
              entities=TOWN + [("Ivo Lenz", "PERSON")],
              attributions=[("the army", "said", "Shells hit the market in Rostak on Monday"),
                            ("Army spokesman Ivo Lenz", "said#2", "rebel fighters fired mortar shells at the market from "
                                                                  "the hills")])
    b = build("Rebels deny shelling Rostak\n\nThe rebel spokesman denied that its fighters had fired on the market in "
              "Rostak.", article_id="b", entities=TOWN,
              attributions=[("The rebel spokesman", "denied", "its fighters had fired on the market in Rostak")])
    assert _pairs(a, b) == [("denial", "rebel fighters fired mortar shells at the market from the hills",
                             "its fighters had fired on the market in Rostak")]


def test_a_denial_does_not_answer_a_negated_claim():
    a = build("Raid near Rostak\n\nThe army said none of its soldiers were wounded in the operation near Rostak.",
              article_id="a", entities=TOWN,
              attributions=[("The army", "said", "none of its soldiers were wounded in the operation near Rostak")])
    b = build("Rebels near Rostak\n\nThe rebel group denied that any military operation had taken place near Rostak.",
              article_id="b", entities=TOWN,
              attributions=[("The rebel group", "denied", "any military operation had taken place near Rostak")])
    assert _pairs(a, b) == []


def test_first_person_source_speaks_for_the_author():
    text = "Statement\n\nWe categorically deny that our members threw stones at the police."
    article = build(text, article_id="s", attributions=[("We", "categorically deny", "our members threw stones at "
                                                                                        "the police")])
    police = build("Clash\n\nProtesters threw stones at officers, the police said.", article_id="p",
                   attributions=[("the police", "said", "Protesters threw stones at officers")])
    pairs = [(art, c) for a in (police, article) for art, c in [(a.id, x) for x in claims_of(a)]]
    assert claim_sides(pairs)[1].name == "author of s"
    [entry] = opposing_claims(pairs)
    assert [reason for _, _, reason in entry.pairs] == ["denial"]


def test_one_source_never_opposes_itself_and_negation_is_by_clause():
    a = build("Fire in Rostak\n\nThe governor said drones shot at the depot. There were no casualties.",
              article_id="a", entities=TOWN,
              attributions=[("The governor", "said", "drones shot at the depot. There were no casualties")])
    b = build("Fire in Rostak\n\nThe Rostak governor confirmed that a fuel tank at the depot caught fire after the "
              "drones shot at it.", article_id="b", entities=TOWN,
              attributions=[("The Rostak governor", "confirmed", "a fuel tank at the depot caught fire after the "
                                                                 "drones shot at it")])
    assert _pairs(a, b) == []


def test_a_denial_of_allegations_answers_the_account_they_name():
    a = build("Riot in Rostak\n\nRostak, Sunday: The Ministry denies the allegations circulated on social media that "
              "guards opened fire on inmates.", article_id="a", entities=TOWN,
              attributions=[("The Ministry", "denies", "the allegations circulated on social media that guards opened "
                                                       "fire on inmates")])
    b = build("Riot in Rostak\n\nRelatives of inmates said guards fired live rounds into the cell block in Rostak after "
              "prisoners protested.", article_id="b", entities=TOWN,
              attributions=[("Relatives of inmates", "said", "guards fired live rounds into the cell block in Rostak "
                                                             "after prisoners protested")])
    assert [reason for reason, _, _ in _pairs(a, b)] == ["denial"]


def test_the_account_a_denial_restates_is_not_its_rival():
    a = build("Strike in Rostak\n\nThe union denies the company's claim that workers used steel pipes in Rostak.",
              entities=TOWN, attributions=[("The union", "denies", "workers used steel pipes in Rostak"),
                                           ("the company", "claim", "workers used steel pipes in Rostak")])
    assert _pairs(a) == []
