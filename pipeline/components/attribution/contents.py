"""What is reported: the content of a cue, and the guideline trimming of every span."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .complements import (
    after_open_aside,
    as_or_of_complement,
    as_reported_by,
    clause_before,
    fronted_part,
    gerund_complement,
    line_bounded,
    object_offsets,
    object_reports,
    relative_object_content,
    set_into_clauses,
    subtree_offsets,
    that_clause_after_cue,
)
from .cues import Lexicon, finite_read_as_participle, has_evidence_subject, is_verb_cue
from .narration import narrator_comment
from .quotes import (
    QuoteIndex,
    closes_earlier_sentence,
    ends_with_comma,
    quote_after_colon,
    statement_after_colon,
)
from .reports import is_sourceless_belief, reported_infinitive
from .sources import SUBJECT_DEPS

TRIM_CHARS = " \t\r\n.,;:!?\"“”«»‘’'—–-„"
LEADING_WORDS = ("that ", "That ", "that,")  # not "That," opening a sentence: a demonstrative
QUESTION_WORDS = ("whether ", "if ")


def trimmed(text: str, start_char: int, end_char: int, *, lead_words=LEADING_WORDS) -> tuple[int, int] | None:
    """Character offsets with the guideline trimming: no edge whitespace, punctuation or quotes, no leading `that`."""
    while start_char < end_char and text[start_char] in TRIM_CHARS:
        start_char += 1
    while end_char > start_char and text[end_char - 1] in TRIM_CHARS:
        end_char -= 1
    for lead in lead_words:
        if text.startswith(lead, start_char):
            return trimmed(text, start_char + len(lead), end_char, lead_words=lead_words)
    return (start_char, end_char) if start_char < end_char else None


WH_WORDS = {"what", "how", "why", "who", "where", "when", "which"}


def _ccomp(cue: Token, lexicon: Lexicon) -> Token | None:
    """The cue's clausal complement: the one after it, else a fronted one (`The talks will resume, the
    minister told the BBC`). A wh-clause names a topic, not a message (`explained how ...`), except for a
    question or what is made known (`announced where ...`); a belief needs a clause with a subject (`agreed to
    let ...` is no belief)."""
    flags = lexicon.flags(cue)
    complements = []
    for child in cue.children:
        if child.dep_ != "ccomp":
            continue
        free_relative = any(c.dep_ == "csubj" for c in child.children)  # "I think what interested me was ..."
        extracted = child.left_edge.i < cue.i < child.i  # `which officials said was ...`: not a wh-question
        first = next(t for t in child.subtree if t.is_quote or not (t.is_punct or t.dep_ == "cc"))  # `..., why ...`
        if not flags & {"question", "wh"} and first.lower_ in WH_WORDS and not free_relative and not extracted:
            continue
        if child.i < cue.i and any(t.text in (":", ";") for t in cue.doc[child.right_edge.i : cue.i]):
            continue  # `It will be a secret: someone tells something`: a clause before a colon is none of the cue's
        if "belief" in flags and not free_relative and _stray_subject(cue, child) is None \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            continue
        complements.append(child)
    if not complements and "question" in flags:
        return _question_read_as_condition(cue)
    return next((c for c in complements if c.i > cue.i), complements[0] if complements else None)


def _question_read_as_condition(cue: Token) -> Token | None:
    """An indirect question the parser read as a condition (`asked the witness if she had seen the weapon`): a
    clause opening with `if` or `whether` right after the cue or its addressee."""
    addressee = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    after = (addressee.right_edge.i if addressee is not None else cue.i) + 1
    return next((c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == after
                 and c.left_edge.lower_ in ("if", "whether") and c.left_edge.dep_ == "mark"), None)


def _stray_subject(cue: Token, clause: Token) -> Token | None:
    """The subject of a clause with none that the parser made the cue's object instead (`We agreed [our first
    priority] must be ...`), or an adverb when it is a name it does not know (`some folks believe [wikiHow] is
    ...`): right before the clause."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in clause.children):
        return None
    return next((c for c in cue.children if c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i
                 and (c.dep_ == "dobj" or (c.dep_ in ("advmod", "npadvmod") and not c.text.islower()))), None)


def _report_day(clause: Token) -> Token | None:
    """The day of the report that the parser hung on the reported clause before its subject (`said on Wednesday
    she would ask ...`, `said Tuesday the line ...`): the clause's subject, where the content starts."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl")), None)
    if subject is None or clause.left_edge.i >= subject.left_edge.i:
        return None
    fronted = clause.doc[clause.left_edge.i : subject.left_edge.i]
    dated = [t for t in fronted if t.ent_type_ in ("DATE", "TIME")]
    if not dated or not all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" or t.lower_ in DAY_WORDS for t in fronted):
        return None
    return subject.left_edge


DAY_WORDS = {"late", "early", "earlier", "later", "last", "this", "on", ","}


def _clause_offsets(cue: Token, clause: Token) -> tuple[int, int]:
    start, end = subtree_offsets(clause)
    day = _report_day(clause) if clause.left_edge.i == cue.i + 1 else None
    if day is not None:
        return day.idx, end
    if clause.left_edge.i < cue.i < clause.i:  # `the strike, which officials said was ...`: the part after the cue
        return next(t for t in clause.subtree if t.i > cue.i).idx, end
    stray = _stray_subject(cue, clause)
    if stray is not None:
        return stray.left_edge.idx, end
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None and clause.left_edge.i < mark.i and cue.doc[mark.i - 1].text == ",":
        return mark.idx, end  # `reported, citing two sources, that ...`: the aside before `that` is no content
    return start, end


def _without_coordinated_reports(clause: Token, lexicon: Lexicon) -> tuple[int, int]:
    """A clause's offsets, ending before a coordinated report: of another source (in `Witnesses said soldiers
    opened fire, and officials said ...` the content of the first `said` is `soldiers opened fire`), or of the
    same one that the parser hung inside the clause (`Officials said the bridge was safe and insisted that ...`)."""
    doc = clause.doc
    start, end = _clause_offsets(clause.head, clause) if clause.dep_ == "ccomp" else subtree_offsets(clause)
    for child in clause.children:
        # `warned that more rain was expected and urged residents to ...`: a finite act of the source's own
        own_act = "act" in lexicon.flags(child) and child.tag_ in ("VBD", "VBZ", "VBP") and clause.dep_ == "ccomp"
        report = is_verb_cue(child, lexicon) and not is_sourceless_belief(child, lexicon) \
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) \
            and (any(c.dep_ in SUBJECT_DEPS for c in child.children) or clause.dep_ == "ccomp") \
            and _has_message(child, lexicon)
        if child.dep_ == "conj" and child.i > clause.i and (own_act or report):
            k = child.left_edge.i
            while k - 1 > clause.i and doc[k - 1].head == clause and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
                k -= 1  # the ", and" before it
            end = min(end, doc[k].idx)
        elif child.dep_ == "conj" and child.i > clause.i and clause.dep_ == "ccomp" and _narrated_act(clause, child):
            k = child.left_edge.i
            while k - 1 > clause.i and doc[k - 1].head == clause and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
                k -= 1
            end = min(end, doc[k].idx)
        elif is_reporting_participle(child, lexicon) and clause.dep_ == "ccomp":
            end = min(end, doc[child.left_edge.i - 1].idx)  # `found that A, making it clear that B`: A
    comment = narrator_comment(clause, lexicon)
    end = min(end, comment.idx) if comment is not None else end
    last = doc.char_span(start, end, alignment_mode="expand")
    while last is not None and len(last) > 1 and (last[-1].dep_ == "cc" or last[-1].is_punct) \
            and not last[-1].is_quote:  # `said the results were "good" but cautioned ...`: the `but` is no content
        last = last[:-1]
        end = last.end_char
    return start, end


def _has_message(verb: Token, lexicon: Lexicon) -> bool:
    """A reporting verb with something reported: a clause, a quote after it, or an object for a verb that takes one;
    not `found the boy with a wound`, an act that a verb of finding names."""
    doc = verb.doc
    if any(c.dep_ == "ccomp" for c in verb.children) or (verb.i + 1 < len(doc) and (
            doc[verb.i + 1].is_quote or doc[verb.i + 1].text == ":")):
        return True
    return "clause" not in lexicon.flags(verb) and any(c.dep_ == "dobj" for c in verb.children)


def _narrated_act(clause: Token, verb: Token) -> bool:
    """A verb joined by `but` to a reported clause without a subject of its own, in the narrator's simple past
    while the clause is backshifted (`said it had opened an inquiry but gave no details`, `said it would appeal
    but did not say when`): what the source did, told by the narrator, no part of the content. Not `said the
    council had promised to act but had done nothing`, where both verbs are the source's."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.children if clause.i < c.i < verb.i):
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    narrated = (verb.tag_ == "VBD" and not auxiliaries) or (
        len(auxiliaries) == 1 and auxiliaries[0].lemma_ == "do" and auxiliaries[0].tag_ == "VBD")
    backshifted = any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.tag_ in ("VBZ", "VBP", "MD")
    return narrated and backshifted and clause.head.tag_ == "VBD" and clause.head.i < clause.i


def is_reporting_participle(token: Token, lexicon: Lexicon) -> bool:
    """A participle after a comma that reports on its own: `..., adding that ...`, `..., making it clear that ...`,
    `..., describing the target as ...`."""
    doc = token.doc
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.left_edge.i < 1 or doc[token.left_edge.i - 1].text != ",":
        return False
    clear = any(c.lower_ == "clear" and c.i == token.i + 2 for c in token.children) and token.lemma_ == "make"
    described = "as" in lexicon.flags(token) and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    return clear or (is_verb_cue(token, lexicon) and (described or any(c.dep_ == "ccomp" for c in token.children)))


def find_content(quotes: QuoteIndex, cue: Token, source: Span | None, lexicon: Lexicon) -> tuple[int, int] | None:
    """The content of a verb cue (see _content); a content that is no quote or statement ends at its line."""
    content, quoted = _content(quotes, cue, source, lexicon)
    if content is None or quoted:
        return content
    if content[0] > cue.idx and "\n" in quotes.text[cue.idx:content[0]]:
        return None  # a clause of the next paragraph, which the parser joined to a headline's cue
    start, end = line_bounded(quotes.text, *content, before=content[1] <= cue.idx)
    if end > cue.idx:
        inside = quotes.around(end - 1)
        if inside is not None and start <= inside.start:
            end = max(end, inside.end)  # a clause the parser ended inside a quote that it opens goes on to its end
        end = quote_after_colon(quotes, end)
    return start, end


def _coordinated_that_clause(cue: Token, complement: Token, end: int) -> int:
    """Where a content ends when a second `that` clause is coordinated with it and the parser hung it on the cue
    (`said the figures were wrong, and that many homes were old`): one content over both."""
    for child in cue.children:
        if child.dep_ == "conj" and child.i > complement.i and subtree_offsets(child)[0] >= end \
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == child.left_edge.i for c in child.children):
            return subtree_offsets(child)[1]
    return end


def _quoted_manner(doc, quote, cue: Token) -> bool:
    """A quoted adverb of the verb right after it (`responded "positively" to the proposal`): how it was said, not
    what."""
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    alpha = [t for t in words if t.is_alpha] if words is not None else []
    return bool(alpha) and all(t.pos_ == "ADV" and t.head == cue for t in alpha)


def _quote_after_cue_phrase(quotes: QuoteIndex, cue: Token, mark: str = ":") -> tuple[int, int] | None:
    """A quote after a colon that ends the cue's own short phrase of addressee, place or time (`told the
    conference in Manchester: "..."`, `said on Sunday: "..."`): the quote is the message, over its paragraphs."""
    doc = cue.doc
    for k in range(cue.i + 1, min(cue.i + 12, len(doc))):
        token = doc[k]
        if token.text == mark:
            if k == cue.i + 1:
                return None  # `said: "..."` has its own rules
            quote = quotes.starting_after(token.idx + 1)
            if quote is None or "\n" in quotes.text[token.idx:quote.start]:
                return None
            return quote.start, quote.end
        if token.pos_ in ("VERB", "AUX") or token.is_quote or (token.is_punct and token.text not in (",", mark)) \
                or not cue.is_ancestor(token):
            return None
    return None


def _content(quotes: QuoteIndex, cue: Token, source: Span | None, lexicon: Lexicon):
    """The content of a verb cue, by the first rule that applies:
    a quote or statement after `said:`; a quote that opens right after the cue (`said "..."`); the quote a
    trailing `, he said` closes; the clausal complement; the `as`/`of` complement; the clause a
    parenthetical cue interrupts; a later `that` clause; the object (unless the verb takes only clauses);
    the sentence before `, SOURCE CUE`."""
    doc, text = cue.doc, quotes.text
    flags = lexicon.flags(cue)
    after = quotes.starting_after(cue.idx + len(cue))
    punctuated = cue.i + 1 < len(doc) and doc[cue.i + 1].text in (":", ",")
    first = min(cue.i, source.start) if source is not None and source.start < cue.i else cue.i
    before = quotes.ending_before(doc[first].idx)
    if before is not None and closes_earlier_sentence(text, before, doc[first].idx, cue, lexicon):
        before = None
    if after is not None and not punctuated and _quoted_manner(doc, after, cue):
        after = None
    if after is not None and (punctuated or after.start - (cue.idx + len(cue)) <= 3):
        split = before is not None and doc[cue.i + 1].text == "," and ends_with_comma(text[before.start:doc[first].idx])
        return ((before.start, before.end) if split else (after.start, after.end)), True  # `"A," he said, "B."`
    if before is not None and ends_with_comma(text[before.start:doc[first].idx]) \
            and _quote_after_cue_phrase(quotes, cue, ",") is not None:
        return (before.start, before.end), True  # `"A," the governor said at the ceremony, "and B."`
    announced = _quote_after_cue_phrase(quotes, cue)
    if announced is not None:
        return announced, True  # `told the conference in Manchester: "..."`
    statement = statement_after_colon(doc, text, cue)
    if statement is not None:
        if "belief" in flags:  # `I thought: here's a way to help. I launched ...`: a thought is one sentence
            first_word = doc.char_span(*statement, alignment_mode="expand")
            statement = (statement[0], min(statement[1], first_word[0].sent.end_char)) if first_word else statement
        return statement, True
    complement = _ccomp(cue, lexicon)
    clauses = set_into_clauses(cue)
    if clauses is not None:
        return subtree_offsets(clauses[0]), False
    inverted = before is not None and first == cue.i and not text[before.end:cue.idx].strip(" ,\"”’'")
    if before is not None and (complement is None or complement.i < cue.i or inverted):
        return (before.start, before.end), True  # `"...," said Mohamed, who ... asked that ...`
    if "quote" in flags:
        return None, False
    if complement is not None and "question" in flags and complement.left_edge.lower_ == "that":
        return None, False  # "asked that his name not be used": a request
    if complement is not None and "of" in flags and complement.i > cue.i:
        complement_of = as_or_of_complement(quotes, cue, flags)
        if complement_of is not None and complement_of[0] < complement.idx:
            return complement_of, False  # `accused of putting ... the creams they had been given`
    if complement is not None:
        inside = quotes.around(complement.idx)
        if inside is not None and inside.start >= cue.idx:
            clause = _without_coordinated_reports(complement, lexicon)
            if text[clause[0]:inside.start].strip(" \"“«‘'„").lower() not in ("", "that"):
                return (clause[0], max(clause[1], inside.end)), False  # `said the man was "known to police"`
            return (inside.start, inside.end), True
        if len(list(complement.subtree)) <= 2:
            later = that_clause_after_cue(cue)
            if later is not None:
                return later, False
        start, end = _without_coordinated_reports(complement, lexicon)
        split = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i == complement.right_edge.i + 1
                      and c.left_edge.idx >= end and not any(t.is_punct for t in complement.subtree)),
                     None)  # `I think it's important [that] we have ...`: one clause the parser cut in two
        end = subtree_offsets(split)[1] if split is not None else end
        return (start, _coordinated_that_clause(cue, complement, end)), False
    mark = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i == cue.i + 1
                 and (c.pos_ == "SCONJ" or c.tag_ == "IN")), None)
    if mark is not None:  # `states that few if any ...`: a `that` the parser took for the object
        return (mark.idx, cue.right_edge.idx + len(cue.right_edge)), False
    gerund = gerund_complement(cue, flags)
    if gerund is not None:
        return gerund, False
    if reported_infinitive(cue):
        clause = next((c for c in cue.children if c.dep_ == "xcomp"), None)
        if clause is not None:
            return subtree_offsets(clause), False
    if "of" in flags or "as" in flags:
        complement_of = as_or_of_complement(quotes, cue, flags)
        if complement_of is not None:
            return complement_of, False
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if (cue.dep_ == "parataxis" or (cue.dep_ == "advcl" and has_subject)) and cue.head.i < cue.i \
            and cue.head.pos_ in ("VERB", "AUX") and first > 0 and doc[first - 1].text in (",", "—", "–") + tuple(
                "\"”’'"):
        end = min(t.idx for t in cue.subtree)
        if source is not None:
            end = min(end, source.start_char)
        return (after_open_aside(text, cue.head.left_edge.idx, end), end), False
    fronted = fronted_part(cue, source)
    if fronted is not None:
        return fronted, False
    framed = as_reported_by(cue)
    if framed is not None:
        return framed, False
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i \
            and not finite_read_as_participle(cue, lexicon):  # `the ceasefire announced by X`
        k = cue.i
        while k > cue.head.left_edge.i and (doc[k - 1].is_punct or doc[k - 1].dep_ == "cc"):
            k -= 1
        return (cue.head.left_edge.idx, doc[k - 1].idx + len(doc[k - 1])) if k > cue.head.left_edge.i else None, False
    later = that_clause_after_cue(cue)
    if later is not None:
        return later, False
    if "belief" in flags:
        return None, False
    if ("clause" not in flags or "report_object" in flags or has_evidence_subject(cue, lexicon)) \
            and "question" not in flags:  # `It documents the breadth of ...`: what a report records
        shared = [g for c in cue.children if c.dep_ == "conj" and c.i == cue.i + 2 and not any(
            d.dep_ == "dobj" for d in cue.children) for g in c.children]  # `acknowledged and discussed the ...`
        for child in list(cue.children) + shared:
            if child.dep_ in ("dobj", "attr", "xcomp") and child.i > cue.i and object_reports(child, flags, lexicon):
                return object_offsets(child, lexicon.report_nouns), False
    relative = relative_object_content(cue, flags)
    if relative is not None:
        return relative, False
    return (clause_before(cue, source) if cue.dep_ != "relcl" else None), False
