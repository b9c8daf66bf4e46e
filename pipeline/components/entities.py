"""news_entities: turn the recogniser's entities into the guideline label set.

It maps labels (data/labels.json), adds the naming patterns of
data/entity_patterns.jsonl (MEDIA outlets, AIRCRAFT and WEAPON models,
clock TIMEs), which win over overlapping predictions, and applies the
boundary rules of the guidelines: no leading determiner, a place keeps its
designator (data/designators.json), a media descriptor stays outside the
name, a possessive owner is its own entity, a DATE is cut to its date words.
Labels are then corrected from what names say of themselves: a capitalised
head word (`... News Agency` MEDIA, `... Square` FAC, `... Court` ORG), a
country, capital or city of data/gazetteer.json (GPE), a later mention of
a person by one part of the name (PERSON).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .data import DataComponent

# Tokens dropped from the edges of an entity.
EDGE_WORDS = {"the", "a", "an", "around", "about", "approximately", "some", "at", "by", "on", "in", "'s", "’s", "s"}


@Language.factory(
    "news_entities",
    default_config={"label_map": "labels.json"},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos", "token.tag", "token.is_sent_start"],
)
def make_entity_normalizer(nlp: Language, name: str, label_map: str) -> "EntityNormalizer":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    label_map (str): data file mapping recogniser labels to guideline labels.
    """
    return EntityNormalizer(nlp, name, label_map=label_map)


class EntityNormalizer(DataComponent):
    data_files = ("labels.json", "entity_patterns.jsonl", "designators.json", "dates.json", "gazetteer.json")

    def __init__(self, nlp: Language, name: str, *, label_map: str = "labels.json") -> None:
        super().__init__(nlp, name)
        self.data_files = (label_map,) + EntityNormalizer.data_files[1:]
        self.label_map_file = label_map

    def _setup(self) -> None:
        self.label_map = self.data[self.label_map_file]
        # Names (string patterns) go to a PhraseMatcher, far faster than token patterns for them.
        self.matcher = Matcher(self.nlp.vocab)
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab)
        self.next_words: dict[str, set[str]] = {}
        for n, row in enumerate(self.data["entity_patterns.jsonl"]):
            pattern = row["pattern"]
            key = f"{row['label']}#{n}"
            if row.get("next_lower"):
                self.next_words[key] = set(row["next_lower"])
            if isinstance(pattern, str):
                self.phrase_matcher.add(key, [self.nlp.make_doc(pattern)])
            else:
                self.matcher.add(key, [pattern])
        designators = self.data["designators.json"]
        self.designators = {
            label: sorted((tuple(words.split()) for words in designators[label]), key=len, reverse=True)
            for label in ("GPE", "FAC", "MEDIA")
        }
        self.designator_starts = {label: {words[0] for words in tuples} for label, tuples in self.designators.items()}
        self.designator_ends = {label: {words[-1] for words in tuples} for label, tuples in self.designators.items()}
        self.name_words = {label: set(words) for label, words in designators["name_words"].items()}
        gazetteer = self.data["gazetteer.json"]
        self.countries = set(gazetteer["countries"]) | set(gazetteer["capitals"])
        self.cities = set(gazetteer["cities"])
        dates = self.data["dates.json"]
        self.day_words = set(dates["day_words"])
        self.date_words = set(dates["months"]) | set(dates["weekdays"]) | self.day_words

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        pattern_spans = self._pattern_spans(doc)
        taken = {i for span in pattern_spans for i in range(span.start, span.end)}
        spans = list(pattern_spans)
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            span = self._normalize(doc, ent)
            if span is not None:
                spans.extend(self._split_possessive(span))
        spans.extend(self._media_by_descriptor(doc, spans))
        spans = [self._relabel_place(self._relabel_by_name_words(s)) for s in spans]
        spans.extend(self._missing_countries(doc, spans))
        spans = self._relabel_surnames(spans)
        doc.ents = filter_spans([s for s in spans if len(s) > 0])
        return doc

    def _relabel_place(self, span: Span) -> Span:
        """A known country or capital is a GPE whatever was predicted; a known city unless predicted PERSON."""
        text = span.text
        if span.label_ == "GPE" or not (text in self.countries or text in self.cities):
            return span
        if text in self.countries or span.label_ in ("ORG", "MEDIA", "LOC", "FAC"):
            return Span(span.doc, span.start, span.end, label="GPE")
        return span

    def _missing_countries(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper nouns the recogniser missed that name a country or a capital."""
        covered = {i for span in spans for i in range(span.start, span.end)}
        found = []
        for start, end in self._proper_noun_runs(doc, covered):
            if doc[start:end].text in self.countries:
                found.append(Span(doc, start, end, label="GPE"))
        return found

    @staticmethod
    def _proper_noun_runs(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
        runs, i = [], 0
        while i < len(doc):
            if doc[i].pos_ == "PROPN" and i not in covered:
                j = i
                while j < len(doc) and doc[j].pos_ == "PROPN" and j not in covered:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _relabel_by_name_words(self, span: Span) -> Span:
        """`Iraqi News Agency` is MEDIA, `Tahrir Square` FAC, `Nakuru County Police` ORG, whatever was predicted."""
        if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "MEDIA") or len(span) < 2:
            return span
        if any(t.text in self.name_words["MEDIA"] for t in span):
            label = "MEDIA"
        else:
            last = span[-1].text
            label = next((lab for lab in ("FAC", "LOC", "ORG") if last in self.name_words[lab]), span.label_)
        return span if label == span.label_ else Span(span.doc, span.start, span.end, label=label)

    def _relabel_surnames(self, spans: list[Span]) -> list[Span]:
        """A later mention of a person by one part of the name (`Valdivieso`) is a PERSON too."""
        name_parts = {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s if t.is_title}
        return [Span(s.doc, s.start, s.end, label="PERSON")
                if len(s) == 1 and s.text in name_parts and s.label_ != "PERSON" else s for s in spans]

    def _pattern_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in list(self.matcher(doc)) + list(self.phrase_matcher(doc)):
            key = self.nlp.vocab.strings[match_id]
            required = self.next_words.get(key)
            if required is not None and (end >= len(doc) or doc[end].lower_ not in required):
                continue
            spans.append(Span(doc, start, end, label=key.split("#", 1)[0]))
        return filter_spans(spans)

    def _designator_after(self, doc: Doc, end: int, label: str) -> int:
        """End of a lower-case designator of `label` right after token `end`, or -1."""
        if end >= len(doc) or doc[end].text not in self.designator_starts[label]:
            return -1  # the cheap test first: this runs for every entity
        for words in self.designators[label]:
            stop = end + len(words)
            if stop <= len(doc) and tuple(t.text for t in doc[end:stop]) == words:
                return stop
        return -1

    def _normalize(self, doc: Doc, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        label = self.label_map.get(ent.label_)
        # A media descriptor inside the prediction ("RIA Novosti news agency") is cut off.
        for words in self.designators["MEDIA"]:
            n = len(words)
            if end - start > n and tuple(t.text for t in doc[end - n : end]) == words:
                end -= n
                label = "MEDIA"
                break
        if label is None and any(t.tag_ == "JJ" for t in doc[start:end]):
            return None  # a nationality adjective ("Russian state media") is no name to extend
        while start < end and (doc[start].lower_ in EDGE_WORDS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].lower_ in EDGE_WORDS or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        if end - start == 1 and doc[start].tag_ == "JJ":
            return None  # a nationality adjective ("Azerbaijani forces") is no entity
        if label != "MEDIA" and self._designator_after(doc, end, "MEDIA") > 0 and doc[start].text[:1].isupper():
            label = "MEDIA"
        elif label not in ("MEDIA", "DATE", "TIME", "COUNT"):
            for designated in ("GPE", "FAC"):
                stop = self._designator_after(doc, end, designated)
                if stop > 0 and doc[start].is_title:
                    return Span(doc, start, stop, label=designated)
        if label == "DATE":
            return self._date_core(doc, start, end)
        if end - start == 1 and doc[start].is_sent_start and doc[start].tag_ == "NNS":
            return None  # a capitalised plural common noun opening a sentence ("Videos circulating ...")
        if label is None:
            return None
        return Span(doc, start, end, label=label)

    def _date_core(self, doc: Doc, start: int, end: int) -> Span | None:
        """Cut a DATE down to the stretch of date words; None when it has none (durations, periods)."""
        core = [
            i for i in range(start, end)
            if doc[i].lower_.rstrip(".") in self.date_words
            or (doc[i].is_digit and len(doc[i].text) in (1, 2, 4))
            or doc[i].lower_.rstrip("stndrh") in {str(n) for n in range(1, 32)}
        ]
        if not any(doc[i].lower_.rstrip(".") in self.date_words or len(doc[i].text) == 4 for i in core):
            return None
        if len(core) == 1 and doc[core[0]].lower_ in self.day_words and doc[core[0]].is_title \
                and not doc[core[0]].is_sent_start:
            return None  # a capitalised "Today" inside a sentence is part of a name ("Russia Today")
        return Span(doc, core[0], core[-1] + 1, label="DATE")

    def _split_possessive(self, span: Span) -> list[Span]:
        """`Russia's Ministry of Defence` is GPE `Russia` + ORG `Ministry of Defence`."""
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text in ("'s", "’s"):
                owner_label = "GPE" if span.label_ in ("ORG", "GPE") else span.label_
                return [Span(doc, span.start, i, label=owner_label), Span(doc, i + 1, span.end, label=span.label_)]
        return [span]

    def _media_by_descriptor(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper-noun runs the recogniser missed right before or after a media descriptor
        ("the Ukrainska Pravda news website", "state broadcaster TVM")."""
        covered = {i for span in spans for i in range(span.start, span.end)}
        found = []
        for start, end in self._proper_noun_runs(doc, covered):
            before = start > 0 and doc[start - 1].lower_ in self.designator_ends["MEDIA"] and any(
                tuple(t.lower_ for t in doc[max(0, start - len(w)):start]) == w for w in self.designators["MEDIA"])
            if self._designator_after(doc, end, "MEDIA") > 0 or before:
                found.append(Span(doc, start, end, label="MEDIA"))
        return found
