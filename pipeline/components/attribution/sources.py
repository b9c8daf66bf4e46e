"""Who says it: the source phrase of a cue."""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# verbs whose subject speaks through the report noun they issue: "The ministry issued a statement saying ..."
ISSUING_VERBS = {"issue", "release", "publish", "post", "put", "send", "give", "make", "have", "express", "voice",
                 "share", "repeat", "deliver", "read", "file"}


def phrase(token: Token) -> Span:
    """A token's noun phrase, cut after the last newline (a dateline or headline is no part of a source) and
    before a conjunction or punctuation it ends with."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    title = doc[start - 1] if start > 0 else None
    if title is not None and _abbreviated_title(title) and title.head == title:
        start = title.left_edge.i  # `(Police) Const. John MacLeod said`: a title the parser made a sentence of its own
    for k in range(min(end, token.i + 1) - 1, start - 1, -1):
        # a newline (headline) or a dash after a dateline ("NAIROBI, Sept 22 (Reuters) — The ministry ...")
        dateline_dash = doc[k].text in ("—", "–", "-") and k < token.i and doc[k].whitespace_ \
            and k > 0 and doc[k - 1].whitespace_  # " - ", not the hyphen of "state-run"
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_ or dateline_dash:
            start = k + 1
            break
    aside = next((c for c in token.rights if (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG", "VBD")
                                              or c.dep_ == "appos" and _participle_read_as_noun(c.left_edge))
                  and c.left_edge.i > token.i + 1 and doc[c.left_edge.i - 1].text == ","), None)
    if aside is not None:  # "A UN spokesman, asked about the talks, said": a participle set off by commas is an aside
        end = min(end, aside.left_edge.i - 1)
    if doc[end - 1].dep_ == "prep" and not any(c.dep_ == "pobj" for c in doc[end - 1].children):
        while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADJ"):
            end += 1  # "chief executive of [Acme Corp.]": a name the parser hung elsewhere ends the affiliation
    while end - 1 > token.i and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1  # "a man who took part in the sit-in and [asked ...]": the parser left the conjunction inside
    return doc[start:end] if start < end else doc[token.i : token.i + 1]


def _participle_read_as_noun(token: Token) -> bool:
    """A participle the parser made a compound of the noun after it (`officials, [briefing] reporters on ...,
    said`): the start of an aside; a title's participle is its modifier (`acting president`, `managing director`)."""
    return token.tag_ == "VBG" and token.dep_ == "compound"


def _abbreviated_title(token: Token) -> bool:
    """An abbreviated title that the tokenizer keeps whole with its title in full as its norm (`Sgt.`: sergeant)."""
    return token.text.endswith(".") and token.text[:1].isupper() and token.norm_.isalpha() and token.norm_.islower()


def subject_of(verb: Token) -> Span | None:
    """The agent of a passive, or the subject (a relative pronoun's antecedent)."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return phrase(objects[0])
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if len(subjects) == 2 and subjects[1].i < verb.i and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i \
            and subjects[0].tag_ in ("NN", "NNS") and subjects[1].pos_ == "PROPN":
        second = phrase(subjects[1])  # `The charity Dementia UK said`: a descriptor the parser split from its name
        return verb.doc[phrase(subjects[0]).start : second.end]
    if len(subjects) > 1:  # a misparse ("NAIROBI (Reuters) - Kenyan police said"): the nearest before the verb,
        before = [child for child in subjects if child.i < verb.i]  # but the inverted one of a parenthetical
        after = [child for child in subjects if child.i > verb.i]  # ("Recipients, said Mauer, are required")
        if not before and all(a.right_edge.i + 1 == b.left_edge.i for a, b in zip(after, after[1:])):
            return verb.doc[phrase(after[0]).start : phrase(after[-1]).end]  # `said co-author Dr Luis Ortega`, cut
            # by the parser at its hyphen
        subjects = after[:1] if verb.dep_ == "parataxis" and after and before else before[-1:] or subjects
    if not subjects:
        return None
    if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        antecedent = verb.head
        return verb.doc[phrase(antecedent).start : antecedent.i + 1]
    return phrase(subjects[0])


def find_source(verb: Token, depth: int = 0) -> Span | None:
    """The source of a verb cue: its subject; after the verb in an inversion (`..., said the minister`);
    the subject of the clause a participle or coordinated verb hangs on; the noun phrase a participle
    modifies (`a message stating ...`), or who issued it (`the ministry issued a statement saying ...`)."""
    subject = subject_of(verb)
    if subject is not None:
        return subject
    if is_passive(verb):
        return None  # `It ... has been reported to be ...`, `captured by X and accused of ...`: no written source
    adjacent = _line_start_subject(verb)
    if adjacent is not None:
        return adjacent
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    named = _name_before(verb)
    if named is not None:
        return named
    described = _subject_with_relative_aside(verb)
    if described is not None:
        return described
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() == "quote":
        quoted = [c for c in head.head.children if c.dep_ == "nsubjpass" and c.i < head.head.i]
        if quoted:  # the nearest: a dateline's place may be read as a second subject
            return phrase(quoted[-1])  # "The minister was quoted by Reuters as saying ...": the one quoted
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i \
            and depth < 2:
        return find_source(head.head, depth + 1)  # "Officials said the bridge was safe and insisted that ...":
        # the parser hung the second report on the first one's clause
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.head is not head \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        head = head.head  # "pressed for Russia to use its influence and underlined ...": the main clause's
    if depth < 2 and verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ in ("dobj", "pobj") and head.head.lemma_ in ISSUING_VERBS:
            issuer = subject_of(head.head)
            if issuer is not None:
                return issuer
        return verb.doc[phrase(head).start : head.i + 1]
    if depth < 2 and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" \
            and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        return find_source(head.head, depth + 1)  # "found that A, making it clear that B": the parser hung the
        # participle on the reported clause; it reports for the one who reports that clause
    if depth < 2 and verb.dep_ in ("advcl", "conj", "xcomp", "dep") and head.pos_ in ("VERB", "AUX"):
        return find_source(head, depth + 1)
    return None


def is_passive(verb: Token) -> bool:
    """A passive verb (its agent aside): with its own auxiliary, or a past participle coordinated with a passive
    verb (`was captured by the army and accused of ...`)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head is not verb \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


AFFILIATION_PREPOSITIONS = {"for", "of", "from", "at"}


def _line_start_subject(verb: Token) -> Span | None:
    """`Minister Ellwood said:` opening a line, which the parser hung under the headline above: the noun
    phrase between the line break and the verb (names, titles, commas, an affiliation: `Lydia Smith for the
    Food Agency, says ...`) is the source."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and "\n" not in doc[k].whitespace_ and "\n" not in doc[k].text \
            and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[k].text in (",", "'s", "’s", "-")
                 or (doc[k].lower_ in AFFILIATION_PREPOSITIONS and k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN"))):
        k -= 1
    start = k + 1
    at_line_start = k < 0 or "\n" in doc[k].whitespace_ or "\n" in doc[k].text
    if at_line_start and start < verb.i and any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:verb.i]):
        end = verb.i
        while end > start and doc[end - 1].is_punct:
            end -= 1
        return doc[start:end] if start < end else None
    return None


def _name_before(verb: Token) -> Span | None:
    """A name right before a verb the parser gave no subject (`Tom Molomby, SC, said`, `[2] Karbouly told`):
    the proper nouns ending there, with an appositive between commas after them."""
    doc = verb.doc
    end = verb.i
    k = verb.i - 1
    if k > 0 and doc[k].text == ",":  # an appositive: back to the comma before it
        m = k - 1
        while m > k - 6 and m >= 0 and doc[m].text != ",":
            m -= 1
        if m < 1 or doc[m].text != ",":
            return None
        k = m - 1
        end = verb.i - 1
    start = k
    while start >= 0 and doc[start].pos_ == "PROPN":
        start -= 1
    start += 1
    if start > k or doc[k].dep_ in ("pobj", "dobj", "poss") or (start > 0 and doc[start - 1].pos_ == "ADP"):
        return None
    return doc[start:end]


def _subject_with_relative_aside(verb: Token) -> Span | None:
    """`Residents, many of whom had lost their homes, said ...`, which the parser read as a clause (`Residents ...
    had lost their homes`) reported by the verb: the noun opening it, with the relative clause set off by commas
    after it, is the source."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 2), None)
    if clause is None:
        return None
    noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge == clause.left_edge and c.right_edge.i + 1 < verb.i), None)
    if noun is None or doc[noun.right_edge.i + 1].text != "," \
            or not any(t.tag_ in ("WP", "WDT", "WP$") for t in doc[noun.right_edge.i + 2 : noun.right_edge.i + 5]):
        return None
    return doc[noun.left_edge.i : verb.i - 1]


def _inverted_subject(verb: Token) -> Span | None:
    """`"...," said the minister` / `..., says Lydia Buchtmann for ...`: a noun phrase right after the verb (not
    after a semicolon, where it is the object of a verb that shares a subject: `NASA marks X; announces Y`)."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or verb.i == 0 or not (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote) \
            or doc[verb.i - 1].text == ";" \
            or verb.tag_ == "VBG":  # "..., telling reporters ...": a participle's object is its addressee
        return None
    for child in verb.rights:
        if child.i == k or (child.left_edge.i == k):
            if child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "dative", "appos") and child.pos_ in ("PROPN", "NOUN"):
                return phrase(child)
    return None


def source_on_cue_line(source: Span | None, cue_start: int, text: str | None = None) -> Span | None:
    """A source before its cue starts after the last line break before the cue: a headline above the
    sentence is no part of it (`Foreign Secretary statement on ...\n\nThe Foreign Secretary said`).
    text: the Doc's text, when the caller has it (doc.text joins every token anew)."""
    if source is None or not any(c.isalpha() for c in source.text):
        return None  # a citation mark ("[3]") is no source
    if source.end_char > cue_start:
        return source
    text = source.doc.text if text is None else text
    cut = text.rfind("\n", source.start_char, cue_start)
    if cut < 0:
        return source
    rest = source.doc.char_span(cut + 1, source.end_char, alignment_mode="contract")
    return rest if rest is not None and len(rest) > 0 and rest.text.strip() else None
