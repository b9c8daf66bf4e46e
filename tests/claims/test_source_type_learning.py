"""The learned source-type classifier and the cross-validation that compares it with the rules,
on a tiny corpus of sentences written for the tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.claims import claims_of
from pipeline.claims.evaluation import (
    SYSTEMS,
    cross_validate_source_types,
    fold_predictions,
    format_cross_validation,
)
from pipeline.claims.sources import source_views
from pipeline.claims.type_features import keep_groups, source_features
from pipeline.claims.type_model import examples, fit, predict
from tests.claims.claimkit import build

# (text, entities, source, gold type): two articles of each kind of source
SENTENCES = [
    ("The Interior Ministry said the road was closed.", [("Interior Ministry", "ORG")], "The Interior Ministry",
     "official"),
    ("The Defence Ministry said the bridge was hit.", [("Defence Ministry", "ORG")], "The Defence Ministry", "official"),
    ("Residents said the water rose quickly.", [], "Residents", "witness"),
    ("Villagers said the water rose at night.", [], "Villagers", "witness"),
    ("Analysts said the market would recover.", [], "Analysts", "expert"),
    ("Researchers said the ice was melting.", [], "Researchers", "expert"),
    ("Satellite images show the runway was hit.", [], "Satellite images", "evidence"),
    ("Hospital records show the ward was full.", [], "Hospital records", "evidence"),
]


def corpus(genre: str = "news") -> list:
    articles = []
    for n, (text, entities, source, label) in enumerate(SENTENCES):
        cue = next(w for w in ("said", "show") if f" {w} " in text)
        content = text.split(f" {cue} ", 1)[1].rstrip(".")
        article = build(text, entities=entities, attributions=[(source, cue, content)], article_id=f"a{n}",
                        meta={"genre": genre if n % 2 else "written-for-project"})
        article.attributions[0].attrs = {"source_type": label, "status": "asserted"}
        articles.append(article)
    return articles


def test_features_of_a_resolved_pronoun():
    text = "Ana Ruiz, the interior minister, spoke on Monday. She said the border was open."
    article = build(text, entities=[("Ana Ruiz", "PERSON", {"role": "interior minister"})],
                    attributions=[("She", "said", "the border was open", "Ana Ruiz")], meta={"genre": "news"})
    [view] = source_views(article)
    features = source_features(view, article, cue="said")
    for feature in ("pronoun=she", "pronoun=third", "pronoun=resolved", "entity=PERSON", "person=role",
                    "role=minister", "lexicon=title-official", "genre=news", "cue=said", "rule=official"):
        assert feature in features
    assert keep_groups(features, ["pronoun"]) == ["pronoun=resolved", "pronoun=she", "pronoun=third"]


def test_fit_learns_the_tiny_corpus_and_is_plain_data():
    items = examples(corpus())
    assert [i["label"] for i in items] == [s[3] for s in SENTENCES]
    model = fit(items, c=10.0)
    assert sorted(model["classes"]) == ["evidence", "expert", "official", "witness"]
    again = json.loads(json.dumps(model))  # JSON holds all of it
    for item in items:
        label, probability = predict(again, item["features"])
        assert label == item["label"]
        assert 0.25 < probability <= 1.0
    # an unseen phrase of a known kind: the head-noun lexicon feature carries over
    article = build("Eyewitnesses said the bus was fast.", attributions=[("Eyewitnesses", "said", "the bus was fast")])
    [view] = source_views(article)
    assert predict(model, source_features(view, article))[0] == "witness"


def test_fit_picks_c_by_inner_cross_validation_and_survives_one_class():
    items = examples(corpus())
    assert fit(items)["c"] in (0.1, 0.3, 1.0, 3.0, 10.0)
    single = fit([i for i in items if i["label"] == "witness"])
    assert single["classes"] == ["witness"]
    assert predict(single, items[0]["features"])[0] == "witness"


def test_cross_validation_reports_every_system_real_and_written_apart():
    articles = corpus()
    results = cross_validate_source_types(articles, folds=2, c=1.0)
    assert set(results) == set(SYSTEMS)
    for system in SYSTEMS:
        assert results[system]["all"]["total"] == len(SENTENCES)
        assert results[system]["real"]["total"] + results[system]["written-for-project"]["total"] == len(SENTENCES)
    rules_right = sum(c.source_type == a.attributions[0].attrs["source_type"]
                      for a in articles for c in claims_of(a))
    assert results["rules"]["all"]["correct"] == rules_right
    assert results["rules"]["all"]["per_class"]["official"]["total"] == 2
    table = format_cross_validation(results)
    assert "classifier  real" in table and "vs rules +" in table


def test_held_out_articles_can_lose_a_feature_group():
    """A person with no title is official in the statements and an expert in the interviews of this corpus:
    the classifier learns it from the genre, and without the genre it cannot tell the two apart."""
    articles = []
    for n, (name, genre) in enumerate([(f"{first} Lee", genre) for first in ("Tom", "Ann", "Bo", "Cy")
                                       for genre in ("statement", "interview")]):
        article = build(f"{name} said the plan was sound.", entities=[(name, "PERSON")],
                        attributions=[(name, "said", "the plan was sound")], article_id=f"p{n}", meta={"genre": genre})
        article.attributions[0].attrs = {"source_type": "official" if genre == "statement" else "expert"}
        articles.append(article)
    items = examples(articles)
    train, test = {i["article"] for i in items[2:]}, {i["article"] for i in items[:2]}
    with_genre = fold_predictions(items, train, test, c=10.0)
    assert with_genre["classifier"] == ["official", "expert"]
    assert with_genre["rules"] == ["witness", "witness"]
    without = fold_predictions(items, train, test, c=10.0, test_without=("genre",))
    assert without["classifier"][0] == without["classifier"][1]


def _script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "source_type_cv.py"
    spec = importlib.util.spec_from_file_location("source_type_cv", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_refuses_the_test_split_and_unknown_groups(tmp_path, capsys):
    script = _script()
    (tmp_path / "test").mkdir()
    gold = tmp_path / "test" / "x.gold.jsonl"
    gold.write_text(json.dumps(corpus()[0].to_dict()) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="test split"):
        script.main([str(gold)])
    dev = tmp_path / "dev.gold.jsonl"
    dev.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in corpus()), encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown feature groups"):
        script.main([str(dev), "--without", "colour"])
    script.main([str(dev), "--folds", "2", "--c", "1.0", "--without", "context"])
    assert "rules       all" in capsys.readouterr().out
