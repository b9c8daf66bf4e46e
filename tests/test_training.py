"""Training, model directories and their integrity checks.

The tests that train are marked ``model`` (they fine-tune the pretrained base
pipeline); they share two tiny training runs (three articles, two epochs) made
once per module. The tests of the corpus helpers, the training settings and
``atomic_model_dir`` need no model and are not marked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from pipeline import modeldir
from pipeline.errors import PipelineError
from pipeline.jsonl import read_corpus
from pipeline.records import Article
from pipeline.training import (
    DEFAULT_TRAINING,
    data_hash,
    load_corpus,
    read_training_config,
    split_corpus,
    train,
)

PROJECT = Path(__file__).resolve().parent.parent
GOLD = PROJECT / "corpora" / "news.gold.jsonl"
UKGOV = PROJECT / "corpora" / "ukgov.gold.jsonl"
TEXT = ("Police said at least 24 people were reportedly killed when a bus hit a tanker "
        "near Nairobi on Saturday, according to the Kenya Red Cross.")


def gold_lines(n: int | None = None) -> list[str]:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines if n is None else lines[:n]


def annotations(doc) -> dict:
    """What the pipeline says about a text, in plain (JSON-comparable) values."""
    return {
        "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
        "hedges": [[s.start_char, s.end_char, s.label_] for s in doc.spans.get("hedges", [])],
        "attributions": [{part: [span.start_char, span.end_char] if span is not None else None
                          for part, span in found.items() if part != "id"} for found in doc._.attributions],
    }


def tree(path: Path) -> dict[str, bytes]:
    """Every file under path (relative name -> bytes)."""
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A three-article corpus and a training config with two epochs."""
    root = tmp_path_factory.mktemp("tiny")
    corpus = root / "corpus.jsonl"
    corpus.write_text("\n".join(gold_lines(3)) + "\n", encoding="utf-8")
    config = root / "train.toml"
    config.write_text("[training]\nepochs = 2\nseed = 3\ndev_fraction = 0.4\n", encoding="utf-8")
    return corpus, config


@pytest.fixture(scope="module")
def tiny_test(tmp_path_factory):
    """Two UK Government statements standing in for the test split (the real one is not read by tests)."""
    path = tmp_path_factory.mktemp("tiny-test") / "test.gold.jsonl"
    lines = [line for line in UKGOV.read_text(encoding="utf-8").splitlines() if line.strip()][:2]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _train(tiny, output: Path, test: Path | None = None) -> dict:
    from pipeline.nlp import load_base

    try:
        load_base()
    except PipelineError as err:  # pragma: no cover - depends on the environment
        pytest.skip(f"pretrained base pipeline not available: {err}")
    corpus, config = tiny
    return train(corpus, output, config_path=config, test=test, log=lambda message: None)


@pytest.fixture(scope="module")
def trained(tiny, tiny_test, tmp_path_factory):
    """(model directory, returned info) of one tiny training run, scored on tiny_test."""
    output = tmp_path_factory.mktemp("models") / "tiny-a"
    return output, _train(tiny, output, tiny_test)


@pytest.fixture(scope="module")
def trained_again(tiny, tiny_test, tmp_path_factory):
    """A second run with the same corpus and config, into another directory."""
    output = tmp_path_factory.mktemp("models") / "tiny-b"
    return output, _train(tiny, output, tiny_test)


@pytest.fixture(scope="module")
def trained_nlp(trained):
    from pipeline.nlp import load

    return load(trained[0])


@pytest.fixture
def model_copy(trained, tmp_path):
    """A private copy of the trained model directory, free to damage."""
    copy = tmp_path / "copy"
    shutil.copytree(trained[0], copy)
    modeldir.verify(copy)  # intact before the test alters it
    return copy


# --------------------------------------------------------------------------- 1. training writes a model directory


@pytest.mark.model
def test_train_writes_model_dir_with_meta(tiny, trained):
    corpus, _ = tiny
    output, info = trained
    assert (output / "config.cfg").is_file()
    assert (output / "ner" / "model").is_file()
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    news = meta["news_pipeline"]
    assert news["data_hash"] == data_hash(load_corpus(corpus))
    assert news["training"]["seed"] == 3
    assert news["training"]["epochs"] == 2
    assert news["training"] == {**DEFAULT_TRAINING, "epochs": 2, "seed": 3, "dev_fraction": 0.4}
    assert news["versions"]["spacy"] == spacy.__version__
    assert news["versions"]["python"] == sys.version.split()[0]
    assert news["dev_scores"] and all(0.0 <= v <= 1.0 for v in news["dev_scores"].values())
    assert "entities_exact_f1" in news["dev_scores"]
    ids = [json.loads(line)["id"] for line in gold_lines(3)]
    assert sorted(news["articles"]["train"] + news["articles"]["dev"]) == sorted(ids)
    # a SHA-256 for every file but meta.json itself, and nothing else
    hashes = modeldir.file_hashes(output)
    assert news["sha256"] == hashes
    on_disk = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    assert set(hashes) == on_disk - {"meta.json"}
    assert all(len(h) == 64 for h in hashes.values())
    # the returned info is what meta.json holds (bar the hashes)
    assert {k: v for k, v in news.items() if k not in ("sha256", "meta_sha256")} == info
    # our components are saved in the pipeline, after the recogniser
    from pipeline.nlp import COMPONENTS

    assert meta["pipeline"][-len(COMPONENTS):] == list(COMPONENTS)
    assert meta["pipeline"].index("ner") < meta["pipeline"].index(COMPONENTS[0])
    assert modeldir.verify(output)["news_pipeline"]["sha256"] == hashes
    # nothing but the model directory beside it (no temporary or backup directory)
    assert [p.name for p in output.parent.iterdir()] == [output.name]


@pytest.mark.model
def test_meta_is_ours_with_sources_and_test_scores(tiny_test, trained):
    """No author, contact or OntoNotes scores of the base pipeline left; our sources; our scores on the test split."""
    import pipeline
    from pipeline.evaluate import evaluate
    from pipeline.training.run import AUTHOR

    output, info = trained
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"], meta["author"], meta["license"]) == \
        ("tiny_a", pipeline.__version__, AUTHOR, "MIT")
    assert not meta.get("email") and not meta.get("url")
    base, *corpora = meta["sources"]
    assert base["author"] == "Explosion" and base["license"] == "MIT" and base["sources"]  # credited as a source only
    assert "Explosion" not in json.dumps({k: v for k, v in meta.items() if k != "sources"})
    assert corpora == [{"name": "corpus.jsonl", "articles": 3, "genres": ["written-for-project"],
                        "license": "CC BY 4.0",
                        "origin": "original report written for this project; the events and people are fictional"}]
    performance = meta["performance"]
    assert not any(key.startswith(("token_", "tag_", "dep_", "sents_", "lemma_", "ents_")) for key in performance)
    scores = evaluate(tiny_test, model=str(output), baseline=None)["systems"]["tiny-a"]["scores"]
    # (spaCy writes meta.json's numbers with ten decimals)
    assert performance["hedges_overlap_f"] == pytest.approx(scores["hedges"]["overlap"]["f"])
    assert performance["entities_exact_p"] == pytest.approx(scores["entities"]["exact"]["p"])
    for part in ("cue", "source", "content", "full"):
        assert performance[f"attributions_{part}_f"] == pytest.approx(scores["attributions"][part]["f"])
    assert performance["count_value_acc"] == pytest.approx(scores["count_value"]["accuracy"])
    assert set(performance["entities_per_label"]) == set(scores["entities"]["per_label"])
    assert info["test"] == {"path": tiny_test.as_posix(), "articles": 2,
                            "data_hash": data_hash(read_corpus(tiny_test))}


@pytest.mark.model
def test_config_is_ours_and_agrees_with_spacy_train_cfg(trained):
    """config.cfg holds the fine-tuning recipe of `pipeline train`, the one configs/spacy-train.cfg gives spaCy."""
    from spacy.util import load_config

    output, _ = trained
    written = load_config(output / "config.cfg", interpolate=True)
    recipe = load_config(PROJECT / "configs" / "spacy-train.cfg", interpolate=True,
                         overrides={"system.seed": 3, "training.max_epochs": 2})  # the tiny run's settings
    for section in ("system", "corpora", "training"):
        assert written[section] == recipe[section], section
    # the recipe also copies the tokenizer and vocabulary from the model it sources
    assert {**written["initialize"], "before_init": None} == {**recipe["initialize"], "before_init": None}
    assert written["training"]["frozen_components"] == [n for n in written["nlp"]["pipeline"] if n != "ner"]
    assert written["nlp"]["pipeline"] == recipe["nlp"]["pipeline"]
    assert written["nlp"]["disabled"] == recipe["nlp"]["disabled"]
    assert recipe["components"] == {name: {"source": "models/news-sm"} for name in written["nlp"]["pipeline"]}
    # nothing of the base pipeline's from-scratch recipe is left
    raw = (output / "config.cfg").read_text(encoding="utf-8")
    assert "corpus/labels" not in raw and "lexeme_norm" not in raw and "max_steps = 100000" not in raw


def test_corpus_sources_count_licences_per_file(tmp_path):
    from pipeline.training.run import corpus_sources

    articles = read_corpus(PROJECT / "corpora" / "re3d.gold.jsonl")
    licences = {}
    for article in articles:
        licences[article.meta["licence"]] = licences.get(article.meta["licence"], 0) + 1
    [source] = corpus_sources([(Path("re3d.gold.jsonl"), articles)])
    assert source["name"] == "re3d.gold.jsonl" and source["articles"] == len(articles)
    assert len(licences) > 1
    for licence, n in licences.items():
        assert f"{licence} ({n} articles)" in source["license"]
    assert "dstl re3d" in source["origin"]
    [seed] = corpus_sources([(Path("seed.jsonl"), read_corpus(PROJECT / "corpora" / "il76-belgorod-2024-01-24.gold.jsonl"))])
    assert seed["license"] == "not recorded" and "origin" not in seed


@pytest.mark.model
def test_train_on_invalid_corpus_leaves_previous_model(tiny, trained, tmp_path):
    """A failed `train` into an existing model directory leaves it (and its parent) as it was."""
    target = tmp_path / "model"
    shutil.copytree(trained[0], target)
    before = tree(target)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": \n', encoding="utf-8")
    with pytest.raises(PipelineError):
        train(bad, target, config_path=tiny[1], log=lambda message: None)
    assert tree(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "model"]


# --------------------------------------------------------------------------- 2. save / load round trip


@pytest.mark.model
def test_round_trip_pipeline_load_and_spacy_load(trained, trained_nlp):
    output, _ = trained
    from pipeline.nlp import COMPONENTS

    plain = spacy.load(output)
    assert plain.pipe_names == trained_nlp.pipe_names
    assert all(name in plain.pipe_names for name in COMPONENTS)
    ours = annotations(trained_nlp(TEXT))
    assert ours == annotations(plain(TEXT))
    assert ours["ents"], "the trained model finds no entity at all"
    assert ours["attributions"], "no attribution found"
    assert ours["hedges"], "no hedge found"
    assert ["Nairobi", "GPE"] in [[TEXT[s:e], label] for s, e, label in ours["ents"]]
    # the package-level entry point gives the same pipeline
    import pipeline

    assert annotations(pipeline.load(output)(TEXT)) == ours


@pytest.mark.model
def test_spacy_load_in_fresh_interpreter_uses_entry_points(trained, trained_nlp):
    """A plain `spacy.load` in a process that never imports `pipeline` itself finds the factories."""
    output, _ = trained
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp(sys.argv[2])\n"
        "print(json.dumps({'ents': [[e.start_char, e.end_char, e.label_] for e in doc.ents],\n"
        "                  'hedges': [[s.start_char, s.end_char, s.label_] for s in doc.spans.get('hedges', [])],\n"
        "                  'attributions': [{k: [v.start_char, v.end_char] if v is not None else None\n"
        "                                    for k, v in a.items() if k != 'id'} for a in doc._.attributions]}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(output), TEXT], capture_output=True,
                            text=True, timeout=120, cwd=output.parent)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == annotations(trained_nlp(TEXT))


# --------------------------------------------------------------------------- 3. same seed, same model


@pytest.mark.model
def test_same_seed_same_model(trained, trained_again, trained_nlp):
    (first, info_a), (second, info_b) = trained, trained_again
    meta_a = json.loads((first / "meta.json").read_text(encoding="utf-8"))["news_pipeline"]
    meta_b = json.loads((second / "meta.json").read_text(encoding="utf-8"))["news_pipeline"]
    assert meta_a["sha256"] == meta_b["sha256"]
    assert meta_a["data_hash"] == meta_b["data_hash"]
    assert meta_a["articles"] == meta_b["articles"]
    assert info_a["dev_scores"] == info_b["dev_scores"]
    from pipeline.nlp import load

    assert annotations(load(second)(TEXT)) == annotations(trained_nlp(TEXT))


# --------------------------------------------------------------------------- 4. integrity of model directories


def _expect_altered(path: Path, name: str) -> None:
    from pipeline.nlp import load

    for check in (modeldir.verify, load, modeldir.load_model_dir):
        with pytest.raises(PipelineError, match="missing or altered") as err:
            check(path)
        assert name in str(err.value)
        assert str(path) in str(err.value)


@pytest.mark.model
def test_truncated_model_file_is_refused(model_copy):
    weights = model_copy / "ner" / "model"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2])
    _expect_altered(model_copy, "ner/model")


@pytest.mark.model
def test_same_size_alteration_is_refused(model_copy):
    weights = model_copy / "tok2vec" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    _expect_altered(model_copy, "tok2vec/model")


@pytest.mark.model
def test_altered_config_is_refused(model_copy):
    config = model_copy / "config.cfg"
    config.write_text(config.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _expect_altered(model_copy, "config.cfg")


@pytest.mark.model
def test_removed_file_is_refused(model_copy):
    (model_copy / "ner" / "moves").unlink()
    _expect_altered(model_copy, "ner/moves")


@pytest.mark.model
def test_stray_file_is_refused(model_copy):
    (model_copy / "ner" / "extra.bin").write_bytes(b"\0" * 16)
    _expect_altered(model_copy, "ner/extra.bin")


@pytest.mark.model
def test_missing_meta_is_refused(model_copy):
    (model_copy / "meta.json").unlink()
    _expect_altered(model_copy, "meta.json")


@pytest.mark.model
def test_unreadable_meta_is_refused(model_copy):
    (model_copy / "meta.json").write_text("{not json", encoding="utf-8")
    _expect_altered(model_copy, "meta.json")


@pytest.mark.model
def test_meta_without_our_block_loads_with_a_notice(model_copy):
    """Without the news_pipeline block the model is no longer one `pipeline train` wrote: a notice, not an error."""
    meta_path = model_copy / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    del meta["news_pipeline"]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    seen: list[str] = []
    nlp = modeldir.load_model_dir(model_copy, notice=seen.append)
    assert len(seen) == 1 and "not written by `pipeline train`" in seen[0]
    assert annotations(nlp(TEXT))["ents"]


def test_directory_without_config_is_refused(tmp_path):
    """No model needed: verify stops at the missing config.cfg."""
    from pipeline.nlp import load

    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    for path in (tmp_path, tmp_path / "does-not-exist"):
        for check in (modeldir.verify, load):
            with pytest.raises(PipelineError, match="not a model directory") as err:
                check(path)
            assert "config.cfg" in str(err.value) and str(path) in str(err.value)


@pytest.mark.model
def test_copy_without_config_is_refused(model_copy):
    (model_copy / "config.cfg").unlink()
    with pytest.raises(PipelineError, match="no config.cfg"):
        modeldir.verify(model_copy)


# --------------------------------------------------------------------------- 5. atomic_model_dir (no model)


def _old_model(target: Path) -> dict[str, bytes]:
    (target / "ner").mkdir(parents=True)
    (target / "config.cfg").write_text("[nlp]\nlang = \"en\"\n", encoding="utf-8")
    (target / "ner" / "model").write_bytes(bytes(range(256)) * 4)
    (target / "meta.json").write_text('{"name": "old"}', encoding="utf-8")
    return tree(target)


def test_atomic_model_dir_failure_keeps_previous(tmp_path):
    target = tmp_path / "models" / "news"
    before = _old_model(target)
    seen = {}
    with pytest.raises(RuntimeError, match="boom"):
        with modeldir.atomic_model_dir(target) as tmp:
            seen["tmp"] = tmp
            assert tmp.parent == target.parent and tmp != target
            (tmp / "config.cfg").write_text("new", encoding="utf-8")
            (tmp / "ner").mkdir()
            (tmp / "ner" / "model").write_bytes(b"half written")
            raise RuntimeError("boom")
    assert tree(target) == before
    assert not seen["tmp"].exists()
    assert [p.name for p in target.parent.iterdir()] == ["news"]


def test_atomic_model_dir_interrupt_keeps_previous(tmp_path):
    target = tmp_path / "news"
    before = _old_model(target)
    with pytest.raises(KeyboardInterrupt):
        with modeldir.atomic_model_dir(target) as tmp:
            (tmp / "config.cfg").write_text("new", encoding="utf-8")
            raise KeyboardInterrupt
    assert tree(target) == before
    assert [p.name for p in tmp_path.iterdir()] == ["news"]


def test_atomic_model_dir_failure_without_previous(tmp_path):
    target = tmp_path / "models" / "news"
    with pytest.raises(ValueError):
        with modeldir.atomic_model_dir(target) as tmp:
            (tmp / "config.cfg").write_text("new", encoding="utf-8")
            raise ValueError
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_atomic_model_dir_success_replaces(tmp_path):
    target = tmp_path / "news"
    _old_model(target)
    with modeldir.atomic_model_dir(target) as tmp:
        (tmp / "config.cfg").write_text("new", encoding="utf-8")
        (tmp / "tokenizer").write_bytes(b"tok")
        # the old model is still in place while the new one is being written
        assert (target / "ner" / "model").exists()
    assert tree(target) == {"config.cfg": b"new", "tokenizer": b"tok"}
    assert [p.name for p in tmp_path.iterdir()] == ["news"]


def test_atomic_model_dir_success_creates_and_clears_stale_backup(tmp_path):
    target = tmp_path / "deep" / "news"
    stale = target.with_name(".news.old")
    stale.mkdir(parents=True)
    (stale / "junk").write_text("left by an interrupted run", encoding="utf-8")
    with modeldir.atomic_model_dir(target) as tmp:
        (tmp / "config.cfg").write_text("new", encoding="utf-8")
    assert tree(target) == {"config.cfg": b"new"}
    assert [p.name for p in target.parent.iterdir()] == ["news"]


def test_atomic_model_dir_has_ordinary_permissions(tmp_path):
    target = tmp_path / "news"
    with modeldir.atomic_model_dir(target) as tmp:
        (tmp / "config.cfg").write_text("new", encoding="utf-8")
    reference = tmp_path / "reference"
    reference.mkdir()
    assert (target.stat().st_mode & 0o777) == (reference.stat().st_mode & 0o777)


# --------------------------------------------------------------------------- 6. corpus reading and splitting (no model)


def _articles(n: int) -> list[Article]:
    return [Article.from_dict(json.loads(line)) for line in gold_lines(n)]


def test_split_corpus_deterministic_and_disjoint():
    articles = _articles(None)
    train_a, dev_a = split_corpus(articles, 0.2, seed=0)
    train_b, dev_b = split_corpus(list(reversed(articles)), 0.2, seed=0)
    ids = lambda items: [a.id for a in items]  # noqa: E731
    # same seed, same split, whatever the input order
    assert ids(train_a) == ids(train_b) and ids(dev_a) == ids(dev_b)
    # disjoint by article and covering the corpus
    assert not set(ids(train_a)) & set(ids(dev_a))
    assert sorted(ids(train_a) + ids(dev_a)) == sorted(ids(articles))
    assert len(dev_a) == round(len(articles) * 0.2)
    # another seed gives another split (for this corpus), still a partition
    train_c, dev_c = split_corpus(articles, 0.2, seed=1)
    assert ids(dev_c) != ids(dev_a)
    assert sorted(ids(train_c) + ids(dev_c)) == sorted(ids(articles))


def test_split_corpus_small_corpora():
    one = _articles(1)
    assert split_corpus(one, 0.2, seed=0) == (one, [])
    train, dev = split_corpus(_articles(2), 0.2, seed=0)
    assert len(train) == 1 and len(dev) == 1  # at least one dev article when there are two
    assert split_corpus([], 0.2, seed=0) == ([], [])


def test_load_corpus_file_and_directory(tmp_path):
    lines = gold_lines(5)
    (tmp_path / "b.jsonl").write_text("\n".join(lines[:2]) + "\n\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("not a corpus file", encoding="utf-8")
    from_dir = load_corpus(tmp_path)
    assert [a.id for a in from_dir] == [json.loads(line)["id"] for line in lines[2:] + lines[:2]]
    assert [a.to_dict() for a in from_dir] == [a.to_dict() for a in read_corpus(tmp_path)]
    one_file = load_corpus(tmp_path / "a.jsonl")
    assert [a.to_dict() for a in one_file] == [Article.from_dict(json.loads(line)).to_dict() for line in lines[2:]]
    assert data_hash(from_dir) == data_hash(list(reversed(from_dir)))


@pytest.mark.parametrize("bad_line", [
    '{"id": "broken", "text": ',                                     # malformed JSON
    '{"id": "x", "text": "Hello.", "entities": [{"id": "e1", "start": 0, "end": 99, "label": "ORG", "text": "Hello."}]}',
    '["not", "an", "article"]',
])
def test_load_corpus_refuses_invalid_file(tmp_path, bad_line):
    good = gold_lines(1)[0]
    (tmp_path / "a.jsonl").write_text(good + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(good.replace('"news-', '"other-', 1) + "\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(PipelineError) as err:
        load_corpus(tmp_path)
    assert "b.jsonl" in str(err.value) and "line 2" in str(err.value)
    with pytest.raises(PipelineError, match="b.jsonl"):
        load_corpus(tmp_path / "b.jsonl")


def test_load_corpus_refuses_missing_and_empty(tmp_path):
    with pytest.raises(PipelineError, match="no such file"):
        load_corpus(tmp_path / "nothing.jsonl")
    with pytest.raises(PipelineError, match="no articles"):
        load_corpus(tmp_path)  # a directory without .jsonl files
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="no articles"):
        load_corpus(tmp_path / "empty.jsonl")


# --------------------------------------------------------------------------- 7. training settings (no model)


def test_read_training_config_defaults():
    config = read_training_config(None)
    assert config == {"epochs": 12, "dropout": 0.2, "batch_size": 8, "dev_fraction": 0.0, "seed": 0, "train_on": "all",
                      "learn": "base", "combine": "check"}
    config["epochs"] = 1
    assert read_training_config(None)["epochs"] == 12  # a copy, not the defaults themselves
    assert DEFAULT_TRAINING["epochs"] == 12
    # the shipped config spells out the defaults
    assert read_training_config(PROJECT / "configs" / "train.toml") == DEFAULT_TRAINING


def test_read_training_config_overrides(tmp_path):
    path = tmp_path / "train.toml"
    path.write_text("# comment\n[training]\nepochs = 2\nseed = 42\ndropout = 0.1\n", encoding="utf-8")
    assert read_training_config(path) == {**DEFAULT_TRAINING, "epochs": 2, "seed": 42, "dropout": 0.1}
    path.write_text('[other]\nepochs = 3\n', encoding="utf-8")
    assert read_training_config(path) == DEFAULT_TRAINING  # only the [training] table counts
    path.write_text("", encoding="utf-8")
    assert read_training_config(str(path)) == DEFAULT_TRAINING


def test_read_training_config_malformed_is_pipeline_error(tmp_path):
    path = tmp_path / "train.toml"
    path.write_text("[training]\nepochs = = 2\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="train.toml"):
        read_training_config(path)


def test_atomic_model_dir_recovers_a_model_left_as_backup(tmp_path):
    # a run stopped between its two renames leaves the old model only as .NAME.old
    target = tmp_path / "news"
    backup = tmp_path / ".news.old"
    backup.mkdir()
    (backup / "config.cfg").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with modeldir.atomic_model_dir(target):
            raise RuntimeError("training failed")
    assert (target / "config.cfg").read_text(encoding="utf-8") == "old"
    assert not backup.exists()




@pytest.mark.parametrize("body,message", [
    ('epochs = "abc"', "epochs"),
    ("epochs = -1", "epochs"),
    ("dropout = 1.5", "dropout"),
    ("batch_size = 0", "batch_size"),
    ("seed = true", "seed"),
    ("epoch = 3", "unknown setting"),
])
def test_read_training_config_bad_values_are_one_line(tmp_path, body, message):
    path = tmp_path / "train.toml"
    path.write_text(f"[training]\n{body}\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=message):
        read_training_config(path)


def test_read_training_config_missing_file_is_an_error(tmp_path):
    with pytest.raises(PipelineError, match="nothing.toml"):
        read_training_config(tmp_path / "nothing.toml")


def test_train_on_real_leaves_out_the_reports_we_wrote(tmp_path):
    path = tmp_path / "train.toml"
    path.write_text('[training]\ntrain_on = "real"\n', encoding="utf-8")
    assert read_training_config(path)["train_on"] == "real"
    path.write_text('[training]\ntrain_on = "fake"\n', encoding="utf-8")
    with pytest.raises(PipelineError, match="train_on"):
        read_training_config(path)


def test_learn_base_keeps_the_base_labels_and_needs_no_new_ones(tmp_path):
    path = tmp_path / "train.toml"
    path.write_text('[training]\nlearn = "base"\n', encoding="utf-8")
    assert read_training_config(path)["learn"] == "base"
    from pipeline.records import ENTITY_LABELS
    from pipeline.training.recogniser import BASE_TARGETS

    # every label the recogniser is taught under learn="base" is one the base model has
    assert set(BASE_TARGETS) <= set(ENTITY_LABELS) and "COUNT" not in BASE_TARGETS
    assert set(BASE_TARGETS.values()) <= {"PERSON", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "PRODUCT"}


def test_learn_base_examples_teach_the_gold_in_base_labels():
    from pipeline.training.recogniser import examples

    nlp = spacy.blank("en")
    text = "Reuters said 12 people died in Kyiv, where an Il-76 crashed."
    article = Article.from_dict({"id": "t", "text": text, "entities": [
        {"id": "e1", "start": 0, "end": 7, "label": "MEDIA", "text": "Reuters"},
        {"id": "e2", "start": 13, "end": 22, "label": "COUNT", "text": "12 people", "value": 12},
        {"id": "e3", "start": 31, "end": 35, "label": "GPE", "text": "Kyiv"},
        {"id": "e4", "start": 46, "end": 51, "label": "AIRCRAFT", "text": "Il-76"}]})
    base_doc = nlp.make_doc(text)
    base_doc.ents = [base_doc.char_span(13, 15, "CARDINAL")]
    [example] = examples(nlp, [article], [base_doc], learn="base")
    taught = [(e.text, e.label_) for e in example.reference.ents]
    # MEDIA as ORG, AIRCRAFT as PRODUCT, no COUNT: the base model's CARDINAL stays
    assert taught == [("Reuters", "ORG"), ("12", "CARDINAL"), ("Kyiv", "GPE"), ("Il-76", "PRODUCT")]
    [example] = examples(nlp, [article], [base_doc], learn="all")
    assert [e.label_ for e in example.reference.ents] == ["MEDIA", "COUNT", "GPE", "AIRCRAFT"]


@pytest.mark.parametrize("by", ["source", "article"])
def test_cross_validation_folds_partition_the_corpus(by):
    from pipeline.training.corpus import is_real
    from pipeline.training.crossval import _folds, source_of

    articles = load_corpus(PROJECT / "corpora")
    real = [is_real(a) for a in articles]
    folds = _folds(articles, real, 3, by, 0)
    tested = sorted(i for _, test in folds for i in test)
    # each article held out exactly once; by source, only the real ones (written ones are always trained on)
    assert tested == [i for i in range(len(articles)) if by == "article" or real[i]]
    for train_idx, test_idx in folds:
        assert not set(train_idx) & set(test_idx)
        if by == "source":  # a source is held out whole
            held = {source_of(articles[i]) for i in test_idx}
            assert len(held) == 1 and not held & {source_of(articles[i]) for i in train_idx}
    if by == "article":
        assert len(folds) == 3


def test_cv_by_source_needs_no_fold_count(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import pipeline.training
    from pipeline.cli import app

    called = {}

    def fake_cross_validate(corpus, k, *, config_path=None, by="article"):
        called.update(corpus=str(corpus), by=by)
        return {"folds": 0}

    monkeypatch.setattr(pipeline.training, "cross_validate", fake_cross_validate)
    monkeypatch.setattr("pipeline.evaluate.format_cv_table", lambda results: "table")
    result = CliRunner().invoke(app, ["evaluate", "corpora", "--cv-by", "source", "-o", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    assert called == {"corpus": "corpora", "by": "source"}
    result = CliRunner().invoke(app, ["evaluate", "corpora", "--cv-by", "paragraph", "-o", str(tmp_path / "m.json")])
    assert result.exit_code != 0 and "--cv-by must be article or source" in result.output
