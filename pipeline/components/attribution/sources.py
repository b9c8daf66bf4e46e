"""Who says it: the source phrase of a cue, and the entity a pronoun source stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "we"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


def find_source(verb: Token, depth: int = 0) -> Span | None:
    """The agent of a passive, the subject (a relative pronoun's antecedent), or the source of the
    verb a participle or coordinated verb hangs on; None when no source is written."""
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
        return find_source(verb.head, depth + 1)
    return None


def is_pronoun(source: Span) -> bool:
    return len(source) == 1 and source.text.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS


def referent(doc: Doc, source: Span, before_char: int) -> Span | None:
    """The nearest PERSON (he, she) or ORG/MEDIA (it, they, we) entity ending before `before_char`."""
    pronoun = source.text.lower()
    labels = ("PERSON",) if pronoun in PERSON_PRONOUNS else ("ORG", "MEDIA") if pronoun in GROUP_PRONOUNS else ()
    candidates = [e for e in doc.ents if e.label_ in labels and e.end_char <= before_char]
    return candidates[-1] if candidates else None
