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


def _kinds_in_conflict(*articles):
    ledger = build_ledger(list(articles), conflicts=True)
    return sorted((c.kind, tuple(c.values)) for e in ledger.events for c in e.figure_conflicts)


SHOAL = [("Tarnow", "GPE")]


def test_a_source_giving_two_values_explains_them_for_the_event():
    live = build("Live: floods in Tarnow\n\n09:40 - The hospital in Tarnow says 14 patients have been transferred. "
                 "17:15 - The hospital director says a total of 23 patients have now been transferred.",
                 article_id="a", entities=SHOAL,
                 attributions=[("The hospital in Tarnow", "says", "14 patients have been transferred"),
                               ("The hospital director", "says#2", "a total of 23 patients have now been transferred")])
    other = build("Floods in Tarnow\n\nFourteen patients were transferred from the hospital in Tarnow on Monday, "
                  "the regional office said.", article_id="b", entities=SHOAL,
                  attributions=[("the regional office", "said", "Fourteen patients were transferred from the "
                                                                "hospital in Tarnow on Monday")])
    third = build("Floods in Tarnow\n\nTwenty-three patients were transferred from the hospital in Tarnow, "
                  "a city official said.", article_id="c", entities=SHOAL,
                  attributions=[("a city official", "said", "Twenty-three patients were transferred from the "
                                                            "hospital in Tarnow")])
    assert _kinds_in_conflict(live, other, third) == []


def test_an_earlier_figure_and_its_revision_explain_the_pair():
    a = build("Crush in Tarnow\n\nEight people were killed in the crush in Tarnow on Saturday, the governor said.",
              article_id="a", entities=SHOAL,
              attributions=[("the governor", "said", "Eight people were killed in the crush in Tarnow on Saturday")])
    b = build("Crush in Tarnow\n\nThe toll of the crush in Tarnow had risen to 11, up from eight on Saturday, "
              "the governor said.", article_id="b", entities=SHOAL,
              attributions=[("the governor", "said", "The toll of the crush in Tarnow had risen to 11, up from eight "
                                                     "on Saturday")])
    c = build("Crush in Tarnow\n\nThe ministry said 11 people died in the crush in Tarnow.", article_id="c",
              entities=SHOAL, attributions=[("The ministry", "said", "11 people died in the crush in Tarnow")])
    assert _kinds_in_conflict(a, b, c) == []


def test_sub_groups_and_acts_are_no_rivals():
    a = build("Clash in Tarnow\n\nEleven officers were injured in the clash in Tarnow, police said. Air defence shot "
              "down three drones over Tarnow, the army said.", article_id="a", entities=SHOAL,
              attributions=[("police", "said", "Eleven officers were injured in the clash in Tarnow"),
                            ("the army", "said#2", "Air defence shot down three drones over Tarnow")])
    b = build("Clash in Tarnow\n\nEight civilians were injured in the clash in Tarnow, the hospital said. More than a "
              "dozen drones were launched at Tarnow, a source said.", article_id="b", entities=SHOAL,
              attributions=[("the hospital", "said", "Eight civilians were injured in the clash in Tarnow"),
                            ("a source", "said#2", "More than a dozen drones were launched at Tarnow")])
    assert _kinds_in_conflict(a, b) == []


def test_counts_about_another_event_are_left_out():
    a = build("Train derails near Tarnow\n\nA train derailed near Tarnow on Monday, killing nine people, the ministry "
              "said.", article_id="a", entities=SHOAL,
              attributions=[("the ministry", "said", "A train derailed near Tarnow on Monday, killing nine people")])
    b = build("Court in Tarnow jails signalman\n\nA court in Tarnow jailed a signalman over a collision near Tarnow "
              "two years ago that killed 32 people, prosecutors said.", article_id="b", entities=SHOAL,
              attributions=[("prosecutors", "said", "A court in Tarnow jailed a signalman over a collision near "
                                                    "Tarnow two years ago that killed 32 people")])
    assert _kinds_in_conflict(a, b) == []


def test_each_side_counts_its_own_casualties():
    a = build("Clash on the border near Tarnow\n\nArmenia said two of its soldiers were killed and three wounded near "
              "Tarnow, while Azerbaijan said one serviceman was wounded.", article_id="a", entities=SHOAL,
              attributions=[("Armenia", "said", "two of its soldiers were killed and three wounded near Tarnow"),
                            ("Azerbaijan", "said#2", "one serviceman was wounded")])
    b = build("Clash on the border near Tarnow\n\nAzerbaijan said its response near Tarnow had killed more than 10 "
              "Armenian servicemen.", article_id="b", entities=SHOAL,
              attributions=[("Azerbaijan", "said", "its response near Tarnow had killed more than 10 Armenian "
                                                   "servicemen")])
    assert _kinds_in_conflict(a, b) == [("killed", (2, 10))]


def test_parts_that_add_up_to_another_article_s_total():
    a = build("Prisoner swap in Tarnow\n\nThe two sides exchanged 642 detainees in Tarnow, the committee said.",
              article_id="a", entities=SHOAL,
              attributions=[("the committee", "said", "The two sides exchanged 642 detainees in Tarnow")])
    b = build("Prisoner swap in Tarnow\n\nThe group said 474 prisoners were released to it in Tarnow, and it released "
              "168 prisoners.", article_id="b", entities=SHOAL,
              attributions=[("The group", "said", "474 prisoners were released to it in Tarnow, and it released 168 "
                                                  "prisoners")])
    assert _kinds_in_conflict(a, b) == []


def test_a_live_page_updates_its_own_figures():
    live = build("LIVE: blast in Tarnow\n\n08:15 - At least four people killed, 22 injured in Tarnow.\n\n10:30 - "
                 "Thirty-one people injured, the toll has risen to six.", article_id="a", entities=SHOAL)
    other = build("Blast in Tarnow\n\nSix people were killed and 31 injured in Tarnow, the governor said.",
                  article_id="b", entities=SHOAL,
                  attributions=[("the governor", "said", "Six people were killed and 31 injured in Tarnow")])
    assert _kinds_in_conflict(live, other) == []


def test_a_hospital_counts_its_own_patients():
    a = build("Siege in Tarnow\n\nEleven people were killed and 23 injured in Tarnow, police said.", article_id="a",
              entities=SHOAL, attributions=[("police", "said", "Eleven people were killed and 23 injured in Tarnow")])
    b = build("Siege in Tarnow\n\nThe director of the city hospital says 14 wounded people have been brought in from "
              "Tarnow.", article_id="b", entities=SHOAL,
              attributions=[("The director of the city hospital", "says", "14 wounded people have been brought in "
                                                                         "from Tarnow")])
    assert _kinds_in_conflict(a, b) == []


def test_attackers_counted_beside_the_victims_are_no_toll():
    a = build("Siege in Tarnow\n\nForces killed all five attackers in Tarnow, and eleven people were killed, police "
              "said.", article_id="a", entities=SHOAL,
              attributions=[("police", "said", "Forces killed all five attackers in Tarnow, and eleven people were "
                                               "killed")])
    b = build("Siege in Tarnow\n\nEleven people were killed in Tarnow, the ministry said.", article_id="b",
              entities=SHOAL, attributions=[("the ministry", "said", "Eleven people were killed in Tarnow")])
    assert _kinds_in_conflict(a, b) == []


def _injured_conflicts(officers: int) -> list:
    a = build(f"Drone attack on Suarez police station\n\nThe attack on the police station in Suarez injured {officers} "
              "police officers on Tuesday, the police said.", article_id="a", entities=[("Suarez", "GPE")])
    b = build("Drones hit Suarez police station\n\nThe drone attack on the police station in Suarez on Tuesday injured "
              "six people, the governor said.", article_id="b", entities=[("Suarez", "GPE")])
    ledger = build_ledger([a, b], conflicts=True)
    assert len(ledger.events) == 1
    return [(c.kind, c.values) for c in ledger.events[0].figure_conflicts]


def test_a_count_of_one_population_below_a_count_of_people_can_be_its_part():
    assert _injured_conflicts(4) == []
    assert _injured_conflicts(8) == [("injured", [6, 8])]


def test_where_every_count_names_one_population_a_smaller_one_is_a_rival():
    a = build("Tunnel collapse at Rostak dam\n\nNine workers are trapped in the Rostak dam tunnel, the operator said.",
              article_id="a", entities=[("Rostak", "GPE")])
    b = build("Workers say 14 trapped at Rostak dam\n\nCo-workers said 14 people were trapped in the Rostak dam "
              "tunnel.", article_id="b", entities=[("Rostak", "GPE")])
    ledger = build_ledger([a, b], conflicts=True)
    assert len(ledger.events) == 1
    assert [(c.kind, c.values) for c in ledger.events[0].figure_conflicts] == [("missing", [9, 14])]


def test_a_figure_within_an_explained_revision_is_no_conflict():
    a = build("Flood in Hassanabad\n\nThe district administration evacuated 412 people from Hassanabad on Wednesday "
              "before the flood reached the village.", article_id="a", entities=[("Hassanabad", "GPE")])
    b = build("Flood in Hassanabad: more evacuated\n\nThe authority now says 647 people have been evacuated from "
              "Hassanabad, up from 412 on Wednesday.", article_id="b", entities=[("Hassanabad", "GPE")])
    c = build("Aid for Hassanabad flood evacuees\n\nMore than 600 people have been evacuated from Hassanabad since "
              "Wednesday, the charity said.", article_id="c", entities=[("Hassanabad", "GPE")])
    ledger = build_ledger([a, b, c], conflicts=True)
    assert len(ledger.events) == 1 and ledger.events[0].figure_conflicts == []


def test_a_count_told_again_keeps_the_country_of_its_source():
    """The spokesman's "Eight" is the ministry's eight Afghan civilians, not a rival of Pakistan's two."""
    a = build("Shelling near Tarnow\n\nThe Afghan defence ministry said eight civilians were killed near Tarnow. "
              "Eight civilians were killed, spokesman Ahmad Noori said. Pakistan's military said two civilians were "
              "killed near Tarnow.", article_id="a", entities=SHOAL,
              attributions=[("The Afghan defence ministry", "said", "eight civilians were killed near Tarnow"),
                            ("spokesman Ahmad Noori", "said#2", "Eight civilians were killed"),
                            ("Pakistan's military", "said#3", "two civilians were killed near Tarnow")])
    b = build("Shelling near Tarnow\n\nShelling near Tarnow killed civilians on both sides, officials said.",
              article_id="b", entities=SHOAL)
    assert _kinds_in_conflict(a, b) == []


def test_a_count_its_article_revises_is_no_rival():
    """The union's 22 at 11:05 is the earlier state of its 31: only 31 conflicts with the police's 40."""
    union = build("LIVE: teachers' blockade at Tarnow\n\n11:05 - The union says 22 teachers have been detained at "
                  "Tarnow.\n\n13:40 - The union now says the number of detained teachers rose to 31 from 22.",
                  article_id="a", entities=SHOAL,
                  attributions=[("The union", "says", "22 teachers have been detained at Tarnow"),
                                ("The union", "says#2", "the number of detained teachers rose to 31 from 22")])
    police = build("Teachers' blockade at Tarnow\n\nPolice said 40 teachers were arrested at Tarnow on Tuesday.",
                   article_id="b", entities=SHOAL,
                   attributions=[("Police", "said", "40 teachers were arrested at Tarnow on Tuesday")])
    ledger = build_ledger([union, police], conflicts=True)
    assert [(c.kind, c.values) for e in ledger.events for c in e.figure_conflicts] == [("arrested", [31, 40])]


def test_a_toll_one_side_revises_does_not_silence_the_other_side():
    """Haiti's toll rose to five; the Dominican military's two Haitians dead are no earlier state of it."""
    haiti = build("Shooting at Tarnow border market\n\nThe toll of the shooting at the Tarnow market rose to five "
                  "Haitian nationals, the Haitian government said.", article_id="a", entities=SHOAL,
                  attributions=[("the Haitian government", "said", "The toll of the shooting at the Tarnow market "
                                                                    "rose to five Haitian nationals")])
    dominican = build("Shooting at Tarnow border market\n\nThe Dominican military said two Haitians died in the "
                      "shooting at the Tarnow market.", article_id="b", entities=SHOAL,
                      attributions=[("The Dominican military", "said", "two Haitians died in the shooting at the "
                                                                       "Tarnow market")])
    assert _kinds_in_conflict(haiti, dominican) == [("killed", (2, 5))]
