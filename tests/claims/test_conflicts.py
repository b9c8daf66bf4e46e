"""Events, figure conflicts and opposing claims across hand-built articles."""

from __future__ import annotations

from conftest import build

from pipeline.claims.ledger import build_ledger

BUS_A = ("Bus falls into ravine near Ocros, killing 23\n\n"
         "A bus fell into a ravine near Ocros in Ayacucho on Tuesday, killing 23 people, the national police said. "
         "At least 30 passengers were injured.")
BUS_B = ("Ocros bus crash: 27 dead\n\n"
         "Twenty-seven people died when a bus fell into a ravine near Ocros in Ayacucho on Tuesday, the regional "
         "health director said. She said 34 passengers were injured.")
FLOOD = "Floods in Mindanao\n\nFloods swept through Cagayan de Oro on Monday. Six people drowned, the mayor said."


def bus_articles():
    a = build(BUS_A, article_id="g/a", entities=[("Ocros", "GPE"), ("Ayacucho", "GPE")],
              attributions=[("the national police", "said", "A bus fell into a ravine near Ocros in Ayacucho on "
                                                            "Tuesday, killing 23 people")])
    b = build(BUS_B, article_id="g/b", entities=[("Ocros", "GPE"), ("Ayacucho", "GPE")],
              attributions=[("the regional health director", "said", "Twenty-seven people died when a bus fell into "
                             "a ravine near Ocros in Ayacucho on Tuesday"),
                            ("She", "said#2", "34 passengers were injured")])
    c = build(FLOOD, article_id="h/c", entities=[("Cagayan de Oro", "GPE"), ("Mindanao", "GPE")],
              attributions=[("the mayor", "said", "Six people drowned")])
    return [a, b, c]


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
