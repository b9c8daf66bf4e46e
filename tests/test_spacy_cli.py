"""spaCy's own command line on our gold and models: .spacy corpora written from the gold JSONL,
`spacy train` with configs/spacy-train.cfg fine-tuning the shipped model, and `spacy evaluate`
giving the hedge and attribution scores that `pipeline evaluate` gives.

The tests that run a model are marked ``model``; they use the shipped model (models/news-sm).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from pipeline.docs import doc_to_article, write_docbin
from pipeline.jsonl import read_articles, write_articles
from pipeline.records import Article

PROJECT = Path(__file__).resolve().parent.parent
CORPORA = PROJECT / "corpora"
SCRIPT = PROJECT / "scripts" / "gold_to_spacy.py"


def few_gold() -> list[Article]:
    """A few articles of three genres (reports written for the project, Wikinews, statements)."""
    return [*read_articles(CORPORA / "news.gold.jsonl")[:2], *read_articles(CORPORA / "wikinews.gold.jsonl")[:2],
            *read_articles(CORPORA / "ukgov.gold.jsonl")[:1]]


def layers(article: Article) -> dict:
    return {
        "entities": [(e.start, e.end, e.label, e.attrs.get("value"), e.attrs.get("role")) for e in article.entities],
        "hedges": [(h.start, h.end) for h in article.hedges],
        "attributions": [(a.cue.start, a.content.start, a.source.start if a.source else None)
                         for a in article.attributions],
    }


@pytest.fixture(scope="module")
def gold_files(tmp_path_factory):
    """(gold JSONL, the same as .spacy) of few_gold()."""
    root = tmp_path_factory.mktemp("gold")
    articles = few_gold()
    write_articles(root / "gold.jsonl", articles)
    assert write_docbin(articles, root / "gold.spacy") == len(articles)
    return root / "gold.jsonl", root / "gold.spacy"


# --------------------------------------------------------------------------- .spacy corpora (no model)


def test_docbin_holds_the_gold_layers(gold_files):
    _, path = gold_files
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [doc.text for doc in docs] == [a.text for a in few_gold()]
    for article, doc in zip(few_gold(), docs):
        assert layers(doc_to_article(doc, article.id)) == layers(article)


def test_script_writes_a_docbin_and_refuses_bad_input(tmp_path):
    out = tmp_path / "out" / "train.spacy"
    result = subprocess.run([sys.executable, str(SCRIPT), str(CORPORA / "il76-belgorod-2024-01-24.gold.jsonl"),
                             "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(DocBin().from_disk(out)) == 1
    assert [p.name for p in out.parent.iterdir()] == ["train.spacy"]  # no temporary file left
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": \n', encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(bad), "-o", str(tmp_path / "bad.spacy")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and "bad.jsonl" in result.stderr
    assert not (tmp_path / "bad.spacy").exists()


# --------------------------------------------------------------------------- spacy train and spacy evaluate


@pytest.fixture(scope="module")
def shipped():
    from pipeline.settings import default_model_path

    path = default_model_path()
    if not (path / "config.cfg").exists():
        pytest.skip("no shipped model")
    return path


@pytest.mark.model
def test_spacy_train_fine_tunes_the_shipped_model(gold_files, shipped, tmp_path):
    _, corpus = gold_files
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(PROJECT / "configs" / "spacy-train.cfg"),
         "--paths.train", str(corpus), "--paths.dev", str(corpus), "--paths.model", str(shipped),
         "--training.max_steps", "1", "--output", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    trained = tmp_path / "out" / "model-last"
    meta = json.loads((trained / "meta.json").read_text(encoding="utf-8"))
    assert meta["pipeline"] == spacy.load(shipped).pipe_names
    # the result is a model spaCy saved: it loads with a notice, not an error, and annotates
    from pipeline.modeldir import load_model_dir

    seen: list[str] = []
    nlp = load_model_dir(trained, notice=seen.append)
    assert len(seen) == 1 and "not written by `pipeline train`" in seen[0]
    doc = nlp("Police said two people were reportedly injured in Nairobi on Saturday.")
    assert doc.ents and doc.spans["hedges"] and doc._.attributions


@pytest.mark.model
def test_spacy_evaluate_gives_pipeline_evaluate_scores(gold_files, shipped, tmp_path):
    from spacy.cli.evaluate import evaluate as spacy_evaluate

    from pipeline.evaluate import evaluate

    gold, corpus = gold_files
    ours = evaluate(gold, model=str(shipped), baseline=None)["systems"][shipped.name]["scores"]
    printed = spacy_evaluate(str(shipped), corpus, spans_key="hedges", output=tmp_path / "metrics.json")
    written = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))  # --output (ten decimals)
    hedges = ours["hedges"]["overlap"]
    for scores in (printed, written):
        assert (scores["spans_hedges_p"], scores["spans_hedges_r"], scores["spans_hedges_f"]) == \
            pytest.approx((hedges["p"], hedges["r"], hedges["f"]))
    assert hedges["n_gold"] > 0 and ours["attributions"]["full"]["n_gold"] > 0
    per_component = spacy_evaluate(str(shipped), corpus, per_component=True)
    for part in ("cue", "source", "content", "full"):
        assert per_component["news_attribution"][f"attributions_{part}_f"] == \
            pytest.approx(ours["attributions"][part]["f"]), part
    assert per_component["news_hedges"]["hedges_overlap_f"] == pytest.approx(hedges["f"])
