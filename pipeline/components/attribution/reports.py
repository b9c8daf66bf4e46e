"""Whether a verb cue reports a message that happened (GUIDELINES layer 2, "Not attributions"): not negated,
planned, asked of the speaker, conditional, a comparison, a name given or a belief without a holder."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import Lexicon
from .sources import SUBJECT_DEPS


def is_not_a_report(cue: Token, lexicon: Lexicon) -> bool:
    """Negated (`No group claimed ...`, `did not say`), an infinitive (`declined to comment`, `time to say
    goodbye`, `is alleged to have`: a hedge; `told to stay`: an order), or `Asked whether ...` with no asker."""
    children = {c.dep_ for c in cue.children}
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    shared = _shared_verb(cue, subjects)
    auxiliaries = [c for c in cue.children if c.dep_ in ("aux", "neg")] + \
        ([c for c in shared.children if c.dep_ in ("aux", "neg")] if shared is not None else [])
    if any(c.dep_ == "neg" for c in auxiliaries) or any(d.lower_ == "no" for s in subjects for d in s.children):
        return True  # also of a verb the cue is coordinated with: "I can't call and tell them ..."
    modals = {c.lower_ for c in auxiliaries if c.dep_ == "aux"} & {"to", "will", "would", "shall", "'ll", "should",
                                                                   "can", "ca", "could", "might", "may", "must"}
    if modals == {"to"} and cue.dep_ in ("xcomp", "advcl") and cue.head.lemma_.lower() in lexicon.implicative_heads:
        modals = set()  # `went on to say`, `continued to insist`: the report happened; `appears to show`: hedged
    if modals and not (modals <= {"would", "should"} and _tells_a_message(cue)):
        return True  # an infinitive, a plan or a possibility ("declined to comment", "would ask", "you can describe");
        # not a habit or an aside with its message ("he would say, "Well, ..."", "I should mention that ...")
    infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                     for c in cue.children)  # not a gerund with its `to` phrase: "admitted lying to the police"
    if infinitive and not children & {"ccomp", "dobj", "agent"} and not reported_infinitive(cue):
        return True
    if infinitive and "dobj" in children and "ccomp" not in children:
        return True  # a request or an order: "asked the governments not to turn away boats", "told residents to leave"
    if cue.tag_ == "VBN" and cue.dep_ == "advcl" and not subjects and "agent" not in children:
        return True
    return is_hypothetical(cue, subjects) or is_naming(cue, lexicon)


def is_naming(cue: Token, lexicon: Lexicon) -> bool:
    """A name given, not a message: `they called me The Poet`, `a group calling itself the Free Army` (a proper
    name, not quoted), or `Overtures, I called it` (a pronoun object with the name elsewhere); unlike `called the
    attack a crime` or `dubbed it "a farce"`."""
    if "naming" not in lexicon.flags(cue):
        return False
    doc = cue.doc
    complements = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp") and c.i > cue.i]
    if not complements:
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        return bool(objects) and all(o.pos_ == "PRON" for o in objects)
    first = complements[0].left_edge
    quoted = first.is_quote or (first.i > 0 and doc[first.i - 1].is_quote)
    return complements[0].pos_ == "PROPN" and not quoted


def _shared_verb(cue: Token, subjects: list[Token]) -> Token | None:
    """The verb a base-form cue without subject or auxiliary of its own is coordinated with, whose auxiliaries
    it shares (`can't call and tell`, `Will they treat and announce ...?`; not `pressed for Russia to use its
    influence and underlined ...`, a finite verb)."""
    if cue.dep_ != "conj" or cue.tag_ != "VB" or subjects or cue.head.pos_ not in ("VERB", "AUX") or cue.head.i > cue.i \
            or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return None
    return cue.head


def _tells_a_message(cue: Token) -> bool:
    """The cue has its message with it: a clause with a subject, or a quote right after `,` or `:`; and it is
    not itself reported (`said he would announce that ...` is a plan)."""
    doc = cue.doc
    if cue.dep_ == "ccomp":
        return False
    if any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS + ("expl",) for g in c.children) for c in cue.children):
        return True
    k = cue.i + 1
    return k + 1 < len(doc) and doc[k].text in (",", ":") and doc[k + 1].is_quote


def is_hypothetical(cue: Token, subjects: list[Token]) -> bool:
    """Not a report that happened: a question put to the speaker (`Do you think ...?`), a condition (`If you
    think ...`), a comparison (`as we thought`), an imperative (`Tell me`, `Let me say`), a discourse marker
    (`That said, ...`), a bare infinitive after `help`/`let`/`make`, or a naming passive (`is called X`)."""
    doc = cue.doc
    shared = _shared_verb(cue, subjects)
    if shared is not None:
        subjects = [c for c in shared.children if c.dep_ in SUBJECT_DEPS]
    inverted = any(c.dep_ == "aux" and subjects and c.i < subjects[0].i
                   for c in list(cue.children) + (list(shared.children) if shared is not None else []))
    if (inverted or any(s.lower_ == "you" for s in subjects)) and _ends_in_question(cue):
        return True
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in cue.children)
    if would and (any(s.lower_ in ("you", "one") for s in subjects)
                  or any(c.dep_ == "ccomp" and c.left_edge.i < cue.i < c.i for c in cue.children)):
        return True  # what one would expect, not a report: `the opposite of what you'd think we would do`
    marks = {c.lower_ for c in cue.children if c.dep_ == "mark"}
    if marks & {"if", "unless", "than", "whether"}:
        return True
    if "as" in marks and any(c.dep_ == "agent" for c in cue.children):
        return False  # `As reported by the BBC, ...`: a source, as `according to`
    if "as" in marks and not any(c.dep_ == "ccomp" and c.tag_ != "MD" and len(list(c.subtree)) > 3
                                 and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in cue.children):
        return True  # a comparison ("as we thought"), not a cause with its message ("as I think the site needs ...")
    if cue.head.lemma_ == "let" or (not subjects and cue.tag_ == "VB" and (cue.dep_ == "ROOT"
                                                                            or cue.head.lemma_ in ("help", "make"))):
        return True
    if cue.lemma_ == "say" and cue.i > 0 and doc[cue.i - 1].lower_ == "that" and cue.i + 1 < len(doc) \
            and doc[cue.i + 1].text == ",":
        return True
    return cue.lemma_ == "call" and any(c.dep_ == "auxpass" for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


REPORTED_INFINITIVE_VERBS = {"say", "report", "claim", "rumour", "rumor"}


def reported_infinitive(cue: Token) -> bool:
    """`was reported to have been seized`, `is said to be`: a passive report with an infinitive is a report
    with no written source (unlike `is alleged to`, `are believed to`, which are hedges)."""
    return cue.lemma_.lower() in REPORTED_INFINITIVE_VERBS and any(c.dep_ == "auxpass" for c in cue.children)


def is_sourceless_belief(cue: Token, lexicon: Lexicon) -> bool:
    """`It is believed ...`, `are thought to`: a belief with no written source is a hedge, not an attribution."""
    if "belief" not in lexicon.flags(cue):
        return False
    children = list(cue.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "csubj")]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) and not any(c.dep_ == "agent" for c in children)
    return passive or any(s.lower_ == "it" and s.dep_ == "nsubj" and cue.tag_ == "VBN" for s in subjects)


def _ends_in_question(cue: Token) -> bool:
    """The first sentence-final mark after the cue is a question mark."""
    for token in cue.doc[cue.i + 1 : cue.i + 60]:
        if token.text in ("?", ".", "!"):
            return token.text == "?"
    return False
