"""Which tokens introduce reported content, by shape (GUIDELINES layer 2, v2).

The lexicon is data/attribution.json: reporting verbs with flags, report
nouns, evidence nouns, belief adjectives and fixed phrases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

NEGATIONS = {"not", "n't", "never", "no"}
RELATIVE_PRONOUNS = {"which", "whom", "who", "that"}
WH_DETERMINERS = {"what", "which", "whose"}


@dataclass
class Lexicon:
    verbs: dict[str, set[str]]
    report_objects: set[str]
    not_report_objects: set[str]
    report_nouns: set[str]
    evidence_nouns: set[str]
    belief_adjectives: set[str]
    belief_nouns: set[str]
    phrases: list[tuple[str, ...]]
    implicative_heads: set[str]
    organisation_nouns: set[str] = field(default_factory=set)
    collective_nouns: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    gendered_words: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict) -> "Lexicon":
        return cls(
            verbs={lemma: set(flags) for lemma, flags in data["verbs"].items()},
            report_objects=set(data["report_objects"]),
            not_report_objects=set(data["not_report_objects"]),
            report_nouns=set(data["report_nouns"]),
            evidence_nouns=set(data["evidence_nouns"]),
            belief_adjectives=set(data["belief_adjectives"]),
            belief_nouns=set(data["belief_nouns"]),
            phrases=[tuple(p) for p in data["phrases"]],
            implicative_heads=set(data["implicative_heads"]),
            # optional, so that a model saved with older data still loads
            organisation_nouns=set(data.get("organisation_nouns", [])),
            collective_nouns=set(data.get("collective_nouns", [])),
            person_nouns=set(data.get("person_nouns", [])),
            gendered_words={gender: set(words) for gender, words in data.get("gendered_words", {}).items()},
        )

    def flags(self, token: Token) -> set[str]:
        return self.verbs.get(token.lemma_.lower(), set())


def is_verb_cue(token: Token, lexicon: Lexicon) -> bool:
    """A reporting verb used as a verb: not a modifier ("the POWs alleged to be on board"), except a
    participle that reports ("a statement saying ..."); `point` only as `point out`."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in lexicon.verbs or "act" in lexicon.verbs[lemma]:
        return False  # an act of the source (`urged`, `thanked`) is no cue
    if token.dep_ in ("amod", "compound") or (token.dep_ == "acl" and token.tag_ != "VBG"
                                              and not _reported_by(token, lexicon)
                                              and not finite_read_as_participle(token, lexicon)):
        return False
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return False
    if token.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("amod", "det") and c.i == token.i - 1 for c in token.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return False  # a plural noun the tagger took for a verb (`Live updates: ...`, `The reports ...`)
    if token.tag_ == "VBZ" and token.i > 0 and token.doc[token.i - 1].lower_ in WH_DETERMINERS \
            and token.doc[token.i - 1].head == token and any(
                c.dep_ == "ccomp" and c.left_edge.i == token.i + 1 and any(g.dep_ == "nsubj" for g in c.children)
                for c in token.children):
        return False  # a noun after a wh-determiner, its clause after it: `what charges the men face`
    if "evidence" in lexicon.flags(token):
        return has_evidence_subject(token, lexicon)
    return True


def has_evidence_subject(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's subject is a document, image, data or inquiry (`Satellite images show`), or `it`/`they` standing
    for one: a subject of the sentence before, in the same paragraph (`The report ... . It documents ...`)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.implicative_heads:
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]  # `CCTV footage appears to show ...`
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in verb.children):
        subjects.append(verb.head)  # `published figures showing that ...`: the noun the participle modifies
    if any(s.lemma_.lower() in lexicon.evidence_nouns or s.lower_ in lexicon.evidence_nouns for s in subjects):
        return True
    if not any(s.lower_ in ("it", "they") for s in subjects):
        return False
    sentence = verb.sent
    if sentence.start == 0 or "\n" in verb.doc[sentence.start - 1].whitespace_:
        return False
    before = verb.doc[sentence.start - 1].sent
    return any(t.dep_ in ("nsubj", "nsubjpass")
               and (t.lemma_.lower() in lexicon.evidence_nouns or t.lower_ in lexicon.evidence_nouns) for t in before)


def _reported_by(token: Token, lexicon: Lexicon) -> bool:
    """A past participle with its agent that reports the noun it modifies (`the ceasefire announced by Russia`,
    `a man described by police as dangerous`), not one that names a property (`a condition characterised by
    brain damage`: an `as` verb needs its `as`), nor one that presents a document or image (`figures published
    by the ministry`)."""
    flags = lexicon.flags(token)
    if token.tag_ != "VBN" or not any(c.dep_ == "agent" for c in token.children) \
            or flags & {"clause", "quote", "question", "belief", "evidence"} \
            or token.head.lower_ in lexicon.evidence_nouns or token.head.lemma_.lower() in lexicon.evidence_nouns:
        return False
    needed = flags & {"as", "of"}
    return not needed or any(c.dep_ == "prep" and c.lower_ in needed for c in token.children)


def finite_read_as_participle(token: Token, lexicon: Lexicon) -> bool:
    """The past tense of a sentence the parser rooted on its subject noun, read as a participle modifying it (`The
    foreign minister [posted]VBN on X that ...`): right after the noun, with no verb of the sentence before it, and
    its `that` clause after a short phrase of place or medium. Not a passive headline (`Soldier accused of ...`,
    `Residents told that ...`: a verb whose object is its addressee)."""
    head, doc = token.head, token.doc
    if token.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") \
            or token.i != head.i + 1 or "addressee" in lexicon.flags(token) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[token.sent.start : head.i]):
        return False
    for k in range(token.i + 1, min(token.i + 7, token.sent.end)):
        if doc[k].lower_ == "that" and doc[k].dep_ == "mark":
            return True
        if doc[k].pos_ not in ("ADP", "NOUN", "PROPN", "DET", "ADJ", "NUM"):
            return False
    return False


def clear_cue(token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
    """`X was clear that ...`, `makes clear that ...`: a fixed phrase ending in `clear` before `that`.

    Returns the head verb, the cue's first token and the content's offsets.
    """
    doc = token.doc
    if token.lower_ != "clear" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("that", ",", ":"):
        return None
    head = token.head if token.head.lemma_ in ("be", "make") else None
    if head is None or any(c.dep_ == "neg" for c in head.children) or token.i > 0 and doc[token.i - 1].text in ("'s", "’s"):
        return None
    first = min([head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")], key=lambda t: t.i)
    return head, first, (doc[token.i + 1].idx, token.sent.end_char)


def phrase_at(token: Token, lexicon: Lexicon) -> tuple[int, Token] | None:
    """A fixed phrase starting at token (`according to`, `in the words of`, `quoting`): its end index and
    the object that is the source; none when that is a relative pronoun (the report noun it stands for is
    the cue: `rejects the reconstruction according to which officers charged`)."""
    doc = token.doc
    first = token.lower_
    for words in lexicon.phrases:
        if words[0] != first:
            continue  # the cheap test first: this runs for every token
        end = token.i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[token.i:end]) == words:
            last = doc[end - 1]
            objects = [c for c in last.children if c.dep_ in ("pobj", "dobj")]
            if objects and objects[0].lower_ not in RELATIVE_PRONOUNS:  # `the version according to which ...`
                return end, objects[0]
    return None


def that_clause_after(token: Token) -> Token | None:
    """The `that` right after a noun or adjective (`the claim that ...`, `sure that ...`), after the noun's `by`,
    `of` or `from` phrase (`the warning by the weather service that ...`), or after the `be` a noun is the subject
    of (`the claim was that ...`), when a clause follows."""
    doc = token.doc
    k = token.i + 1
    holder = next((c for c in token.children if c.i == k and c.dep_ == "prep" and c.lower_ in ("by", "of", "from")),
                  None)
    if holder is not None and token.pos_ == "NOUN":
        k = holder.right_edge.i + 1
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and token.head.i == k and token.lemma_ != "hope":
        k += 1  # not a wish: `My hope is that ...`
    if k < len(doc) and doc[k].lower_ == "that" and doc[k].dep_ == "mark" and doc[k].head.i > k:
        return doc[k]
    return None


def is_report_noun_cue(token: Token, lexicon: Lexicon) -> bool:
    """A report noun with its content: a `that` clause right after it, or a colon at a headline's end."""
    if token.pos_ != "NOUN" or token.lower_ not in lexicon.report_nouns | lexicon.belief_nouns:
        return False
    if any(c.lower_ in NEGATIONS for c in token.children if c.dep_ == "det") and token.lower_ != "doubt":
        return False  # "no reports that ..." reports nothing; "I have no doubt that ..." is a belief
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "through", "via"):
        return False  # "saying in a statement that ...": the statement is the medium, the verb the cue
    doc = token.doc
    colon = token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and token.is_sent_start
    return that_clause_after(token) is not None or colon


def is_belief_adjective_cue(token: Token, lexicon: Lexicon) -> bool:
    """`I am sure that ...`, `Italian associations are concerned the Government will ...`."""
    if token.lower_ not in lexicon.belief_adjectives:
        return False
    passive = any(c.dep_ == "auxpass" for c in token.children)  # the parser's reading: `are [concerned]VBN ...`
    if token.dep_ not in ("acomp", "amod") and not passive:
        return False
    if token.head.lemma_.lower() == "make":
        return False  # `we make sure they will`: seeing to it, no belief
    has_clause = any(c.dep_ == "ccomp" for c in token.children) or that_clause_after(token) is not None
    return has_clause and not any(c.dep_ == "neg" for c in (token if passive else token.head).children)


def framing_noun(token: Token, lexicon: Lexicon) -> Token | None:
    """A sentence-opening phrase whose noun frames the rest of the sentence as someone's view or report: a belief
    noun with its holder after `in` (`In my opinion, ...`, `In the view of the ministry, ...`), a report noun after
    `from` (`From all the reports I have read, ...`). Returns the noun; a comma must follow its phrase."""
    if token.lower_ not in ("in", "from") or token.i != token.sent.start:
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    doc = token.doc
    if noun is None or noun.right_edge.i + 2 >= len(doc) or doc[noun.right_edge.i + 1].text != ",":
        return None
    if token.lower_ == "in":
        holder = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
        return noun if holder and noun.lower_ in lexicon.belief_nouns else None
    return noun if noun.lower_ in lexicon.report_nouns else None
