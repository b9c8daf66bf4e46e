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

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from text_to_num import text2num

from .data import DataComponent

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
        self.units = self.data["numbers.json"]["units"]
        self.scales = self.data["numbers.json"]["scales"]
        self.exclusions = set(self.data["count_exclusions.txt"])
        self.months = set(self.data["dates.json"]["months"])  # "Aug 3" is a date, not a COUNT
        self.label_nouns = set(self.data["numbers.json"]["label_nouns"])  # "phase 3", "Game 7": a name, not a count
        self.measure_verbs = set(self.data["numbers.json"]["measure_verbs"])  # "fell 200 points": a measure

    # -- numbers -------------------------------------------------------------

    def is_number_token(self, token: Token) -> bool:
        text = token.lower_
        # a bare scale word ("thousand people" in "several thousand people") starts no COUNT
        return bool(re.fullmatch(r"\d[\d,]*(\.\d+)?", text)) or (text in self.units and text not in ("a", "an", "dozen"))

    def parse_value(self, words: list[str]) -> int | None:
        """The integer a run of number words stands for, or None: '1,200' -> 1200, 'twenty - one' -> 21,
        'two hundred and fifty-three' -> 253 (text2num), 'a dozen' -> 12, '1.2 million' -> 1200000."""
        if words and all(w.isalpha() or w == "-" for w in words) and words[0].lower() not in ("a", "an"):
            try:
                return text2num(" ".join(words).replace(" - ", "-").lower(), "en")
            except ValueError:
                pass  # "dozen", "a hundred": the word tables below know them
        total, current, seen = 0, 0, False
        for word in (w.lower() for w in words):
            if word in ("-", "and"):
                continue
            if re.fullmatch(r"\d[\d,]*(\.\d+)?", word):
                current += float(word.replace(",", ""))
            elif word in self.scales and (word != "dozen" or current):
                current = (current or 1) * self.scales[word]
                if self.scales[word] >= 1000:
                    total, current = total + current, 0
            elif word in self.units:
                current += self.units[word]
            else:
                return None
            seen = True
        value = total + current
        return int(value) if seen and value == int(value) else None

    def number_run(self, doc: Doc, i: int) -> tuple[int, int]:
        """The tokens of the number starting at token i: "a dozen", "twenty-one", "twenty one", "2 million",
        "one hundred and five", "two hundred and fifty-three"."""
        start = i
        if doc[i].lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in self.scales:
            i += 1
        end = i + 1
        while end < len(doc):
            word, previous = doc[end].lower_, doc[end - 1].lower_
            following = doc[end + 1].lower_ if end + 1 < len(doc) else ""
            if word in self.scales or (previous == "-" and word in self.units) or (previous == "and" and word in self.units):
                end += 1
            elif word == "-" and following in self.units:
                end += 1
            elif word == "and" and previous in self.scales and following in self.units and following not in ("a", "an"):
                end += 1
            elif self.units.get(previous, 0) >= 20 and self.units.get(previous, 0) % 10 == 0 \
                    and 0 < self.units.get(word, 0) < 10 and word not in ("a", "an"):
                end += 1  # "twenty one"
            else:
                break
        return start, end

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
        if head.lemma_.lower() in self.exclusions or head.lower_ in self.exclusions \
                or (head.lemma_.lower() == "point" and doc[head.i - 1].lower_ in ("percentage", "basis")):
            return None
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                stop = max(t.i for t in child.subtree) + 1
                cut = min([t.i for t in doc[end:stop] if t.text in STOP_BEFORE]
                          + [t.left_edge.i for t in doc[end:stop] if t.dep_ in ("relcl", "acl")] + [stop])
                end = cut
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
                token = doc[i]
                starts_number = self.is_number_token(token) or (
                    token.lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in self.scales)
                if i in covered or not starts_number:
                    i += 1
                    continue
                start, end = self.number_run(doc, i)
                count = self._count(doc, start, end, others)
                if count is not None and not any(j in covered for j in range(count.start, count.end)):
                    counts.append(count)
                i = end
        doc.ents = filter_spans(others + counts)
        return doc

    def _from_prediction(self, doc: Doc, ent: Span, others: list[Span]) -> Span | None:
        start = ent.start
        while start < ent.end and not (self.is_number_token(doc[start]) or doc[start].lower_ in ("a", "an")):
            start += 1
        if start == ent.end:
            return None
        number_start, number_end = self.number_run(doc, start)
        # the parse decides where the counted phrase ends; the prediction only where the parse has no answer
        from_parse = self._count(doc, number_start, number_end, others)
        if from_parse is not None:
            return from_parse
        value = self.parse_value([t.text for t in doc[number_start:number_end]])
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
                and self.is_number_token(doc[end + 1]):
            return True
        if before is not None and before.lower_ in ("to", "or", "and", "-", "–") and start >= 2 \
                and (self.is_number_token(doc[start - 2]) or doc[start - 2].lower_ == "between"):
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
        if head.lemma_.lower() == "point" and head.head.lemma_.lower() in self.measure_verbs:
            return True  # "fell 200 points": index points
        if head.pos_ == "PROPN" and not head.lower_.endswith("s"):
            return True
        return before is not None and before.lower_ in ("the", "this", "that") and end == phrase_end - 1 \
            and head.tag_ == "NN"

    def _count(self, doc: Doc, start: int, end: int, others: list[Span]) -> Span | None:
        value = self.parse_value([t.text for t in doc[start:end]])
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
