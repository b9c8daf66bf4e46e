"""The project's spaCy components; importing this package registers their factories and scorers."""

from . import extensions, scorers  # noqa: F401  (registers Doc/Span attributes and the scorers)
from .attribution import AttributionFinder
from .counts import CountAnnotator
from .entities import EntityNormalizer
from .hedges import HedgeFinder
from .memo_lemmatizer import MemoLemmatizer
from .memo_ruler import MemoAttributeRuler
from .roles import RoleFinder

__all__ = ["AttributionFinder", "CountAnnotator", "EntityNormalizer", "HedgeFinder", "MemoAttributeRuler",
           "MemoLemmatizer", "RoleFinder"]
