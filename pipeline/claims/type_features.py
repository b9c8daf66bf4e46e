"""Features of a source for the learned source-type model: strings ``group=value``, each present or not.

Groups (a model keeps the groups it was trained with, ``GROUPS`` by default):

- ``head``, ``head2``, ``word``: the head noun of the source phrase (its lemma), the last two words
  of the head part, and every word of the phrase; for a pronoun the phrase it was resolved to;
- ``role``: the words of a person's title or affiliation; ``person``: a person, with or without one;
- ``entity``, ``name``: labels of the entities in the source (and of a pronoun's referent entity), and
  the words of the names of bodies and outlets among them;
- ``pronoun``: the pronoun, its person, whether it was resolved;
- ``lexicon``: which data list of data/source_types.json the head noun, the title or a body's name is in;
- ``context``: the words written right before the other mentions of a person in the article;
- ``genre``: the article's genre (``meta.genre``), when it has one;
- ``cue``: the cue's lemma;
- ``rule``: the type the rules give and the rule that gave it (for the combination with the rules).

Plain Python over the Article records, so that the model runs wherever the claims layer does.
"""

from __future__ import annotations

import re

from ..records import Article
from .source_types import body_type, lemma, rule_decision, title_kind
from .sources import DETERMINERS, SourceView, head_chunk
from .text import data

GROUPS = ("head", "head2", "word", "role", "person", "entity", "name", "pronoun", "lexicon", "context", "genre")
ALL_GROUPS = (*GROUPS, "cue", "rule")
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
HEAD_LISTS = (("evidence", "evidence_heads"), ("media", "media_heads"), ("expert", "expert_heads"),
              ("unnamed", "unnamed_heads"), ("witness", "witness_heads"), ("official", "official_heads"),
              ("organisation", "organisation_heads"), ("statement", "statement_heads"))
_WORD = re.compile(r"[\w][\w'’.@&-]*")
_STOP = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "who", "which", "that",
         "is", "was", "has", "had", "have", "be", "been", "'s", "’s", "s"}


def cue_lemma(cue: str) -> str:
    words = cue.lower().split()
    if not words:
        return ""
    verb = words[0]
    for suffix in ("ing", "ed", "es", "s"):
        if verb.endswith(suffix) and len(verb) > len(suffix) + 2:
            verb = verb[: -len(suffix)]
            break
    return " ".join([verb, *words[1:]])


def _words(text: str) -> list[str]:
    return [w.lower().rstrip(".") for w in _WORD.findall(text)]


def _context(article: Article, view: SourceView) -> set[str]:
    """Lower-case words right before the mentions of the person's surname (``President Shimon Peres``)."""
    if view.person is None:
        return set()
    surname = view.person.text.split()[-1]
    found = set()
    for match in re.finditer(r"\b" + re.escape(surname) + r"\b", article.text):
        before = article.text[max(0, match.start() - 40):match.start()].split("\n")[-1]
        words = [w for w in _words(before) if w not in _STOP and not w[:1].isdigit()]
        given = view.person.text.split()[:-1]
        words = [w for w in words if w not in {g.lower() for g in given}]
        found.update(lemma(w) for w in words[-2:])
    return found


def source_features(view: SourceView, article: Article, *, cue: str | None = None) -> list[str]:
    """Every feature of the source of one attribution (all groups of ``ALL_GROUPS``)."""
    if view.text is None:
        return ["rule=unnamed", "rule=unnamed|no-source", "pronoun=none"]
    lex = data("source_types.json")
    features: set[str] = set()
    chunk, _rest = head_chunk(view.phrase)
    chunk = [w for w in chunk if w not in DETERMINERS] or chunk
    head = chunk[-1] if chunk else ""
    features.add(f"head={lemma(head)}")
    if len(chunk) > 1:
        features.add(f"head2={lemma(chunk[-2])} {lemma(head)}")
    features.update(f"word={lemma(w)}" for w in _words(view.phrase) if w not in _STOP)
    features.update(f"role={lemma(w)}" for w in _words(view.role) if w not in _STOP)
    if view.person is not None:
        features.add("person=role" if view.role else "person=bare")
    for entity in view.entities:
        features.add(f"entity={entity.label}")
        if entity.label in ("ORG", "MEDIA"):
            features.update(f"name={lemma(w)}" for w in _words(entity.text) if w not in _STOP)
            kind = body_type(entity.text, article)
            features.add(f"lexicon=body-{kind or 'none'}")
    if view.pronoun:
        features.add(f"pronoun={view.pronoun}")
        features.add("pronoun=first" if view.pronoun in FIRST_PERSON else "pronoun=third")
        features.add("pronoun=resolved" if view.entities or view.antecedent is not None else "pronoun=unresolved")
    else:
        features.add("pronoun=none")
    for kind, key in HEAD_LISTS:
        if head in lex[key] or " ".join(chunk[-2:]) in lex[key]:
            features.add(f"lexicon=head-{kind}")
    title = title_kind(view.role or view.phrase)
    if title:
        features.add(f"lexicon=title-{title}")
    features.update(f"context={w}" for w in _context(article, view))
    if article.genre:
        features.add(f"genre={article.genre}")
    if cue:
        features.add(f"cue={cue_lemma(cue)}")
    kind, rule = rule_decision(view, article)
    features.update((f"rule={kind}", f"rule={kind}|{rule}"))
    return sorted(features)


def keep_groups(features: list[str], groups) -> list[str]:
    """The features of the given groups only."""
    wanted = set(groups)
    return [f for f in features if f.split("=", 1)[0] in wanted]
