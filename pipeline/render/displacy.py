"""displaCy options for the project's labels, so that MEDIA, AIRCRAFT, WEAPON, COUNT, hedges and
the parts of attributions render in colour:

    from spacy import displacy
    from pipeline.render.displacy import ENTITY_OPTIONS, span_options
    displacy.render(doc, style="ent", options=ENTITY_OPTIONS)
    displacy.render(doc, style="span", options=span_options("attributions"))
"""

from __future__ import annotations

from .html import ENTITY_COLORS, HEDGE_COLOR

PART_COLORS = {"SOURCE": "#a5d8ff", "CUE": "#ffc9c9", "CONTENT": "#b2f2bb", "CONTINUATION": "#d8f5a2",
               "REFERENT": "#e5dbff", "HEDGE": HEDGE_COLOR}
ENTITY_OPTIONS = {"ents": list(ENTITY_COLORS), "colors": dict(ENTITY_COLORS)}


def span_options(spans_key: str = "attributions") -> dict:
    """Options of displaCy's span style for a span group of ours (attributions or hedges)."""
    return {"spans_key": spans_key, "colors": dict(PART_COLORS)}
