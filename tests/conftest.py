"""Shared fixtures: a blank English pipeline, hand-built Docs, component instances.

Component tests build their Docs by hand (words, tags, parse, entities), in the
style of spaCy's own test-suite, so that they are fast and do not depend on
what a statistical model happens to predict. Only tests marked
``@pytest.mark.model`` use the pretrained pipeline (``base_nlp``).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories and extensions)


def make_doc(nlp, words, *, pos=None, tags=None, deps=None, heads=None, lemmas=None, ents=None, spaces=None) -> Doc:
    """A Doc built by hand on nlp.vocab.

    words: token texts, or a string that nlp's tokenizer splits into them
        (then the spaces come from the text).
    spaces: trailing-space flags (default: a space after every token except
        before closing punctuation, around a "-" token and at the end).
    pos/tags/deps/lemmas: per-token strings. heads: absolute token indices
        (a token that is its own head is a root; each root starts a sentence).
        When deps are given without heads, every token hangs on the first ROOT.
    ents: IOB strings ("B-PERSON", "I-PERSON", "O").
    """
    if isinstance(words, str):
        tokens = nlp.make_doc(words)
        words = [t.text for t in tokens]
        spaces = [bool(t.whitespace_) for t in tokens] if spaces is None else spaces
    words = list(words)
    if spaces is None:
        # no space before closing punctuation, none around a hyphen token ("twenty-one")
        spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and "-" not in (words[i], words[i + 1])
                  for i in range(len(words))]
    for name, values in (("pos", pos), ("tags", tags), ("deps", deps), ("heads", heads),
                         ("lemmas", lemmas), ("ents", ents), ("spaces", spaces)):
        if values is not None and len(values) != len(words):
            raise ValueError(f"{name}: {len(values)} values for {len(words)} words {words}")
    if deps is not None and heads is None:
        root = deps.index("ROOT") if "ROOT" in deps else 0
        heads = [root] * len(words)
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        ents=ents,
    )


NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "’s", "n't", ")", "%"}


@pytest.fixture(scope="session")
def blank_nlp():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def doc_maker(blank_nlp):
    """make_doc bound to blank_nlp: doc_maker(words, pos=..., deps=..., ...)."""

    def build(words, **kwargs) -> Doc:
        return make_doc(blank_nlp, words, **kwargs)

    return build


@pytest.fixture(scope="session")
def component(blank_nlp):
    """component(name) -> an instance of the named factory made on blank_nlp (cached per name).

    Components read their data files from configs/ when they are created.
    """
    made = {}

    def get(name: str, **config):
        key = (name, tuple(sorted(config.items())))
        if key not in made:
            made[key] = blank_nlp.create_pipe(name, config=config)
        return made[key]

    return get


@pytest.fixture(scope="session")
def base_nlp():
    """The pretrained base pipeline with the rule components (only for @pytest.mark.model tests)."""
    from pipeline.errors import PipelineError
    from pipeline.nlp import build_untrained

    try:
        return build_untrained()
    except PipelineError as err:  # pragma: no cover - depends on the environment
        pytest.skip(f"pretrained base pipeline not available: {err}")
