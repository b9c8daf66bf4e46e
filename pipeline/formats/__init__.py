"""Converters between Articles and the formats of annotation tools.

Every converter goes through one flat form of an article (``flat.py``): a list
of labelled character regions and of labelled relations between them, which
``to_flat`` builds from an Article and ``rebuild.from_flat`` turns back, so a
converter only maps regions and relations to its tool's shape and back.

Problems found while rebuilding (misaligned or out-of-range offsets,
overlapping entities, relations that make no attribution) are collected as
one-line messages naming the article id and the offsets. ``import_``
functions raise :class:`PipelineError` on the first of them, or, given a
``warnings`` list, append them all to it and leave the offending spans out.
"""

from .flat import REGION_LABELS, RELATION_LABELS
from .registry import TOOLS, export_to, import_from

__all__ = ["TOOLS", "REGION_LABELS", "RELATION_LABELS", "export_to", "import_from"]
