"""What names say of themselves: labels decided by a name's own words, by the gazetteer, by a
person's earlier mention, and MEDIA only where the text or the media list says so."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from .splits import SAINTS
from .tokens import covered_tokens, positions, proper_noun_runs

PLACE_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "MEDIA")
NAME_LABELS = PLACE_LABELS
GOVERNMENT_WORDS = {"regime", "government", "administration", "cabinet", "presidency"}
LOCATIVES = {"in", "near", "at", "from", "outside", "between", "towards", "toward", "via"}
COUNTRY_LINKS = {"of", "de", "du", "da", "do", "des", "del", "di"}
CAMPUS_WORDS = {"University", "College"}
"""First words of a university's name that a campus's place may follow (`University of North Carolina at
Greensboro`)."""
HEADLINE_FUNCTION_WORDS = {"Of", "And", "On", "In", "At", "For", "To", "With", "Over", "After", "As", "By", "From"}
"""Function words a headline in title case capitalises."""


class NameRules:
    def __init__(self, designators: dict, gazetteer: dict, media: list[str], given_names: list[str],
                 role_nouns: list[str], bodies: set[str] = frozenset()) -> None:
        self.given_names = set(given_names)
        self.bodies = bodies  # names of known bodies (data entity_patterns, armed_groups)
        self.role_nouns = set(role_nouns)
        self.descriptors = {
            label: sorted((tuple(words.split()) for words in designators[label]), key=len, reverse=True)
            for label in ("GPE", "FAC", "LOC", "MEDIA")
        }
        self.descriptor_starts = {label: {w[0] for w in words} for label, words in self.descriptors.items()}
        self.descriptor_ends = {label: {w[-1] for w in words} for label, words in self.descriptors.items()}
        self.name_words = {label: set(words) for label, words in designators["name_words"].items()}
        self.institute_words = set(designators["institute_words"])
        self.loc_first_words = set(designators["loc_first_words"])
        self.fac_first_words = set(designators.get("fac_first_words", []))
        self.org_first_words = set(designators.get("org_first_words", []))
        self.person_side_nouns = set(designators.get("person_side_nouns", []))
        self.saint_buildings = set(designators.get("saint_buildings", []))
        self.person_titles = set(designators["person_titles"])
        self.person_verbs = set(designators.get("person_verbs", []))
        self.person_object_verbs = set(designators.get("person_object_verbs", []))
        self.person_owned_nouns = set(designators.get("person_owned_nouns", []))
        self.name_particles = set(designators.get("name_particles", []))
        self.patronymic_endings = tuple(designators.get("patronymic_endings", []))
        self.person_nouns = set(designators.get("person_nouns", []))
        self.caption_words = set(designators.get("caption_words", []))
        self.generic_nouns = set(designators["generic_nouns"])
        self.common_acronyms = set(designators.get("common_acronyms", []))
        self.title_heads = set(designators["title_heads"])
        self.portfolio_words = set(designators.get("portfolio_words", []))
        self.field_body_heads = set(designators.get("field_body_heads", []))
        self.compass_words = set(designators["compass_words"])
        self.countries = set(gazetteer["countries"]) | set(gazetteer["capitals"]) | set(gazetteer.get("regions", []))
        # cities and subdivisions: a GPE unless the recogniser or the article says it is a person here
        self.cities = set(gazetteer["cities"]) | set(gazetteer.get("subdivisions", []))
        # continents, larger world regions (`Middle East`, `Antarctica`) and natural features (`Elbe`, `Red Sea`): LOC
        self.world_regions = set(gazetteer.get("world_regions", [])) | set(gazetteer.get("natural_features", []))
        self.media = set(media)
        self.places_lower: set[str] | None = None
        self.media_words_alone = set(designators["media_words_alone"])

    def is_known_place(self, text: str) -> bool:
        return text in self.countries or text in self.cities

    def is_known_place_any_case(self, text: str) -> bool:
        """A known place written in any case (`GENEVA` in a dateline)."""
        if self.places_lower is None:
            self.places_lower = {name.lower() for name in self.countries | self.cities}
        return text.lower() in self.places_lower

    # -- descriptors ---------------------------------------------------------------

    def descriptor_after(self, doc: Doc, end: int, label: str) -> int:
        """End of a lower-case descriptor of `label` right after token `end`, or -1."""
        if end >= len(doc) or doc[end].text not in self.descriptor_starts[label]:
            return -1  # the cheap test first: this runs for every entity
        for words in self.descriptors[label]:
            stop = end + len(words)
            if stop <= len(doc) and tuple(t.text for t in doc[end:stop]) == words:
                if label == "LOC" and stop < len(doc) and doc[stop].lower_ == "of":
                    return -1  # `the Kuwaiti island of Failaka`: the noun heads a name after it
                return stop
        return -1

    def is_side(self, doc: Doc, start: int, end: int, stop: int) -> bool:
        """The designator doc[end:stop] after the name doc[start:end] is one word that, after a determiner, says a
        person's side (`the Trump camp`), not a facility (`in Zamzam camp`)."""
        return stop - end == 1 and doc[end].lower_ in self.person_side_nouns and start > 0 \
            and doc[start - 1].lower_ in ("the", "a", "his", "her", "their")

    def descriptor_before(self, doc: Doc, start: int, label: str) -> bool:
        return start > 0 and doc[start - 1].lower_ in self.descriptor_ends[label] and any(
            tuple(t.lower_ for t in doc[max(0, start - len(w)):start]) == w for w in self.descriptors[label])

    def strip_media_descriptor(self, doc: Doc, start: int, end: int) -> int:
        """End of a name without a media descriptor inside the prediction ("RIA Novosti news agency"), or -1."""
        if end <= start or doc[end - 1].text not in self.descriptor_ends["MEDIA"]:
            return -1  # the cheap test first: this runs for every entity
        for words in self.descriptors["MEDIA"]:
            n = len(words)
            if end - start > n and tuple(t.text for t in doc[end - n:end]) == words:
                return end - n
        return -1

    # -- labels ----------------------------------------------------------------------

    def is_media(self, span: Span) -> bool:
        """The text or the media list says it is a news outlet or platform."""
        doc = span.doc
        return (span.text in self.media or any(t.text in self.name_words["MEDIA"] for t in span)
                or self.descriptor_after(doc, span.end, "MEDIA") > 0 or self.descriptor_before(doc, span.start, "MEDIA"))

    def is_lone_media_word(self, span: Span) -> bool:
        """`the Times`: one word of data media_words_alone after `the`."""
        return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
            and span.text in self.media_words_alone

    def by_name_words(self, span: Span) -> Span:
        """`Iraqi News Agency` is MEDIA, `Tahrir Square` and `Museum of Flight` FAC, `Nakuru County Police` ORG,
        `the Times` MEDIA (data media_words_alone), `RAF Akrotiri` FAC (data fac_first_words), `Jaish al-Ta'ifa
        al-Mansurah` ORG (data org_first_words), `St Mary's Church` FAC
        (a saint's building: data saint_buildings), whatever was predicted; a name that keeps a lower-case designator
        keeps its label (`Jebel Ali port`)."""
        if span.label_ not in PLACE_LABELS:
            return span
        if self.is_lone_media_word(span) and not name_goes_on(span.doc, span.end):
            return span if span.label_ == "MEDIA" else Span(span.doc, span.start, span.end, label="MEDIA")
        if len(span) < 2 or (span[-1].is_lower and span[-1].text in self.descriptor_ends.get(span.label_, ())):
            return span  # a lower-case designator says what it is (`Jebel Ali port`)
        if any(t.text in self.name_words["MEDIA"] for t in span):
            label = "MEDIA"
        elif span[0].text in self.loc_first_words:
            label = "LOC"
        else:  # the name's head: the word before `of` (`Museum of Flight`), else the last word
            of = next((t.i for t in span[1:] if t.lower_ == "of"), None)
            label = self.label_by_head(span.doc, span.start, of - 1 if of is not None else span.end - 1) \
                or ("FAC" if span[0].text in self.fac_first_words
                    or (span[0].lower_ in SAINTS and span[-1].text in self.saint_buildings)
                    else "ORG" if span[0].text in self.org_first_words else span.label_)
        return span if label == span.label_ else Span(span.doc, span.start, span.end, label=label)

    def label_by_head(self, doc: Doc, start: int, head: int) -> str | None:
        """The label a name's head word gives, singular or plural (data name_words: `Square` FAC, `River` LOC,
        `Ministry` and `Ministries` ORG), an institute's for a facility word after an institute word (`Pew Research
        Center`), else None."""
        word = doc[head].text
        plural = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else None
        label = next((lab for lab in ("FAC", "LOC", "ORG") if word in self.name_words[lab]
                      or plural in self.name_words[lab]), None)  # `Interior Ministries`
        if label == "FAC" and head > start and doc[head - 1].text in self.institute_words:
            return "ORG"
        return label

    def split_person_after_name(self, span: Span) -> list[Span]:
        """`Minister for the Middle East Tobias Ellwood`, `NASA Administrator Charles Bolden`: a place or a title the
        recogniser ran into the person's name after it (a common given name and one or two capitalised words, none
        a name word of a body or place) is two names; a title left at the end of the first is dropped."""
        if span.label_ not in ("ORG", "GPE", "LOC", "FAC", "MEDIA"):
            return [span]
        if len(span) < 3:
            trimmed = self.without_trailing_titles(span) if len(span) == 2 else span
            return [trimmed] if trimmed is not None else []
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            person = doc[i:span.end]
            before = doc[span.start:i]
            if doc[i].text in self.given_names and len(person) <= 3 and all(is_name_word(t.text) for t in person) \
                    and not any(t.text in self.name_words[label] for t in person for label in self.name_words) \
                    and (before.text in self.world_regions or self.is_known_place(before.text)
                         or doc[i - 1].lower_ in self.role_nouns):
                first = self.without_trailing_titles(Span(doc, span.start, i, label=span.label_))
                return ([first] if first is not None else []) + [Span(doc, i, span.end, label="PERSON")]
        trimmed = self.without_trailing_titles(span)
        return [trimmed] if trimmed is not None else []

    def without_trailing_titles(self, span: Span) -> Span | None:
        """`NASA Administrator`, `State Department Spokesperson`: a capitalised title at the end of a body's name
        (data role_nouns) is no part of it; None when nothing else is left."""
        end = span.end
        while end > span.start and span.doc[end - 1].is_title and span.doc[end - 1].lower_ in self.role_nouns \
                and span.doc[end - 1].text not in self.name_words["ORG"]:
            end -= 1
        if end == span.end:
            return span
        return Span(span.doc, span.start, end, label=span.label_) if end > span.start else None

    def body_of_a_country(self, span: Span) -> Span:
        """`Infraestruturas de Portugal`, `Banco de España`: a name the recogniser calls a person that ends in `de`,
        `of` (and the like) and a country is a body's, an ORG."""
        if span.label_ != "PERSON" or len(span) < 3 or span[-2].lower_ not in COUNTRY_LINKS \
                or span[-1].text not in self.countries:
            return span
        return Span(span.doc, span.start, span.end, label="ORG")

    def by_gazetteer(self, span: Span, name_parts: set[str]) -> Span:
        """A known country or capital is a GPE, a known city too unless predicted PERSON; neither when the
        text is part of a person's full name here (`Valeska Paris`, then `Paris`). A world region is a LOC, a part of a
        known place named by a compass word a GPE (`Northern Iraq`: the region, ANNOTATION_NOTES)."""
        text = span.text
        if text in self.world_regions and span.label_ in PLACE_LABELS and text not in name_parts:
            return span if span.label_ == "LOC" else Span(span.doc, span.start, span.end, label="LOC")
        if span.label_ == "LOC" and len(span) > 1 and span[0].text in self.compass_words \
                and self.is_known_place(span[1:].text):
            return Span(span.doc, span.start, span.end, label="GPE")  # `Northern Iraq`, `Eastern Ukraine`
        if span.label_ == "GPE" or not self.is_known_place(text) or text in name_parts \
                or (span.label_ == "MEDIA" and text in self.media):
            return span  # an outlet of the media list named like a town stays MEDIA (`Xinhua`)
        if text in self.countries or span.label_ in ("ORG", "MEDIA", "LOC", "FAC"):
            return Span(span.doc, span.start, span.end, label="GPE")
        return span

    def by_given_name(self, span: Span) -> Span:
        """`Dean Kamen`, `Walker Evans`: two or three capitalised words after a common given name are a
        person, whatever was predicted, unless a name word (`... Foundation`), the gazetteer, the media list or
        the known bodies say otherwise (`Shin Bet`)."""
        if span.label_ not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= len(span) <= 3:
            return span
        words = [t.text for t in span]
        if words[0] not in self.given_names or words[0] in self.countries or span.text in self.cities \
                or span.text in self.countries or span.text in self.media or span.text in self.bodies:
            return span
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
            return span
        if any(w in self.name_words[label] for label in ("ORG", "FAC", "LOC", "MEDIA") for w in words):
            return span
        return Span(span.doc, span.start, span.end, label="PERSON")

    def without_lone_persons(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A lone capitalised word called a person (`Firefox`, `Hajj`, `Karabilah`) is dropped when the article
        writes it once, in no fuller person's name, after no title (`President`, `Mr`), and it is no given
        name: a person named once by one word is rare in news, and the recogniser's guess for an unknown word."""
        parts = person_name_parts(spans)
        lone = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1 and s.text not in parts
                and s.text not in self.given_names
                and not (s.start > 0 and doc[s.start - 1].text.rstrip(".") in self.person_titles)
                and not self.acts_as_person(s)}
        if not lone:
            return spans
        once = {text for text, n in Counter(t.text for t in doc if t.text in lone).items() if n == 1}
        return [s for s in spans if not (s.label_ == "PERSON" and len(s) == 1 and s.text in once)]

    def acts_as_person(self, span: Span) -> bool:
        """The parse or a credit says the name is someone's: the subject of a verb of people (`Mauer said`), the
        object of one (`questioned Patel`), the owner of a person's noun (`Ruto's government`; data person_verbs,
        person_object_verbs, person_owned_nouns, role_nouns), the one of `according to`, or a photo's credit
        (`Image: Snbehnke`, ANNOTATION_NOTES)."""
        doc, root = span.doc, span.root
        head = root.head
        if span.start >= 2 and doc[span.start - 1].text == ":" and doc[span.start - 2].text in self.caption_words:
            return True
        if root.dep_ == "nsubj":
            return head.lemma_ in self.person_verbs
        if root.dep_ in ("dobj", "nsubjpass"):
            return head.lemma_ in self.person_object_verbs
        if root.dep_ == "poss":
            return head.lemma_ in self.person_owned_nouns or head.lower_ in self.role_nouns
        return root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and doc[head.i - 1].lower_ == "according"

    def persons_by_apposition(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A name of one to three words in touching spans, no known place, body or outlet as a whole, before `, a`
        or `, an` and a noun for a person (`Valeska Paris, an Australian woman`: data person_nouns, role_nouns) is
        a person's name, whatever the recogniser said of its parts (`Valeska` GPE, `Paris` GPE)."""
        by_start = {s.start: s for s in spans if s.label_ in NAME_LABELS}
        replaced, names = set(), []
        for span in spans:
            if span.label_ not in NAME_LABELS or span.start in replaced or (span.start > 0 and any(
                    s.end == span.start for s in spans if s.label_ in NAME_LABELS)):
                continue
            parts = [span]
            while parts[-1].end in by_start and len(parts) < 3:
                parts.append(by_start[parts[-1].end])
            start, end = span.start, parts[-1].end
            name = doc[start:end].text
            if end - start > 3 or not all(is_name_word(t.text) for t in doc[start:end]) or self.is_known_place(name) \
                    or name in self.media or name in self.bodies or not self._person_apposition(doc, end):
                continue
            if len(parts) == 1 and span.label_ == "PERSON":
                continue
            replaced.update(p.start for p in parts)
            names.append(Span(doc, start, end, label="PERSON"))
        return [s for s in spans if s.start not in replaced] + names

    def _person_apposition(self, doc: Doc, end: int) -> bool:
        """`, an Australian woman` after doc[:end]: the first noun after `, a` or `, an` is a person's."""
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
            return False
        noun = next((t for t in doc[end + 2:min(len(doc), end + 7)] if t.tag_ in ("NN", "NNS") or t.is_punct), None)
        return noun is not None and not noun.is_punct and (noun.lower_ in self.person_nouns
                                                           or noun.lower_ in self.role_nouns)

    def whole_person_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Persons' names made whole. Added to the recogniser's: bare names the parse makes a person
        (_persons_by_parse), names after `Mr`, `Mrs`, `Ms` or a person's name and `known as` (`Ms Paris`), and given
        names coordinated after a person's. Each name loses a title before it (`Prince William`) and takes the bare
        word before a surname alone (`Enver` + `Solomon`), a given name before a name, its patronymic or particle
        (`Alexei` + `Anatolyevich Navalny`, `Atrous` + `al-Rishawi`; data patronymic_endings, name_particles), the
        word after a particle it ends on (`Ursula von der` + `Leyen`); two pieces that touch are one (`Karl-Theodor`
        + `zu Guttenberg`)."""
        covered = covered_tokens(spans)
        result, persons = [], self._persons_by_parse(doc, spans)
        covered |= covered_tokens(persons)
        for span in spans:
            if span.label_ in NAME_LABELS and span.label_ != "PERSON" and (self._after_honorific(span)
                                                                          or self._alias(span, spans)):
                span = Span(doc, span.start, span.end, label="PERSON")
            (persons if span.label_ == "PERSON" else result).append(span)
        merged: list[Span] = []
        for span in sorted(persons, key=lambda s: s.start):
            start, end = span.start, span.end
            while end - start > 1 and doc[start].is_title and doc[start].text.rstrip(".") in self.person_titles:
                start += 1  # a title before the name is no part of it (`Prince William`, `King Abdullah II`)
            while start > 0 and (end - start == 1 or doc[start - 1].text in self.given_names
                                 or doc[start].lower_ in self.name_particles
                                 or doc[start].lower_.endswith(self.patronymic_endings)) \
                    and start - 1 not in covered and self._bare_name_word(doc[start - 1]) \
                    and not (start >= 2 and doc[start - 2].lower_ == "of"):
                start -= 1  # a surname the recogniser set apart, or a full name without its given name; not a
                # title's field (`Secretary of State John Kerry`)
            if doc[end - 1].lower_ in self.name_particles and end < len(doc) and doc[end].is_title \
                    and doc[end].is_alpha and doc[end - 1].whitespace_:
                end += 1
            if merged and merged[-1].end == start:
                start = merged.pop().start
            merged.append(Span(doc, start, end, label="PERSON"))
        return result + merged + self._coordinated_persons(doc, merged, covered)

    def _coordinated_persons(self, doc: Doc, persons: list[Span], covered: set[int]) -> list[Span]:
        """A name of two or three bare capitalised words after `and` or a comma that follows a person's name is a
        person's too (`Narendra Modi and Amit Shah`)."""
        found = []
        for span in persons:
            start = span.end + 1
            if start >= len(doc) or doc[span.end].lower_ not in ("and", ","):
                continue
            end = start
            while end < len(doc) and end - start < 3 and end not in covered and self._bare_name_word(doc[end]):
                end += 1
            if end - start >= 2 and (end == len(doc) or not doc[end].is_title):
                found.append(Span(doc, start, end, label="PERSON"))
        return found

    @staticmethod
    def _after_honorific(span: Span) -> bool:
        return span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms")

    @staticmethod
    def _alias(span: Span, spans: list[Span]) -> bool:
        """`Pedro González López, known as Pedri`: the name after `known as` a person's name is the person's."""
        doc, start = span.doc, span.start
        return start >= 4 and doc[start - 2].lower_ == "known" and doc[start - 1].lower_ == "as" \
            and doc[start - 3].text == "," and any(s.label_ == "PERSON" and s.end == start - 3 for s in spans)

    def _persons_by_parse(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Runs of one to three bare capitalised words (initials too) the recogniser missed where the parse says a
        person (acts_as_person: `Ruto's government`, `arrested R. Karthikeyan`)."""
        found = []
        for start, end in proper_noun_runs(doc, spans):
            words = doc[start:end]
            if start > 0 and (doc[start - 1].tag_ == "DT" or doc[start - 1].text in ("(", "[")):
                continue  # `the Church denied`, a gloss in brackets
            if end - start <= 3 and all(self._bare_name_word(t) or _is_initial(t.text) for t in words) \
                    and not _is_initial(words[-1].text):
                candidate = Span(doc, start, end, label="PERSON")
                if self.acts_as_person(candidate):
                    found.append(candidate)
        return found

    def _bare_name_word(self, token) -> bool:
        """A capitalised proper noun that may be a person's first names: no title, place, body or outlet."""
        text = token.text
        return token.tag_ == "NNP" and token.is_title and text.replace("-", "").isalpha() \
            and token.lower_ not in self.role_nouns and text not in self.person_titles \
            and not self.is_known_place(text) and text not in self.media and text not in self.bodies \
            and not any(text in words for words in self.name_words.values())

    def without_generic_nouns(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A lone capitalised common noun for a kind of body (`the Church denied`, `the Court has ruled`, `Secretary
        of State`) refers back to a body or names a title's field, and one opening a sentence before a common noun
        (`Army engineers`, `Court documents`) only describes it: no name (data generic_nouns); nor is the acronym of
        a thing, a measure or a post-nominal (`a CT scan`, `84 MW`, `Tom Molomby, SC`; data common_acronyms)."""
        def generic(s: Span) -> bool:
            if len(s) == 1 and s.label_ in NAME_LABELS and s.text in self.common_acronyms:
                return True
            if len(s) != 1 or s.label_ not in NAME_LABELS or s[0].lower_ not in self.generic_nouns:
                return False
            if s[0].is_sent_start:
                return s.end < len(doc) and doc[s.end].tag_ in ("NN", "NNS") and doc[s.end].is_lower
            before = doc[s.start - 1]
            return before.lower_ == "the" or (before.lower_ == "of" and s.start >= 2
                                              and doc[s.start - 2].lower_ in self.title_heads)
        return [s for s in spans if not generic(s)]

    def without_headline_phrases(self, spans: list[Span]) -> list[Span]:
        """A name with a capitalised function word inside (`Heavy Rain Forces Closure Of Schools` in a headline in
        title case) is a phrase of the headline, unless the word before the first of them is a name's head word
        (`Gulf Of Aden`, `Bank Of England`)."""
        def phrase(s: Span) -> bool:
            inner = next((t.i for t in s[1:-1] if t.text in HEADLINE_FUNCTION_WORDS), None)
            return s.label_ in NAME_LABELS and inner is not None \
                and self.label_by_head(s.doc, s.start, inner - 1) is None and not self.is_known_place(s.text)
        return [s for s in spans if not phrase(s)]

    def without_portfolios(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A minister's field in a title is no body's name (data portfolio_words): `Home` in `Home Secretary`,
        `Shadow Home` before `Secretary`, `Education` in `Undersecretary for Education`, `State for Defence` in
        `Secretary of State for Defence`, and `Foreign, Home and Defence Secretaries` or `Coalition Commanders` (a
        generic noun's: data generic_nouns) whole."""
        def is_role(token) -> bool:
            word = token.lower_
            singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
            return token.is_title and (word in self.role_nouns or singular in self.role_nouns) \
                and token.text not in self.name_words["ORG"]  # `Pensions Ombudsman` is a body

        def portfolio(s: Span) -> bool:
            words = [t for t in s if t.text not in (",", "and", "&", "for", "of")]
            if s.label_ not in NAME_LABELS or not words:
                return False
            if is_role(words[-1]) and len(words) > 1:  # the title's own role noun, plural for several
                return all(t.text in self.portfolio_words or t.lower_ in self.generic_nouns for t in words[:-1])
            return s[0].text in self.portfolio_words and all(t.text in self.portfolio_words for t in words) and (
                (s.end < len(doc) and is_role(doc[s.end]))
                or (s.start >= 2 and doc[s.start - 1].lower_ in ("of", "for") and is_role(doc[s.start - 2])))
        return [s for s in spans if not portfolio(s)]

    def without_titles(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A title without a name is no entity (ANNOTATION_NOTES): a name of role nouns alone (`Major General`,
        `the Poet`; data role_nouns), or a role noun heading `of`/`for` and words without a body's name word
        (`Minister of Foreign Affairs`); a known place at the end of such a title stays, a GPE (`... of Iraq`)."""
        org_words = self.name_words["ORG"]

        def is_role(word: str) -> bool:
            return word in self.role_nouns or (word.endswith("s") and word[:-1] in self.role_nouns)
        result = []
        for span in spans:
            words = [t.lower_ for t in span]
            if span.label_ not in NAME_LABELS or not is_role(words[0]) or any(t.text in org_words for t in span):
                result.append(span)
            elif all(is_role(w) for w in words):
                continue
            elif len(span) > 2 and words[1] in ("of", "for"):
                last_of = max((i for i, w in enumerate(words) if w == "of"), default=0)  # `Minister for Trade`: none
                place = span[last_of + 1:] if last_of > 1 else None
                if place is not None and self.is_known_place(place.text):
                    result.append(Span(doc, place.start, place.end, label="GPE"))
            else:
                result.append(span)
        return result

    def missing_persons(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper-noun runs of two or three words the recogniser missed that start with a common given name
        (`Helmut Newton`), unless a name word says organisation or place, or `the` stands before them."""
        found = []
        for start, end in proper_noun_runs(doc, spans):
            if 2 <= end - start <= 3 and not (start > 0 and doc[start - 1].lower_ == "the"):
                candidate = self.by_given_name(Span(doc, start, end, label="ORG"))
                if candidate.label_ == "PERSON":
                    found.append(candidate)
        return found

    def missing_by_name_words(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper-noun runs the recogniser missed whose last word says what they are (`Grand Mosque` FAC,
        `Jordan River` LOC, `Civil Defense Authority` ORG, `Foreign Office` before a title), with the `of` phrase that
        goes on (`Port of Rotterdam`,
        `Plains of Arafat`), or whose first word does (`Lake Orvan` LOC); a run of one word is no name, unless a
        place's lower-case designator follows it (`Doura district`, `Zagros mountains`), which it keeps, or an `of`
        phrase."""
        found = []
        ends = {s.end for s in spans}
        for start, end in proper_noun_runs(doc, spans):
            if not all(t.is_title or t.is_upper for t in doc[start:end]) or doc[start].lower_ in ("the", "a", "an"):
                continue
            while end - start > 2 and doc[end - 1].lower_ in self.role_nouns and start not in ends \
                    and doc[end - 1].text not in self.name_words["ORG"]:
                end -= 1  # a title after the body's name (`Foreign Office Minister`), not after a name's remnant
            designated = next(((lab, stop) for lab in ("GPE", "FAC", "LOC")
                               if (stop := self.descriptor_after(doc, end, lab)) > 0), None)
            if designated is not None and self.is_side(doc, start, end, designated[1]):
                continue  # a person and their side (`the Biden camp`)
            if designated is not None:  # `Doura district`, `Zagros mountains`: the run keeps its designator
                found.append(Span(doc, start, designated[1], label=designated[0]))
                continue
            head = self.label_by_head(doc, start, end - 1)
            of_end = of_phrase_end(doc, end)
            if head is not None and of_end > end:
                found.append(Span(doc, start, of_end, label=head))
                continue
            label = "LOC" if doc[start].text in self.loc_first_words else head \
                or ("FAC" if doc[start].text in self.fac_first_words
                    else "ORG" if doc[start].text in self.org_first_words else None)
            if label is not None and end - start >= 2:
                found.append(Span(doc, start, end, label=label))
        return found

    def extend_by_of_phrase(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An organisation name that goes on in `of`/`for` and capitalised words is one ORG (`Andy Warhol
        Foundation for the Visual Arts`, `Joint Council for the Welfare of Immigrants`), over what it covers; so is
        one whose `of` phrase goes on over `and` and capitalised words no other name covers (`Organisation for
        Economic Co-operation and Development`) or over `of` and a known place (`Ministry of Foreign Affairs of
        Qatar`); a place or facility named by its head word goes on over its `of` phrase (`Gulf Of Aden` in a
        headline)."""
        result = list(spans)
        covered = {i: s for s in spans for i in range(s.start, s.end)}
        for span in spans:
            end = span.end
            if span.label_ in ("LOC", "FAC") and doc[end - 1].text in self.name_words[span.label_]:
                if of_phrase_end(doc, end) > end:
                    result = [s for s in result if not (span.start <= s.start and s.end <= of_phrase_end(doc, end))]
                    result.append(Span(doc, span.start, of_phrase_end(doc, end), label=span.label_))
                continue
            if len(span) > 1 and span[-1].lower_ in ("of", "for"):
                end -= 1  # `National Observatory of` the recogniser stopped before the name's place
            inner = next((t.i for t in span[1:-1] if t.lower_ in ("of", "for")
                          and doc[t.i - 1].text in self.name_words["ORG"]), None) if span.label_ == "ORG" else None
            if inner is not None and span[-1].lower_ == "and":
                # `Ministry of Vice and`: the capitalised words after `of` go on (`and Virtue`)
                end = max(end - 1, title_run_end(doc, inner + 2 if doc[inner + 1].lower_ == "the" else inner + 1))
            elif inner is not None and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title \
                    and end + 1 not in covered:
                end = title_run_end(doc, end + 1)  # `Organisation for Economic Co-operation` and `Development`
            elif inner is not None and of_phrase_end(doc, end) > end \
                    and self.is_known_place(doc[end + 1:of_phrase_end(doc, end)].text):
                end = of_phrase_end(doc, end)  # `Ministry of Foreign Affairs` of `Qatar`
            elif span.label_ not in ("ORG", "PERSON") or doc[end - 1].text not in self.name_words["ORG"]:
                continue
            while end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
                start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                stop = title_run_end(doc, start)
                if stop == start:
                    break
                end = stop
            if end > span.end:
                result = [s for s in result if not (span.start <= s.start and s.end <= end)]
                result.append(Span(doc, span.start, end, label="ORG"))
            elif inner is not None and span[-1].lower_ == "and" and end < span.end:  # nothing goes on: the
                # dangling `and` is dropped
                result = [s for s in result if s is not span] + [Span(doc, span.start, end, label="ORG")]
        return result

    def names_over_hyphens(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A body's or a facility's name never starts inside a word written with hyphens: one the recogniser began
        after a hyphen goes back over the word and the name that ends in it (`Al-` + `Ghaza Hotel`, `Intrepid Sea` +
        `-Air-` + `Space Museum`)."""
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        result, absorbed = [], set()
        for span in spans:
            start = span.start
            while span.label_ in ("ORG", "FAC") and start >= 2 and doc[start - 1].text == "-" \
                    and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_title:
                start -= 2
                while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
                    start -= 2  # `Sea-Air-`
                other = by_token.get(start)
                if other is not None and other is not span:
                    absorbed.add(id(other))
                    start = other.start
            result.append(span if start == span.start else Span(doc, start, span.end, label=span.label_))
        return [s for s in result if id(s) not in absorbed]

    def campus_and_host_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`Mary & Leigh Block Museum of Art at Northwestern University`: a name that goes on in `at` and a body's or a
        facility's name is two names, each labelled by its head word; `University of North Carolina at Greensboro`:
        a university or a college and `at` a known place is one name, a campus's."""
        by_start = {s.start: s for s in spans}
        result, absorbed = [], set()
        for span in spans:
            at = next((t.i for t in span[1:-1] if t.lower_ == "at"), None)
            place = by_start.get(span.end + 1) if span.end + 1 < len(doc) and doc[span.end].lower_ == "at" else None
            if span.label_ in ("ORG", "FAC") and at is not None:
                head = self.label_by_head(doc, at + 1, span.end - 1)
                if head is not None and doc[at + 1].is_title:
                    first = self.label_by_head(doc, span.start, at - 1) or span.label_
                    result += [Span(doc, span.start, at, label=first), Span(doc, at + 1, span.end, label=head)]
                    continue
            elif span.label_ == "ORG" and span[0].text in CAMPUS_WORDS and place is not None \
                    and place.label_ == "GPE" and self.is_known_place(place.text):
                absorbed.add(id(place))
                result.append(Span(doc, span.start, place.end, label="ORG"))
                continue
            result.append(span)
        return [s for s in result if id(s) not in absorbed]

    def coordinated_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """One capitalised word joined by `and` to a body's name: with a singular head of a public body named by its
        fields (data field_body_heads) it is part of that one name (`the Maritime and Coastguard Agency`); with a
        plural head of a body (`the Defence and Interior Ministries`) it names a body of its own (`Defence`). Not a
        known place (`Russia and NATO`)."""
        by_start = {s.start: s for s in spans}
        result = list(spans)
        for span in spans:
            first = span.start - 2
            if span.label_ != "ORG" or first < 0 or doc[first + 1].lower_ != "and" \
                    or not is_name_word(doc[first].text) or (first > 0 and doc[first - 1].pos_ == "PROPN") \
                    or self.is_known_place(doc[first].text):
                continue
            alone = by_start.get(first)
            if alone is not None and (len(alone) != 1 or alone.label_ != "ORG"):
                continue  # a name of its own the recogniser found (`Hamas and Islamic Jihad`)
            head = span[-1].text
            if head in self.field_body_heads:
                result = [s for s in result if s is not span and s is not alone]
                result.append(Span(doc, first, span.end, label="ORG"))
            elif head not in self.name_words["ORG"] and self.label_by_head(doc, span.start, span.end - 1) == "ORG":
                result = [s for s in result if s is not alone] + [Span(doc, first, first + 1, label="ORG")]
        return result

    def leaders_of_governments(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """`the Assad regime`, `the Monti government`, `a Bush administration`: the one proper noun between
        the article and the word for a government is its leader, a PERSON (not a country or a city)."""
        leaders = {i - 1 for i in positions(doc, GOVERNMENT_WORDS) if i >= 2
                   and doc[i - 1].tag_ == "NNP" and doc[i - 2].lower_ in ("the", "a", "an")
                   and doc[i - 1].ent_type_ != "NORP" and not self.is_known_place(doc[i - 1].text)}
        if not leaders:
            return spans
        kept = [s for s in spans if not any(s.start <= i < s.end for i in leaders)]
        return kept + [Span(doc, i, i + 1, label="PERSON") for i in sorted(leaders)]

    def missing_countries(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper nouns the recogniser missed that name a country or a capital (GPE) or a world region or natural
        feature (LOC), or a known city right after a preposition of place (LOCATIVES: `a plant in Cuxhaven`,
        `rockets towards Ashkelon`) or coordinated with a place there (`between Goma and Bukavu`; GPE)."""
        found = []
        places = {s.end for s in spans if s.label_ == "GPE"}
        for start, end in proper_noun_runs(doc, spans):
            text = doc[start:end].text
            after_place = start > 1 and doc[start - 1].lower_ in ("and", ",") and start - 1 in places
            if text in self.countries or text in self.world_regions:
                label = "GPE" if text in self.countries else "LOC"
            elif text in self.cities and start > 0 and (doc[start - 1].lower_ in LOCATIVES or after_place) \
                    and not (end < len(doc) and (doc[end].text in ("'s", "’s") or is_name_word(doc[end].text))):
                label = "GPE"
            else:
                continue
            if label == "GPE":
                places.add(end)
            # `over the Kyiv region`: a place keeps its designator
            designated = next(((lab, stop) for lab in ("GPE", "LOC")
                               if (stop := self.descriptor_after(doc, end, lab)) > 0), None)
            found.append(Span(doc, start, designated[1], label=designated[0]) if designated
                         else Span(doc, start, end, label=label))
        return found

    def media_by_descriptor(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Proper-noun runs the recogniser missed right before or after a media descriptor
        ("the Ukrainska Pravda news website", "state broadcaster TVM")."""
        return [Span(doc, start, end, label="MEDIA") for start, end in proper_noun_runs(doc, spans)
                if self.descriptor_after(doc, end, "MEDIA") > 0 or self.descriptor_before(doc, start, "MEDIA")]


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def name_goes_on(doc: Doc, end: int) -> bool:
    """A capitalised word, or `and` and one, follows: the word before is part of a longer name (`the Independent
    Electoral and Boundaries Commission`)."""
    if end < len(doc) and doc[end].lower_ == "and":
        end += 1
    return end < len(doc) and doc[end].is_title


def is_name_word(text: str) -> bool:
    """A capitalised word of letters (a hyphen, an apostrophe or a full stop inside allowed): `Al-Amr`, `O'Neil`."""
    return text[:1].isupper() and text.replace("-", "").replace("'", "").replace(".", "").isalpha()


def of_phrase_end(doc: Doc, end: int) -> int:
    """The end of `of` (or `Of`), an optional `the` and capitalised words right after token `end`, else `end`."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    stop = title_run_end(doc, start)
    return stop if stop > start else end


def title_run_end(doc: Doc, start: int) -> int:
    """The end of the capitalised words from start on, `and` between two of them included, and the parts of a word
    written with hyphens (`Co-operation`)."""
    end = start
    while end < len(doc):
        if doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper) \
                or end > start and doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        elif end > start and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and end + 1 < len(doc) and doc[end + 1].is_alpha:
            end += 2
        else:
            break
    return end


def person_name_parts(spans: list[Span]) -> set[str]:
    """The words of multi-word PERSON names that look like names (every word a capitalised word of
    letters): a later mention by one of them is the person."""
    return {t.text for s in spans if s.label_ == "PERSON" and len(s) > 1
            and all(t.is_title and t.text.replace("-", "").replace("'", "").replace(".", "").isalpha() for t in s)
            for t in s}


def relabel_surnames(spans: list[Span]) -> list[Span]:
    """A mention of a person by one part of the name (`Valdivieso`) is a PERSON too; a name the article
    labels differently in different places takes the label it has most often there (ties stay)."""
    if not spans:
        return spans
    doc = spans[0].doc
    parts = person_name_parts(spans)
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        if s.label_ in NAME_LABELS:
            votes[s.text][s.label_] += 1
    result = []
    for s in spans:
        label = s.label_
        if label in NAME_LABELS:
            ranked = votes[s.text].most_common(2)
            if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
                label = ranked[0][0]
            elif len(ranked) == 1:
                label = ranked[0][0]
            if len(s) == 1 and s.text in parts:
                label = "PERSON"
        result.append(s if label == s.label_ else Span(doc, s.start, s.end, label=label))
    return result + missed_surnames(doc, result, parts)


def missed_surnames(doc: Doc, spans: list[Span], parts: set[str]) -> list[Span]:
    """A later mention by the surname alone that the recogniser missed (`Wilkins also said ...`)."""
    full_names = [s for s in spans if s.label_ == "PERSON" and len(s) > 1 and s[-1].text in parts]
    first = {}
    for s in full_names:
        first[s[-1].text] = min(first.get(s[-1].text, s.start), s.start)
    covered = covered_tokens(spans)
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.text in first and t.i not in covered and t.i > first[t.text] and t.pos_ == "PROPN"]
