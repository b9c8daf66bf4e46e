"""Unit tests of the components' data and serialisation on Docs built by hand.

Every Doc here is made on spacy.blank("en") with the tags, parse and entities
the component reads set by hand (see conftest.make_doc), so a test pins the
component's rule, not what a statistical model predicts. The sentences are
invented; none comes from the seed article.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import DocBin

from tests.conftest import attributions_of, ents_of, hedge_doc, iob, ministry_said_count

# -- serialization -------------------------------------------------------------


def plain(value):
    """Tuples (as msgpack returns them) turned back into lists, recursively."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("name", ["news_entities", "news_counts", "news_roles", "news_attribution", "news_hedges"])
def test_component_without_data_is_a_coded_error(blank_nlp, doc_maker, name):
    fresh = blank_nlp.create_pipe(name)
    with pytest.raises(ValueError, match="E030|has no data"):
        fresh(doc_maker("Officials said the road was closed ."))


def test_component_data_travels_with_saved_pipeline(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("news_entities").initialize(lambda: [], nlp=nlp)
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "news_entities" / "data.json").exists()
    loaded = spacy.load(tmp_path / "model")
    words = ["HIMARS", "hit", "a", "depot", "in", "Luhansk", "region"]
    doc = loaded(spacy.tokens.Doc(loaded.vocab, words=words, ents=iob(7, (5, 6, "GPE"))))
    assert ents_of(doc) == [("HIMARS", "WEAPON"), ("Luhansk region", "GPE")]


def test_component_data_survives_to_bytes(blank_nlp, doc_maker):
    nlp = spacy.blank("en")
    nlp.add_pipe("news_hedges").initialize(lambda: [], nlp=nlp)
    restored = spacy.blank("en")
    restored.add_pipe("news_hedges")
    restored.from_bytes(nlp.to_bytes())
    doc = restored(hedge_doc(doc_maker, "The depot was reportedly hit"))
    assert [s.text for s in doc.spans["hedges"]] == ["reportedly"]


def test_component_from_disk_restores_data(tmp_path, blank_nlp, doc_maker, component):
    component("news_hedges").to_disk(tmp_path / "hedges")
    fresh = blank_nlp.create_pipe("news_hedges")
    assert fresh.data is None
    fresh.from_disk(tmp_path / "hedges")
    assert fresh.data == component("news_hedges").data
    doc = fresh(hedge_doc(doc_maker, "The depot was reportedly hit"))
    assert [s.text for s in doc.spans["hedges"]] == ["reportedly"]


def test_initialize_takes_data_and_a_data_dir(tmp_path, blank_nlp, doc_maker):
    hedges = blank_nlp.create_pipe("news_hedges")
    hedges.initialize(lambda: [], nlp=blank_nlp, data={"hedges.jsonl": [{"pattern": [{"LOWER": "rumour"}]}]})
    doc = hedges(hedge_doc(doc_maker, "The rumour was reportedly false"))
    assert [s.text for s in doc.spans["hedges"]] == ["rumour"]
    (tmp_path / "hedges.jsonl").write_text('{"pattern": [{"LOWER": "gossip"}]}\n', encoding="utf-8")
    hedges.initialize(lambda: [], nlp=blank_nlp, data_dir=str(tmp_path))
    doc = hedges(hedge_doc(doc_maker, "The gossip was reportedly false"))
    assert [s.text for s in doc.spans["hedges"]] == ["gossip"]


def test_layers_survive_docbin(blank_nlp, doc_maker, component):
    tags = ["DT", "NNP", "NNP", "VBD", "CD", "NNS", "VBD", "VBN", "."]
    doc = ministry_said_count(doc_maker, [("12", "nummod", None)], tags=tags)
    for name in ("news_counts", "news_attribution", "news_hedges"):
        doc = component(name)(doc)
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    (restored,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(blank_nlp.vocab)
    assert attributions_of(restored) == attributions_of(doc) == [
        ("The Interior Ministry", "said", "12 people were killed", None)]
    count = next(e for e in restored.ents if e.label_ == "COUNT")
    assert (count.text, count._.count_value, count._.count_unit) == ("12 people", 12, "people")


def test_a_saved_pipeline_that_predates_a_data_file_gets_the_packaged_one(tmp_path, blank_nlp, doc_maker, component):
    import json

    component("news_entities").to_disk(tmp_path / "entities")
    saved = json.loads((tmp_path / "entities" / "data.json").read_text(encoding="utf-8"))
    del saved["airports.txt"]  # as a pipeline saved before that file existed
    (tmp_path / "entities" / "data.json").write_text(json.dumps(saved), encoding="utf-8")
    fresh = blank_nlp.create_pipe("news_entities").from_disk(tmp_path / "entities")
    assert fresh.data["airports.txt"] == component("news_entities").data["airports.txt"]
