"""news_attribution: who claims what (source, cue, content).

Rules over the dependency parse, with the reporting verbs of
data/reporting_verbs.txt:
- the subject of a reporting verb is its source (the agent of a passive, the
  antecedent of a relative pronoun, the subject of the verb a participle
  hangs on: "..., stating that ..."); no subject, no written source (null);
- its content is its clausal complement, a quote it closes (`"...," he said`)
  or opens (`said: "..."`), the clause it is a parenthetical of, or, for
  verbs not marked `clause`, its object noun phrase;
- "according to X" makes X the source of the rest of its sentence;
- a pronoun source is linked to the nearest PERSON (he, she) or ORG (it,
  they, we) entity before the attribution.

Result: one span group, ``doc.spans["attributions"]``, whose spans are
labelled SOURCE, CUE, CONTENT, CONTINUATION and REFERENT (the entity a
pronoun source stands for); the spans of one attribution share their
``span.id_`` ("A1", "A2", ...). ``doc._.attributions`` reads them grouped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..data import DataComponent
from .contents import find_content, trimmed
from .cues import according_to, clear_cue, is_not_a_report, is_verb_cue, parse_verbs
from .sources import find_source, is_pronoun, referent

SPANS_KEY = "attributions"
SOURCE, CUE, CONTENT, CONTINUATION, REFERENT = "SOURCE", "CUE", "CONTENT", "CONTINUATION", "REFERENT"
PARTS = {SOURCE: "source", CUE: "cue", CONTENT: "content", CONTINUATION: "continuation", REFERENT: "referent"}


@Language.factory(
    "news_attribution",
    default_config={"spans_key": SPANS_KEY, "scorer": {"@scorers": "news.attribution_scorer.v1"}},
    assigns=["doc.spans", "doc._.attributions"],
    requires=["token.dep", "token.head", "token.lemma", "token.pos", "doc.sents", "doc.ents"],
    default_score_weights={"attributions_full_f": 1.0, "attributions_cue_f": 0.0,
                           "attributions_source_f": 0.0, "attributions_content_f": 0.0},
)
def make_attribution_finder(nlp: Language, name: str, spans_key: str, scorer) -> "AttributionFinder":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    spans_key (str): key of doc.spans that receives the attributions' parts.
    scorer (Callable): scores the attributions of Examples (news.attribution_scorer.v1).
    """
    return AttributionFinder(nlp, name, spans_key=spans_key, scorer=scorer)


def attributions(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """The attributions of doc, in cue order: {"id", "source", "cue", "content", "continuation", "referent"}
    with Spans (or None for a missing part)."""
    grouped: dict[str, dict] = {}
    for span in doc.spans.get(spans_key, []):
        found = grouped.setdefault(span.id_, {"id": span.id_, **{part: None for part in PARTS.values()}})
        found[PARTS[span.label_]] = span
    return sorted((a for a in grouped.values() if a["cue"] is not None), key=lambda a: a["cue"].start)


class AttributionFinder(DataComponent):
    data_files = ("reporting_verbs.txt",)

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY, scorer=None) -> None:
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.scorer = scorer

    def _setup(self) -> None:
        self.verbs = parse_verbs(self.data["reporting_verbs.txt"])

    def candidates(self, doc: Doc) -> list[tuple[Span | None, tuple[int, int], tuple[int, int]]]:
        """(source, cue offsets, content offsets) for every cue found, in token order."""
        text = doc.text  # built anew on every access: read it once
        found = []
        for token in doc:
            phrase = according_to(token)
            if phrase is not None:
                found.append(phrase)
                continue
            clear = clear_cue(token)
            if clear is not None:
                head, first, content = clear
                found.append((find_source(head), (first.idx, token.idx + len(token)), content))
                continue
            if not is_verb_cue(token, self.verbs) or is_not_a_report(token):
                continue
            source = find_source(token)
            content = find_content(text, token, source, self.verbs.get(token.lemma_.lower(), False))
            if content is not None:
                found.append((source, (token.idx, token.idx + len(token)), content))
        return found

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        text = doc.text
        spans = []
        for source, cue, content in self.candidates(doc):
            content = trimmed(text, *content)
            if content is None:
                continue
            number = f"A{len({s.id_ for s in spans}) + 1}"
            parts = [(CUE, cue), (CONTENT, content)]
            if source is not None:
                parts.append((SOURCE, trimmed(text, source.start_char, source.end_char)))
                if is_pronoun(source):
                    entity = referent(doc, source, min(source.start_char, content[0]))
                    if entity is not None:
                        parts.append((REFERENT, (entity.start_char, entity.end_char)))
            for label, offsets in parts:
                span = doc.char_span(*offsets, label=label, alignment_mode="expand", span_id=number) if offsets else None
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)


__all__ = ["AttributionFinder", "SPANS_KEY", "attributions", "trimmed"]
