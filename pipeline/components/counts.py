"""news_counts: COUNT entities with their integer value and counted unit.

A COUNT is a number (digits or words: "65", "1,200", "nine", "twenty-one",
"a dozen", "2 million") and the noun phrase it counts, up to the head noun and
an `of`-phrase of that noun ("prisoners of war"). Numbers that measure
distances, durations, money and the like (data/count_exclusions.txt) are
no COUNT. A counted phrase that holds another entity leaves the COUNT as the
number alone, with the phrase as its unit ("14 Kh-101 cruise missiles").
COUNTs the recogniser predicted get their value and unit the same way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .data import DataComponent
from .numbers import NumberWords

STOP_BEFORE = {"(", ",", ";", ":", "—", "–", "\"", "“", "”"}


@Language.factory(
    "news_counts",
    default_config={"add_missing": True, "scorer": {"@scorers": "news.counts_scorer.v1"}},
    assigns=["doc.ents", "span._.count_value", "span._.count_unit"],
    requires=["doc.ents", "token.dep", "token.head", "token.pos", "token.lemma"],
    default_score_weights={"count_value_acc": 0.0},
)
def make_count_annotator(nlp: Language, name: str, add_missing: bool, scorer) -> "CountAnnotator":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    add_missing (bool): also add COUNTs the recogniser did not predict, from numbers in the parse.
    scorer (Callable): scores COUNT values of Examples (news.counts_scorer.v1).
    """
    return CountAnnotator(nlp, name, add_missing=add_missing, scorer=scorer)


class CountAnnotator(DataComponent):
    data_files = ("numbers.json", "count_exclusions.txt", "dates.json")

    def __init__(self, nlp: Language, name: str, *, add_missing: bool = True, scorer=None) -> None:
        super().__init__(nlp, name)
        self.add_missing = add_missing
        self.scorer = scorer

    def score(self, examples, **kwargs) -> dict:
        return self.scorer(examples, **kwargs)

    def _setup(self) -> None:
        self.numbers = NumberWords(self.data["numbers.json"])
        self.exclusions = set(self.data["count_exclusions.txt"])
        self.indefinite_one = set(self.data["numbers.json"]["indefinite_one"])
        self.months = set(self.data["dates.json"]["months"])  # "Aug 3" is a date, not a COUNT
        self.label_nouns = set(self.data["numbers.json"]["label_nouns"])  # "phase 3", "Game 7": a name, not a count
        self.measure_verbs = set(self.data["numbers.json"]["measure_verbs"])  # "fell 200 points": a measure

    # -- counted phrase ------------------------------------------------------

    def counted_phrase_end(self, doc: Doc, number_end: int) -> int | None:
        """End (exclusive) of the noun phrase counted by the number ending at number_end, or None."""
        if number_end >= len(doc) or doc[number_end].text in STOP_BEFORE or doc[number_end].text == "-":
            return None
        last = doc[number_end - 1]
        head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") else None
        if head is None or head.i < number_end or head.pos_ not in ("NOUN", "PROPN"):
            # the parser attached the number elsewhere: take the next noun right after it
            j = number_end
            while j < len(doc) and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and doc[j].text not in STOP_BEFORE:
                if doc[j].pos_ in ("NOUN", "PROPN") and (j + 1 >= len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
                    head = doc[j]
                    break
                j += 1
            if head is None or head.i < number_end:
                return None
        if head.i - number_end > 6 or any(t.text in STOP_BEFORE for t in doc[number_end : head.i]):
            return None
        if last.lower_ == "one" and head.lemma_.lower() in self.indefinite_one:
            return None  # "One example is ...", "one morning": 'one' stands for 'a'
        if head.lemma_.lower() in self.exclusions or head.lower_ in self.exclusions \
                or (head.lemma_.lower() == "point" and doc[head.i - 1].lower_ in ("percentage", "basis")):
            return None
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                stop = max(t.i for t in child.subtree) + 1
                cut = min([t.i for t in doc[end:stop] if t.text in STOP_BEFORE]
                          + [t.left_edge.i for t in doc[end:stop] if t.dep_ in ("relcl", "acl")] + [stop])
                if any(t.pos_ in ("NOUN", "PROPN") for t in doc[end + 1:cut]):
                    end = cut  # not "Six shells [of them]", nor "two periods [of the]" before a quotation mark
        return end

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        others = [e for e in doc.ents if e.label_ != "COUNT"]
        taken = {i for e in others for i in range(e.start, e.end)}
        counts = []
        for ent in doc.ents:
            if ent.label_ == "COUNT":
                count = self._from_prediction(doc, ent, others)
                if count is not None:
                    counts.append(count)
        if self.add_missing:
            covered = taken | {i for c in counts for i in range(c.start, c.end)}
            i = 0
            while i < len(doc):
                if i in covered or not self.numbers.starts_number(doc, i):
                    i += 1
                    continue
                start, end = self.numbers.number_run(doc, i)
                count = self._count(doc, start, end, others)
                if count is not None and not any(j in covered for j in range(count.start, count.end)):
                    counts.append(count)
                i = end
        doc.ents = filter_spans(others + counts)
        return doc

    def _from_prediction(self, doc: Doc, ent: Span, others: list[Span]) -> Span | None:
        start = ent.start
        while start < ent.end and not (self.numbers.is_number_token(doc[start]) or doc[start].lower_ in ("a", "an")
                                       or self.numbers.starts_half(doc, start)):
            start += 1
        if start == ent.end:
            return None
        if start > 0 and self.numbers.starts_half(doc, start - 1):
            start -= 1  # "half" left out of a predicted "a million Syrians"
        number_start, number_end = self.numbers.number_run(doc, start)
        # the parse decides where the counted phrase ends; the prediction only where the parse has no answer
        from_parse = self._count(doc, number_start, number_end, others)
        if from_parse is not None:
            return from_parse
        value = self.numbers.parse_value([t.text for t in doc[number_start:number_end]])
        counted = doc[number_end:ent.end]
        if value is None or self._is_not_a_count(doc, number_start, number_end, max(ent.end, number_end + 1)) \
                or not any(t.pos_ in ("NOUN", "PROPN") for t in counted) \
                or any(t.lemma_.lower() in self.exclusions or t.lower_ in self.exclusions for t in counted) \
                or any(t.pos_ in ("PRON", "VERB", "AUX", "ADP") for t in counted):
            return None  # "eight of them", "eleven were", "25,000 tonnes": no counted noun, or a measure
        span = Span(doc, number_start, ent.end, label="COUNT")
        unit_end = ent.end
        if number_end == ent.end:
            unit_end = self.counted_phrase_end(doc, number_end) or ent.end
        span._.count_value = value
        span._.count_unit = doc[number_end:unit_end].text or None
        return span

    def _is_not_a_count(self, doc: Doc, start: int, end: int, phrase_end: int) -> bool:
        """A range or alternative (`ten to 32 pages`, `two or three goals`, `between 10 and 20`), a number
        inside a name (`Internet Explorer 6 Countdown`, `Movimento 5 Stelle`, a score `1 - 0 Korea`), or a
        model number after `the` (`the 900 model`, `the 777 aircraft`)."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if after is not None and after.lower_ in ("to", "or", "-", "–") and end + 1 < len(doc) \
                and self.numbers.is_number_token(doc[end + 1]):
            return True
        if before is not None and before.lower_ in ("to", "or", "and", "-", "–") and start >= 2 \
                and (self.numbers.is_number_token(doc[start - 2]) or doc[start - 2].lower_ == "between"):
            return True
        if before is not None and before.lower_ == "between":
            return True
        if after is not None and after.text[:1] in ("°", "′", "″", "'"):
            return True  # coordinates and angles: 33°47′N
        if after is not None and after.lower_ == "or" and end + 1 < len(doc) and doc[end + 1].lower_ == "more":
            return True
        if before is not None and (before.lower_ in self.label_nouns or (
                before.pos_ == "PROPN" and before.text[:1].isupper() and not before.whitespace_ == ""
                and before.lower_.rstrip(".") not in self.months)):
            return True  # "phase 3 trial", "Billboard 200 chart", "Movimento 5 Stelle": a name or a label
        head = doc[phrase_end - 1]
        if any(t.lower_ in self.exclusions or t.lemma_.lower() in self.exclusions for t in doc[end:phrase_end]):
            return True  # "95 percent efficacy": a measure inside the counted phrase
        if head.lemma_.lower() == "point" and (head.head.lemma_.lower() in self.measure_verbs or (
                phrase_end < len(doc) and doc[phrase_end].lower_ in ("behind", "ahead", "clear"))):
            return True  # "fell 200 points": index points; "14 points behind": a poll's or a table's margin
        if head.pos_ == "PROPN" and not head.lower_.endswith("s"):
            return True
        return before is not None and before.lower_ in ("the", "this", "that") and end == phrase_end - 1 \
            and head.tag_ == "NN"

    def _count(self, doc: Doc, start: int, end: int, others: list[Span]) -> Span | None:
        value = self.numbers.parse_value([t.text for t in doc[start:end]])
        if value is None or (doc[start].is_digit and len(doc[start].text) == 4 and end == start + 1 and 1800 <= value <= 2100):
            return None
        if start > 0 and (doc[start - 1].text in ("$", "€", "£", "#", "No", "no.")
                          or doc[start - 1].lower_.rstrip(".") in self.months):
            return None
        phrase_end = self.counted_phrase_end(doc, end)
        if phrase_end is None or self._is_not_a_count(doc, start, end, phrase_end):
            return None
        holds_entity = any(e.start < phrase_end and e.end > end for e in others)
        span = Span(doc, start, end if holds_entity else phrase_end, label="COUNT")
        span._.count_value = value
        span._.count_unit = doc[end:phrase_end].text
        return span
