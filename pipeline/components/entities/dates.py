"""DATE and TIME boundaries: a DATE is cut to its date words, a range gives two DATEs (a joined one,
`1992-95`, `5-6 April`, stays one), and a TIME is a clock time (with its zone words); a predicted TIME without
one is a DATE (`Saturday night` gives `Saturday`) or nothing (`five hours`, `afternoon`). The recogniser's
pieces are mended: a weekday before a comma and a date is part of it (`Saturday, January 31, 2009`), and the
second year of `from 2004 to 2009` is a DATE too."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

DECADE = re.compile(r"^(1[0-9]|20)\d0s$|^'\d0s$")
CENTURY_ORDINAL = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(am|pm|a\.m\.|p\.m\.)?$|^\d{1,2}(am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "o'clock", "noon", "midnight", "gmt", "utc"}
NUMBERED = {"resolution", "resolutions", "committee", "no.", "number", "flight"}
# between two dates these words start a second one ("January 23 through March 9")
RANGE_WORDS = {"through", "to", "until", "till", "-", "–", "—", "and", "or"}
# the words that open a range of years whose end the recogniser leaves out (`from 2004 to 2009`)
RANGE_OPENERS = {"from": {"to", "until", "till", "through"}, "between": {"and"}}
HYPHENS = ("-", "–")
POSSESSIVE_S = ("'s", "’s")


class DateRules:
    def __init__(self, dates: dict) -> None:
        self.day_words = set(dates["day_words"])
        self.decade_words = set(dates.get("decade_words", []))
        self.weekdays = set(dates["weekdays"])
        self.date_words = set(dates["months"]) | self.weekdays | self.day_words | self.decade_words
        self.days = {str(n) for n in range(1, 32)}

    def _is_date_token(self, doc: Doc, i: int, end: int) -> bool:
        token = doc[i]
        word = token.lower_.rstrip(".")
        if word in self.date_words or DECADE.match(token.text) or "/" in token.text and token.text[0].isdigit():
            return True
        if token.lower_ == "century":
            return i > 0 and bool(CENTURY_ORDINAL.match(doc[i - 1].lower_))
        if CENTURY_ORDINAL.match(token.lower_) and i + 1 < end and doc[i + 1].lower_ == "century":
            return True
        return (token.is_digit and len(token.text) in (1, 2, 4)) or token.lower_.rstrip("stndrh") in self.days

    def widened(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """The recogniser's DATE doc[start:end] with the parts of a joined range it left out (`1992` + `-95`,
        `5-` + `6 April`) and a decade's `'s` (`1930's`)."""
        if end + 1 < len(doc) and self._joined_range(doc, end) and _is_year(doc[end - 1]):
            end += 2
        elif end < len(doc) and doc[end].text in POSSESSIVE_S and not doc[end - 1].whitespace_ \
                and _is_year(doc[end - 1]) and doc[end - 1].text.endswith("0"):
            end += 1
        if start >= 1 and doc[start - 1].text in self.days and doc[start].lower_.rstrip(".") in self.date_words:
            start -= 1  # `5-6` + `April 2016`: the day the recogniser left in a number
        if start >= 2 and self._joined_range(doc, start - 1) and doc[start - 2].text in self.days:
            start -= 2
        return start, end

    def core(self, doc: Doc, start: int, end: int) -> list[Span]:
        """The DATEs inside a predicted DATE: runs of date words, split at range words; none for durations."""
        spans, run = [], []
        for i in range(start, end):
            if self._is_date_token(doc, i, end):
                run.append(i)
            elif (doc[i].text in (",", "of") or self._joined_range(doc, i)) and run:
                run.append(i) if self._joined_range(doc, i) else None
                continue  # "Friday, July 21, 2017", "24th of January", "1980-88", "5-6 April" stay one date
            elif doc[i].text in POSSESSIVE_S and run and i == end - 1:
                run.append(i)  # "1930's" (widened)
            elif run:
                spans.append(run)
                run = []
            if doc[i].lower_ in RANGE_WORDS and run and not self._joined_range(doc, i):
                spans.append(run)
                run = []
        if run:
            spans.append(run)
        return [s for s in (self._date(doc, run) for run in spans) if s is not None]

    def _joined_range(self, doc: Doc, i: int) -> bool:
        """`1980-88`, `5-6 April`: a hyphen with no space around it between a year and its end, or between two
        days, is one date."""
        if doc[i].text not in HYPHENS or doc[i].whitespace_ or i == 0 or doc[i - 1].whitespace_ \
                or i + 1 >= len(doc) or not doc[i + 1].is_digit:
            return False
        return _is_year(doc[i - 1]) or (doc[i - 1].text in self.days and doc[i + 1].text in self.days)

    def weekdays_and_range_ends(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A weekday the recogniser set apart from its date (`Thursday` `,` `7 March`, or inside another name) is
        part of the DATE; the end year of `from 2004 to 2009` or `between 2015 and 2018` it left out is one."""
        covered = {i for s in spans if s.label_ != "DATE" for i in range(s.start, s.end)}
        result, added = [], []
        for span in spans:
            if span.label_ != "DATE":
                result.append(span)
                continue
            start = span.start
            if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in self.weekdays \
                    and doc[start - 2].is_title and start - 2 not in covered:
                start -= 2  # the weekday's own DATE, if any, loses to the longer one (filter_spans)
            result.append(Span(doc, start, span.end, label="DATE") if start != span.start else span)
            opener = doc[span.start - 1].lower_ if span.start > 0 else ""
            if len(span) == 1 and _is_year(span[0]) and opener in RANGE_OPENERS and span.end + 1 < len(doc) \
                    and doc[span.end].lower_ in RANGE_OPENERS[opener] and _is_year(doc[span.end + 1]) \
                    and span.end + 1 not in covered:
                added.append(Span(doc, span.end + 1, span.end + 2, label="DATE"))
        return result + added

    def _date(self, doc: Doc, run: list[int]) -> Span | None:
        anchored = any(doc[i].lower_.rstrip(".") in self.date_words or (len(doc[i].text) == 4 and doc[i].is_digit)
                       or DECADE.match(doc[i].text) or doc[i].lower_ == "century" or "/" in doc[i].text
                       for i in run)  # "20th" alone is no date ("in the 20th minute")
        if not anchored or (len(run) == 1 and self._no_year(doc, run[0])):
            return None
        if len(run) == 1 and doc[run[0]].lower_ in self.day_words and doc[run[0]].is_title \
                and not doc[run[0]].is_sent_start:
            return None  # a capitalised "Today" inside a sentence is part of a name ("Russia Today")
        return Span(doc, run[0], run[-1] + 1, label="DATE")

    @staticmethod
    def _no_year(doc: Doc, i: int) -> bool:
        """A four-digit number that is no year here: a number of a resolution or a list (`Resolutions 2254 and
        2118`, `Committee 1267`), an age (`a 2000 year old tradition`). (A year before an event's name stays:
        the gold has `the 1991 Gulf War`, though not `the 2018 FIFA World Cup`.)"""
        before = [t.lower_ for t in doc[max(0, i - 3):i]]
        after = list(doc[i + 1:i + 3])
        marks = [k for k, word in enumerate(before) if word in NUMBERED]
        numbered = bool(marks) and all(w in ("and", ",") or w.isdigit() for w in before[marks[-1] + 1:])
        aged = [t.lower_ for t in after] in (["year", "old"], ["years", "old"])
        return numbered or aged

    def time(self, doc: Doc, start: int, end: int) -> list[Span]:
        """A TIME with a clock time in it stays (edges trimmed to the clock and zone words); else its DATEs."""
        clock = [i for i in range(start, end) if CLOCK.match(doc[i].text) or doc[i].lower_ in CLOCK_WORDS
                 or (doc[i].is_digit and i + 1 < end and doc[i + 1].lower_ in CLOCK_WORDS)]
        if not clock:
            return self.core(doc, start, end)
        first = clock[0]
        while first > start and doc[first - 1].like_num:
            first -= 1
        return [Span(doc, first, end, label="TIME")]


def _is_year(token) -> bool:
    return len(token.text) == 4 and token.is_digit
