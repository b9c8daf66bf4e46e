"""Which tokens introduce reported content: reporting verbs and fixed phrases."""

from __future__ import annotations

from spacy.tokens import Token

from .sources import SUBJECT_DEPS


def parse_verbs(lines: list[str]) -> dict[str, bool]:
    """Reporting verb lemmas, each with whether it takes only a clause as content (`clause` after the lemma)."""
    verbs = {}
    for line in lines:
        parts = line.split()
        verbs[parts[0]] = len(parts) > 1 and parts[1] == "clause"
    return verbs


def is_verb_cue(token: Token, verbs: dict[str, bool]) -> bool:
    """A reporting verb used as a verb, not as a modifier ("the POWs alleged to be on board")."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs \
        and token.dep_ not in ("amod", "acl", "compound")


def is_not_a_report(cue: Token) -> bool:
    """Negated (`No group claimed ...`), or with an infinitive only (`is alleged to have`,
    `are believed to`: a hedge, not a report; `told to stay`: an order)."""
    children = {c.dep_ for c in cue.children}
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if "neg" in children or any(d.lower_ == "no" for s in subjects for d in s.children):
        return True
    infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in cue.children)
    return infinitive and not children & {"ccomp", "dobj", "agent"}


def clear_cue(token: Token) -> tuple[Token, Token, tuple[int, int]] | None:
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
    return head, first, (doc[token.i + 1].idx, token.sent.end_char)


def according_to(token: Token):
    """`according to X`: X is the source of the rest of its sentence (the longer side of the phrase).

    Returns (source span, cue offsets, content offsets), or None.
    """
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
