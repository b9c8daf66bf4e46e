"""news_hedges: cues that lower certainty or mark a claim unverified.

Candidates come from the token patterns of configs/hedges.jsonl ("reportedly",
modal "may", "yet to be confirmed", "did not provide any evidence"); a row's
optional ``keep`` [i, j] keeps only tokens i..j-1 of the match, so that the
span is the minimal expression ("appeared" of "appeared to"). Modal "could"
before a negation is ability ("could not reach"), not a hedge. A filter
learned from the corpus (pipeline.classifier), when training set one, keeps
the candidates the data says are hedges.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..classifier import hedge_features
from .data import DataComponent

SPANS_KEY = "hedges"


@Language.factory("news_hedges", default_config={"spans_key": SPANS_KEY})
def make_hedge_finder(nlp: Language, name: str, spans_key: str) -> "HedgeFinder":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    spans_key (str): key of doc.spans that receives the hedges.
    """
    return HedgeFinder(nlp, name, spans_key=spans_key)


class HedgeFinder(DataComponent):
    data_files = ("hedges.jsonl",)

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key
        super().__init__(nlp, name)

    def _setup(self) -> None:
        self.matcher = Matcher(self.nlp.vocab)
        self.keep: dict[str, tuple[int, int]] = {}
        for n, row in enumerate(self.data["hedges.jsonl"]):
            key = f"HEDGE#{n}"
            self.matcher.add(key, [row["pattern"]])
            if row.get("keep"):
                self.keep[key] = tuple(row["keep"])

    def candidates(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            if key in self.keep:
                first, last = self.keep[key]
                start, end = start + first, start + last
            if end - start == 1 and doc[start].lower_ == "could" and start + 1 < len(doc) \
                    and doc[start + 1].lower_ in ("not", "n't"):
                continue
            spans.append(Span(doc, start, end, label="HEDGE"))
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.candidates(doc)
        if self.candidate_filter is not None and spans:
            keep = self.candidate_filter.keep([hedge_features(span) for span in spans])
            spans = [span for span, kept in zip(spans, keep) if kept]
        doc.spans[self.spans_key] = spans
        return doc
