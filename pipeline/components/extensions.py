"""Custom attributes the components set, registered once on import.

Values are plain data (ints, strings, character offsets), so Docs keep them
through DocBin and multi-process ``nlp.pipe``.
"""

from spacy.tokens import Doc, Span

# PERSON role as the text gives it, or None.
Span.set_extension("role", default=None, force=True)
# COUNT value (int) and counted unit (str).
Span.set_extension("count_value", default=None, force=True)
Span.set_extension("count_unit", default=None, force=True)
# Attributions: list of {"source": [start, end] | None, "cue": [start, end], "content": [start, end],
# "source_entity": [start, end] | None}, character offsets into doc.text.
Doc.set_extension("attributions", default=None, force=True)
