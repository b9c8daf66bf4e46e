"""news_attribution: who claims what (source, cue, content).

Rules over the dependency parse, with the reporting verbs of
configs/reporting_verbs.txt:
- the subject of a reporting verb is its source (the agent of a passive, the
  antecedent of a relative pronoun, the subject of the verb a participle
  hangs on: "..., stating that ..."); no subject, no written source (null);
- its content is its clausal complement, a quote it closes (`"...," he said`)
  or opens (`said: "..."`), the clause it is a parenthetical of, or, for
  verbs not marked `clause`, its object noun phrase;
- "according to X" makes X the source of the rest of its sentence;
- a pronoun source is linked to the nearest PERSON (he, she) or ORG (it,
  they, we) entity before the attribution.

A filter learned from the corpus (pipeline.classifier), when training set
one, keeps the candidates the data says are attributions.

Results: Doc._.attributions (character offsets) and the spans in
doc.spans["attribution_sources" | "attribution_cues" | "attribution_contents"].
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..classifier import attribution_features
from .data import DataComponent
from .hedges import SPANS_KEY as HEDGES_KEY

OPENING_QUOTES = "\"“«‘'"
CLOSING_QUOTES = "\"”»’'"
TRIM_CHARS = " \t\r\n.,;:!?\"“”«»‘’'—–-"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "we"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


@Language.factory("news_attribution", default_config={})
def make_attribution_finder(nlp: Language, name: str) -> "AttributionFinder":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    """
    return AttributionFinder(nlp, name)


def trimmed(text: str, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Character offsets with the guideline trimming: no edge whitespace, punctuation or quotes, no leading `that`."""
    while start_char < end_char and text[start_char] in TRIM_CHARS:
        start_char += 1
    while end_char > start_char and text[end_char - 1] in TRIM_CHARS:
        end_char -= 1
    for lead in ("that ", "That "):
        if text.startswith(lead, start_char):
            return trimmed(text, start_char + len(lead), end_char)
    return (start_char, end_char) if start_char < end_char else None


class AttributionFinder(DataComponent):
    data_files = ("reporting_verbs.txt",)

    def _setup(self) -> None:
        self.verbs: dict[str, bool] = {}
        for line in self.data["reporting_verbs.txt"]:
            parts = line.split()
            self.verbs[parts[0]] = len(parts) > 1 and parts[1] == "clause"

    # -- pieces --------------------------------------------------------------

    def is_cue(self, token: Token) -> bool:
        """A reporting verb used as a verb, not as a modifier ("the POWs alleged to be on board")."""
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.verbs \
            and token.dep_ not in ("amod", "acl", "compound")

    def _is_not_a_report(self, cue: Token) -> bool:
        """Negated (`No group claimed ...`), or with an infinitive only (`is alleged to have`,
        `are believed to`: a hedge, not a report; `told to stay`: an order)."""
        children = {c.dep_ for c in cue.children}
        subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
        if "neg" in children or any(d.lower_ == "no" for s in subjects for d in s.children):
            return True
        infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in cue.children)
        return infinitive and not children & {"ccomp", "dobj", "agent"}

    def _clear_cue(self, token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
        """`X was clear that ...`, `makes clear that ...`: a fixed phrase ending in `clear` before `that`.

        Returns the head verb, the cue's first token and the content's offsets.
        """
        doc = token.doc
        if token.lower_ != "clear" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "that":
            return None
        head = token.head if token.head.lemma_ in ("be", "make") else None
        if head is None or any(c.dep_ == "neg" for c in head.children):
            return None
        first = min([head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")], key=lambda t: t.i)
        sentence = token.sent
        return head, first, (doc[token.i + 1].idx, sentence.end_char)

    def _source(self, verb: Token, depth: int = 0) -> Span | None:
        doc = verb.doc
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    antecedent = verb.head
                    return doc[antecedent.left_edge.i : antecedent.i + 1]
                return doc[child.left_edge.i : child.right_edge.i + 1]
        if depth < 2 and verb.dep_ in ("advcl", "conj", "xcomp", "dep") and verb.head.pos_ in ("VERB", "AUX"):
            return self._source(verb.head, depth + 1)
        return None

    def _quote_before(self, doc: Doc, text: str, cue: Token, source: Span | None) -> tuple[int, int] | None:
        """The quote that a trailing `, he said` closes: `"...," he said`."""
        first = min(cue.i, source.start) if source is not None else cue.i
        k = first - 1
        while k >= 0 and doc[k].is_punct and doc[k].text not in CLOSING_QUOTES:
            k -= 1
        if k < 0 or doc[k].text not in CLOSING_QUOTES or first - k > 3:
            return None
        close = doc[k].idx
        open_at = max(text.rfind(q, 0, close) for q in OPENING_QUOTES if q not in "'")
        if open_at < 0:
            return None
        return open_at + 1, close

    def _quote_after(self, doc: Doc, text: str, cue: Token) -> tuple[int, int] | None:
        """What follows `said:`: the quote that opens there, or the rest of the text."""
        k = cue.i + 1
        if k >= len(doc) or doc[k].text != ":":
            return None
        start = doc[k].idx + 1
        while start < len(text) and text[start].isspace():
            start += 1
        if start < len(text) and text[start] in OPENING_QUOTES:
            closing = "\"" if text[start] == "\"" else CLOSING_QUOTES.replace("'", "").replace("\"", "")
            ends = [e for e in (text.find(q, start + 1) for q in closing) if e > start]
            if ends:
                return start + 1, min(ends)
        # an unquoted statement after "said:" runs to the end of the text (government statements)
        return start, len(text)

    def _content(self, text: str, cue: Token, source: Span | None) -> tuple[int, int] | None:
        doc = cue.doc
        clause_only = self.verbs.get(cue.lemma_.lower(), False)
        quote = self._quote_after(doc, text, cue) or self._quote_before(doc, text, cue, source)
        if quote is not None:
            return quote
        for child in cue.children:
            if child.dep_ == "ccomp":
                return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        has_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
        if (cue.dep_ == "parataxis" or (cue.dep_ == "advcl" and has_subject)) and cue.head.i < cue.i \
                and cue.head.pos_ in ("VERB", "AUX"):
            head = cue.head
            end = min(t.idx for t in cue.subtree)
            if source is not None:
                end = min(end, source.start_char)
            return head.left_edge.idx, end
        that_clause = self._that_clause(cue)
        if that_clause is not None:
            return that_clause
        if not clause_only:
            for child in cue.children:
                if child.dep_ in ("dobj", "attr", "xcomp") and child.i > cue.i:
                    return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        return self._clause_before(cue, source)

    def _that_clause(self, cue: Token) -> tuple[int, int] | None:
        """`said in a statement carried by X that ...`: a `that` clause later in the cue's sentence
        that the parser hung elsewhere."""
        sentence = cue.sent
        for token in cue.doc[cue.i + 1 : sentence.end]:
            if token.is_sent_start or token.text in (".", ";") or (token.pos_ == "VERB" and token.head == cue
                                                                    and token.dep_ == "conj"):
                return None
            if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
                clause = token.head
                return token.idx, clause.right_edge.idx + len(clause.right_edge)
        return None

    def _clause_before(self, cue: Token, source: Span | None) -> tuple[int, int] | None:
        """`..., the agency reported.`: the sentence before `, SOURCE CUE` at its end."""
        if source is None or source.end != cue.i or source.start == 0:
            return None
        doc = cue.doc
        after = cue.i + 1
        if after < len(doc) and not (doc[after].is_punct or doc[after].pos_ == "ADP"):
            return None
        comma = doc[source.start - 1]
        if comma.text != ",":
            return None
        sentence = cue.sent
        return sentence.start_char, comma.idx

    def _according_to(self, token: Token) -> tuple[Span, tuple[int, int], tuple[int, int]] | None:
        doc = token.doc
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return None
        source = doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
        sentence = token.sent
        before = (sentence.start_char, token.idx)
        after = (source.end_char, sentence.end_char)
        content = after if after[1] - after[0] >= before[1] - before[0] else before
        return source, (token.idx, to.idx + len(to)), content

    def _resolve(self, doc: Doc, source: Span, before_char: int) -> Span | None:
        pronoun = source.text.lower()
        labels = ("PERSON",) if pronoun in PERSON_PRONOUNS else ("ORG", "MEDIA") if pronoun in GROUP_PRONOUNS else ()
        candidates = [e for e in doc.ents if e.label_ in labels and e.end_char <= before_char]
        return candidates[-1] if candidates else None

    # -- the component -------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built anew on every access: read it once
        found = []
        for token in doc:
            according = self._according_to(token)
            if according is not None:
                source, cue, content = according
                found.append((source, cue, content))
                continue
            clear = self._clear_cue(token)
            if clear is not None:
                head, first, content = clear
                found.append((self._source(head), (first.idx, token.idx + len(token)), content))
                continue
            if not self.is_cue(token) or self._is_not_a_report(token):
                continue
            source = self._source(token)
            content = self._content(text, token, source)
            if content is not None:
                found.append((source, (token.idx, token.idx + len(token)), content))
        attributions, sources, cues, contents = [], [], [], []
        cue_offsets = []
        candidates = []
        for source, cue, content in found:
            content = trimmed(text, *content)
            if content is not None:
                candidates.append((source, cue, content))
        if self.candidate_filter is not None and candidates:
            keep = self.candidate_filter.keep([attribution_features(doc, *c) for c in candidates])
            candidates = [c for c, kept in zip(candidates, keep) if kept]
        for source, cue, content in candidates:
            source_offsets = trimmed(text, source.start_char, source.end_char) if source is not None else None
            entity = None
            if source is not None and len(source) == 1 and source.text.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
                entity = self._resolve(doc, source, min(source.start_char, content[0]))
            cue_offsets.append(cue)
            attributions.append({
                "source": list(source_offsets) if source_offsets else None,
                "cue": list(cue),
                "content": list(content),
                "source_entity": [entity.start_char, entity.end_char] if entity is not None else None,
            })
            for offsets, group in ((source_offsets, sources), (cue, cues), (content, contents)):
                span = doc.char_span(*offsets, alignment_mode="expand") if offsets else None
                if span is not None:
                    group.append(span)
        doc._.attributions = attributions
        # a word that is the cue of an attribution is not also a hedge (GUIDELINES, layer 3)
        if HEDGES_KEY in doc.spans:
            doc.spans[HEDGES_KEY] = [h for h in doc.spans[HEDGES_KEY]
                                     if not any(h.start_char < c[1] and c[0] < h.end_char for c in cue_offsets)]
        doc.spans["attribution_sources"] = sources
        doc.spans["attribution_cues"] = cues
        doc.spans["attribution_contents"] = contents
        return doc
