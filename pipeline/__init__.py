"""News annotation pipeline: entities, attributions and hedges for English news articles.

    >>> import pipeline
    >>> nlp = pipeline.load()          # the trained model, or base model + rules
    >>> doc = nlp("Officials said two people were reportedly injured.")
"""

__version__ = "0.1.0"


def load(model=None, *, base_model=None):
    """The annotation pipeline as a spaCy Language (see pipeline.nlp.load)."""
    from .nlp import load as load_pipeline

    return load_pipeline(model, base_model=base_model)
