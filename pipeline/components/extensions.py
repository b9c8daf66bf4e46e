"""Custom attributes the components set, registered once on import.

Values are plain data (ints, strings), so Docs keep them through DocBin
(``store_user_data=True``) and multi-process ``nlp.pipe``.
"""

from spacy.tokens import Doc, Span

from .attribution import attributions

# PERSON role as the text gives it, or None.
Span.set_extension("role", default=None, force=True)
# COUNT value (int) and counted unit (str).
Span.set_extension("count_value", default=None, force=True)
Span.set_extension("count_unit", default=None, force=True)
# The attributions of doc.spans["attributions"], grouped: a getter, not a second copy.
Doc.set_extension("attributions", getter=attributions, force=True)
