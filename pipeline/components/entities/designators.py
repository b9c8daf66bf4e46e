"""AIRCRAFT and WEAPON names from a grammar of designators and a list of aircraft types.

A designator is matched on the text of adjacent tokens with no space between
them (`737-800s` is three tokens), against the shapes of
data/designators_grammar.json: `strong` shapes are names wherever they stand
(`Su-24`, `Shahed-136`, `A321neo`); `with_context` shapes (`747`, `F16`,
`M777`) only right after a manufacturer or in a sentence that holds a context
word (`aircraft`, `airline`, `missile` ...), and for aircraft only when the
ICAO list (data/aircraft.json) knows the designator or its family. A
manufacturer before the designator (`Airbus A321neo`) and a known suffix after
it (`MAX 8`, `Fighting Falcon`) belong to the name; a nickname in quotes
right after it (`747 "Jumbo"`) is a name of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

LABELS = ("AIRCRAFT", "WEAPON")
QUOTES = {'"', "“", "”", "'", "‘", "’"}
MAX_TOKENS = 4  # a designator spans at most this many adjacent tokens ("737", "-", "800s")


def designator_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


class DesignatorFinder:
    def __init__(self, grammar: dict, aircraft: dict) -> None:
        self.shapes = {label: {kind: [re.compile(p) for p in grammar[label][kind]]
                               for kind in ("strong", "with_context")} for label in LABELS}
        self.context = {label: {w.lower() for w in grammar[label]["context_words"]} for label in LABELS}
        self.suffixes = {label: sorted((tuple(s.split()) for s in grammar[label]["suffixes"]), key=len, reverse=True)
                         for label in LABELS}
        self.manufacturers = {tuple(m.split()) for m in aircraft["manufacturers"]}
        self.generic = {tuple(m.split()) for m in aircraft["generic_manufacturers"]}
        self.known = set(aircraft["designators"])

    def find(self, doc: Doc) -> list[Span]:
        """Every designator of doc, longest first, as AIRCRAFT or WEAPON spans (they may touch, never overlap)."""
        found, i = [], 0
        texts = [t.text for t in doc]
        contexts: dict[int, set[str]] | None = None  # the words of each sentence, once a token needs them
        while i < len(doc):
            if not any(c.isdigit() for c in texts[i]) and not (i + 2 < len(doc) and texts[i + 1] == "-"):
                i += 1  # every designator starts with a token holding or joined to a digit
                continue
            if contexts is None:
                contexts = {sent.start: {t.lower_ for t in sent} for sent in doc.sents} \
                    if doc.has_annotation("SENT_START") else {0: {t.lower_ for t in doc}}
                starts = sorted(contexts)
            k = bisect_right(starts, i)  # the sentence holding token i
            sentence_words = contexts[starts[k - 1] if k else 0]
            match = self._match_at(doc, i, sentence_words)
            if match is None:
                i += 1
                continue
            span = match
            found.append(span)
            nickname = self._nickname_after(doc, span.end) if span.label_ == "AIRCRAFT" else None
            if nickname is not None:
                found.append(nickname)
                span = nickname
            i = span.end
        return found

    def _match_at(self, doc: Doc, i: int, sentence_words: set[str]) -> Span | None:
        """The designator starting at token i (find has checked that it holds or is joined to a digit)."""
        manufacturer = self._manufacturer_before(doc, i)
        for end in range(min(len(doc), i + MAX_TOKENS), i, -1):
            if any(doc[k].whitespace_ for k in range(i, end - 1)):
                continue
            text = doc[i:end].text
            for label in LABELS:
                if self._fits(label, text, manufacturer is not None, sentence_words):
                    start = manufacturer if label == "AIRCRAFT" and manufacturer is not None else i
                    return Span(doc, start, self._suffix_end(doc, end, label), label=label)
        if manufacturer is not None and manufacturer not in self.generic and any(c.isdigit() for c in doc[i].text) \
                and (len(doc[i].text) >= 3 or self._known(doc[i].text)):
            return Span(doc, manufacturer, self._suffix_end(doc, i + 1, "AIRCRAFT"), label="AIRCRAFT")
        return None

    def _fits(self, label: str, text: str, after_manufacturer: bool, sentence_words: set[str]) -> bool:
        singular = text[:-1] if text.endswith("s") and len(text) > 2 else None
        for candidate in filter(None, (text, singular)):
            if any(p.match(candidate) for p in self.shapes[label]["strong"]):
                return True
            if any(p.match(candidate) for p in self.shapes[label]["with_context"]) \
                    and (after_manufacturer or sentence_words & self.context[label]) \
                    and (label != "AIRCRAFT" or self._known(candidate)):
                return True
        return False

    def _known(self, text: str) -> bool:
        key = designator_key(text)
        return key in self.known or key[:3] in self.known or key[:4] in self.known

    def _manufacturer_before(self, doc: Doc, i: int) -> int | None:
        """Start of a title-case manufacturer name ending right before token i, or None."""
        for size in (3, 2, 1):
            start = i - size
            if start >= 0 and all(t.text[:1].isupper() for t in doc[start:i]) \
                    and tuple(t.lower_ for t in doc[start:i]) in self.manufacturers:
                return start
        return None

    def _suffix_end(self, doc: Doc, end: int, label: str) -> int:
        for words in self.suffixes[label]:
            stop = end + len(words)
            if stop <= len(doc) and tuple(t.text for t in doc[end:stop]) == words:
                # "MAX 8": a model number after the suffix belongs to it
                if stop < len(doc) and doc[stop].is_digit and len(doc[stop].text) <= 2:
                    stop += 1
                return stop
        return end

    @staticmethod
    def _nickname_after(doc: Doc, end: int) -> Span | None:
        """`747 "Jumbo"`: one to three title-case words in quotes right after a designator."""
        if end >= len(doc) or doc[end].text not in QUOTES:
            return None
        for stop in range(end + 2, min(len(doc), end + 5)):
            if doc[stop].text in QUOTES:
                words = doc[end + 1:stop]
                return Span(doc, end + 1, stop, label="AIRCRAFT") if all(t.is_title for t in words) else None
        return None
