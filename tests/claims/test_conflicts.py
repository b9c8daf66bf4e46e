"""Events, figure conflicts and opposing claims across hand-built articles."""

from __future__ import annotations

from pipeline.claims.ledger import build_ledger
from tests.claims.claimkit import build, bus_articles


def test_articles_of_one_event_are_grouped():
    ledger = build_ledger(bus_articles(), conflicts=True)
    assert [e.articles for e in ledger.events] == [["g/a", "g/b"], ["h/c"]]


def test_figure_conflict_with_sources():
    ledger = build_ledger(bus_articles(), conflicts=True)
    [conflict] = ledger.events[0].figure_conflicts
    assert (conflict.kind, conflict.values) == ("killed", [23, 27])
    sources = {(f.article, f.figure.value, f.source) for f in conflict.figures}
    assert ("g/a", 23, "the national police") in sources
    assert ("g/b", 27, "the regional health director") in sources
    # "at least 30" and 34 injured agree: no conflict of that kind


def test_revision_by_the_same_source_is_no_conflict():
    a = build("The provincial disaster office says nine people have been killed by floods in Misamis.",
              article_id="a", entities=[("Misamis", "GPE")],
              attributions=[("The provincial disaster office", "says", "nine people have been killed by floods in Misamis")])
    b = build("The death toll from floods in Misamis rose to 14, up from nine, the provincial disaster office said.",
              article_id="b", entities=[("Misamis", "GPE")],
              attributions=[("the provincial disaster office", "said", "The death toll from floods in Misamis rose to "
                                                                        "14, up from nine")])
    ledger = build_ledger([a, b], conflicts=True)
    assert len(ledger.events) == 1 and ledger.events[0].figure_conflicts == []


def test_opposing_claims():
    a = build("Kyrgyzstan's border service said Tajik servicemen opened fire first on a Kyrgyz post near Kok-Tash.",
              article_id="a", entities=[("Kyrgyzstan", "GPE"), ("Kok-Tash", "GPE")],
              attributions=[("Kyrgyzstan's border service", "said", "Tajik servicemen opened fire first on a Kyrgyz "
                                                                    "post near Kok-Tash")])
    b = build("Tajikistan's border troops said Kyrgyz border guards had fired first on Tajik servicemen near Kok-Tash. "
              "The border troops denied that Tajik personnel had started the shooting.",
              article_id="b", entities=[("Tajikistan", "GPE"), ("Kok-Tash", "GPE")],
              attributions=[("Tajikistan's border troops", "said", "Kyrgyz border guards had fired first on Tajik "
                                                                   "servicemen near Kok-Tash"),
                            ("The border troops", "denied", "Tajik personnel had started the shooting")])
    ledger = build_ledger([a, b], conflicts=True)
    [entry] = ledger.events[0].opposing_claims
    assert sorted(entry.sides) == ["Kyrgyzstan", "Tajikistan"]
    reasons = sorted(reason for _, _, reason in entry.pairs)
    assert reasons == ["denial", "opposite agents"]
    # the two Tajik claims are one side: never paired with each other
    assert all({entry.claims[i][0], entry.claims[j][0]} == {"a", "b"} for i, j, _ in entry.pairs)


def test_same_side_claims_do_not_oppose():
    a = build("The army said rebels shelled the market in Kiwanja. The army denied that soldiers shelled the market.",
              article_id="a", entities=[("Kiwanja", "GPE")],
              attributions=[("The army", "said", "rebels shelled the market in Kiwanja"),
                            ("The army#2", "denied", "soldiers shelled the market")])
    assert build_ledger([a], conflicts=True).events[0].opposing_claims == []
