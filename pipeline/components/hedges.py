"""news_hedges: cues that lower certainty or mark a claim unverified.

Candidates come from the token patterns of data/hedges.jsonl ("reportedly",
modal "may", "yet to be confirmed", "did not provide any evidence"); a row's
optional ``keep`` [i, j] keeps only tokens i..j-1 of the match, so that the
span is the minimal expression ("appeared" of "appeared to"); a row's
optional ``not_before`` and ``not_after`` list lower-case words right after
or before the match that make it no hedge ("could not", "so they could",
"you could": ability or purpose, not possibility); ``not_in_question`` drops
a match in a question that it opens before its subject ("Could you explain ...?", not "What work might be
possible?"); ``deps`` lists the
dependency labels the hedge word may have in a parsed Doc ("a possible
cause" but not "as soon as possible"); ``not_verbs`` lists verbs that make a
modal one of ability or permission ("could be seen", "may be exercised"), ``not_passive_verbs`` those that do so
only in the passive ("couldn't be reached", not "could reach 40C"); ``not_after_subject`` lists
words before the modal's pronoun subject that make it a purpose ("so they could"); ``not_subject_dets``
lists determiners of its subject that deny an ability ("neither side could"); ``not_marks`` lists
subordinators of the modal's clause that make it a purpose or a place ("so they could be closer",
"where attendees could wear").
A word that is the cue of an attribution is not also a hedge (GUIDELINES,
layer 3), so the component runs after news_attribution and reads its cues.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .attribution import CUE
from .attribution import SPANS_KEY as ATTRIBUTIONS_KEY
from .data import DataComponent

SPANS_KEY = "hedges"
LABEL = "HEDGE"


@Language.factory(
    "news_hedges",
    default_config={"spans_key": SPANS_KEY, "attributions_key": ATTRIBUTIONS_KEY,
                    "scorer": {"@scorers": "news.hedges_scorer.v1"}},
    assigns=["doc.spans"],
    requires=["token.lemma", "token.tag", "doc.spans"],
    default_score_weights={"hedges_overlap_f": 1.0, "hedges_exact_f": 0.0,
                           "hedges_overlap_p": 0.0, "hedges_overlap_r": 0.0},
)
def make_hedge_finder(nlp: Language, name: str, spans_key: str, attributions_key: str, scorer) -> "HedgeFinder":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    spans_key (str): key of doc.spans that receives the hedges.
    attributions_key (str): key of doc.spans holding the attributions, whose cues are no hedges.
    scorer (Callable): scores the hedges of Examples (news.hedges_scorer.v1).
    """
    return HedgeFinder(nlp, name, spans_key=spans_key, attributions_key=attributions_key, scorer=scorer)


class HedgeFinder(DataComponent):
    data_files = ("hedges.jsonl",)

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 attributions_key: str = ATTRIBUTIONS_KEY, scorer=None) -> None:
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.attributions_key = attributions_key
        self.scorer = scorer

    def _setup(self) -> None:
        self.matcher = Matcher(self.nlp.vocab)
        self.keep: dict[str, tuple[int, int]] = {}
        self.not_before: dict[str, set[str]] = {}
        self.not_after: dict[str, set[str]] = {}
        self.not_in_question: set[str] = set()
        self.deps: dict[str, set[str]] = {}
        self.not_verbs: dict[str, set[str]] = {}
        self.not_passive_verbs: dict[str, set[str]] = {}
        self.not_marks: dict[str, set[str]] = {}
        self.not_after_subject: dict[str, set[str]] = {}
        self.not_subject_dets: dict[str, set[str]] = {}
        for n, row in enumerate(self.data["hedges.jsonl"]):
            key = f"{LABEL}#{n}"
            self.matcher.add(key, [row["pattern"]])
            if row.get("keep"):
                self.keep[key] = tuple(row["keep"])
            if row.get("not_before"):
                self.not_before[key] = set(row["not_before"])
            if row.get("not_after"):
                self.not_after[key] = set(row["not_after"])
            if row.get("not_in_question"):
                self.not_in_question.add(key)
            if row.get("deps"):
                self.deps[key] = set(row["deps"])
            if row.get("not_verbs"):
                self.not_verbs[key] = set(row["not_verbs"])
            if row.get("not_passive_verbs"):
                self.not_passive_verbs[key] = set(row["not_passive_verbs"])
            if row.get("not_marks"):
                self.not_marks[key] = set(row["not_marks"])
            if row.get("not_after_subject"):
                self.not_after_subject[key] = set(row["not_after_subject"])
            if row.get("not_subject_dets"):
                self.not_subject_dets[key] = set(row["not_subject_dets"])

    def candidates(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            if end < len(doc) and doc[end].lower_ in self.not_before.get(key, ()):
                continue
            if start > 0 and doc[start - 1].lower_ in self.not_after.get(key, ()):
                continue
            if self._purpose_or_denied(doc, start, key):
                continue
            if key in self.not_in_question and self._in_question(doc, start) and self._inverted(doc[start]):
                continue
            if doc.has_annotation("DEP") and (
                    (key in self.deps and doc[start].dep_ not in self.deps[key])
                    or doc[start].head.lemma_.lower() in self.not_verbs.get(key, ())
                    or (doc[start].head.lemma_.lower() in self.not_passive_verbs.get(key, ())
                        and any(c.dep_ == "auxpass" for c in doc[start].head.children))
                    or any(c.lower_ in self.not_marks.get(key, ()) for c in doc[start].head.children
                           if c.dep_ in ("mark", "advmod") and c.i < start)):
                continue
            if key in self.keep:
                first, last = self.keep[key]
                start, end = start + first, start + last
            spans.append(Span(doc, start, end, label=LABEL))
        return filter_spans(spans)

    def _purpose_or_denied(self, doc: Doc, start: int, key: str) -> bool:
        """`so they could be closer` (a purpose), `neither side could open the scoring` (an ability denied)."""
        if start > 1 and doc[start - 1].pos_ == "PRON" and doc[start - 2].lower_ in self.not_after_subject.get(key, ()):
            return True
        if not doc.has_annotation("DEP") or key not in self.not_subject_dets:
            return False
        subjects = [c for c in doc[start].head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(d.lower_ in self.not_subject_dets[key] for s in subjects for d in s.children
                   if d.dep_ in ("det", "preconj"))

    @staticmethod
    def _inverted(modal) -> bool:
        """A modal before its subject asks or requests (`Could you explain ...?`); one after it keeps its sense of
        possibility in a question too (`What work might be possible?`). Unparsed, every modal of a question is."""
        if not modal.doc.has_annotation("DEP"):
            return True
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < modal.i for c in modal.head.children)

    @staticmethod
    def _in_question(doc: Doc, i: int) -> bool:
        """The sentence of token i ends with a question mark (or, unsegmented, the next `?`/`.` is a `?`)."""
        if doc.has_annotation("SENT_START"):
            return doc[i].sent.text.rstrip().endswith("?")
        return next((t.text for t in doc[i:] if t.text in ("?", ".", "!")), "") == "?"

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        cues = [s for s in doc.spans.get(self.attributions_key, []) if s.label_ == CUE]
        doc.spans[self.spans_key] = [h for h in self.candidates(doc)
                                     if not any(h.start < c.end and c.start < h.end for c in cues)]
        return doc

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)
