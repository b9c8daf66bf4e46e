"""Pin the scoring definitions of pipeline.scoring with hand-worked examples."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from pipeline.jsonl import read_articles
from pipeline.records import Article, Attribution, Entity, Hedge, Span
from pipeline.scoring import headline, score_corpus, summary_rows, word_f1

SEED_GOLD = Path(__file__).parent.parent / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"

TEXT = (
    "Russia's Ministry of Defence said 65 Ukrainian prisoners of war were on board. "
    "Kyiv reportedly disputed this, and Dmitry Peskov, the Kremlin spokesman, said an investigation was under way."
)


def span(phrase: str, nth: int = 0) -> Span:
    """The nth occurrence of phrase in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def at(start: int, end: int) -> Span:
    """The span of TEXT at the given offsets."""
    return Span(start, end, TEXT[start:end])


def ent(where: str | Span, label: str, **attrs) -> Entity:
    s = span(where) if isinstance(where, str) else where
    return Entity(f"T{s.start}", s.start, s.end, label, s.text, attrs)


def hedge(where: str | Span) -> Hedge:
    s = span(where) if isinstance(where, str) else where
    return Hedge(f"H{s.start}", s.start, s.end, s.text)


def attribution(cue: Span, content: str | Span, source: str | Span | None = None) -> Attribution:
    return Attribution(
        f"A{cue.start}",
        span(source) if isinstance(source, str) else source,
        cue,
        span(content) if isinstance(content, str) else content,
    )


def article(article_id: str = "a1", entities=(), hedges=(), attributions=()) -> Article:
    return Article(article_id, TEXT, {}, list(entities), list(hedges), list(attributions))


SAID_1 = span("said")  # 29-33
SAID_2 = span("said", 1)  # 152-156

GOLD = article(
    entities=[
        ent("Russia", "GPE"),
        ent("Ministry of Defence", "ORG"),
        ent("65 Ukrainian prisoners of war", "COUNT", value=65, unit="Ukrainian prisoners of war"),
        ent("Kyiv", "GPE"),
        ent("Dmitry Peskov", "PERSON", role="Kremlin spokesman"),
        ent("Kremlin", "ORG"),
    ],
    hedges=[hedge("reportedly")],
    attributions=[
        attribution(SAID_1, "65 Ukrainian prisoners of war were on board", "Ministry of Defence"),
        attribution(SAID_2, "an investigation was under way", "Dmitry Peskov"),
    ],
)


def metric_of(scores: dict, path: str) -> dict:
    """scores["a"]["b"]... for path "a.b..."."""
    for key in path.split("."):
        scores = scores[key]
    return scores


def assert_metric(metric: dict, tp: int, n_pred: int, n_gold: int, p: float, r: float, f: float) -> None:
    assert (metric["tp"], metric["n_pred"], metric["n_gold"]) == (tp, n_pred, n_gold)
    assert metric["p"] == pytest.approx(p)
    assert metric["r"] == pytest.approx(r)
    assert metric["f"] == pytest.approx(f)


ALL_METRICS = [
    "entities.exact", "entities.lenient", "hedges.exact", "hedges.overlap",
    *(f"attributions.{part}" for part in ("cue", "source", "content", "full")),
    *(f"attributions.exact.{part}" for part in ("cue", "source", "content", "full")),
]


# --- word F1 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ("", "", 1.0),  # two empty texts
        ("-- !", "", 1.0),  # no words on either side counts as two empty texts
        ("spokesman", "", 0.0),  # one empty
        ("", "spokesman", 0.0),
        ("The Kremlin", "the KREMLIN", 1.0),  # lower-cased
        ("a a b", "a b b", 2 / 3),  # multisets: overlap {a, b} = 2; P = R = 2/3
        ("one two three", "one four", 0.4),  # overlap 1; P 1/3, R 1/2; F = (1/3) / (5/6) = 0.4
        ("Ukraine’s Main-Directorate", "ukraine s main directorate", 1.0),  # \w+ splits on punctuation
    ],
)
def test_word_f1(pred: str, gold: str, expected: float) -> None:
    assert word_f1(pred, gold) == pytest.approx(expected)


# --- whole predictions ---------------------------------------------------------------------------


def test_perfect_prediction() -> None:
    scores = score_corpus([GOLD], [copy.deepcopy(GOLD)])
    # 6 entities, 1 hedge, 2 attributions, all found.
    assert_metric(scores["entities"]["exact"], 6, 6, 6, 1.0, 1.0, 1.0)
    assert_metric(scores["attributions"]["full"], 2, 2, 2, 1.0, 1.0, 1.0)
    assert_metric(scores["entities"]["per_label"]["GPE"], 2, 2, 2, 1.0, 1.0, 1.0)
    assert sorted(scores["entities"]["per_label"]) == ["COUNT", "GPE", "ORG", "PERSON"]
    assert scores["count_value"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert scores["person_role"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert all(value == 1.0 for value in headline(scores).values())
    assert all((p, r, f) == (1.0, 1.0, 1.0) for _, p, r, f in summary_rows(scores))


@pytest.mark.parametrize("predicted", [[article()], []], ids=["empty-article", "no-article"])
def test_empty_prediction(predicted: list[Article]) -> None:
    # Nothing predicted: tp 0, n_pred 0, so P = R = F = 0; an absent article counts the same.
    scores = score_corpus([GOLD], predicted)
    n_gold = {"entities": 6, "hedges": 1, "attributions": 2}
    for path in ALL_METRICS:
        assert_metric(metric_of(scores, path), 0, 0, n_gold[path.split(".")[0]], 0.0, 0.0, 0.0)
    assert_metric(scores["entities"]["per_label"]["ORG"], 0, 0, 2, 0.0, 0.0, 0.0)
    assert scores["count_value"] == {"accuracy": 0.0, "correct": 0, "total": 0}
    assert scores["person_role"] == {"accuracy": 0.0, "correct": 0, "total": 0}


def test_empty_gold_and_prediction() -> None:
    # All denominators 0: every number is 0.0, nothing divides by zero.
    scores = score_corpus([article()], [article()])
    assert all(value == 0.0 for value in headline(scores).values())
    assert scores["entities"]["per_label"] == {}


# --- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, pred, path",
    [
        (article(entities=[ent("Kyiv", "GPE")]), article(entities=[ent("Kyiv", "GPE")] * 2), "entities.exact"),
        (article(hedges=[hedge("reportedly")]), article(hedges=[hedge("reportedly")] * 2), "hedges.exact"),
        (article(attributions=GOLD.attributions[:1]), article(attributions=GOLD.attributions[:1] * 2),
         "attributions.full"),
    ],
    ids=["entity", "hedge", "attribution"],
)
def test_duplicate_prediction_counts_once(gold: Article, pred: Article, path: str) -> None:
    # The same item predicted twice: the gold item takes the first; tp 1, n_pred 2, n_gold 1.
    # P = 1/2, R = 1, F = 2 * 0.5 / 1.5 = 2/3.
    assert_metric(metric_of(score_corpus([gold], [pred]), path), 1, 2, 1, 0.5, 1.0, 2 / 3)


@pytest.mark.parametrize(
    "pred",
    [
        at(9, 17),  # "Ministry": nested inside the gold span
        at(21, 33),  # "Defence said": overlaps the gold end
        at(0, 33),  # "Russia's Ministry of Defence said": contains the gold span
    ],
    ids=["nested", "partial", "containing"],
)
def test_overlap_is_lenient_not_exact(pred: Span) -> None:
    # Gold ORG "Ministry of Defence" (9-28): exact tp 0 (P = R = F = 0), lenient tp 1 (P = R = F = 1).
    gold = article(entities=[ent("Ministry of Defence", "ORG")], hedges=[hedge(span("Ministry of Defence"))])
    scores = score_corpus([gold], [article(entities=[ent(pred, "ORG")], hedges=[hedge(pred)])])
    assert_metric(scores["entities"]["exact"], 0, 1, 1, 0.0, 0.0, 0.0)
    assert_metric(scores["entities"]["lenient"], 1, 1, 1, 1.0, 1.0, 1.0)
    assert_metric(scores["hedges"]["exact"], 0, 1, 1, 0.0, 0.0, 0.0)
    assert_metric(scores["hedges"]["overlap"], 1, 1, 1, 1.0, 1.0, 1.0)


def test_adjacent_spans_do_not_overlap() -> None:
    # "Russia" (0-6) and "'s" (6-8) touch but share no character.
    scores = score_corpus([article(entities=[ent("Russia", "GPE")])], [article(entities=[ent(at(6, 8), "GPE")])])
    assert scores["entities"]["lenient"]["tp"] == 0


def test_two_predictions_overlapping_one_gold_count_once() -> None:
    # Gold "Ministry of Defence"; predicted "Ministry" and "Defence": lenient tp 1, n_pred 2.
    # P = 1/2, R = 1, F = 2/3.
    gold = article(entities=[ent("Ministry of Defence", "ORG")])
    pred = article(entities=[ent("Ministry", "ORG"), ent("Defence", "ORG")])
    assert_metric(score_corpus([gold], [pred])["entities"]["lenient"], 1, 2, 1, 0.5, 1.0, 2 / 3)


def test_one_prediction_overlapping_two_gold_counts_once() -> None:
    # Gold ORG "Ministry of Defence" (9-28) and ORG "Kremlin" (133-140); one predicted ORG 9-140 overlaps
    # both but is used by the first: lenient tp 1, n_pred 1, n_gold 2 -> P 1, R 1/2, F 2/3.
    gold = article(entities=[ent("Ministry of Defence", "ORG"), ent("Kremlin", "ORG")])
    pred = article(entities=[ent(at(9, 140), "ORG")])
    assert_metric(score_corpus([gold], [pred])["entities"]["lenient"], 1, 1, 2, 1.0, 0.5, 2 / 3)


def test_matching_is_greedy_in_gold_order() -> None:
    # Gold "Russia" (0-6) and "Ministry of Defence" (9-28). Predicted first "Russia's Ministry" (0-17),
    # which overlaps both, then "Russia" (0-6). Gold "Russia" takes the first unused overlapping
    # prediction, 0-17; gold "Ministry of Defence" then finds no unused overlap. Lenient tp 1, not 2.
    gold = article(entities=[ent("Russia", "ORG"), ent("Ministry of Defence", "ORG")])
    pred = article(entities=[ent(at(0, 17), "ORG"), ent("Russia", "ORG")])
    assert_metric(score_corpus([gold], [pred])["entities"]["lenient"], 1, 2, 2, 0.5, 0.5, 0.5)


def test_label_mismatch() -> None:
    # Same offsets, different label: no match, exact or lenient. Per label, gold GPE is missed
    # (tp 0 of n_gold 1) and the ORG prediction is spurious (tp 0 of n_pred 1).
    scores = score_corpus([article(entities=[ent("Kyiv", "GPE")])], [article(entities=[ent("Kyiv", "ORG")])])
    assert_metric(scores["entities"]["exact"], 0, 1, 1, 0.0, 0.0, 0.0)
    assert_metric(scores["entities"]["lenient"], 0, 1, 1, 0.0, 0.0, 0.0)
    assert_metric(scores["entities"]["per_label"]["GPE"], 0, 0, 1, 0.0, 0.0, 0.0)
    assert_metric(scores["entities"]["per_label"]["ORG"], 0, 1, 0, 0.0, 0.0, 0.0)


def test_per_label_counts() -> None:
    # Predicted: GPE "Russia" right, GPE "Kyiv" missed, ORG "Ministry" (nested, not exact), ORG "Kremlin" right.
    # GPE: tp 1, n_pred 1, n_gold 2 -> P 1, R 1/2, F 2/3.  ORG: tp 1, n_pred 2, n_gold 2 -> 1/2 each.
    # Overall exact: tp 2 of n_pred 3 and n_gold 4 -> P 2/3, R 1/2, F (2/3) / (7/6) = 4/7.
    gold = article(entities=[ent("Russia", "GPE"), ent("Ministry of Defence", "ORG"), ent("Kyiv", "GPE"),
                             ent("Kremlin", "ORG")])
    pred = article(entities=[ent("Russia", "GPE"), ent("Ministry", "ORG"), ent("Kremlin", "ORG")])
    scores = score_corpus([gold], [pred])
    assert_metric(scores["entities"]["per_label"]["GPE"], 1, 1, 2, 1.0, 0.5, 2 / 3)
    assert_metric(scores["entities"]["per_label"]["ORG"], 1, 2, 2, 0.5, 0.5, 0.5)
    assert_metric(scores["entities"]["exact"], 2, 3, 4, 2 / 3, 0.5, 4 / 7)
    assert_metric(scores["entities"]["lenient"], 3, 3, 4, 1.0, 0.75, 6 / 7)


# --- articles ----------------------------------------------------------------------------------


def test_missing_article_counts_as_empty_prediction() -> None:
    # a1 is predicted perfectly (6 of 6 entities); a2 has no prediction (0 of 6).
    # Micro: tp 6, n_pred 6, n_gold 12 -> P 1, R 1/2, F 2/3 (not the macro average of F1 1 and 0).
    second = copy.deepcopy(GOLD)
    second.id = "a2"
    scores = score_corpus([GOLD, second], [copy.deepcopy(GOLD)])
    assert_metric(scores["entities"]["exact"], 6, 6, 12, 1.0, 0.5, 2 / 3)
    assert_metric(scores["attributions"]["cue"], 2, 2, 4, 1.0, 0.5, 2 / 3)


def test_predictions_for_unknown_ids_are_ignored() -> None:
    # The prediction for "elsewhere" adds nothing to n_pred; the one for a1 is perfect.
    stray = article("elsewhere", entities=[ent("Kyiv", "GPE")], hedges=[hedge("Kyiv")],
                    attributions=GOLD.attributions)
    scores = score_corpus([GOLD], [stray, copy.deepcopy(GOLD)])
    assert all(value == 1.0 for value in headline(scores).values())
    assert scores["entities"]["exact"]["n_pred"] == 6


def test_articles_pair_by_id_not_position() -> None:
    # Predictions in reverse order still meet their gold article: a1 has Kyiv, a2 has Russia.
    gold = [article("a1", entities=[ent("Kyiv", "GPE")]), article("a2", entities=[ent("Russia", "GPE")])]
    pred = list(reversed(copy.deepcopy(gold)))
    assert_metric(score_corpus(gold, pred)["entities"]["exact"], 2, 2, 2, 1.0, 1.0, 1.0)


# --- attributes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attrs, correct",
    [
        ({"value": 65}, True),
        ({"value": "65", "unit": "POWs"}, True),  # int compare; the unit is not scored
        ({"value": 66}, False),
        ({}, False),  # missing value
    ],
)
def test_count_value_accuracy(attrs: dict, correct: bool) -> None:
    # Gold COUNT value 65, predicted at the same offsets: one judged pair, right or wrong.
    gold = article(entities=[ent("65 Ukrainian prisoners of war", "COUNT", value=65)])
    pred = article(entities=[ent("65 Ukrainian prisoners of war", "COUNT", **attrs)])
    scores = score_corpus([gold], [pred])
    assert scores["count_value"] == {"accuracy": 1.0 if correct else 0.0, "correct": int(correct), "total": 1}


def test_count_value_only_over_exact_matches() -> None:
    # Gold COUNT "65 Ukrainian prisoners of war" (value 65); predicted "65 Ukrainian" (value 65) is a
    # lenient match only, so no pair is judged: total 0, accuracy 0.0.
    gold = article(entities=[ent("65 Ukrainian prisoners of war", "COUNT", value=65)])
    pred = article(entities=[ent("65 Ukrainian", "COUNT", value=65)])
    scores = score_corpus([gold], [pred])
    assert scores["entities"]["lenient"]["tp"] == 1
    assert scores["count_value"] == {"accuracy": 0.0, "correct": 0, "total": 0}


@pytest.mark.parametrize(
    "gold_role, pred_role, correct",
    [
        ("Kremlin spokesman", "Kremlin spokesman", True),
        ("Kremlin spokesman", "the Kremlin spokesman", True),  # overlap 2; P 2/3, R 1 -> F 0.8
        ("Russian presidential spokesman", "spokesman", True),  # overlap 1; P 1, R 1/3 -> F 0.5 (>= 0.5)
        ("Russian presidential spokesman", "a spokesman", False),  # overlap 1; P 1/2, R 1/3 -> F 0.4
        ("Russian presidential spokesman", "Belgorod governor", False),  # no overlap -> 0
        (None, None, True),  # both missing
        ("", None, True),  # empty and missing are the same
        (None, "spokesman", False),  # one missing
        ("Kremlin spokesman", None, False),
    ],
)
def test_person_role_accuracy(gold_role: str | None, pred_role: str | None, correct: bool) -> None:
    def person(role: str | None) -> Entity:
        return ent("Dmitry Peskov", "PERSON", **({} if role is None else {"role": role}))

    scores = score_corpus([article(entities=[person(gold_role)])], [article(entities=[person(pred_role)])])
    assert scores["person_role"] == {"accuracy": 1.0 if correct else 0.0, "correct": int(correct), "total": 1}


def test_person_role_over_several_pairs() -> None:
    # Two articles, each with one exactly matched PERSON: one role right, one wrong -> 1 of 2 = 0.5.
    # A PERSON predicted with the wrong label is not judged.
    gold = [article("a1", entities=[ent("Dmitry Peskov", "PERSON", role="Kremlin spokesman")]),
            article("a2", entities=[ent("Dmitry Peskov", "PERSON", role="Kremlin spokesman"),
                                    ent("Kyiv", "PERSON")])]
    pred = [article("a1", entities=[ent("Dmitry Peskov", "PERSON", role="spokesman")]),
            article("a2", entities=[ent("Dmitry Peskov", "PERSON"), ent("Kyiv", "GPE")])]
    assert score_corpus(gold, pred)["person_role"] == {"accuracy": 0.5, "correct": 1, "total": 2}


# --- attributions ------------------------------------------------------------------------------

GOLD_CONTENT = "65 Ukrainian prisoners of war were on board"  # 8 words


@pytest.mark.parametrize(
    "gold_source, pred_source, counts, counts_exact",
    [
        (None, None, True, True),  # both null
        ("Ministry of Defence", None, False, False),  # one null
        (None, "Ministry of Defence", False, False),
        ("Ministry of Defence", "Ministry of Defence", True, True),
        ("Ministry of Defence", "Russia's Ministry of Defence", True, False),  # overlap, not identical
        ("Ministry of Defence", "Russia", False, False),  # both present, disjoint
    ],
)
def test_attribution_source(gold_source: str | None, pred_source: str | None, counts: bool,
                            counts_exact: bool) -> None:
    # Cue and content identical, so cue and content score 1; source and full follow the source rule.
    gold = article(attributions=[attribution(SAID_1, GOLD_CONTENT, gold_source)])
    pred = article(attributions=[attribution(SAID_1, GOLD_CONTENT, pred_source)])
    scores = score_corpus([gold], [pred])["attributions"]
    for variant, expected in ((scores, counts), (scores["exact"], counts_exact)):
        assert variant["cue"]["tp"] == 1
        assert variant["content"]["tp"] == 1
        assert variant["source"]["tp"] == int(expected)
        assert variant["full"]["tp"] == int(expected)


@pytest.mark.parametrize(
    "pred_content, counts",
    [
        ("65 Ukrainian prisoners", True),  # 3 words, overlap 3: P 1, R 3/8 -> F (3/4) / (11/8) = 6/11 = 0.545
        ("said 65 Ukrainian prisoners", True),  # 4 words, overlap 3: P 3/4, R 3/8 -> F 0.5 exactly
        ("Defence said 65 Ukrainian prisoners", False),  # 5 words, overlap 3: P 3/5, R 3/8 -> F 6/13 = 0.462
        ("65 Ukrainian", False),  # 2 words, overlap 2: P 1, R 1/4 -> F 0.4
    ],
)
def test_attribution_content_word_f1(pred_content: str, counts: bool) -> None:
    # Gold content has 8 words; sources identical. Content and full count iff word F1 >= 0.5.
    # The exact variant never counts the content, as the offsets differ.
    gold = article(attributions=[attribution(SAID_1, GOLD_CONTENT, "Ministry of Defence")])
    pred = article(attributions=[attribution(SAID_1, pred_content, "Ministry of Defence")])
    scores = score_corpus([gold], [pred])["attributions"]
    assert scores["source"]["tp"] == 1
    assert scores["content"]["tp"] == scores["full"]["tp"] == int(counts)
    assert scores["exact"]["content"]["tp"] == scores["exact"]["full"]["tp"] == 0


def test_attribution_cue_matching() -> None:
    # Gold: A1 (cue "said" 29-33, Ministry of Defence) and A2 (cue "said" 152-156, Dmitry Peskov).
    # Predicted, in order:
    #   P1 cue "Defence said" (21-33): overlaps gold cue 1, not identical; source and content right.
    #   P2 cue "said" (29-33) again: identical to gold cue 1, source null (wrong), content right.
    #   P3 cue "said an" (152-159): overlaps gold cue 2; source and content right.
    # Overlap matching: A1-P1, A2-P3; P2 unmatched. cue tp 2; source tp 2; content tp 2; full tp 2.
    #   n_pred 3, n_gold 2 -> P 2/3, R 1, F 0.8.
    # Exact matching: A1-P2 only. cue tp 1; source 0 (null vs present); content 1; full 0.
    #   cue/content: P 1/3, R 1/2, F (1/3) / (5/6) = 0.4; source/full 0.
    gold = article(attributions=GOLD.attributions)
    pred = article(attributions=[
        attribution(at(21, 33), GOLD_CONTENT, "Ministry of Defence"),
        attribution(SAID_1, GOLD_CONTENT),
        attribution(at(152, 159), "an investigation was under way", "Dmitry Peskov"),
    ])
    scores = score_corpus([gold], [pred])["attributions"]
    for part in ("cue", "source", "content", "full"):
        assert_metric(scores[part], 2, 3, 2, 2 / 3, 1.0, 0.8)
    for part in ("cue", "content"):
        assert_metric(scores["exact"][part], 1, 3, 2, 1 / 3, 0.5, 0.4)
    for part in ("source", "full"):
        assert_metric(scores["exact"][part], 0, 3, 2, 0.0, 0.0, 0.0)


def test_attribution_full_needs_source_and_content() -> None:
    # Two gold attributions, both cues found. Pair 1: source wrong (null), content right.
    # Pair 2: source right, content wrong ("was" vs 5 gold words: P 1, R 1/5 -> F 1/3).
    # source tp 1, content tp 1, full tp 0.
    gold = article(attributions=GOLD.attributions)
    pred = article(attributions=[
        attribution(SAID_1, GOLD_CONTENT),
        attribution(SAID_2, "was", "Dmitry Peskov"),
    ])
    scores = score_corpus([gold], [pred])["attributions"]
    assert [scores[part]["tp"] for part in ("cue", "source", "content", "full")] == [2, 1, 1, 0]


# --- reporting ---------------------------------------------------------------------------------


def test_summary_rows_and_headline() -> None:
    # Prediction: entities "Russia" GPE and "Kyiv" GPE only; nothing else.
    pred = article(entities=[ent("Russia", "GPE"), ent("Kyiv", "GPE")])
    scores = score_corpus([GOLD], [pred])
    rows = summary_rows(scores)
    assert [name for name, *_ in rows] == [
        "entities (exact)", "entities (lenient)",
        "entity COUNT", "entity GPE", "entity ORG", "entity PERSON",
        "hedges (exact)", "hedges (overlap)",
        "attributions cue", "attributions source", "attributions content", "attributions full",
        "attributions cue (exact spans)", "attributions source (exact spans)",
        "attributions content (exact spans)", "attributions full (exact spans)",
    ]
    # Entities: tp 2, n_pred 2, n_gold 6 -> P 1, R 1/3, F 0.5.
    assert rows[0] == pytest.approx(("entities (exact)", 1.0, 1 / 3, 0.5))
    assert rows[3] == pytest.approx(("entity GPE", 1.0, 1.0, 1.0))
    assert headline(scores) == pytest.approx({
        "entities_exact_f1": 0.5,
        "entities_lenient_f1": 0.5,
        "count_value_accuracy": 0.0,
        "person_role_accuracy": 0.0,
        "hedges_exact_f1": 0.0,
        "hedges_overlap_f1": 0.0,
        "attributions_cue_f1": 0.0,
        "attributions_source_f1": 0.0,
        "attributions_content_f1": 0.0,
        "attributions_full_f1": 0.0,
    })


def test_seed_gold_scores_perfectly_against_itself() -> None:
    gold = read_articles(SEED_GOLD)
    scores = score_corpus(gold, read_articles(SEED_GOLD))
    assert all(f == 1.0 for _, _, _, f in summary_rows(scores))
    assert all(value == 1.0 for value in headline(scores).values())
    assert scores["entities"]["exact"]["tp"] == sum(len(a.entities) for a in gold)
    assert scores["attributions"]["exact"]["full"]["tp"] == sum(len(a.attributions) for a in gold)
