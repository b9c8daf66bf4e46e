"""Build or load the annotation pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .errors import Errors, PipelineError
from .settings import CONFIGS_DIR, base_model_name, default_model_path

# Our components, in pipeline order, added after the base pipeline's recogniser.
COMPONENTS = ("news_entities", "news_counts", "news_roles", "news_hedges", "news_attribution")


def load_base(name: str | None = None) -> Language:
    """The pretrained English pipeline named by the settings (or `name`)."""
    name = name or base_model_name()
    try:
        return spacy.load(name)
    except OSError:
        raise PipelineError(Errors.E008.format(name=name)) from None


def add_components(nlp: Language) -> Language:
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def build_untrained(base_model: str | None = None) -> Language:
    """The base pipeline with the rule components: what the project gives before any training."""
    if not CONFIGS_DIR.is_dir():
        raise PipelineError(Errors.E020.format(path=CONFIGS_DIR))
    return add_components(load_base(base_model))


def load(model: str | Path | None = None, *, base_model: str | None = None) -> Language:
    """The annotation pipeline.

    model: a trained model directory; None for the default trained model,
        falling back to the untrained pipeline when none is there; "untrained"
        for the base pipeline with the rules only.
    base_model: name of the pretrained base pipeline for the untrained one.
    """
    if model == "untrained":
        return build_untrained(base_model)
    if model is None:
        model = default_model_path()
        if not (Path(model) / "config.cfg").exists():
            return build_untrained(base_model)
    from .modeldir import load_model_dir

    return load_model_dir(Path(model))
