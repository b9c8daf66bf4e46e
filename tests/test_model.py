"""End-to-end checks of the untrained pipeline (pretrained base model + rule components).

Slower than the component tests and dependent on the base model's parse, so
they are marked ``model``; deselect with ``-m 'not model'``. The sentences are
invented, not from the seed article, and kept plain enough that the small
English model parses them as the rules expect.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def attributions_of(doc) -> list[tuple]:
    return [(a["source"].text if a["source"] else None, a["cue"].text, a["content"].text)
            for a in doc._.attributions]


def test_model_attribution_and_count(base_nlp):
    doc = base_nlp("The Interior Ministry said 12 people were killed in the attack.")
    assert attributions_of(doc) == [("The Interior Ministry", "said", "12 people were killed in the attack")]
    counts = [(e.text, e._.count_value, e._.count_unit) for e in doc.ents if e.label_ == "COUNT"]
    assert counts == [("12 people", 12, "people")]
    assert ("Interior Ministry", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_model_according_to_with_hedge(base_nlp):
    doc = base_nlp("According to the Red Cross, nine volunteers may have been injured.")
    assert attributions_of(doc) == [("the Red Cross", "According to", "nine volunteers may have been injured")]
    assert [(e.text, e._.count_value) for e in doc.ents if e.label_ == "COUNT"] == [("nine volunteers", 9)]
    assert [s.text for s in doc.spans["hedges"]] == ["may"]


def test_model_hedges_and_quote(base_nlp):
    doc = base_nlp("The drone was reportedly shot down, and the claim could not be independently verified.")
    assert [s.text for s in doc.spans["hedges"]] == ["reportedly", "could not be independently verified"]
    doc = base_nlp('"The convoy was hit twice," the regional governor said on Sunday.')
    assert attributions_of(doc) == [("the regional governor", "said", "The convoy was hit twice")]


def test_model_attribution_cue_is_not_a_hedge(base_nlp):
    doc = base_nlp("Prosecutors alleged that the company paid bribes.")
    assert attributions_of(doc) == [("Prosecutors", "alleged", "the company paid bribes")]
    cues = {(s.start_char, s.end_char) for s in doc.spans["attributions"] if s.label_ == "CUE"}
    assert [s.text for s in doc.spans["hedges"] if (s.start_char, s.end_char) in cues] == []


@pytest.mark.model
def test_shipped_recogniser_keeps_the_base_labels():
    """Fine-tuning on the guideline labels did not make the recogniser forget the base ones (rehearsal)."""
    import spacy

    from pipeline.settings import default_model_path

    nlp = spacy.load(default_model_path())
    text = "French and German officials said 40 percent of the third convoy arrived on Monday."
    with nlp.select_pipes(enable=["ner"]):
        labels = {e.label_ for e in nlp(text).ents}
    assert {"NORP", "PERCENT", "ORDINAL"} <= labels


@pytest.mark.parametrize("component", ["news_entities", "news_counts", "news_roles", "news_hedges", "news_attribution"])
def test_shipped_model_carries_the_current_data(component):
    """A change to the components' data files needs `pipeline train` again: the shipped model holds its own copy."""
    import json

    from pipeline.components.data import read_data
    from pipeline.settings import default_model_path

    path = default_model_path() / component / "data.json"
    if not path.exists():
        pytest.skip("no shipped model")
    shipped = json.loads(path.read_text(encoding="utf-8"))
    assert shipped == {name: read_data(name) for name in shipped}


@pytest.mark.parametrize("which", ["untrained", "shipped"])
def test_analyze_pipes_finds_no_problem(base_nlp, which):
    """Every attribute a component requires is assigned by one before it (spaCy's own check)."""
    from pipeline.nlp import load

    nlp = base_nlp if which == "untrained" else load()
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


@pytest.mark.parametrize("library", ["numpy", "blis"])
def test_models_multiply_with_the_matrix_library_setting(monkeypatch, library):
    from pipeline.nlp import load_base

    monkeypatch.setenv("PIPELINE_MATRIX_LIBRARY", library)
    nlp = load_base()
    assert {name: pipe.model.ops.use_blis for name, pipe in nlp.pipeline if hasattr(pipe, "model")
            and hasattr(pipe.model, "ops")} == {"tok2vec": library == "blis", "tagger": library == "blis",
                                                "parser": library == "blis", "ner": library == "blis"}


def test_both_matrix_libraries_annotate_alike(monkeypatch):
    from pipeline.nlp import load_base

    text = ("Officials in Kyiv said on Tuesday that 14 people were wounded when two drones hit a depot, "
            "and the regional governor, Oleh Syniehubov, told Reuters the attack was still under way.")
    parses = {}
    for library in ("numpy", "blis"):
        monkeypatch.setenv("PIPELINE_MATRIX_LIBRARY", library)
        doc = load_base()(text)
        parses[library] = ([(t.tag_, t.dep_, t.head.i) for t in doc], [(e.text, e.label_) for e in doc.ents])
    assert parses["numpy"] == parses["blis"]


def test_unknown_matrix_library_is_a_one_line_error(monkeypatch):
    from pipeline.errors import PipelineError
    from pipeline.nlp import load_base

    monkeypatch.setenv("PIPELINE_MATRIX_LIBRARY", "mkl")
    with pytest.raises(PipelineError, match="unknown matrix library 'mkl'"):
        load_base()
