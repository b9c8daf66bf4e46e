"""What is reported: the content of a cue, and the guideline trimming of every span."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import Lexicon, is_sourceless_belief, is_verb_cue, reported_infinitive, that_clause_after
from .quotes import QuoteIndex, statement_after_colon
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


def subtree_offsets(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


WH_WORDS = {"what", "how", "why", "who", "where", "when", "which"}


def _ccomp(cue: Token, lexicon: Lexicon) -> Token | None:
    """The cue's clausal complement: the one after it, else a fronted one (`The talks will resume, the
    minister told the BBC`). A wh-clause names a topic, not a message (`explained how ...`), except for a
    question; a belief needs a clause with a subject (`agreed to let ...` is no belief)."""
    flags = lexicon.flags(cue)
    complements = []
    for child in cue.children:
        if child.dep_ != "ccomp":
            continue
        free_relative = any(c.dep_ == "csubj" for c in child.children)  # "I think what interested me was ..."
        extracted = child.left_edge.i < cue.i < child.i  # `which officials said was ...`: not a wh-question
        first = next(t for t in child.subtree if t.is_quote or not (t.is_punct or t.dep_ == "cc"))  # `..., why ...`
        if "question" not in flags and first.lower_ in WH_WORDS and not free_relative and not extracted:
            continue
        if child.i < cue.i and any(t.text in (":", ";") for t in cue.doc[child.right_edge.i : cue.i]):
            continue  # `It will be a secret: someone tells something`: a clause before a colon is none of the cue's
        if "belief" in flags and not free_relative and _stray_subject(cue, child) is None \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            continue
        complements.append(child)
    return next((c for c in complements if c.i > cue.i), complements[0] if complements else None)


def _stray_subject(cue: Token, clause: Token) -> Token | None:
    """The subject of a clause with none that the parser made the cue's object instead (`We agreed [our first
    priority] must be ...`), or an adverb when it is a name it does not know (`some folks believe [wikiHow] is
    ...`): right before the clause."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in clause.children):
        return None
    return next((c for c in cue.children if c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i
                 and (c.dep_ == "dobj" or (c.dep_ in ("advmod", "npadvmod") and not c.text.islower()))), None)


def _clause_offsets(cue: Token, clause: Token) -> tuple[int, int]:
    start, end = subtree_offsets(clause)
    if clause.left_edge.i < cue.i < clause.i:  # `the strike, which officials said was ...`: the part after the cue
        return next(t for t in clause.subtree if t.i > cue.i).idx, end
    stray = _stray_subject(cue, clause)
    return (stray.left_edge.idx, end) if stray is not None else (start, end)


def _without_coordinated_reports(clause: Token, lexicon: Lexicon) -> tuple[int, int]:
    """A clause's offsets, ending before a coordinated report: of another source (in `Witnesses said soldiers
    opened fire, and officials said ...` the content of the first `said` is `soldiers opened fire`), or of the
    same one that the parser hung inside the clause (`Officials said the bridge was safe and insisted that ...`)."""
    doc = clause.doc
    start, end = _clause_offsets(clause.head, clause) if clause.dep_ == "ccomp" else subtree_offsets(clause)
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and is_verb_cue(child, lexicon) \
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) \
                and not is_sourceless_belief(child, lexicon) \
                and (any(c.dep_ in SUBJECT_DEPS for c in child.children) or clause.dep_ == "ccomp"):
            k = child.left_edge.i
            while k - 1 > clause.i and doc[k - 1].head == clause and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
                k -= 1  # the ", and" before it
            end = min(end, doc[k].idx)
        elif is_reporting_participle(child, lexicon) and clause.dep_ == "ccomp":
            end = min(end, doc[child.left_edge.i - 1].idx)  # `found that A, making it clear that B`: A
    return start, end


def is_reporting_participle(token: Token, lexicon: Lexicon) -> bool:
    """A participle after a comma that reports on its own: `..., adding that ...`, `..., making it clear that ...`."""
    doc = token.doc
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.left_edge.i < 1 or doc[token.left_edge.i - 1].text != ",":
        return False
    clear = any(c.lower_ == "clear" and c.i == token.i + 2 for c in token.children) and token.lemma_ == "make"
    return clear or (is_verb_cue(token, lexicon) and any(c.dep_ == "ccomp" for c in token.children))


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
        end = _quote_after_colon(quotes, end)
    return start, end


def _quote_after_colon(quotes: QuoteIndex, end: int) -> int:
    """A content followed by a colon and a quote goes on to the quote's end (`said the plan was dangerous: "It
    will cost lives."`): the quote is the message the clause announces."""
    text = quotes.text
    colon = end
    while colon < len(text) and text[colon] in " \"”’'":
        colon += 1
    if colon >= len(text) or text[colon] != ":":
        return end
    quote = quotes.starting_after(colon + 1)
    if quote is None or "\n" in text[colon:quote.start]:
        return end
    return quote.end


def line_bounded(text: str, start: int, end: int, before: bool = False) -> tuple[int, int]:
    """A content that is not a quote never runs over a line break (a headline is no sentence of the body): it
    keeps its first line, or its last one when it comes before its cue (`Headline\n\nA is B, researchers say`)."""
    if before:
        cut = text.rfind("\n", start, end)
        return (cut + 1, end) if 0 <= cut < end - 1 else (start, end)
    cut = text.find("\n", start, end)
    return (start, cut) if cut > start else (start, end)


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
    if before is not None and _closes_earlier_sentence(text, before, doc[first].idx, cue, lexicon):
        before = None
    if after is not None and (punctuated or after.start - (cue.idx + len(cue)) <= 3):
        split = before is not None and doc[cue.i + 1].text == "," and _ends_with_comma(text[before.start:doc[first].idx])
        return ((before.start, before.end) if split else (after.start, after.end)), True  # `"A," he said, "B."`
    statement = statement_after_colon(doc, text, cue)
    if statement is not None:
        return statement, True
    complement = _ccomp(cue, lexicon)
    inverted = before is not None and first == cue.i and not text[before.end:cue.idx].strip(" ,\"”’'")
    if before is not None and (complement is None or complement.i < cue.i or inverted):
        return (before.start, before.end), True  # `"...," said Mohamed, who ... asked that ...`
    if "quote" in flags:
        return None, False
    if complement is not None and "question" in flags and complement.left_edge.lower_ == "that":
        return None, False  # "asked that his name not be used": a request
    if complement is not None and "of" in flags and complement.i > cue.i:
        complement_of = _as_or_of_complement(quotes, cue, flags)
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
        return _without_coordinated_reports(complement, lexicon), False
    mark = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i == cue.i + 1
                 and (c.pos_ == "SCONJ" or c.tag_ == "IN")), None)
    if mark is not None:  # `states that few if any ...`: a `that` the parser took for the object
        return (mark.idx, cue.right_edge.idx + len(cue.right_edge)), False
    if reported_infinitive(cue):
        clause = next((c for c in cue.children if c.dep_ == "xcomp"), None)
        if clause is not None:
            return subtree_offsets(clause), False
    if "of" in flags or "as" in flags:
        complement_of = _as_or_of_complement(quotes, cue, flags)
        if complement_of is not None:
            return complement_of, False
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if (cue.dep_ == "parataxis" or (cue.dep_ == "advcl" and has_subject)) and cue.head.i < cue.i \
            and cue.head.pos_ in ("VERB", "AUX") and first > 0 and doc[first - 1].text in (",", "—", "–") + tuple(
                "\"”’'"):
        end = min(t.idx for t in cue.subtree)
        if source is not None:
            end = min(end, source.start_char)
        return (cue.head.left_edge.idx, end), False
    fronted = _fronted_part(cue, source)
    if fronted is not None:
        return fronted, False
    framed = _as_reported_by(cue)
    if framed is not None:
        return framed, False
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:  # `the ceasefire announced by X`
        k = cue.i
        while k > cue.head.left_edge.i and (doc[k - 1].is_punct or doc[k - 1].dep_ == "cc"):
            k -= 1
        return (cue.head.left_edge.idx, doc[k - 1].idx + len(doc[k - 1])) if k > cue.head.left_edge.i else None, False
    later = that_clause_after_cue(cue)
    if later is not None:
        return later, False
    if "belief" in flags:
        return None, False
    if ("clause" not in flags or "report_object" in flags) and "question" not in flags:
        for child in cue.children:
            if child.dep_ in ("dobj", "attr", "xcomp") and child.i > cue.i and _object_reports(child, flags, lexicon):
                return _object_offsets(child), False
    relative = _relative_object_content(cue, flags)
    if relative is not None:
        return relative, False
    return (clause_before(cue, source) if cue.dep_ != "relcl" else None), False


RELATIVE_OBJECTS = {"which", "that", "what"}


def _relative_object_content(cue: Token, flags: set[str]) -> tuple[int, int] | None:
    """A cue whose object is a relative pronoun before it: when a verb follows, the pronoun is that verb's subject
    and the content the rest of its clause (`what it claimed were army posts`, `which critics charge is a prison`);
    else the content is the antecedent (`claims of fraud, which the government denied`)."""
    doc = cue.doc
    pronoun = next((c for c in cue.children if c.dep_ == "dobj" and c.i < cue.i and c.lower_ in RELATIVE_OBJECTS), None)
    if pronoun is None:
        return None
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if after is not None and after.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return after.idx, after.right_edge.idx + len(after.right_edge)
    if cue.dep_ != "relcl" or pronoun.lower_ == "what" or flags & {"clause", "quote", "question", "belief"}:
        return None
    antecedent = cue.head
    start, end = antecedent.left_edge.i, pronoun.i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if end > start else None


ADDRESSEE_VERBS = {"tell", "inform", "assure", "notify", "update", "remind", "brief", "warn"}


def _closes_earlier_sentence(text: str, quote, position: int, cue: Token, lexicon: Lexicon) -> bool:
    """A quote before the cue that ends a sentence of its own: a full stop after its closing mark
    (`... "part XVII". He characterized ...`), or a full stop inside it while the cue has its own content
    after it (`... manual." It recently published its 50,000th article`), unlike `"We won." he said` or
    `"We won." he told reporters` (an addressee is no content)."""
    gap = text[quote.end:position]
    if any(mark in gap for mark in ".!?"):
        return True
    if not text[quote.start:quote.end].rstrip().rstrip("\"”’'").rstrip().endswith((".", "!", "?")):
        return False
    addressee = cue.lemma_.lower() in ADDRESSEE_VERBS
    return any(c.i > cue.i and (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not addressee)
                                or (c.dep_ == "prep" and c.lower_ in ("as", "of") and c.lower_ in lexicon.flags(cue)))
               for c in cue.children)


def _as_or_of_complement(quotes: QuoteIndex, cue: Token, flags: set[str]) -> tuple[int, int] | None:
    """The `as`/predicate complement (`described the attack as deliberate`, `called it "a crime"`) or the `of`
    complement (`accused them of lying`); a quote that opens it is taken whole (`characterized it as "a
    skirmish ... . Lawsuits have been filed ..."`)."""
    children = [c for c in cue.children if c.i > cue.i]
    if "as" in flags:  # `described the protest as "..."` with `as` hung on the object, `called it "a farce"` as its appos
        children += [c for o in children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
        children += [c for o in children if o.dep_ == "dobj" for c in o.children
                     if c.dep_ == "appos" and c.i > o.i and (c.left_edge.is_quote or cue.doc[c.left_edge.i - 1].is_quote)]
    for child in children:
        if "as" in flags and child.dep_ in ("prep", "oprd", "xcomp", "acomp", "appos") \
                and (child.dep_ != "prep" or child.lower_ in ("as", "to")):
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp", "advmod")]
                offsets = (objects[0].left_edge.idx, subtree_offsets(child)[1]) if objects else None
            else:
                offsets = subtree_offsets(child)
            if offsets is not None:
                return _whole_quote(quotes, offsets, cue)
        if "of" in flags and child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _whole_quote(quotes, subtree_offsets(objects[0]), cue)
    return None


def _whole_quote(quotes: QuoteIndex, offsets: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A complement that opens a quote after the cue is that whole quote."""
    start = offsets[0]
    while start < offsets[1] and quotes.text[start] in " \"“«‘'„":
        start += 1
    inside = quotes.around(start)
    if inside is not None and inside.start >= cue.idx and not quotes.text[inside.start:start].strip():
        return inside.start, inside.end
    return offsets


def _object_offsets(obj: Token) -> tuple[int, int]:
    """An object noun phrase, with the `according to which ...` the parser hung on the verb after it (`rejects
    the reconstruction according to which officers charged a sit-in`)."""
    start, end = subtree_offsets(obj)
    after = obj.right_edge.i + 1
    doc = obj.doc
    if after + 2 < len(doc) and doc[after].lower_ == "according" and doc[after + 2].lower_ in ("which", "whom"):
        end = max(end, doc[after].right_edge.idx + len(doc[after].right_edge))
    return start, end


def _ends_with_comma(quote: str) -> bool:
    """A quote that ends with a comma inside its marks (`"A,"`) goes on after its cue: a split quote."""
    return quote.rstrip().rstrip("\"”’'").rstrip().endswith(",")


def _fronted_part(cue: Token, source: Span | None) -> tuple[int, int] | None:
    """A cue set into its sentence between commas (`Recipients, said Mauer, are required to ...`, `The
    decision, the minister said, was final`): the content is the part before it, from the sentence's start
    to the comma (the part after is its continuation, as of a split quote)."""
    if cue.dep_ != "parataxis" or cue.head.i < cue.i:
        return None
    doc, sentence = cue.doc, cue.sent
    first = source.start if source is not None and source.start < cue.i else cue.i
    if first == 0 or doc[first - 1].text not in (",", "—", "–"):
        return None
    return (sentence.start_char, doc[first - 1].idx) if first - 1 > sentence.start else None


def _as_reported_by(cue: Token) -> tuple[int, int] | None:
    """`As reported by the BBC, the ship sank ...`: the clause the `as` phrase frames, without the phrase."""
    head = cue.head
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
            or not any(c.dep_ == "agent" for c in cue.children):
        return None
    if cue.i < head.i:
        return cue.right_edge.idx + len(cue.right_edge), head.right_edge.idx + len(head.right_edge)
    return head.left_edge.idx, cue.left_edge.idx


def _object_reports(obj: Token, flags: set[str], lexicon: Lexicon) -> bool:
    """An object noun phrase is content unless it names a thing a verb in another sense takes (`reported a
    profit`, `denied visas`); for verbs marked report_object only a report noun (`denied the allegations`)."""
    words = {obj.lower_, obj.lemma_.lower()}
    if words & lexicon.not_report_objects:
        return False
    return "report_object" not in flags or bool(words & lexicon.report_objects)


def that_clause_after_cue(cue: Token) -> tuple[int, int] | None:
    """`said in a statement carried by X that ...`: a `that` clause later in the cue's sentence
    that the parser hung elsewhere, before any other verb of the sentence's own clauses (one outside the
    cue's phrase: `officers charged a sit-in, and recalls that ...`) and before a conjunction of the cue's own
    (`police had charged a sit-in, and that 25 were injured`)."""
    for token in cue.doc[cue.i + 1 : cue.sent.end]:
        if token.is_sent_start or token.text in (".", ";") or (token.pos_ == "VERB" and token.head == cue
                                                                and token.dep_ in ("conj", "advcl", "xcomp")) \
                or token.tag_ == "VBG" or (token.dep_ == "cc" and token.head == cue) \
                or (token.pos_ == "VERB" and cue not in token.ancestors):
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
            clause = token.head
            return token.idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def clause_before(cue: Token, source: Span | None) -> tuple[int, int] | None:
    """`..., the agency reported.`: the sentence before `, SOURCE CUE` at its end."""
    if source is None or source.end != cue.i or source.start == 0:
        return None
    doc = cue.doc
    after = cue.i + 1
    addressee = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i == after), None)
    if addressee is not None:
        after = addressee.right_edge.i + 1  # "..., Iqbal told Dawn News."
    if after < len(doc) and not (doc[after].is_punct or doc[after].pos_ == "ADP"):
        return None
    comma = doc[source.start - 1]
    if comma.text != ",":
        return None
    start = cue.sent.start
    if start >= comma.i and start > 0:
        start = doc[start - 1].sent.start  # the parser cut the sentence at the comma
    return doc[start].idx, comma.idx


def noun_content(quotes: QuoteIndex, noun: Token) -> tuple[int, int] | None:
    """The content of a report noun or a belief adjective: its `that` clause, or what follows a colon."""
    doc = noun.doc
    mark = that_clause_after(noun)
    if mark is not None:
        clause = mark.head
        return mark.idx, clause.right_edge.idx + len(clause.right_edge)
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
        start = doc[noun.i + 1].idx + 1
        quote = quotes.starting_after(start)
        line_end = quotes.text.find("\n", start)
        line_end = line_end if line_end >= 0 else len(quotes.text)
        if quote is not None and (quote.end >= line_end or not quotes.text[quote.end:line_end].strip(" .!?\"”’'")):
            return quote.start, quote.end
        return start, line_end  # `Reports: 'streamlined' asylum process to ...`: a quoted word opens the line
    for child in noun.children:
        if child.dep_ == "ccomp" and child.i > noun.i:
            return subtree_offsets(child)
    return None


def quote_after_sentence(quotes: QuoteIndex, token: Token) -> tuple[int, int] | None:
    """A quote that opens the sentence after the token's, in the same paragraph."""
    end = token.sent.end_char
    quote = quotes.starting_after(end)
    if quote is None or quote.start < end or "\n" in quotes.text[end:quote.start]:
        return None
    return quote.start, quote.end


def continuation(quotes: QuoteIndex, content: tuple[int, int], cue: Token, cue_offsets: list[int]) -> tuple[int, int] | None:
    """The second part of a split quote: `"A," X said, "B."` or `"A," X said. "B."` — a quote that opens
    soon after the cue, in the same paragraph, with no other cue between; or of a sentence a cue is set
    into (`Recipients, said Mauer, are required ...`): from the comma after the cue to the sentence's end."""
    text = quotes.text
    if content[1] > cue.idx:
        return None  # the content is not a quote before the cue
    if cue.dep_ == "parataxis" and cue.head.i > cue.i:
        sentence = cue.sent
        closing = next((t for t in cue.doc[cue.i + 1:sentence.end] if t.text in (",", "—", "–")), None)
        if closing is not None and closing.i < cue.head.i:
            return closing.idx + 1, sentence.end_char
    after = cue.idx + len(cue)
    quote = next((q for q in quotes.quotes if q.start > after), None)
    if quote is None or quote.start - after > 80 or "\n" in text[after:quote.start]:
        return None
    if any(after < c < quote.start for c in cue_offsets):
        return None
    return quote.start, quote.end
