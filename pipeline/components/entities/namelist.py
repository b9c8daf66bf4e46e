"""Long lists of exact names (airports, outlets, named patterns) found in a Doc.

A PhraseMatcher needs every name as a Doc: tokenising the 7,700 names of the
lists took about 0.45 s each time a pipeline loaded, most of the start-up
that ours adds to the base pipeline's. A name here is found in the text
itself, case-sensitively, where it starts and ends on token boundaries: what
a PhraseMatcher on ORTH finds, without tokenising the lists.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from spacy.tokens import Doc

PREFIX = 4  # names are looked up by their first characters


class NameList:
    def __init__(self) -> None:
        # the first PREFIX characters of a name (a shorter name whole) -> (name, key) of every such name
        self._by_prefix: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def add(self, key: str, names: Iterable[str]) -> None:
        """Add names under key (a match gives the key, as a matcher's match id would)."""
        for name in names:
            name = name.strip()
            if name:
                self._by_prefix[name[:PREFIX]].append((name, key))

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(key, start token, end token) of every name in doc, overlapping ones included."""
        text = doc.text
        token_end = {token.idx + len(token): token.i + 1 for token in doc}
        found = []
        for token in doc:
            at = token.idx
            for size in range(1, min(PREFIX, len(text) - at) + 1):
                for name, key in self._by_prefix.get(text[at:at + size], ()):
                    end = token_end.get(at + len(name))
                    if end is not None and (size < PREFIX or text.startswith(name, at)):
                        found.append((key, token.i, end))
        return found
