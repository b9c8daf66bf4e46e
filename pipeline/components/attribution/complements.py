"""The parts of a sentence around a cue that can be its content: objects and `as`/`of` complements, a relative
pronoun's antecedent, the clause an `as` phrase or a parenthetical cue frames, the clause before `, X said`, a report
noun's clause, the second part of a split quote, and the line a content that is no quote keeps."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import Lexicon, that_clause_after
from .quotes import QuoteIndex
from .sources import phrase


def subtree_offsets(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


RELATIVE_OBJECTS = {"which", "that", "what"}


def relative_object_content(cue: Token, flags: set[str]) -> tuple[int, int] | None:
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


def as_or_of_complement(quotes: QuoteIndex, cue: Token, flags: set[str]) -> tuple[int, int] | None:
    """The `as`/predicate complement (`described the attack as deliberate`, `called it "a crime"`) or the `of`
    complement (`accused them of lying`); a quote that opens it is taken whole (`characterized it as "a
    skirmish ... . Lawsuits have been filed ..."`)."""
    children = [c for c in cue.children if c.i > cue.i]
    if "as" in flags:  # `described the protest as "..."` with `as` hung on the object, `called it "a farce"` as its appos
        children += [c for o in children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
        children += [c for o in children if o.dep_ == "dobj" for c in o.children
                     if c.dep_ == "appos" and c.i > o.i and (c.left_edge.is_quote or cue.doc[c.left_edge.i - 1].is_quote)]
    if "of" in flags and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        # `accused Reyes of "playing politics"`, `of` hung on the object: its gerund is the charge
        children += [c for o in children if o.dep_ == "dobj" for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                      for g in c.children)]
    second = [c for c in children if c.dep_ == "dobj"][1:2]  # `calling it "the only option"`: a second object
    for child in children:
        if "as" in flags and (child.dep_ in ("prep", "oprd", "xcomp", "acomp", "appos") or child in second) \
                and (child.dep_ != "prep" or child.lower_ in ("as", "to")):
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp", "amod", "acomp", "advmod")]
                offsets = (objects[0].left_edge.idx, subtree_offsets(child)[1]) if objects else None
            else:
                offsets = subtree_offsets(child)
            if offsets is not None:
                return whole_quote(quotes, offsets, cue)
        as_mark = child.left_edge if child.dep_ == "advcl" and child.pos_ == "ADJ" \
            and child.left_edge.lower_ == "as" and child.left_edge.head == child else None
        if "as" in flags and as_mark is not None:  # `described her as determined and kind`, `as` read as a mark
            return whole_quote(quotes, (cue.doc[as_mark.i + 1].idx, subtree_offsets(child)[1]), cue)
        if "of" in flags and child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return whole_quote(quotes, subtree_offsets(objects[0]), cue)
    return None


def whole_quote(quotes: QuoteIndex, offsets: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A complement that opens a quote after the cue is that whole quote."""
    start = offsets[0]
    while start < offsets[1] and quotes.text[start] in " \"“«‘'„":
        start += 1
    inside = quotes.around(start)
    if inside is not None and inside.start >= cue.idx and not quotes.text[inside.start:start].strip():
        return inside.start, inside.end
    return offsets


def object_offsets(obj: Token, media: set[str]) -> tuple[int, int]:
    """An object noun phrase, with the `according to which ...` the parser hung on the verb after it (`rejects
    the reconstruction according to which officers charged a sit-in`), without the medium the parser hung on it at
    its end (`claimed responsibility for the bombing in a statement`: media are report nouns) and without the day
    of the report (`confirmed the death of a second patient on Sunday`)."""
    start, end = subtree_offsets(obj)
    after = obj.right_edge.i + 1
    doc = obj.doc
    day = obj.right_edge
    if day.i - 2 > obj.i and day.ent_type_ == "DATE" and day.is_alpha and day.ent_iob_ == "B" \
            and doc[day.i - 1].lower_ == "on" and day.head == doc[day.i - 1]:
        end = doc[day.i - 2].idx + len(doc[day.i - 2])
    medium = next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ in ("in", "via") and t.i > obj.i
                   and t.right_edge == obj.right_edge and any(c.dep_ == "pobj" and c.lower_ in media
                                                              for c in t.children)), None)
    if medium is not None:
        end = doc[medium.i - 1].idx + len(doc[medium.i - 1])
    if after + 2 < len(doc) and doc[after].lower_ == "according" and doc[after + 2].lower_ in ("which", "whom"):
        end = max(end, doc[after].right_edge.idx + len(doc[after].right_edge))
    purpose = next((c for c in obj.head.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == after
                    and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"), None) if obj.head != obj else None
    if purpose is not None and medium is None:  # `announced a partnership with X to sell ...`: the infinitive the
        end = max(end, subtree_offsets(purpose)[1])  # parser hung on the verb belongs to the object
    return start, end


def gerund_complement(cue: Token, flags: set[str]) -> tuple[int, int] | None:
    """`denied targeting civilians`, `admitted lying`: for a verb marked gerund, a gerund after it with no subject of
    its own is the message."""
    if "gerund" not in flags:
        return None
    gerund = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i > cue.i
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    return subtree_offsets(gerund) if gerund is not None else None


def fronted_part(cue: Token, source: Span | None) -> tuple[int, int] | None:
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


def set_into_clauses(cue: Token) -> tuple[Token, Token] | None:
    """A cue with its subject set between commas into a sentence the parser rooted on it (`If the strike goes
    ahead, the airline said, about 400 flights will be cancelled`): the fronted clause before it (the content) and
    the reported clause after it (the continuation, as of a split quote)."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or cue.i + 2 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i == cue.i - 1), None)
    if subject is None or subject.left_edge.i < 2 or doc[subject.left_edge.i - 1].text != ",":
        return None
    fronted = next((c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == cue.sent.start
                    and c.right_edge.i == subject.left_edge.i - 2), None)
    reported = next((c for c in cue.children if c.dep_ == "ccomp" and c.left_edge.i == cue.i + 2), None)
    return (fronted, reported) if fronted is not None and reported is not None else None


def as_reported_by(cue: Token) -> tuple[int, int] | None:
    """`As reported by the BBC, the ship sank ...`: the clause the `as` phrase frames, without the phrase."""
    head = cue.head
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
            or not any(c.dep_ == "agent" for c in cue.children):
        return None
    if cue.i < head.i:
        return cue.right_edge.idx + len(cue.right_edge), head.right_edge.idx + len(head.right_edge)
    return head.left_edge.idx, cue.left_edge.idx


def object_reports(obj: Token, flags: set[str], lexicon: Lexicon) -> bool:
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
        end = clause.right_edge.idx + len(clause.right_edge)
        if noun.dep_ == "ROOT":  # `The claim that X would rise angered ...`: the main verb, misread as a modifier
            verb = next((t for t in clause.subtree if t.i > clause.i and (
                t.dep_ in ("amod", "compound", "nmod") and (t.tag_ in ("VBD", "VBZ") or (
                    t.tag_ == "JJ" and t.lower_.endswith("ed"))) or _past_read_as_participle(t))), None)
            if verb is not None:
                end = doc[verb.i - 1].idx + len(doc[verb.i - 1])
        return mark.idx, end
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


def _past_read_as_participle(token: Token) -> bool:
    """A past tense the parser read as a participle modifying the noun before it (`45 degrees [led]VBN to school
    closures`), in a sentence whose root is a report noun: no auxiliary, no comma before it."""
    return token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and not token.doc[token.i - 1].is_punct \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


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
    into (`Recipients, said Mauer, are required ...`): from the comma after the cue to the sentence's end; or, after
    a reported clause, a quote that opens the next sentence of the paragraph with no cue of its own (`X said Y. "Z."`)."""
    text = quotes.text
    if content[1] > cue.idx:
        return _quote_after_report(quotes, content, cue_offsets)
    if cue.lower_ == "according" and cue.i > 0 and cue.doc[cue.i - 1].text == "," and cue.i + 1 < len(cue.doc):
        obj = next((c for c in cue.doc[cue.i + 1].children if c.dep_ == "pobj"), None)
        source = phrase(obj) if obj is not None else None  # with its apposition: `X, the harbour master of Y,`
        if source is not None and set_into_subject(cue, source):
            return cue.doc[source.end].idx + 1, cue.sent.end_char
    clauses = set_into_clauses(cue)
    if clauses is not None:
        return subtree_offsets(clauses[1])
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
    if any(quote.end <= c <= quote.end + 40 and not any(m in text[quote.end:c] for m in ".!?\n") for c in cue_offsets):
        return None  # `"B," he said`: a quote its own cue closes is no continuation of the one before
    return quote.start, quote.end


def _quote_after_report(quotes: QuoteIndex, content: tuple[int, int], cue_offsets: list[int]) -> tuple[int, int] | None:
    """A quote right after a reported clause that is no quote itself, in its paragraph, when no cue closes it."""
    text = quotes.text
    if quotes.around(content[0]) is not None:
        return None
    quote = next((q for q in quotes.quotes if q.start >= content[1]), None)
    if quote is None or text[content[1]:quote.start].strip(" .!?\"“”«‘’'„") or "\n" in text[content[1]:quote.start] \
            or not any(mark in text[content[1]:quote.start] for mark in ".!?"):
        return None
    if any(quote.end <= c <= quote.end + 40 and not any(m in text[quote.end:c] for m in ".!?\n") for c in cue_offsets):
        return None  # `... . "B," he said`: a quote with a cue of its own (one inside it is a report it quotes)
    return quote.start, quote.end


def set_into_subject(cue: Token, source) -> bool:
    """`according to X` set off by commas between a sentence's subject and its verb (`The plane, according to
    officials, was carrying ...`): the subject is the content and the rest of the sentence its continuation."""
    doc = cue.doc
    sentence = cue.sent
    if cue.i == sentence.start or doc[cue.i - 1].text != "," or source.end >= sentence.end \
            or doc[source.end].text != ",":
        return False
    root = sentence.root
    if root.i < source.end or root.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and sentence.start <= c.i < cue.i - 1 for c in root.children)


def line_bounded(text: str, start: int, end: int, before: bool = False) -> tuple[int, int]:
    """A content that is not a quote never runs over a line break (a headline is no sentence of the body): it
    keeps its first line, or its last one when it comes before its cue (`Headline\n\nA is B, researchers say`)."""
    if before:
        cut = text.rfind("\n", start, end)
        return (cut + 1, end) if 0 <= cut < end - 1 else (start, end)
    cut = text.find("\n", start, end)
    return (start, cut) if cut > start else (start, end)


def after_open_aside(text: str, start: int, end: int) -> int:
    """Where a parenthetical cue's content starts: after a bracket or a dash still open before the cue (`(pronounced
    "Vilt-two" — the discoverer was German, I believe)`), not after a closed pair (`The plan — approved in May —
    will cost more, he said`)."""
    bracket = text.rfind("(", start, end)
    if bracket >= 0 and ")" not in text[bracket:end]:
        start = bracket + 1
    part = text[start:end]
    dashes = [k for k, char in enumerate(part) if char in "—–" or part.startswith(" - ", k)]
    return start + dashes[-1] + 1 if len(dashes) % 2 else start
