"""news_entities: turn the recogniser's entities into the guideline label set.

It maps labels (data/labels.json) and adds names the recogniser need not
know: aircraft and weapon designators (designators.py), outlets of the media
list (data/media.txt), airports (data/airports.txt), armed groups (data/armed_groups.txt) and the naming
patterns of data/entity_patterns.jsonl
(model names, clock TIMEs, road numbers); these win over overlapping predictions. The new
labels stay where something supports them: an AIRCRAFT or WEAPON prediction
only where the designator grammar or a pattern finds one (a manufacturer
alone is ORG), a MEDIA prediction only where the media list, a media name
word or a descriptor says media (else ORG). Then the boundary rules of the
guidelines: no leading determiner, a place keeps its designator
(data/designators.json), a media descriptor stays outside the name, a
possessive owner is its own entity, a DATE is cut to its date words and a
range gives two (dates.py), a TIME needs a clock time. Labels are corrected
from what names say of themselves (names.py), and a name after `the city of`, or a lone name called a person
after `in`/`at`/`near`, is a GPE wherever the article writes it (places.py), a name the article calls a website or magazine MEDIA (media_names.py), and
an acronym defined in brackets takes the label of its name (acronyms.py); ships and spacecraft get none
(vessels.py), nor do events, awards, a body's name in a law's title, faiths and peoples (events.py), nor does a lone capitalised common noun for a kind of body (`the Church`, `Secretary of State`).

A known place in capitals opening a paragraph before a comma, dash or bracket is a dateline's GPE (datelines.py),
and the sides of a sports result with a score are teams, ORG, as is a name before a sports role noun (`a Liverpool
fan`; sports.py); `the Syria-Iraq border` is a LOC (places.py). Facilities and bodies the recogniser cuts are mended:
a facility word with its number (`Tower 22`; facilities.py), a unit's ordinal, a body named after its country, a name
a lower-case word calls a party or an armed group (`the M23 rebels`; bodies.py); a minister's field in a title
(`Home Secretary`) and the acronym of a thing (`a CT scan`) are no names (names.py).

People's names are made whole (names.py whole_person_names): a surname the recogniser set apart takes its given
name (`Enver` + `Solomon`), a particle its next word (`von der` + `Leyen`), a name loses the title before it
(`Prince William`), and a bare name is a person where the parse says one (`Ruto's government`, `arrested R.
Karthikeyan`, `Mauer said`); a weekday set apart from its date is part of it, a joined range is one DATE and the end
year of `from 2004 to 2009` is one (dates.py).

A trained model runs two recognisers: the base model's, whose entities an instance of this factory made with
`stash` keeps aside (doc.spans BASE_ENTITIES), then the fine-tuned one. The entities these rules start from are
then the base recogniser's, less those of CHECKED_LABELS that no entity of the fine-tuned one overlaps and that
no media data supports (`the Times`): the fine-tuned recogniser says what the guidelines leave unannotated (a
generic body, an event), but its own additions and labels lose to the base ones the rules were written for.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..data import DataComponent
from .acronyms import defined_acronyms
from .bodies import bodies_by_descriptor, bodies_named_after_places, numbered_units
from .facilities import facilities_after_names, numbered_facilities
from .dates import DateRules
from .datelines import dateline_places
from .designators import DesignatorFinder
from .namelist import NameList
from .names import NameRules, name_goes_on, person_name_parts, relabel_surnames
from .media_names import media_named_by_noun, media_short_names
from .places import bodies_after_locatives, named_borders, persons_after_locatives, places_named_by_noun
from .events import without_events
from .vessels import without_vessels
from .splits import split_brackets, split_possessive, split_slashes
from .sports import teams_in_results, teams_named_by_words, without_score

# Tokens dropped from the edges of an entity.
EDGE_WORDS = {"the", "a", "an", "around", "about", "approximately", "some", "at", "by", "on", "in", "'s", "’s", "s"}
# Honorifics are no part of a PERSON (ANNOTATION_NOTES): `Ms Bauchtman` gives `Bauchtman`.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "prof", "prof.", "professor", "sheikh",
              "madam", "dame", "lord", "lady"}
SUPPORTED_LABELS = ("AIRCRAFT", "WEAPON", "MEDIA")
# doc.spans key of the base recogniser's entities in a trained model, and the labels of them the fine-tuned
# recogniser must confirm (by an entity of its own over any of their tokens)
BASE_ENTITIES = "news_base_entities"
CHECKED_LABELS = ("ORG", "GPE", "LOC", "FAC")
# the recogniser's labels of products, works, events and laws, which get no label, nor anything inside them
UNNAMED_KINDS = ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


@Language.factory(
    "news_entities",
    default_config={"label_map": "labels.json", "stash": False},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos", "token.tag", "token.is_sent_start"],
)
def make_entity_normalizer(nlp: Language, name: str, label_map: str, stash: bool = False) -> "EntityNormalizer":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    label_map (str): data file mapping recogniser labels to guideline labels.
    stash (bool): only keep the recogniser's entities aside (doc.spans BASE_ENTITIES) for the instance after
        a second recogniser, and clear them (see the module's docstring).
    """
    return EntityNormalizer(nlp, name, label_map=label_map, stash=stash)


class EntityNormalizer(DataComponent):
    data_files = ("labels.json", "entity_patterns.jsonl", "designators.json", "dates.json", "gazetteer.json",
                  "media.txt", "aircraft.json", "designators_grammar.json", "airports.txt", "given_names.txt",
                  "armed_groups.txt", "role_nouns.txt")

    def __init__(self, nlp: Language, name: str, *, label_map: str = "labels.json", stash: bool = False) -> None:
        super().__init__(nlp, name)
        self.stash = stash
        self.data_files = () if stash else (label_map,) + EntityNormalizer.data_files[1:]
        self.label_map_file = label_map

    def _setup(self) -> None:
        if self.stash:
            return  # it reads no data
        self.label_map = self.data[self.label_map_file]
        # Names (string patterns) go to a NameList, far faster than token patterns for them.
        self.matcher = Matcher(self.nlp.vocab)
        self.name_list = NameList()
        self.next_words: dict[str, set[str]] = {}
        for n, row in enumerate(self.data["entity_patterns.jsonl"]):
            pattern = row["pattern"]
            key = f"{row['label']}#{n}"
            if row.get("next_lower"):
                self.next_words[key] = set(row["next_lower"])
            if isinstance(pattern, str):
                self.name_list.add(key, [pattern])
            else:
                self.matcher.add(key, [pattern])
        self.name_list.add("MEDIA#list", self.data["media.txt"])
        self.name_list.add("FAC#airports", self.data["airports.txt"])
        self.name_list.add("ORG#armed_groups", self.data["armed_groups.txt"])
        self.armed_groups = set(self.data["armed_groups.txt"])
        bodies = {row["pattern"] for row in self.data["entity_patterns.jsonl"]
                  if row["label"] == "ORG" and isinstance(row["pattern"], str)} | self.armed_groups
        words = self.data["designators.json"]

        def optional(key: str) -> set[str]:  # keys a model saved before they existed does not carry
            return set(words.get(key, []))

        self.names = NameRules(words, self.data["gazetteer.json"], self.data["media.txt"],
                               self.data["given_names.txt"], self.data["role_nouns.txt"], bodies)
        self.dates = DateRules(self.data["dates.json"])
        self.designators = DesignatorFinder(self.data["designators_grammar.json"], self.data["aircraft.json"])
        self.place_nouns = set(words["place_nouns"])
        self.loc_place_nouns = optional("loc_place_nouns")
        self.sports_role_nouns = optional("sports_role_nouns")
        self.club_first_words = optional("club_first_words")
        self.party_descriptors = optional("party_descriptors")
        self.group_descriptors = optional("group_descriptors")
        self.unit_heads = optional("unit_heads")
        self.caption_words = optional("caption_words")
        self.media_heads = set(words["media_heads"])
        self.media_site_modifiers = set(words["media_site_modifiers"])
        self.vessel_prefixes = [prefix.split() for prefix in words["vessel_prefixes"]]
        self.vessel_nouns = optional("vessel_nouns")
        self.event_prefixes = [prefix.split() for prefix in words["event_prefixes"]]
        self.event_heads = set(words["event_heads"])
        self.law_words = set(words["law_words"])
        self.faiths = set(words["faiths_and_peoples"])
        self.celestial = set(words["celestial_bodies"])
        self.lower_compass = {word.lower() for word in words["compass_words"]}
        self.head_words = set(words["name_words"]["FAC"]) | set(words["name_words"]["ORG"])
        self.manufacturers = {tuple(m.split()) for m in self.data["aircraft.json"]["manufacturers"]}

    def __call__(self, doc: Doc) -> Doc:
        if self.stash:
            doc.spans[BASE_ENTITIES] = list(doc.ents)
            doc.set_ents([], default="missing")  # unset, not "outside": the next recogniser predicts afresh
            return doc
        self.require_data()
        if BASE_ENTITIES in doc.spans:
            doc.ents = self._checked(doc, list(doc.spans[BASE_ENTITIES]))
            del doc.spans[BASE_ENTITIES]
        designators = self.designators.find(doc)
        designated = {i for span in designators for i in range(span.start, span.end)}
        found = filter_spans(designators + self._pattern_spans(doc, designated))
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = list(found)
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            for span in self._normalize(doc, ent):
                for part in (piece for bracketed in split_brackets(span) for piece in split_slashes(bracketed)):
                    for name in split_possessive(part, self.head_words, self.names.is_known_place):
                        spans.extend(self.names.split_person_after_name(name))
        spans.extend(self.names.media_by_descriptor(doc, spans))
        spans = self.names.persons_by_apposition(doc, spans)
        name_parts = person_name_parts(spans)
        spans = [self.names.by_gazetteer(self.names.body_of_a_country(
            self.names.by_given_name(self.names.by_name_words(s))), name_parts) for s in spans]
        spans = self.names.without_lone_persons(doc, spans)
        spans.extend(self.names.missing_countries(doc, spans))
        spans.extend(self.names.missing_persons(doc, spans))
        spans.extend(self.names.missing_by_name_words(doc, spans))
        spans = self.names.extend_by_of_phrase(doc, spans)
        spans = self.names.coordinated_bodies(doc, spans)
        spans = self.names.campus_and_host_names(doc, self.names.names_over_hyphens(doc, spans))
        spans = facilities_after_names(doc, numbered_facilities(doc, spans, self.names.name_words["FAC"]))
        spans = numbered_units(doc, spans, self.unit_heads)
        spans = bodies_named_after_places(doc, spans, self.names.name_words["ORG"], self.names.is_known_place)
        spans = bodies_by_descriptor(doc, spans, self.party_descriptors, self.group_descriptors,
                                     self.names.is_known_place)
        spans = self.names.leaders_of_governments(doc, spans)
        spans = places_named_by_noun(doc, places_named_by_noun(doc, relabel_surnames(spans), self.place_nouns),
                                     self.loc_place_nouns, "LOC")
        spans = persons_after_locatives(doc, spans, person_name_parts(spans), self.names.is_known_place)
        spans = bodies_after_locatives(doc, spans, self.names.name_words["ORG"], self.armed_groups)
        spans = media_short_names(doc, media_named_by_noun(doc, spans, self.media_heads, self.media_site_modifiers),
                                  self.names.name_words["MEDIA"], self.names.is_known_place)
        spans = without_vessels(doc, defined_acronyms(doc, spans), self.vessel_prefixes, self.vessel_nouns)
        spans = without_events(doc, spans, self.event_prefixes, self.event_heads, self.law_words, self.faiths,
                               self.celestial)
        spans = self.names.without_generic_nouns(doc, spans)
        spans = self.names.without_titles(doc, spans)
        spans = self.names.without_headline_phrases(self.names.without_portfolios(doc, spans))
        spans = dateline_places(doc, spans, self.names.is_known_place_any_case)
        spans = teams_in_results(doc, spans, self.names.countries, self.names.cities)
        spans = teams_named_by_words(doc, spans, self.names.countries, self.sports_role_nouns, self.club_first_words,
                                     self.names.is_known_place, self.names.role_nouns)
        spans = self.dates.weekdays_and_range_ends(doc, self.names.whole_person_names(doc, named_borders(doc, spans)))
        doc.ents = filter_spans([s for s in spans if len(s) > 0])
        return doc

    def _checked(self, doc: Doc, base: list[Span]) -> list[Span]:
        """The base recogniser's entities (`base`), less those of CHECKED_LABELS that no entity of the fine-tuned
        recogniser (doc.ents) overlaps, unless the media data says they are an outlet."""
        tuned = {i for ent in doc.ents for i in range(ent.start, ent.end)}

        def kept(span: Span) -> bool:
            if span.label_ not in CHECKED_LABELS or any(i in tuned for i in range(span.start, span.end)):
                return True
            return self.names.is_media(span) or self.names.is_lone_media_word(span)
        return [Span(doc, span.start, span.end, label=span.label_) for span in base if kept(span)]

    def _pattern_spans(self, doc: Doc, designated: set[int] = frozenset()) -> list[Span]:
        spans = []
        matches = [(self.nlp.vocab.strings[match_id], start, end) for match_id, start, end in self.matcher(doc)]
        for key, start, end in matches + self.name_list(doc):
            required = self.next_words.get(key)
            if required is not None and (end >= len(doc) or doc[end].lower_ not in required):
                continue
            if key == "MEDIA#list" and doc[start].lower_ == "the" and name_goes_on(doc, end):
                continue  # `The Independent Electoral and Boundaries Commission` is no newspaper
            if key.startswith("ORG#") and any(e.start <= start and end <= e.end and len(e) > end - start
                                              and e.label_ in UNNAMED_KINDS for e in doc.ents):
                continue  # a company's name inside a product's or a work's (`Google Chrome`): no label inside them
            if key.startswith("FAC#") and (any(i in designated for i in range(start, end)) or (
                    not doc[end - 1].is_lower and end < len(doc) and doc[end].is_lower
                    and doc[end].tag_ in ("NN", "NNS"))):
                continue  # a road's number is no aircraft's or weapon's designator (`the M4 carbine`), nor a name
                # a common noun follows (`the M23 rebels`)
            if key.startswith("ORG#") and key != "ORG#armed_groups" and any(
                    e.start <= start and end <= e.end and len(e) > end - start and e.label_ == "ORG"
                    and not any(i in designated for i in range(e.start, e.end))
                    and not _coordinated(doc, e, start, end) for e in doc.ents):
                continue  # a body's name inside a longer predicted body's name (`UNESCO National Commission`), not
                # one a designator cuts short (`Ryanair Boeing` before `737`), nor one coordinated with another
                # (`Amnesty International and Human Rights Watch`)
            longer = next((e for e in doc.ents if e.start == start and e.end > end and e.label_ in ("PERSON", "GPE")
                           and not any(i in designated for i in range(e.start, e.end))
                           and not _coordinated(doc, e, start, end)), None) if key.startswith("ORG#") else None
            if longer is not None:
                end = longer.end  # a known body's name that starts a longer name taken for a person's or a place's
                # is the first word of a body's (`Siemens Gamesa`)
            while end - start > 1 and doc[start].lower_ in ("the", "a", "an"):
                start += 1  # "The Independent" gives MEDIA "Independent" (no leading determiner)
            spans.append(Span(doc, start, end, label=key.split("#", 1)[0]))
        return filter_spans(spans)

    def _supported(self, span: Span) -> Span | None:
        """A new label stays only where something supports it (the found names already won)."""
        if span.label_ == "MEDIA":
            return span if self.names.is_media(span) else Span(span.doc, span.start, span.end, label="ORG")
        if tuple(t.lower_ for t in span) in self.manufacturers:
            return Span(span.doc, span.start, span.end, label="ORG")
        return None  # an AIRCRAFT or WEAPON that no designator or pattern found

    def _normalize(self, doc: Doc, ent: Span) -> list[Span]:
        start, end = ent.start, ent.end
        label = self.label_map.get(ent.label_)
        stripped = self.names.strip_media_descriptor(doc, start, end)
        if stripped > 0:
            end, label = stripped, "MEDIA"
        if label is None and any(t.tag_ == "JJ" for t in doc[start:end]):
            return []  # a nationality adjective ("Russian state media") is no name to extend
        while start < end and (doc[start].lower_ in EDGE_WORDS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].lower_ in EDGE_WORDS or doc[end - 1].is_punct) \
                and not _after_joined_hyphen(doc, start, end - 1):
            end -= 1  # not the end of a hyphenated name (`Moon Jae-in`)
        while label == "PERSON" and end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
        while end - start > 1 and doc[start].text in self.lower_compass:
            start += 1  # a lower-case compass word is no part of a name: `west London` gives `London`
        while label == "PERSON" and end - start > 2 and doc[start].is_title \
                and doc[start].lower_ in self.names.role_nouns:
            start += 1  # a title the recogniser ran into the name (`Councillor Janet Okafor`) is no part of it
        end = without_score(doc, start, end)
        while end - start > 1 and end < len(doc) and doc[end].text == ":" and doc[end - 1].text in self.caption_words:
            end -= 1  # a credit's word after the name (`Washington D.C. Image: ...`)
        if start >= end:
            return []
        if end - start == 1 and doc[start].tag_ == "JJ":
            return []  # a nationality adjective ("Azerbaijani forces") is no entity
        if label == "DATE":
            return self.dates.core(doc, *self.dates.widened(doc, start, end))
        if label == "TIME":
            return self.dates.time(doc, start, end)
        if label != "MEDIA" and label != "COUNT" and self.names.descriptor_after(doc, end, "MEDIA") > 0 \
                and doc[start].text[:1].isupper():
            label = "MEDIA"
        elif label not in ("MEDIA", "COUNT"):
            for designated in ("GPE", "FAC", "LOC"):
                stop = self.names.descriptor_after(doc, end, designated)
                if stop > 0 and doc[start].is_title and not self.names.is_side(doc, start, end, stop):
                    return [Span(doc, start, stop, label=designated)]
        if label is None and self.names.is_known_place(doc[start:end].text):
            label = "GPE"  # the base model often calls a city a NORP ("in eastern Aleppo")
        if label is None or (end - start == 1 and doc[start].is_sent_start and doc[start].tag_ == "NNS"):
            return []  # a dropped label, or a capitalised plural common noun opening a sentence ("Videos ...")
        if label not in ("COUNT", "AIRCRAFT", "WEAPON") and not any(c.isalpha() for c in doc[start:end].text):
            return []  # a name has letters: "[1]" is a citation mark
        if label in ("GPE", "LOC", "PERSON") and any(c.isdigit() for c in doc[start:end].text):
            return []  # a place or a person has no digits in its name ("IE6" is a product)
        span = Span(doc, start, end, label=label)
        if label in SUPPORTED_LABELS:
            span = self._supported(span)
        return [span] if span is not None else []


def _coordinated(doc: Doc, entity: Span, start: int, end: int) -> bool:
    """The name doc[start:end] inside the predicted entity is one conjunct: `and` or a comma stands right after or
    right before it in the entity (`Amnesty International and Human Rights Watch`)."""
    return (end < entity.end and doc[end].lower_ in ("and", ",")) or (start > entity.start
                                                                      and doc[start - 1].lower_ in ("and", ","))


def _after_joined_hyphen(doc: Doc, start: int, i: int) -> bool:
    """doc[i] ends a hyphenated word inside the entity (`Jae-in`): a hyphen with no space around it before it."""
    return i - 2 >= start and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i].is_alpha
