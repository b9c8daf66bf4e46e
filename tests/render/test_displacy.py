"""displaCy renders every label of ours in its colour."""

from __future__ import annotations

from spacy import displacy
from spacy.tokens import Span

from pipeline.render.displacy import ENTITY_OPTIONS, span_options
from tests.conftest import iob


def test_entity_and_span_options_colour_our_labels(doc_maker):
    words = ["RIA", "Novosti", "said", "two", "Su-24", "jets", "were", "hit", "."]
    doc = doc_maker(words, ents=iob(len(words), (0, 2, "MEDIA"), (4, 5, "AIRCRAFT")))
    html = displacy.render(doc, style="ent", options=ENTITY_OPTIONS)
    assert ENTITY_OPTIONS["colors"]["MEDIA"] in html and ENTITY_OPTIONS["colors"]["AIRCRAFT"] in html
    doc.spans["attributions"] = [Span(doc, 0, 2, label="SOURCE", span_id="A1"), Span(doc, 2, 3, label="CUE", span_id="A1"),
                                 Span(doc, 3, 8, label="CONTENT", span_id="A1")]
    html = displacy.render(doc, style="span", options=span_options())
    for label in ("SOURCE", "CUE", "CONTENT"):
        assert label in html and span_options()["colors"][label] in html
