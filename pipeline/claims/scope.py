"""What a count is about: the article's event, another event, or the same event at another time.

figures.py reads each count with the words around it; these functions tell

- ``elsewhere``: the count is about another event than the article's: a past
  one (``two years ago``, ``in May 2020``, a year the article's opening does
  not give), a period or a running total (``in the last 24 hours``, ``since
  October``, ``in September alone``), another thing (``a second boat carrying
  112``) or a wider area (``41 drones over seven regions``, ``over the Belgorod
  and Kursk regions``);
- ``other_event_spans``: the sentences a news text opens with ``Separately``,
  ``In a separate incident`` ... to the end of their paragraph, and those that
  open with a place the article's opening does not name (``In Odesa, ...``):
  every count in them is about another event, or a part of the event's;
- ``claim_elsewhere``: a claim is about another event: its sentence or content
  is past, about a wider area, or in a stretch about another event (``The
  agency also denied a report that officers had used pepper spray ... last
  month``);
- ``corrected``: the text takes a figure back (``corrected``, ``withdrew``);
- ``earlier``: the words before a count say it is an earlier figure (``had said
  earlier that``); ``current``: a running figure (``still missing``, ``have
  now been moved``).

Word lists are in data/figures.json (``elsewhere``, ``earlier``, ``current``,
``corrections``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .events import opening_sentence
from .kinds import lexicon
from .text import ENTRY_TIME, sentences

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=[\s,]|$)", re.M)
_IN_MONTH = re.compile(r"\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b"
                       r"(?! \d)")
"""``in April``, not ``in April 2024`` nor a day (``on 14 April``): a month of its own."""
_LOCATIVE = re.compile(r"(?:In|At|Near) ((?:[A-Z][\w'’-]+ ?){1,3}),")
OPENING = 400
"""Characters of an article's opening (headline, dateline, first paragraph): where it names its event."""
_NUMBERISH = r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens"


def _spaced(text: str) -> str:
    return " " + re.sub(r"\s+", " ", text.lower()) + " "


@lru_cache(maxsize=16)
def own_times(text: str) -> frozenset[str]:
    """The years and months (``2024``, ``apr``) an article gives up to its opening sentence (headline,
    dateline, first sentence): the time of its event. Cached, as every claim and count of an article asks."""
    opening = opening_sentence(text)
    end = text.find(opening) + len(opening) if opening else min(len(text), OPENING)
    return frozenset(_YEAR.findall(text[:end])) | frozenset(m.lower()[:3] for m in _MONTH.findall(text[:end]))


_EARLIER_VERSION = re.compile(r"\b(?:an|the) (?:earlier|previous) (?:[\w-]+ )?version of (?:this|the|our)\b")
"""``An earlier online version of this story said``, ``An earlier version of the 12:20 post said``."""


def earlier(head: str) -> bool:
    """The words before a count (in its sentence) say it is an earlier figure (``had said earlier that``)."""
    lowered = _spaced(re.sub(r"[,;:]", " ", head))  # "we reported, citing ...": the phrase before a comma too
    return any(f" {phrase} " in lowered for phrase in lexicon()["earlier"]) or bool(_EARLIER_VERSION.search(lowered))


def elsewhere(reach: str, before: list[str], after: list[str], years: frozenset[str]) -> bool:
    """The count is about another event than the article's (module docstring).

    reach: the count's sentence up to the count (from the last ``;`` or dash) and on to the next comma;
    years: the article's own years."""
    marks = lexicon()["elsewhere"]
    lowered = _spaced(reach)
    if _another_time(lowered, marks["past"] + marks["period"], years) or re.search(marks["period_pattern"], lowered):
        return True
    clause = before[max((i + 1 for i, w in enumerate(before) if w in ",;:()"), default=0):]
    if any(" ".join(clause[i:i + len(p.split())]) == p for p in marks["another"] for i in range(len(clause))):
        return True
    return _wider_area(after, marks)


def _another_time(lowered: str, phrases: list[str], times: frozenset[str]) -> bool:
    """A phrase of another time (``two years ago``), a year not the article's own, or a month not its own
    (``in April``, in an article of September: months are only compared when its opening gives one)."""
    own_months = {t for t in times if not t.isdigit()}
    return any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in phrases) \
        or any(year not in times for year in _YEAR.findall(lowered)) \
        or bool(own_months and any(m[:3] not in own_months for m in _IN_MONTH.findall(lowered)))


def _wider_area(after: list[str], marks: dict, reach: int = 8) -> bool:
    """``over seven regions``, ``across three provinces``, ``over the Belgorod and Kursk regions`` in the first
    reach words of after."""
    for i, word in enumerate(after[:reach]):
        if word not in ("over", "across", "in", "from"):
            continue
        following = after[i + 1:i + 3]
        if (len(following) == 2 and re.fullmatch(_NUMBERISH, following[0])
                and following[1] in marks["wider_nouns"]):
            return True
        if word in ("over", "across") and any(w in marks["wide_nouns"] for w in after[i + 1:i + 7]):
            return True
    return False


def current(before: list[str], after: list[str]) -> bool:
    """A running figure: ``still``, ``now``, ``so far``, ``a total of`` next to the count."""
    near = " " + " ".join(before[-4:] + ["#"] + after[:6]) + " "
    return any(f" {phrase} " in near for phrase in lexicon()["current"])


@lru_cache(maxsize=16)
def other_event_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the stretches about another event or another place: from a sentence that opens with a
    word of ``elsewhere.openers`` (``Separately,``) to the end of its paragraph; a sentence that opens with a
    place the article's opening does not name (``In Odesa, debris ... injured two workers``)."""
    openers = tuple(lexicon()["elsewhere"]["openers"])
    opening = text[:OPENING]
    spans = []
    for start, end in sentences(text):
        start += len(_ENTRY_TIME.match(text, start).group())  # "21:30 - Separately, in Dakar, ..."
        if text[start:start + 40].lower().startswith(openers):
            stop = text.find("\n\n", start)
            spans.append((start, len(text) if stop < 0 else stop))
        place = _LOCATIVE.match(text, start, end)
        if place and start >= OPENING and place.group(1) not in opening:
            spans.append((start, end))
    return tuple(spans)


_ENTRY_TIME = re.compile(r"\s*(?:" + ENTRY_TIME + r"\s*)?")
"""A sentence's opening blanks and the time of a live page's entry before its first word."""
CORRECTION_REACH = 8  # sentences after a figure in which a correction of it is looked for


_NUMBER = re.compile(r"(?<![\d.])\d+(?![\d.])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b")
"""A number in digits, or a number word up to twenty (``nine bodies had been seen``)."""


_FIGURE_WRONG = re.compile(r"\s*(?:that|this|the) (?:figure|number|toll|count) (?:was|is|has been) (?:wrong|incorrect|"
                           r"inaccurate|mistaken|withdrawn|an error)\b", re.I)
TAKEN_BACK = re.compile(r"\b(?:withdr[ae]wn? (?:the|that|its) figure|retracted|to remove (?:a|the) (?:toll|figure))\b")
MISREPORTED = re.compile(r"\b(?:incorrectly|wrongly|mistakenly|erroneously|falsely) (?:stated|said|reported|gave|put|"
                         r"claimed|wrote|quoted)\b")
"""A report the text says was wrong: the figures it gives after these words are taken back (``An article ...
incorrectly stated that 17 people had been hospitalised``)."""


def corrected(text: str, sentence: tuple[int, int], value: int, parse_number: Callable[[str], int | None]) -> bool:
    """A later sentence takes the figure back: it holds a correction word and gives the same value, not as the
    new one (``The minister withdrew the figure of 27``; not ``corrected it to 17``); or it is the next sentence
    after the figure's, holds a correction word and gives no value but new ones (``... said later that the
    minister had been given a wrong figure and that the confirmed toll was 17``); or the figure's own sentence
    takes a figure back, or says a report gave it wrongly (MISREPORTED). parse_number reads a number written in words or digits."""
    start, end = sentence
    own = text[start:end].lower()
    if TAKEN_BACK.search(own):
        return True  # "(Corrects paragraph 1 to remove a toll of 15 dead ..., who later withdrew the figure.)"
    wrong = MISREPORTED.search(own)
    if wrong and any(parse_number(m.group()) == value for m in _NUMBER.finditer(own, wrong.end())):
        return True
    words = lexicon()["corrections"]
    later = [s for s in sentences(text) if s[0] >= end][:CORRECTION_REACH]
    if later and _FIGURE_WRONG.match(text, later[0][0], later[0][1]):
        return True  # "... stated that 64 people were on board. That figure was wrong: ... 46 ..."
    for n, (begin, stop) in enumerate(later):
        said = text[begin:stop].lower().replace(",", "")
        if not any(re.search(rf"\b{re.escape(w)}\b", said) for w in words):
            continue
        old = [m for m in re.finditer(_NUMBER, said)
               if not re.search(r"\b(?:to|at|as|is|was)\s+$", said[:m.start()])]
        if any(parse_number(m.group()) == value for m in old) or (n == 0 and not old):
            return True
    return False


def claim_elsewhere(text: str, sentence: tuple[int, int], content: tuple[int, int]) -> bool:
    """The claim whose cue's sentence and content are at these offsets is about another event (module
    docstring)."""
    marks = lexicon()["elsewhere"]
    years = own_times(text)
    for start, end in (sentence, content):
        if _another_time(_spaced(text[start:end]), marks["past"], years):
            return True
    if _wider_area(re.findall(r"[\w'’-]+", text[content[0]:content[1]].lower()), marks, reach=len(text)):
        return True
    return any(start <= content[0] < end for start, end in other_event_spans(text))
