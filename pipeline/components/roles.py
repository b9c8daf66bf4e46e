"""news_roles: the role of each PERSON, as the text gives it next to the name.

Read off the dependency parse: a title before the name ("Belgorod regional
governor Vyacheslav Gladkov"), an apposition before or after it ("Minister for
the Middle East, Tobias Ellwood" / "Tobias Ellwood, the Foreign Office
Minister"), or an affiliation after `from`/`of` ("Andriy Yusov from Ukraine's
Main Intelligence Directorate"). A phrase counts as a role only when it holds a
role noun of data/role_nouns.txt, or, for an affiliation, an entity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .data import DataComponent

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "prof", "professor", "sheikh", "madam", "dame", "lord", "lady"}
BOUNDARY = {",", "(", ")", ";", ":", "\"", "“", "”", "—", "–"}


@Language.factory(
    "news_roles",
    default_config={"scorer": {"@scorers": "news.roles_scorer.v1"}},
    assigns=["span._.role"],
    requires=["doc.ents", "token.dep", "token.head", "token.pos"],
    default_score_weights={"person_role_acc": 0.0},
)
def make_role_finder(nlp: Language, name: str, scorer) -> "RoleFinder":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    scorer (Callable): scores PERSON roles of Examples (news.roles_scorer.v1).
    """
    return RoleFinder(nlp, name, scorer=scorer)


class RoleFinder(DataComponent):
    data_files = ("role_nouns.txt",)

    def __init__(self, nlp: Language, name: str, *, scorer=None) -> None:
        super().__init__(nlp, name)
        self.scorer = scorer

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs)

    def _setup(self) -> None:
        self.role_nouns = set(self.data["role_nouns.txt"])

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        entity_tokens = {i: e for e in doc.ents for i in range(e.start, e.end)}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                role = self.find_role(doc, ent, entity_tokens)
                ent._.role = role.text if role is not None else None
        return doc

    def _has_role_noun(self, span: Span) -> bool:
        return any(t.lower_ in self.role_nouns or t.lemma_.lower() in self.role_nouns
                   or any(part in self.role_nouns for part in t.lower_.split("-")) for t in span)

    def _trim(self, doc: Doc, start: int, end: int) -> Span | None:
        """The phrase without edge determiners and punctuation, cut at a line break, and never an honorific
        alone (`Professor`, `Dr`: ANNOTATION_NOTES)."""
        while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].lower_ in ("as", "by")):
            start += 1
        for k in range(start, end):
            if "\n" in doc[k].whitespace_ or "\n" in doc[k].text:
                end = k + 1 if "\n" not in doc[k].text else k
                break
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if start >= end or (end - start == 1 and doc[start].lower_.rstrip(".") in HONORIFICS):
            return None
        return doc[start:end]

    def find_role(self, doc: Doc, ent: Span, entity_tokens: dict) -> Span | None:
        root = ent.root
        # 1. title right before the name, within the name's own noun phrase
        start = ent.start
        phrase = {t.i for t in root.subtree}
        while start > 0:
            token = doc[start - 1]
            if token.i not in phrase:
                break
            hyphenated = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" and doc[token.i + 1].text == "-"
            title_of = token.lower_ in ("of", "for") and start - 2 >= 0 and self._has_role_noun(doc[start - 2:start - 1]) \
                and doc[start].is_title  # "Secretary of State John Kerry"
            if token.text in BOUNDARY or (token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ")
                                          and not hyphenated and not title_of):
                break
            if entity_tokens.get(start - 1) is not None and entity_tokens[start - 1].label_ == "PERSON":
                break
            start -= 1
        if start < ent.start:
            role = self._trim(doc, start, ent.start)
            if role is not None and self._has_role_noun(role):
                return role
        # 2. apposition before the name: "Minister for the Middle East, Tobias Ellwood"
        if root.dep_ == "appos" and root.head.i < ent.start:
            head = root.head
            end = ent.start
            while end > head.i and doc[end - 1].text in BOUNDARY:
                end -= 1
            role = self._trim(doc, head.left_edge.i, end)
            if role is not None and self._has_role_noun(role) and not any(t.text in BOUNDARY for t in role):
                return role
        for child in root.rights:
            if child.i < ent.end:
                continue
            # 3. apposition after the name: "Tobias Ellwood, the Foreign Office Minister,"
            if child.dep_ == "appos":
                end = child.i + 1
                for right in child.rights:  # "editor at large at the Saudi Gazette"
                    if right.dep_ in ("prep", "advmod") and right.i == end:
                        end = right.right_edge.i + 1
                role = self._trim(doc, child.left_edge.i, end)
                if role is not None and self._has_role_noun(role) and not any(t.text in BOUNDARY for t in role):
                    return role
            # 4. affiliation: "Andriy Yusov from Ukraine's Main Intelligence Directorate"
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "at") and child.i == ent.end:
                role = self._trim(doc, child.i + 1, child.right_edge.i + 1)
                if role is not None and any(i in entity_tokens for i in range(role.start, role.end)):
                    return role
        return None
