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


def iob(n: int, *spans: tuple[int, int, str]) -> list[str]:
    """IOB tags for n tokens from (start, end, label) token spans."""
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def parsed(doc_maker, rows, ents=(), tags=None):
    """A Doc from rows (word, pos, dep, head[, lemma]); head is an absolute index,
    lemma defaults to the lower-cased word; ents are (start, end, label) token spans."""
    words = [row[0] for row in rows]
    return doc_maker(
        words,
        tags=tags,
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[row[3] for row in rows],
        lemmas=[row[4] if len(row) > 4 else row[0].lower() for row in rows],
        ents=iob(len(rows), *ents),
    )


def ents_of(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def attributions_of(doc) -> list[tuple]:
    """doc._.attributions as text: (source, cue, content, the entity a pronoun source stands for)."""

    def at(span):
        return span.text if span is not None else None

    return [(at(a["source"]), at(a["cue"]), at(a["content"]), at(a["referent"])) for a in doc._.attributions]



def ministry_said_count(doc_maker, number_rows, tags=None):
    """'The Interior Ministry said <number> people were killed .' with a hand-set parse."""
    n = len(number_rows)
    people = 4 + n
    killed = people + 2
    rows = [
        ("The", "DET", "det", 2),
        ("Interior", "PROPN", "compound", 2),
        ("Ministry", "PROPN", "nsubj", 3),
        ("said", "VERB", "ROOT", 3, "say"),
        *[(w, "NUM", dep, people if head is None else 4 + head) for w, dep, head in number_rows],
        ("people", "NOUN", "nsubjpass", killed),
        ("were", "AUX", "auxpass", killed, "be"),
        ("killed", "VERB", "ccomp", 3, "kill"),
        (".", "PUNCT", "punct", 3),
    ]
    return parsed(doc_maker, rows, ents=[(1, 3, "ORG")], tags=tags)


MODALS = {"may", "might", "could", "will", "would", "can"}
LEMMAS = {"did": "do", "does": "do", "appeared": "appear", "appears": "appear", "seemed": "seem", "is": "be",
          "was": "be", "were": "be", "are": "be"}


def hedge_doc(doc_maker, text, tags=None, pos=None):
    """Tokens of text with lemmas (from LEMMAS or lower case), modal verbs tagged MD unless tags overrides."""
    doc = doc_maker(text)
    words = [t.text for t in doc]
    tags = tags or {}
    pos = pos or {}
    return doc_maker(
        text,
        tags=[tags.get(w, "MD" if w.lower() in MODALS else "XX") for w in words],
        pos=[pos.get(w, "X") for w in words],
        lemmas=[LEMMAS.get(w.lower(), w.lower()) for w in words],
    )




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
    """component(name) -> an instance of the named factory made on blank_nlp and initialised
    with the packaged data (cached per name and config)."""
    made = {}

    def get(name: str, **config):
        key = (name, tuple(sorted(config.items())))
        if key not in made:
            made[key] = blank_nlp.create_pipe(name, config=config)
            made[key].initialize(lambda: [], nlp=blank_nlp)
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
