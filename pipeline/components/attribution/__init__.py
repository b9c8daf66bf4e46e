"""news_attribution: who claims what (source, cue, content), in the shapes of GUIDELINES v2.

Rules over the dependency parse and a direct-quote detector (quotes.py),
with the lexicon of data/attribution.json:
- a reporting verb (`said`, `replied`, `asked`, `believe`, `think`,
  `described ... as`): its subject is the source (the agent of a passive, the
  antecedent of a relative pronoun, a speaker after the verb, the subject of
  the clause a participle hangs on: "..., stating that ..."); its content is
  a quote it opens or closes (of any style, over sentences and paragraphs),
  its clausal complement, its `as`/`of` complement, the clause it is a
  parenthetical of, or, for verbs not marked `clause`, its object;
- evidence: `show`, `demonstrate`, `prove` with a document, image, data or
  inquiry as subject (`found`, `revealed`, `concluded` with any subject);
- a report noun with its content (`the ministry's claim that ...`), a
  belief adjective (`I am sure that ...`);
- `according to X`, `in the words of X`, `quoting X`: X is the source of the
  rest of its sentence;
- a split quote's second part is the attribution's continuation;
- a pronoun source is linked to the PERSON (he, she) or ORG (it, they, we)
  entity it stands for: the speaker or subject the text carries on from the
  sentences before (referents.py).

Result: one span group, ``doc.spans["attributions"]``, whose spans are
labelled SOURCE, CUE, CONTENT, CONTINUATION and REFERENT (the entity a
pronoun source stands for); the spans of one attribution share their
``span.id_`` ("A1", "A2", ...). ``doc._.attributions`` reads them grouped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..data import DataComponent
from .complements import continuation, line_bounded, noun_content, quote_after_sentence, set_into_subject
from .contents import QUESTION_WORDS, find_content, trimmed
from .cues import (
    Lexicon,
    clear_cue,
    framing_noun,
    is_belief_adjective_cue,
    is_report_noun_cue,
    is_verb_cue,
    phrase_at,
)
from .narration import after_dateline, source_after_dateline
from .quotes import QuoteIndex
from .reports import is_not_a_report, is_sourceless_belief
from .referents import Referents, Words
from .sources import (
    ISSUING_VERBS,
    find_source,
    phrase,
    source_on_cue_line,
    subject_of,
)

SPANS_KEY = "attributions"
EVIDENCE_PARTICIPLES = {"showing", "revealing", "indicating", "suggesting", "proving", "confirming"}
EVIDENCE_VERB_FORMS = {"show", "shows", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals"}
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
    data_files = ("attribution.json", "given_name_genders.json")

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY, scorer=None) -> None:
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.scorer = scorer

    def _setup(self) -> None:
        self.lexicon = lexicon = Lexicon.from_data(self.data["attribution.json"])
        names = self.data["given_name_genders.json"]
        self.referent_words = Words(lexicon.organisation_nouns, lexicon.collective_nouns, lexicon.person_nouns,
                                    lexicon.gendered_words.get("female", set()), lexicon.gendered_words.get("male", set()),
                                    set(names["female"]), set(names["male"]))

    def candidates(self, doc: Doc, quotes: QuoteIndex) -> list[tuple]:
        """(source span, cue offsets, content offsets, cue token) for every cue found, in token order."""
        found, i, issued = [], 0, set()
        lexicon = self.lexicon
        while i < len(doc):
            token = doc[i]
            framing = framing_noun(token, lexicon)
            if framing is not None:
                found.append(self._framed(token, framing))
                i = framing.right_edge.i + 1
                continue
            fixed = phrase_at(token, lexicon)
            if fixed is not None:
                end, obj = fixed
                found.append(self._phrase(token, end, obj))
                i = end
                continue
            misread = self._misread_evidence_verb(token)
            participle = self._evidence_participle(token) if misread is None else None
            clear = clear_cue(token) if misread is None else None
            count = len(found)
            if misread is not None:
                found.append(misread)
            elif participle is not None and participle[0].start == token.sent.start:
                found.append(participle)  # its noun the subject: the parse of the rest is not to be trusted
            elif clear is not None:
                head, first, content = clear
                found.append((find_source(head), (first.idx, token.idx + len(token)), content, token))
            elif is_verb_cue(token, lexicon) and not is_not_a_report(token, lexicon) and not is_sourceless_belief(token, lexicon):
                source = find_source(token)
                if "evidence" in lexicon.flags(token) and token.dep_ == "acl":  # `published figures showing ...`
                    source = doc[phrase(token.head).start : token.head.i + 1]
                content = find_content(quotes, token, source, lexicon)
                if content is not None:
                    if "question" in lexicon.flags(token):
                        content = trimmed(quotes.text, *content, lead_words=QUESTION_WORDS)
                    found.append((source, (token.idx, token.idx + len(token)), content, token))
            elif is_report_noun_cue(token, lexicon) or is_belief_adjective_cue(token, lexicon):
                content = noun_content(quotes, token)
                source = self._noun_source(token)
                belief = token.lower_ in lexicon.belief_nouns or token.lower_ in lexicon.belief_adjectives
                if content is not None and (source is not None or not belief):  # a belief needs its holder
                    found.append((source, (token.idx, token.idx + len(token)), content, token))
            elif self._issued_report(token):
                quote = quote_after_sentence(quotes, token)
                if quote is not None:
                    issued.add(token.i)
                    found.append((self._noun_source(token), (token.idx, token.idx + len(token)), quote, token))
            if len(found) == count and participle is not None:
                found.append(participle)
            i += 1
        return [f for f in found if f[2] is not None and not (f[3].i in issued and any(
            g[3].i not in issued and g[2] is not None and g[2][0] < f[2][1] and f[2][0] < g[2][1] for g in found))]

    def _misread_evidence_verb(self, token) -> tuple | None:
        """An evidence verb the tagger took for a noun at the end of its subject (`Records from the trial show that
        ...`, read as `the trial show`), or for a noun with the evidence as its subject (`Satellite images taken on
        Friday [show]NN that ...`): the subject up to it is the source, the `that` clause after it the content,
        when the sentence's root is an evidence noun or the verb itself."""
        doc = token.doc
        if token.tag_ not in ("NN", "NNS") or token.lower_ not in EVIDENCE_VERB_FORMS or token.i + 1 >= len(doc):
            return None
        mark, root = doc[token.i + 1], token.sent.root
        if root == token:  # the parser kept the clause's shape: the subject is the verb's own
            root = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), root)
        if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i <= mark.i or root.i >= token.i \
                or root.pos_ != "NOUN" or root.lower_ not in self.lexicon.evidence_nouns \
                or not (root.is_ancestor(token) or root.head == token):
            return None
        clause = mark.head
        source = doc[root.left_edge.i : token.i]
        return source, (token.idx, token.idx + len(token)), (mark.idx, clause.right_edge.idx + len(clause.right_edge)), \
            token

    def _evidence_participle(self, token) -> tuple | None:
        """`images showing the runway was damaged`: a participle of showing right after an evidence noun phrase
        (`Images shared on social media showing ...`), which the small parser often misreads. The noun phrase is
        the source; the content runs from after the participle to the end of the sentence, or, when the noun
        phrase opens the sentence as its subject, to the sentence's last finite verb group."""
        doc = token.doc
        if token.tag_ != "VBG" or token.lower_ not in EVIDENCE_PARTICIPLES or token.i + 1 >= len(doc):
            return None
        sentence, noun = token.sent, None
        for k in range(token.i - 1, max(token.sent.start, token.i - 7) - 1, -1):
            if doc[k].lower_ in self.lexicon.evidence_nouns and doc[k].pos_ in ("NOUN", "PROPN"):
                noun = doc[k]
                break
            if doc[k].pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM") and doc[k].tag_ not in ("VBN", "VBD"):
                return None
        if noun is None:
            return None
        start = noun.i
        while start > sentence.start and doc[start - 1].dep_ in ("det", "amod", "compound", "nummod", "poss", "case") \
                and doc[start - 1].head.i >= start - 1 and doc[start - 1].head.i <= noun.i:
            start -= 1
        source = doc[start:token.i]
        first = doc[token.i + 1]
        end = sentence.end
        while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start == sentence.start:
            finite = [t for t in doc[token.i + 2:end] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
            if not finite:
                return None
            end = finite[-1].i
            while end - 1 > token.i + 1 and doc[end - 1].lower_ in ("has", "have", "had", "will", "would", "also",
                                                                    "later", "since", "quickly", "widely"):
                end -= 1
        if end <= first.i:
            return None
        return source, (token.idx, token.idx + len(token)), (first.idx, doc[end - 1].idx + len(doc[end - 1])), token

    def _issued_report(self, noun) -> bool:
        """A report noun its verb's subject issues, with no content of its own (`issued a statement regarding the
        decision.`): the quote that follows is its content, unless a cue of its own claims it."""
        return noun.pos_ == "NOUN" and noun.lower_ in self.lexicon.report_nouns and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in ISSUING_VERBS and noun.head.pos_ == "VERB"

    @staticmethod
    def _phrase(token, end: int, obj) -> tuple:
        """`according to X, ...`: X is the source of the longer side of the sentence, or of the rest of a relative
        clause it opens."""
        doc = token.doc
        source = phrase(obj)
        sentence = token.sent
        before = line_bounded(doc.text, sentence.start_char, token.idx, before=True)  # no headline above it
        after = line_bounded(doc.text, source.end_char, sentence.end_char)
        # `which, according to X, the UN criticised`: the rest of the relative clause it is set into
        relative = token.i > 1 and doc[token.i - 1].text == "," and doc[token.i - 2].lower_ in ("which", "who", "that")
        content = after if relative or after[1] - after[0] >= before[1] - before[0] else before
        if set_into_subject(token, source):
            content = before  # `The plane, according to officials, was carrying ...`: the rest goes on (continuation)
        return source, (token.idx, doc[end - 1].idx + len(doc[end - 1])), content, token

    def _framed(self, preposition, noun) -> tuple:
        """`In my opinion, X`: the noun is the cue, its holder the source; `From all reports I have seen, X`: the
        preposition is the cue (as `according to`), the noun phrase the source. X, the rest of the sentence, is
        the content."""
        content = (noun.right_edge.idx + len(noun.right_edge), preposition.sent.end_char)
        if preposition.lower_ == "in":
            return self._noun_source(noun), (noun.idx, noun.idx + len(noun)), content, noun
        return phrase(noun), (preposition.idx, preposition.idx + len(preposition)), content, preposition

    def _noun_source(self, noun) -> Span | None:
        """A report noun's possessor (`the ministry's claim`), `by`/`of`/`from` phrase, or the subject of the
        verb that issues it (`I have no doubt that`, `made the claim that`), not of one that denies, confirms or
        greets it (`The company denied reports that ...`, `The UN confirmed reports that ...`: the reports are
        not the subject's own); an adjective's subject (`I am sure that`)."""
        doc = noun.doc
        for child in noun.children:
            if child.dep_ == "poss":
                return doc[phrase(child).start : child.i + 1] if child.tag_ != "PRP$" else doc[child.i : child.i + 1]
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return phrase(objects[0])
        if noun.dep_ == "dobj" and ("report_object" in self.lexicon.flags(noun.head)
                                    or noun.head.lemma_.lower() not in ISSUING_VERBS):
            return None  # `The UN confirmed reports that ...`, `I welcome the news that ...`: not the subject's own
        if noun.dep_ in ("dobj", "acomp", "attr", "amod") or noun.pos_ == "ADJ":
            return subject_of(noun.head)
        # `they are concerned the ...`, read as a passive verb, whose subject the parser may hang on `are`
        around = list(noun.children) + [g for c in noun.children if c.dep_ == "auxpass" for g in c.children]
        holder = next((c for c in around if c.dep_ in ("nsubj", "nsubjpass")), None)
        return phrase(holder) if holder is not None else None

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        text = doc.text
        quotes = QuoteIndex(text)
        candidates = self.candidates(doc, quotes)
        cue_starts = [cue[0] for _, cue, _, _ in candidates]
        referents = Referents(doc, self.referent_words)
        spans = []
        for source, cue, content, cue_token in candidates:
            content = self._trimmed_content(doc, text, *content)
            if content is None:
                continue
            content = after_dateline(text, *content)
            source = source_after_dateline(source_on_cue_line(source, cue[0], text))
            number = f"A{len({s.id_ for s in spans}) + 1}"
            parts = [(CUE, cue), (CONTENT, content)]
            if source is not None:
                parts.append((SOURCE, trimmed(text, source.start_char, source.end_char)))
                first = doc.char_span(*content, alignment_mode="expand")
                entity = referents.add(source, min(source.start, first.start) if first is not None else source.start)
                if entity is not None:
                    parts.append((REFERENT, (entity.start_char, entity.end_char)))
            second = continuation(quotes, content, cue_token, cue_starts)
            if second is not None:
                parts.append((CONTINUATION, trimmed(text, *second, lead_words=())))  # `"That is all."` keeps `That`
            for label, offsets in parts:
                span = doc.char_span(*offsets, label=label, alignment_mode="expand", span_id=number) if offsets else None
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    @staticmethod
    def _trimmed_content(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A content's offsets trimmed by the guidelines; a leading `that` goes only as a complementizer, not as
        the demonstrative a quote opens with (`"That is simply not true," the minister replied`)."""
        kept = trimmed(text, start, end, lead_words=())
        if kept is None:
            return None
        first = doc.char_span(kept[0], kept[1], alignment_mode="expand")
        if first is not None and first[0].lower_ == "that" and first[0].tag_ == "DT":
            return kept
        return trimmed(text, start, end)

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, spans_key=self.spans_key, **kwargs)


__all__ = ["AttributionFinder", "SPANS_KEY", "attributions", "trimmed"]
