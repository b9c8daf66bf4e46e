"""Counts: every count of an article with what it counts (values.py gives a claim's figures their values).

Counts are found in the text itself (digits, number words, ``a dozen``,
``No one was killed``), so that conflicts do not depend on where the entity
layer puts a COUNT's edges. What a count counts (its kind) is decided by the
predicate after the counted phrase (``23 people were killed``), else by the word
before the number (``killing 23 people``, ``carrying 48 people``), else by the
counted noun (``27 dead``, ``23 crew``, ``four drones``); the word lists are in
data/figures.json; kinds.py decides it. A part of a total (``including four
children``, ``142 of them``, ``five more``, ``11 crew members and a navy
officer``), an earlier figure the text revises (``up from nine``) and a revision
(``rose to 14``) are marked, and so is what else kinds.py (the act), scope.py
(another event, a figure taken back) and subgroups.py (whose people, which
munitions, a condition) tell of a count. A number repeated in digits (``eleven
(11) persons``) is one count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Article
from .kinds import count_act, count_kind, counted_by_number, participle
from .scope import corrected, current, earlier, elsewhere, other_event_spans, own_times
from .subgroups import condition, munition, nation, owner, population, slack
from .tallies import Count, join_counts
from .text import data, ends_with_phrase, sentence_index, sentences, starts_with_phrase

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNIT_STOP = {"were", "was", "are", "is", "have", "has", "had", "been", "in", "on", "at", "from", "to", "for", "by",
              "with", "who", "which", "that", "whose", "and", "or", "but", "as", "after", "before", "when", "while",
              "during", "including", "across", "near", "into", "since", "aboard", "onboard", "died", "killed", "injured",
              "wounded", "hurt", "missing", "dead", "said", "say", "says", "struck", "had", "over", "overnight",
              "yesterday", "today", "tonight", "remain", "remains", "remained", "stayed", "hit", "fell", "belong",
              "took", "taking", "joined", "staged", "participated"}
_WORD = re.compile(r"[a-z0-9][a-z0-9'’.-]*|[,;:()]")
_REPEAT = re.compile(r"\s*\(\s*\d[\d,]*\s*\)")
"""The digits that repeat a number in words: ``eleven (11) persons``."""
_THE_OTHER = re.compile(r"\b(?:and|while|,)\s+the other\b", re.I)
_THE_REST = re.compile(r"\b(?:and|while|whereas|,)\s+the (?:remaining|rest|other \w+)\b", re.I)
"""A split of a total told part by part: ``took 200 passengers on board, while the remaining 159 ...``."""
_AGES = re.compile(r"\baged\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and)\s*$", re.I)
"""The ages before the last of a list: ``aged 81 and 77``."""
_AS_REPORTED_BEFORE = re.compile(r"[^,.;]{0,30}?\bas (?:previously|earlier|initially|first|wrongly) (?:reported|stated|said)\b",
                                 re.I)
_OF_THE = re.compile(r"\W*(?:of|among) (?:the|those|them|these)\b[^,.;]{0,40},\s*$", re.I)
"""A sentence that opens with the whole a count is part of: ``Of the injured, four remained in hospital``."""


@lru_cache(maxsize=None)
def _number_pattern() -> re.Pattern:
    lex = data("figures.json")
    units = sorted(lex["numbers"], key=len, reverse=True)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    word = rf"(?:(?:{tens})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a|one)\s+dozen|{'|'.join(units)})"
    scale = r"(?:\s+(?:hundred|thousand|million|billion))?"
    return re.compile(rf"(?<![\w.,:-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{word}){scale}(?![\w])", re.I)


@lru_cache(maxsize=None)
def _predicate_starts() -> frozenset[str]:
    """First words of the predicates that give a kind (``lost`` of ``lost their lives``): they end a counted phrase."""
    kinds = data("figures.json")["kinds"].values()
    return frozenset(p.split()[0] for kind in kinds for p in kind["after"]) - {"on", "in", "at"}


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words (``3,200``, ``Twenty-seven``, ``a dozen``, ``2 million``)."""
    lex = data("figures.json")
    value, total = 0.0, 0.0
    for part in re.split(r"[\s-]+", text.lower().replace(",", "")):
        if part in ("a", "and", ""):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", part):
            value += float(part)
        elif part in lex["numbers"]:
            value = value * 12 if part == "dozen" and value else value + lex["numbers"][part]
        elif part in lex["scales"]:
            total += max(value, 1) * lex["scales"][part]
            value = 0
        else:
            return None
    result = total + value
    return int(result) if result == int(result) else None


def lower_words(text: str) -> list[str]:
    """The lower-case words and clause marks of text (``a.m.`` kept, other final dots cut)."""
    return [w.rstrip(".") if w not in ("a.m.", "p.m.") else w for w in _WORD.findall(text.lower().replace("’", "'"))]


def _people_noun(word: str) -> bool:
    lex = data("figures.json")
    return word in lex["person_units"] or any(word in nouns for nouns in lex["populations"].values())


def _unit(after: list[str]) -> tuple[list[str], bool]:
    """The counted noun phrase at the start of after (``crew members``, ``prisoners of war``), and whether it
    names a part of a total (``of them``)."""
    unit: list[str] = []
    for word in after:
        if (word in _UNIT_STOP or word in _predicate_starts() or word in ",;:()" or len(unit) == 4
                or _number_pattern().fullmatch(word)) and not (word == "of" and not unit):
            break
        if unit and unit != ["of"] and participle(word):
            break  # a participle after the noun opens a clause: "40 inmates identified as organisers were moved"
        unit.append(word)
    part = False
    if unit[:1] == ["of"]:
        unit = unit[1:]
        part = unit[:1] in (["them"], ["whom"], ["those"], ["these"], ["the"], ["which"])
    if "of" in unit and unit[:3] != ["prisoners", "of", "war"]:
        unit = unit[:unit.index("of")]
    return unit, part


@lru_cache(maxsize=None)
def _increments() -> tuple[re.Pattern, re.Pattern]:
    """``..., bringing the number of people on the ferry to 236``: (the words after a count that make it an
    increment, the words right before the new total) (data/figures.json ``increment_verbs``)."""
    phrase = rf"\b(?:{'|'.join(data('figures.json')['increment_verbs'])}) (?:the|its|their) (?:[\w'’-]+ ){{0,7}}?to"
    return re.compile(phrase + r" (?:about |around |at least )?\d", re.I), re.compile(phrase + r"\s*$", re.I)


def _ranged(before: list[str], after: list[str]) -> bool:
    """The number is the lower end of a range: ``between 10 and 12``, ``10 to 12``, ``10 or 12``."""
    return (len(after) > 1 and bool(_number_pattern().fullmatch(after[1])) and before[-1:] not in (["from"], ["up"])
            and (after[0] in ("to", "or") or (after[0] == "and" and before[-1:] == ["between"])))


def _link(unit: list[str], rest: list[str], previous: bool) -> str | None:
    """How a count is joined to the count after it (see Count.link): parts of a sum."""
    if len(rest) < 2 or previous or not unit or rest[0] != "and" or unit[-1].endswith(("ed", "ing")):
        return None
    joined = rest[2:6]
    nations = (nation(unit, ""), nation(joined, ""))
    if None not in nations and nations[0] != nations[1]:
        return None  # "six Iranian soldiers and one Afghan border guard": two sides' dead, no one total
    if _number_pattern().fullmatch(rest[1]):
        return "sum"
    if rest[1] in ("a", "an", "one") and munition(unit) == munition(joined) and (
            munition(unit) or set(joined) & set(data("figures.json")["person_singulars"])):
        return "plus_one"  # "11 crew members and a navy officer"; not "two drones and a naval missile", "and a cargo"
    return None


def _count(text: str, match: re.Match, sentence: tuple[int, int], lex: dict, years: frozenset[str]) -> Count | None:
    start, end = match.span()
    value = parse_number(match.group())
    following = text[end:end + 12].lower()
    if value is None or re.match(r"(?:-\w|:\d|\.\d|%|\s*(?:a\.m|p\.m|am\b|pm\b|per ?cent|gmt|utc))", following):
        return None
    spelled = re.search(r"([\w-]+)\s*\(\s*$", text[max(0, start - 30):start])
    if spelled and parse_number(spelled.group(1)) is not None and re.match(r"\s*\)", text[end:]):
        return None  # the digits of "eleven (11)": the words before have it
    repeat = _REPEAT.match(text, end)
    before = lower_words(text[sentence[0]:start])[-8:]
    after = lower_words(text[repeat.end() if repeat else end:sentence[1]])[:24]
    months = MONTHS + [m[:3] for m in MONTHS]
    if (before and before[-1] in months) or (after and after[0] in months):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", match.group()) or "." in match.group().replace(",", ""):
        return None
    if _AGES.search(text, sentence[0], start):
        return None  # "two patients, aged 81 and 77": the second age is no count either
    if before and before[-1] == "no":
        return None
    count = Count("COUNT", match.group(), start, end, value)
    found = ends_with_phrase(before, lex["qualifiers"])
    if found:
        count.qualifier = lex["qualifiers"][found]
        before = before[:len(before) - len(found.split())]
    if _ranged(before, after):
        count.link, after = "range", after[2:]  # "between 10 and 12 passengers": the words after the range count
    if after[:3] == ["the", "number", "of"]:
        after = after[3:]  # "bringing to two the number of people killed": the count before what it counts
    unit, part_of = _unit(after)
    count.included = ends_with_phrase(before, ["including"]) is not None
    count.partial = bool(part_of or ends_with_phrase(before, lex["partial_before"])
                         or starts_with_phrase(after, lex["partial_after"])
                         or _OF_THE.match(text, sentence[0], start))
    lead = text[sentence[0]:start]
    lead = lead[max(lead.rfind(";"), lead.rfind("—"), lead.rfind(" – ")) + 1:]
    trail = text[end:sentence[1]]
    trail = trail[:next((m.start() for m in re.finditer(r"[,;—]", trail)), len(trail))]
    if count.qualifier is None and re.search(r"\bso far\b", trail, re.I):
        count.qualifier = "min"  # "Two injured people have been taken to hospital so far": the count at that hour
    count.previous = bool(ends_with_phrase(before, lex["previous_before"])) or earlier(lead) \
        or bool(_AS_REPORTED_BEFORE.match(text, end, sentence[1]))  # "and not 150 as previously reported"
    revision = ends_with_phrase(before, lex["revision_before"])
    increment, new_total = _increments()
    count.revision = bool(revision) or bool(new_total.search(text, sentence[0], start))
    count.partial = count.partial or bool(increment.search(text, end, sentence[1]))
    count.unit = " ".join(unit) or None
    rest = after[len(unit) + (1 if after[:1] == ["of"] else 0):]
    joined = rest[1] if rest[:1] == ["and"] and rest[1:2] and _people_noun(rest[1]) else None
    if joined:
        rest = rest[2:]  # "27 of our members and supporters were injured": the verb after both nouns
    count.link = count.link or _link(unit, rest, count.previous)
    prefix = " ".join(lower_words(text[sentence[0]:start]))
    count.kind, _, at_place = count_kind(before, rest, unit, revision, prefix)
    # "one died of smoke inhalation and the other of injuries": one of a pair; "took 200 on board, while the
    # remaining 159 ...": one part of a split
    count.partial = count.partial or at_place or condition(rest) or (value == 1 and bool(_THE_OTHER.search(
        text, end, sentence[1]))) or bool(_THE_REST.search(text, end, sentence[1]))
    clause = prefix.split()
    clause = clause[max((i + 1 for i, w in enumerate(clause) if w in ",;:()"), default=0):]
    count.act = count_act(count.kind, before, rest, clause)
    sentence_words = set(lower_words(text[sentence[0]:sentence[1]]))
    needed = lex["acts_need_context"].get(count.act or "")
    if needed and not sentence_words & set(needed):
        count.kind = count.act = None  # "28 people who escaped unhurt" were never held
    jailbreak = lex["jailbreak"]
    if count.act == "freed" and sentence_words & set(jailbreak["attack"]) and sentence_words & set(jailbreak["place"]):
        count.act = "escaped"  # "attacked the prison ... and freed 61 prisoners": a jailbreak, told by its makers
    if count.kind in lex["munition_kinds"]:
        count.munition = munition(unit)
    following = text[repeat.end() if repeat else end:sentence[1]]
    described = unit or (_unit(after[1:])[0] if after and participle(after[0]) else [])  # "eight wounded
    # Burundian soldiers": the kind's word before the counted noun
    described = described or counted_by_number(lower_words(lead))  # "the number of injured officers rose to 14"
    count.population, count.nation, count.owner = (population(described, following), nation(described, following),
                                                   owner(described))
    if joined and population([joined]) != count.population:
        count.population = None  # "nine soldiers and civilians": people of both
    count.slack = slack(following, parse_number)
    count.elsewhere = not count.previous and elsewhere(lead + match.group() + trail, before, rest, years)
    count.current = current(before, after)
    count.facility = received_by_facility(before, prefix, lex)
    count.previous = count.previous or corrected(text, sentence, value, parse_number)
    return count


def received_by_facility(before: list[str], prefix: str, lex: dict) -> bool:
    """``Mota General Hospital ... received 54 wounded patients``, ``the morgue has received the bodies of``: a
    verb of receiving close before the number, with a facility named before it in the sentence."""
    receives = lex["facility_receives"]
    near = before[max((i + 1 for i, w in enumerate(before) if w in ",;:()"), default=0):]
    verb = next((i for i in range(len(near) - 1, -1, -1) if near[i] in receives), None)
    if verb is None:
        return False
    words = prefix.split()
    return any(w in lex["facility_sources"] for w in words[:len(words) - (len(near) - verb)])


def article_counts(article: Article) -> list[Count]:
    """Every count of the article's text, in order, with kind, qualifier and the marks of kinds.py."""
    lex = data("figures.json")
    text = article.text
    spans = sentences(text)
    years = own_times(text)
    found = []
    for match in _number_pattern().finditer(text):
        figure = _count(text, match, spans[sentence_index(spans, match.start())], lex, years)
        if figure is not None:
            found.append(figure)
    for kind, phrases in lex["zero_patterns"].items():
        for phrase in phrases:
            for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", text, re.I):
                found.append(Count("COUNT", match.group(), match.start(), match.end(), 0, kind=kind))
    found.sort(key=lambda f: f.start)
    others = other_event_spans(text)
    for count in found:
        count.elsewhere = count.elsewhere or any(start <= count.start < end for start, end in others)
    return join_counts(found, [sentence_index(spans, c.start) for c in found], text)
