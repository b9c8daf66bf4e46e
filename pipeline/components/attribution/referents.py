"""What a pronoun source stands for: the speaker or subject the text carries on from the sentences before.

Reporting names a speaker and then goes on with `he said`, `it added`, often
with other names between: the person quoted in a quote, a partner named in a
fronted phrase (`In a report published with UNICEF, it said`), a place the
recogniser took for a person. So the antecedent is looked for first among the
sources and main subjects of the sentences before, nearest first:
- a pronoun of the same kind carries on its own referent;
- a phrase headed by a name of the right label gives that name, unless the
  sex the text gives the person (a title, a given name, a gendered noun, a
  pronoun linked to the name before) is not the pronoun's;
- a person or body without a name that can stand for the pronoun (`A
  spokesman for the council`, `The team`, `Pakistan's army`) gives none: the
  pronoun stands for no entity;
- a definite description of a person (`The commissioner`) names someone
  named before: the search goes on back to that name;
- a description of an organisation (`the group`, `the company`) stands for
  the organisation named just before it.
Then a sentence's other names of the right label are taken, except in the
pronoun's own sentence. Only when no sentence in reach decides is the
nearest entity of the right label taken; `we` always takes that.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .sources import phrase

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "we"}  # `we` keeps the nearest organisation: the speaker's own body
MALE_PRONOUNS = {"he", "him"}
FEMALE_PRONOUNS = {"she", "her"}
SENTENCES_BACK = 5
DESCRIPTION_SENTENCES = 2  # how far back `the group` looks for the organisation it names again
DEFINITE = {"the", "its", "their"}
FOUND, ON, THROUGH = "found", "on", "through"
PERSON, GROUP = ("PERSON",), ("ORG", "MEDIA")


@dataclass
class Words:
    """The lexicon's words for telling what a phrase can stand for."""

    organisations: set[str]
    collectives: set[str]
    persons: set[str]
    female: set[str]
    male: set[str]
    female_names: set[str]
    male_names: set[str]


@dataclass
class Referents:
    """Resolves the pronoun sources of one Doc in cue order, remembering every source and every link for the
    pronouns after them."""

    doc: Doc
    words: Words
    sources: dict[int, Span] = field(default_factory=dict)  # first token -> the source of an attribution
    linked: dict[int, Span | None] = field(default_factory=dict)  # a pronoun source's token -> its referent

    def __post_init__(self) -> None:
        # indexes, so that an article of a million words costs no more a pronoun than a short one
        self._source_starts: list[int] = []
        self._named = {labels: [e for e in self.doc.ents if e.label_ in labels] for labels in (PERSON, GROUP)}
        self._named_ends = {labels: [e.end for e in found] for labels, found in self._named.items()}
        self._at = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
        self._surnames: dict[str, list[Span]] = {}
        for person in self._named[PERSON]:
            self._surnames.setdefault(person[-1].lower_, []).append(person)
        self._pronouns_of: dict[str, set[str]] = {}  # a surname -> the pronouns linked to it

    def add(self, source: Span, anchor: int) -> Span | None:
        """Remember an attribution's source; for a pronoun, return the entity it stands for. anchor: the first token
        of the attribution (the pronoun, or a content before it), before which the antecedent is sought."""
        if source.start not in self.sources:
            self.sources[source.start] = source
            insort(self._source_starts, source.start)
        if len(source) != 1 or source[0].lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return None
        found = self._resolve(source[0], anchor, depth=0)
        self.linked[source.start] = found
        if found is not None:
            self._pronouns_of.setdefault(found[-1].lower_, set()).add(source[0].lower_)
        return found

    def _entities(self, labels: tuple[str, ...], start: int, end: int) -> list[Span]:
        """The entities of the labels lying within tokens [start, end), in order."""
        named, ends = self._named[labels], self._named_ends[labels]
        found = named[bisect_left(ends, start + 1) : bisect_left(ends, end + 1)]
        return [e for e in found if e.start >= start]

    def _resolve(self, pronoun: Token, anchor: int, depth: int) -> Span | None:
        word = pronoun.lower_
        labels = PERSON if word in PERSON_PRONOUNS else GROUP
        described = False
        if word != "we" and depth < 3:
            sentence = self.doc[anchor].sent
            for back in range(SENTENCES_BACK):
                end = anchor if back == 0 else sentence.end
                verdict, entity = self._in_sentence(pronoun, sentence, end, labels, depth, own=back == 0)
                if verdict == FOUND:
                    return entity
                described = described or verdict == THROUGH
                if sentence.start == 0:
                    break
                sentence = self.doc[sentence.start - 1].sent
        if described:
            return None  # `the commissioner` carried the pronoun on to no one named
        before = self._entities(labels, 0, anchor)
        return before[-1] if before else None

    def _in_sentence(self, pronoun: Token, sentence: Span, end: int, labels, depth: int, own: bool):
        """(verdict, entity) from the sources and subjects of a sentence up to `end`, nearest first; then, in a
        sentence before the pronoun's own, from its other entities of the right label (`Police arrested John Smith.
        He said`)."""
        through = False
        for mention in self._mentions(sentence, end):
            verdict, entity = self._judge(pronoun, mention, labels, depth)
            if verdict == FOUND:
                return FOUND, entity
            through = through or verdict == THROUGH
        others = [e for e in self._entities(labels, sentence.start, end) if self._agrees(pronoun, e, None)]
        if others and not own:  # a fronted phrase's names are none (`In a report published with UNICEF, it said`)
            return FOUND, others[-1]
        return (THROUGH if through else ON), None

    def _mentions(self, sentence: Span, end: int) -> list[Span]:
        """The sources of the attributions so far and the subjects of the sentence's root that end before `end`,
        nearest first; a phrase inside another (an apposition's source) is none of its own."""
        starts = self._source_starts[bisect_left(self._source_starts, sentence.start) : bisect_left(self._source_starts, end)]
        found = [self.sources[start] for start in starts if self.sources[start].end <= end]
        for token in sentence.root.children:
            if token.dep_ in ("nsubj", "nsubjpass") and token.right_edge.i < end:
                found.append(phrase(token))
        outer = [m for m in found if not any(o.start <= m.start and m.end <= o.end and len(o) > len(m) for o in found)]
        unique = {m.start: m for m in outer}
        return [unique[k] for k in sorted(unique, reverse=True)]

    def _judge(self, pronoun: Token, mention: Span, labels, depth: int) -> tuple[str, Span | None]:
        """What one source or subject tells of the pronoun: FOUND (an entity, or none: a source without a name),
        ON (it cannot stand for the pronoun) or THROUGH (a description, `The commissioner`, of someone named before)."""
        word = pronoun.lower_
        first = mention[0]
        if len(mention) == 1 and first.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            if not _same_kind(word, first.lower_):
                return ON, None
            if first.i in self.linked:
                return FOUND, self.linked[first.i]
            return FOUND, self._resolve(first, first.i, depth + 1)
        root = mention.root
        heads = [root] + [c for c in root.children if c.dep_ == "appos"]
        heading = next((self._at[t.i] for t in heads if t.i in self._at and self._at[t.i].start >= mention.start), None)
        if heading is not None:
            agrees = heading.label_ in labels and self._agrees(pronoun, heading, heads)
            return (FOUND, heading) if agrees else (ON, None)
        if root.pos_ != "NOUN":
            return ON, None
        lemma = root.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in root.children)
        if word in PERSON_PRONOUNS:
            if lemma not in self.words.persons or not self._agrees(pronoun, None, heads):
                return ON, None
            return (THROUGH, None) if definite else (FOUND, None)  # `A spokesman for the council`: no name
        if lemma in self.words.organisations and (definite or any(c.dep_ == "poss" and c.lower_ in DEFINITE
                                                                  for c in root.children)):
            return FOUND, self._named_before(mention, labels)
        if word == "it":
            agrees = root.tag_ == "NN" and lemma not in self.words.persons
        else:
            agrees = root.tag_ == "NNS" or lemma in self.words.organisations | self.words.collectives
        return (FOUND, None) if agrees else (ON, None)  # `The team`, `Pakistan's army`: a body without a name

    def _named_before(self, description: Span, labels) -> Span | None:
        """The organisation a description (`the group`) names again: the nearest one in its sentence or the ones
        just before."""
        sentence = description.sent
        for _ in range(DESCRIPTION_SENTENCES):
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        found = self._entities(labels, sentence.start, description.start)
        return found[-1] if found else None

    def _agrees(self, pronoun: Token, entity: Span | None, heads: list[Token] | None) -> bool:
        """The sex the text gives a person (a title before the name, a given name, a gendered noun heading its phrase,
        a pronoun linked to the same name before) does not contradict the pronoun's; organisations agree with `it`
        and `they`."""
        word = pronoun.lower_
        if word not in PERSON_PRONOUNS:
            return True
        words = {t.lower_ for head in heads or [] for t in head.subtree if t.dep_ in ("compound", "amod") or t == head}
        female = male = False
        if entity is not None:
            surname = entity[-1].lower_
            names = self._surnames.get(surname, [])
            words |= {self.doc[e.start - 1].lower_.rstrip(".") for e in names if e.start > 0}
            words |= self._pronouns_of.get(surname, set())
            given = {e[0].text for e in names if len(e) > 1}
            female, male = bool(given & self.words.female_names), bool(given & self.words.male_names)
        female = female or bool(words & (self.words.female | FEMALE_PRONOUNS))
        male = male or bool(words & (self.words.male | MALE_PRONOUNS))
        return female == male or female == (word in FEMALE_PRONOUNS)


def _same_kind(word: str, other: str) -> bool:
    """Two pronouns that can stand for the same source: the same gender, or the same group pronoun."""
    if word in PERSON_PRONOUNS and other in PERSON_PRONOUNS:
        return (word in FEMALE_PRONOUNS) == (other in FEMALE_PRONOUNS)
    return word == other
