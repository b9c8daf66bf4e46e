"""Build or load the annotation pipeline."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories and scorers)
from .errors import Errors, PipelineError
from .settings import MATRIX_LIBRARIES, base_model_name, default_model_path, matrix_library

# Our components, in pipeline order, added after the base pipeline's recogniser: each reads
# what the ones before it wrote and none rewrites another's output.
COMPONENTS = ("news_entities", "news_counts", "news_roles", "news_attribution", "news_hedges")
# Base pipes replaced by the same pipe that remembers its answers (same output, less time; see
# components/memo_ruler.py and memo_lemmatizer.py): (pipe name, base factory, our factory).
MEMOISED = (("attribute_ruler", "attribute_ruler", "news_memo_attribute_ruler"),
            ("lemmatizer", "lemmatizer", "news_memo_lemmatizer"))
# nlp.pipe settings by component (its component_cfg). The shared tok2vec is fastest on a few Docs at a
# time (its arrays outgrow the CPU caches: on the corpus, batches of 4 articles took 1.49 s, of 16 1.65 s,
# of 64 2.33 s), the parser on many (1.15, 1.00 and 0.93 s): each gets its own. The Docs are the same.
PIPE_CONFIG = {"tok2vec": {"batch_size": 4}}


@contextmanager
def matrix_ops():
    """Models built inside multiply their matrices with the matrix_library setting's library.

    thinc's NumpyOps(use_blis=False) is its documented switch to numpy's matrix product; BLAS keeps
    to one thread a process, as BLIS does: parallel work is for --n-process and the Dask workers.
    """
    from thinc.api import use_ops

    library = matrix_library()
    if library not in MATRIX_LIBRARIES:
        raise PipelineError(Errors.E012.format(name=library, choices=", ".join(MATRIX_LIBRARIES)))
    if library == "blis":
        yield
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield


def load_base(name: str | None = None) -> Language:
    """The pretrained English pipeline named by the settings (or `name`)."""
    name = name or base_model_name()
    try:
        with matrix_ops():
            return spacy.load(name)
    except OSError:
        raise PipelineError(Errors.E008.format(name=name)) from None


# abbreviated titles of police, army and office that spaCy's English exceptions lack (it has `Gov.`, `Sen.`, `Gen.`):
# split from their full stop they end a sentence before the name (`Const. | John MacLeod said`); kept whole, with
# the title in full as the norm that the tagger and parser read
TITLE_ABBREVIATIONS = {"Sgt.": "sergeant", "Const.": "constable", "Cst.": "constable", "Det.": "detective",
                       "Insp.": "inspector", "Supt.": "superintendent", "Cpl.": "corporal", "Pte.": "private",
                       "Pvt.": "private", "Spc.": "specialist", "Cmdr.": "commander", "Brig.": "brigadier",
                       "Maj.": "major", "Capt.": "captain", "Col.": "colonel", "Lt.": "lieutenant", "Atty.": "attorney",
                       "Hon.": "honourable", "Amb.": "ambassador", "Asst.": "assistant", "Cllr.": "councillor",
                       "Msgr.": "monsignor", "Fr.": "father"}


def customise_tokenizer(nlp: Language) -> Language:
    """Split what real text glues to words: citation marks (`al-Assad,[1]`) and an opening bracket right
    after a word (`Qanbar(Arabic`); keep an abbreviated title whole (`Sgt.`). A saved pipeline keeps the rules."""
    from spacy.attrs import NORM, ORTH
    from spacy.util import compile_infix_regex, compile_suffix_regex

    for title, norm in TITLE_ABBREVIATIONS.items():
        nlp.tokenizer.add_special_case(title, [{ORTH: title, NORM: norm}])

    suffixes = list(nlp.Defaults.suffixes) + [r"\[\d{1,3}\]", r"\[citation needed\]"]
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w.,;:])\[(?=\d{1,3}\])", r"(?<=[a-z])\((?=[A-Z])"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def memoise(nlp: Language) -> Language:
    """Replace the base pipeline's attribute ruler and rule lemmatizer by our pipes that wrap the same
    patterns and tables and remember their answers (MEMOISED); a pipeline saved afterwards keeps them."""
    for name, base_factory, factory in MEMOISED:
        if name not in nlp.component_names or nlp.get_pipe_meta(name).factory != base_factory:
            continue
        base = nlp.get_pipe(name)
        config = {key: value for key, value in nlp.config["components"][name].items() if key != "factory"}
        disabled = name in nlp.disabled
        pipe = nlp.replace_pipe(name, factory, config=config)
        if factory == "news_memo_attribute_ruler":
            pipe.add_patterns(base.patterns)
        else:
            pipe.initialize(lookups=base.lookups)
        if disabled:
            nlp.disable_pipe(name)
    return nlp


def add_components(nlp: Language, *, data_dir: str | None = None) -> Language:
    """Add and initialise our components (with the packaged data, or data_dir's files of the same names),
    and memoise the base pipes (memoise).

    Only our components are initialised: nlp.initialize() would reset the pretrained ones.
    """
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name).initialize(lambda: [], nlp=nlp, data_dir=data_dir)
    return memoise(nlp)


def build_untrained(base_model: str | None = None) -> Language:
    """The base pipeline with the rule components: what the project gives before any training."""
    return add_components(customise_tokenizer(load_base(base_model)))


def load(model: str | Path | None = None, *, base_model: str | None = None) -> Language:
    """The annotation pipeline.

    model: a model directory; None for the default trained model, falling back
        to the untrained pipeline when none is there; "untrained" for the base
        pipeline with the rules only.
    base_model: name of the pretrained base pipeline for the untrained one.
    """
    if model == "untrained":
        return build_untrained(base_model)
    if model is None:
        model = default_model_path()
        if not (Path(model) / "config.cfg").exists():
            return build_untrained(base_model)
    from .modeldir import load_model_dir

    with matrix_ops():
        return memoise(load_model_dir(Path(model)))
