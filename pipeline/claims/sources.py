"""Who a source is: the phrase, the entities in it, and what a pronoun or a short definite phrase stands for.

``he``/``she``/``it``/``they`` take the entity the attribution layer linked
(``source_entity``), else the source of the claim before them; ``the ministry``
or ``the official`` takes the earlier source or organisation it names again; a
surname alone (``Tan``) takes the role given with the full name earlier. In an interview, an unlinked ``I``
outside quotation marks is the person interviewed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Article, Attribution, Entity
from .text import data

PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "my", "our", "us", "me"}
FIRST_PERSON = {"i", "me", "my"}
NAMED = ("PERSON", "ORG", "MEDIA", "GPE", "LOC", "FAC")
CUT_WORDS = {"of", "from", "by", "in", "on", "at", "for", "with", "to", "including", "who", "which", "that", "whose",
             "seen", "published", "posted", "shared", "aired", "circulating", "documenting", "made", "interviewed",
             "reached", "carried", "sent", "read", "issued", "released", "run", "known", "stationed", "based", "and"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "some",
               "several", "all", "one", "two", "three", "many", "other", "another", "same"}
_POSSESSIVE = re.compile(r"['’]s?\s")
_WORD = re.compile(r"[\w][\w'’.-]*")
_BARE_STATEMENT = re.compile(r"(?:the|this|that|its|their|his|her) (?:statement|communiqu[eé]|press release)")


@dataclass
class SourceView:
    """What is known about the source of one attribution."""

    text: str | None
    phrase: str = ""
    """The words classified: the phrase as written, or for a resolved pronoun the entity with its role."""
    entities: list[Entity] = field(default_factory=list)
    person: Entity | None = None
    role: str = ""
    pronoun: str | None = None
    denial: bool = False
    antecedent: int | None = None
    """Index of the earlier attribution whose source this one names again."""

    @property
    def words(self) -> list[str]:
        return [w.lower() for w in _WORD.findall(self.phrase)]


def head_chunk(phrase: str) -> tuple[list[str], list[str]]:
    """(words before the head noun and the head, the rest) of a noun phrase: possessors dropped, cut at the
    first preposition, relative word, participle, ``and`` or comma (``Satellite images published by ...`` ->
    images); ``one of our ads`` is read as ``our ads``."""
    after_possessor = _POSSESSIVE.split(phrase)[-1] if _POSSESSIVE.search(phrase) else phrase
    chunk: list[str] = []
    rest: list[str] = []
    for piece in re.findall(r"[\w][\w'’.-]*|[,(:;—–]", after_possessor):
        word = piece.lower().rstrip(".")
        if rest or (chunk and (word in CUT_WORDS or piece in ",(:;—–")):
            rest.append(word)
        else:
            chunk.append(word)
    if chunk and chunk[-1] in data("source_types.json")["part_words"] and rest[:1] == ["of"] and len(rest) > 1:
        return head_chunk(" ".join(rest[1:]))
    return chunk, rest


def entities_in(article: Article, start: int, end: int) -> list[Entity]:
    return [e for e in article.entities if e.label in NAMED and start <= e.start and e.end <= end]


def _role_of(article: Article, person: Entity) -> str:
    """The role given with this person or another mention of the same surname, else the title words the text
    writes around a mention (``Professor Eastman``, ``Marymegan Daly, an associate professor at ...``)."""
    if person.attrs.get("role"):
        return str(person.attrs["role"])
    surname = person.text.split()[-1]
    for entity in article.entities:
        names = entity.text.split()
        if entity.label == "PERSON" and entity.attrs.get("role") and (
                names[-1] == surname or (len(person.text.split()) == 1 and names[0] == surname)):
            return str(entity.attrs["role"])
    return _context_role(article.text, surname)


def _context_role(text: str, surname: str) -> str:
    """Title words right before a mention of the surname (``Professor Eastman``, ``Minister for the Middle East,
    Tobias Ellwood``) and an apposition right after it (``, an associate professor at ...``, ``, wikiHow founder``):
    those that hold a role word."""
    found = []
    for match in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
        window = text[max(0, match.start() - 80):match.start()].split("\n")[-1]
        title = re.search(r"((?:[A-Z][\w'’.-]*\s+){1,4})(?:[A-Z][\w'’.-]*\s+)?$", window)
        if title:
            found.append(title.group(1).strip())
        titled = re.search(r"([A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*)){0,6}),\s+(?:[A-Z][\w'’.-]*\s+){0,2}$",
                           window)
        if titled:
            found.append(titled.group(1))
        apposition = re.match(r"(?:,|\s+(?:is|was))\s+((?:an?\s+|the\s+)?(?:[^,.;:\n]|\.(?=\S)|(?<=\b[A-Z])\.){3,80}?)"
                              r"(?:[,;:\n]|(?<!\b[A-Z])\.(?:\s|$)|$)", text[match.end():match.end() + 90])  # "U.S." goes on
        if apposition:
            found.append(apposition.group(1))
    lex = data("source_types.json")
    known = {w for kind in lex["roles"].values() for phrase in kind for w in phrase.split()} | set(lex["honorific_roles"])
    return " ; ".join(phrase for phrase in found if set(re.findall(r"[\w-]+", phrase.lower())) & known)


def _entity_view(article: Article, entity: Entity, text: str, pronoun: str) -> SourceView:
    role = _role_of(article, entity) if entity.label == "PERSON" else ""
    return SourceView(text, f"{role} {entity.text}".strip(), [entity], entity if entity.label == "PERSON" else None,
                      role, pronoun)


def _strip_denial(phrase: str) -> tuple[str, bool]:
    """A source phrase that swallowed its verb (``The company rejects``): the phrase without it, and True."""
    denials = set(data("conflicts.json")["denials"])
    words = phrase.split()
    if len(words) > 1 and words[-1].lower().strip(".,") in denials:
        return " ".join(words[:-1]), True
    return phrase, False


def source_views(article: Article) -> list[SourceView]:
    """One SourceView per attribution of the article, in order."""
    views: list[SourceView] = []
    interviewed = interviewee(article)
    for index, attribution in enumerate(article.attributions):
        views.append(_view(article, attribution, index, views, interviewed))
    return views


def _view(article: Article, attribution: Attribution, index: int, before: list[SourceView],
          interviewed: Entity | None) -> SourceView:
    source = attribution.source
    if source is None:
        return SourceView(None)
    phrase, denial = _strip_denial(" ".join(source.text.split()))
    lower = phrase.lower()
    if lower in PRONOUNS or _BARE_STATEMENT.fullmatch(lower):
        entity = article.entity(attribution.source_entity) if attribution.source_entity else None
        if entity is None and lower in FIRST_PERSON and not _in_quote(article.text, source.start):
            entity = interviewed
        if entity is not None:
            view = _entity_view(article, entity, source.text, lower)
        else:
            view = _previous(article, attribution, before, source.text, lower)
        view.denial = denial
        return view
    inside = entities_in(article, source.start, source.end)
    person = next((e for e in inside if e.label == "PERSON"), None)
    view = SourceView(source.text, phrase, inside, person, "", None, denial)
    if person is not None:
        role = _role_of(article, person)
        outside = " ".join(phrase.replace(person.text, " ").split())
        view.role = " ".join(dict.fromkeys([role, outside])).strip() if role else outside
        if not role and len(phrase.split()) <= 2:
            view.phrase = f"{_role_of(article, person)} {phrase}".strip()
    elif not any(e.label in ("ORG", "MEDIA", "GPE") for e in inside):
        _definite(article, attribution, before, view)
    return view


QUESTIONS_FOR_AN_INTERVIEW = 3
_INTERVIEW = re.compile(r"\b(?:interview(?:s|ed)?|tells|talks)\b", re.I)


def interviewee(article: Article) -> Entity | None:
    """The person an interview is with: the first person its headline names, when the headline says it is an
    interview (``Wikinews interviews ...``, ``... tells Wikinews``) or the text is questions and answers (at least
    QUESTIONS_FOR_AN_INTERVIEW paragraphs that are one short question each)."""
    headline = article.text.split("\n")[0]
    questions = sum(1 for p in article.text.split("\n\n") if p.strip().endswith("?") and len(p.split()) <= 40)
    if not _INTERVIEW.search(headline) and questions < QUESTIONS_FOR_AN_INTERVIEW:
        return None
    return next((e for e in article.entities if e.label == "PERSON" and e.end <= len(headline)), None)


def _in_quote(text: str, at: int) -> bool:
    """Whether an odd number of quotation marks opens before this point in its paragraph."""
    start = text.rfind("\n\n", 0, at) + 1
    before = text[start:at]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _previous(article: Article, attribution: Attribution, before: list[SourceView], text: str,
              pronoun: str) -> SourceView:
    """An unlinked pronoun stands for the source of the nearest claim before it (within a few paragraphs)."""
    for index in range(len(before) - 1, -1, -1):
        view = before[index]
        previous = article.attributions[index]
        if view.text is None or (view.pronoun and not view.entities and view.antecedent is None):
            continue
        if attribution.cue.start - previous.cue.end > 1500:
            break
        return SourceView(text, view.phrase, view.entities, view.person, view.role, pronoun, antecedent=index)
    return SourceView(text, text, pronoun=pronoun)


def _definite(article: Article, attribution: Attribution, before: list[SourceView], view: SourceView) -> None:
    """``the ministry``, ``the border troops``: the earlier source or named organisation they name again."""
    words = [w.lower() for w in _WORD.findall(view.phrase)]
    if not words or words[0] not in ("the", "this", "that") or len(words) > 4:
        return
    named = [w for w in words[1:] if w not in DETERMINERS]
    if not named:
        return
    for index in range(len(before) - 1, -1, -1):
        earlier = before[index]
        if earlier.text and earlier.text != view.text and all(w in earlier.words for w in named):
            view.antecedent = index
            view.entities = earlier.entities
            view.person = earlier.person
            view.role = earlier.role
            view.phrase = earlier.phrase
            return
    heads = data("source_types.json")
    head = named[-1]
    if head in heads["organisation_heads"]:
        wanted, signals = ("ORG",), heads["organisation_bodies"]
    elif head in heads["media_heads"]:
        wanted, signals = ("MEDIA",), ()
    else:
        wanted, signals = ("ORG",), (head,)
    for entity in sorted(article.entities, key=lambda e: -e.start):
        if entity.label in wanted and entity.end <= attribution.cue.start:
            name_words = set(_WORD.findall(entity.text.lower()))
            if not signals or name_words & set(signals) or head in entity.text.lower():
                view.entities = [entity]
                view.phrase = f"{view.phrase} ({entity.text})"
                return
