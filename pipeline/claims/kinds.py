"""What a count counts, and what else a conflict needs to know about it.

Works on the lower-case words before a number (in its sentence) and after it
(figures.py cuts them). The kind of a count is decided by the predicate after
the counted phrase (``23 people were killed``; a relative clause's predicate,
``people who had been held``, only when no word before the number gives one),
else by the word before the number (``killing 23 people``), else by the counted
noun (``27 dead``, ``23 crew``) or a participle before it (``seven kidnapped
people``); a hospital phrase (``were rushed to two hospitals``) counts the
injured; a capacity (``the prison holds about 2,700 inmates``) counts no event.
Besides the kind, a count of munitions or prisoners is marked with its ``act``:
munitions ``launched`` (fired, struck) or ``downed`` (shot down, intercepted),
prisoners ``joined`` (a riot), ``moved``, ``taken``, ``freed`` or ``escaped``: a
count of one act is no rival of a count of another (subgroups.py and scope.py tell the rest of what a count
counts).

Word lists are in data/figures.json.
"""

from __future__ import annotations

from functools import lru_cache

from .text import data, ends_with_phrase, starts_with_phrase

SKIP_AFTER_UNIT = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "reportedly", "slightly",
                   "seriously", "critically", "later", "still", "all", "both", "now", "already", "who", "that",
                   "which", "people", "reported", "said", "to", "be", "allegedly", "remain", "remains", "remained",
                   "temporarily", "safely", "initially", "eventually"}
AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains"}
RELATIVES = {"who", "which", "that"}
PREPOSITIONS = {"of", "from", "in", "at", "on", "near", "inside", "across"}
CASUALTY_KINDS = ("killed", "injured")
HELPING_VERBS = {"have", "has", "had", "been", "were", "was", "are", "is", "being"}
"""The auxiliaries before a passive predicate (``have been rescued``)."""
FOUND_REACH = 8
"""Words after ``missing`` or ``trapped`` within which a verb of finding says they were found (``37 residents
trapped on rooftops in the town were rescued``)."""
_AT_PLACE = ["at the scene", "in hospital", "in the hospital", "on the spot", "later in hospital"]


@lru_cache(maxsize=None)
def lexicon() -> dict:
    return data("figures.json")


def participle(word: str) -> bool:
    """A word that may be a past participle after a noun, opening a clause (``inmates identified as ...``)."""
    return len(word) > 4 and word.endswith("ed")


def _starts_kind(rest: list[str]) -> bool:
    return any(starts_with_phrase(rest, words["after"]) for words in lexicon()["kinds"].values())


def kind_after(rest: list[str]) -> tuple[str | None, list[str], bool]:
    """(kind a predicate right after the counted phrase gives, the words after it, whether it is a relative clause's)."""
    if rest[:1] == [","]:  # skip an apposition: "Two people, one of them a boy, were missing"; else the comma
        closing = next((i for i in range(1, min(len(rest), 16)) if rest[i] == ","), None)  # ("9,400 individuals,
        rest = rest[closing + 1:] if closing else rest[1:]  # displaced from Chai")
    if rest[:1] and (rest[0] in PREPOSITIONS or (participle(rest[0]) and not _starts_kind(rest))):
        # "4,600 residents of the affected settlements have been evacuated", "the 44 persons deprived of liberty
        # who escaped"
        verb = next((i for i in range(1, min(len(rest), 10)) if rest[i] in AUXILIARIES | RELATIVES
                     or rest[i] in ",;:()"), None)
        rest = rest[verb:] if verb and rest[verb] not in ",;:()" else rest
    relative = bool(rest[:1]) and rest[0] in RELATIVES
    while rest and rest[0] in SKIP_AFTER_UNIT:
        rest = rest[1:]
    for kind, words in lexicon()["kinds"].items():
        phrase = starts_with_phrase(rest, words["after"])
        if phrase:
            return kind, rest[len(phrase.split()):], relative
    if _to_hospital(rest):
        return "injured", rest[2:], relative
    return None, rest, relative


def _to_hospital(rest: list[str]) -> bool:
    """``taken to hospital``, ``rushed to two area hospitals``: a verb of carrying, ``to`` and a hospital word
    within three words."""
    words = lexicon()["to_hospital"]
    return (len(rest) > 2 and rest[0] in words["verbs"] and rest[1] == "to"
            and any(w in words["places"] for w in rest[2:5]))


def kind_before(before: list[str]) -> str | None:
    """The kind the verb or noun right before the number gives, or the verb before a first object joined to the
    count by ``and`` (``arrested the captain and 11 crew members``, ``killing a policeman and three civilians``)."""
    starts = [len(before)]
    if before[-1:] == ["and"]:
        first = before[:-1]
        starts += [len(first) - k for k in range(1, 4) if len(first) > k and not set(first[-k:]) & set(",;:()")]
    for start in starts:
        for kind, words in lexicon()["kinds"].items():
            if ends_with_phrase(before[:start], words["before"]):
                return kind
    return None


def kind_of_unit(unit: list[str]) -> str | None:
    """The kind the counted noun gives (``dead``, ``crew``, ``hostages``), or a participle before it (``kidnapped people``)."""
    text = " ".join(unit)
    for kind, words in lexicon()["kinds"].items():
        if any(text == u or text.endswith(" " + u) for u in words["units"]):
            return kind
    for kind, words in lexicon()["kinds"].items():
        if (len(unit) > 1 and unit[0] in words["after"]) or (unit and unit[-1] in words["after"]):
            return kind  # "kidnapped people", "the detained", "people detained"
    return None


def _stated_kind(before: list[str]) -> str | None:
    """The kind of the count a clause names before a verb that states it: ``the number of hostages was 14``,
    ``the injury toll stands at 30`` (data/figures.json ``stated_as``)."""
    stated = ends_with_phrase(before, lexicon()["stated_as"])
    return _named_kind(before[:len(before) - len(stated.split())]) if stated else None


def counted_by_number(words: list[str]) -> list[str]:
    """The counted phrase of the last ``the number of ...`` in words, up to a place, time or verb word: ``the
    number of bodies recovered following the sinking`` -> bodies recovered."""
    starts = [i + 2 for i in range(len(words) - 2) if words[i:i + 2] == ["number", "of"]]
    if not starts:
        return []
    counted = words[starts[-1]:]
    ends = lexicon()["after_counted"]
    return counted[:next((i for i, w in enumerate(counted) if w in ends), len(counted))]


def _named_kind(named: list[str]) -> str | None:
    """The kind of the count the words before a stating or revising verb name: ``the number of detained
    teachers`` (rose to 31), ``the injury toll`` (stands at 30)."""
    lex = lexicon()
    named = named[max((i + 1 for i, w in enumerate(named) if w in ",;:()"), default=0):]
    counted = counted_by_number(named)
    if counted:
        return kind_of_unit(counted)
    named = named[-6:]
    tolls = sorted(((phrase, kind) for kind, words in lex["toll_words"].items() for phrase in words if " " in phrase
                    or phrase == "toll"), key=lambda item: -len(item[0]))
    return next((kind for phrase, kind in tolls if ends_with_phrase(named, [phrase])), None)


def _before_last(words: list[str], phrase: list[str]) -> list[str]:
    """The words before the last time phrase is in them (all of them when it is not)."""
    at = max((i for i in range(len(words) - len(phrase) + 1) if words[i:i + len(phrase)] == phrase), default=len(words))
    return words[:at]


def _found(tail: list[str]) -> bool:
    """The words after ``missing`` say the missing were found (``missing ferry passengers found alive``)."""
    clause = tail[:next((i for i, w in enumerate(tail) if w in ",;:()"), len(tail))][:FOUND_REACH]
    return any(starts_with_phrase(clause[i:], lexicon()["found_after"]) for i in range(len(clause)))


def _held_in_facility(before: list[str], after: list[str], prefix: str) -> bool:
    """A verb of holding next to the count, and a place of detention in its sentence (data/figures.json
    ``held_in_facility``)."""
    held = lexicon()["held_in_facility"]
    verbs = set(held["verbs"])
    if not (before[-1:] and before[-1] in verbs or verbs & set(after[:3])):
        return False
    return bool(set(held["places"]) & (set(prefix.split()) | set(after[:12])))


def _rescued(after: list[str]) -> bool:
    """The predicate right after the counted people says they were found or rescued (``38 passengers and crew have
    been rescued alive``): survivors, not all on board."""
    verb = after[next((i for i, w in enumerate(after) if w not in HELPING_VERBS), len(after)):]
    return bool(verb) and starts_with_phrase(verb, lexicon()["found_after"]) is not None


def _taken_by(before: list[str], unit: list[str], prefix: str) -> str | None:
    """``The bandits took 22 people``, ``armed men ... took away 19 students``: a verb of taking counts
    prisoners when its sentence names a taker (data/figures.json ``taken_by``)."""
    taken = lexicon()["taken_by"]
    if not (before and before[-1] in taken["verbs"] and unit and unit[-1] in lexicon()["person_units"]):
        return None
    sentence = f" {prefix} "
    return "prisoners" if any(f" {actor} " in sentence for actor in taken["actors"]) else None


def count_kind(before: list[str], after: list[str], unit: list[str], revision: str | None,
               prefix: str) -> tuple[str | None, list[str], bool]:
    """(kind, the words after the predicate, whether the count is a part: ``died at the scene``) of a count.

    before: the words before the number (the qualifier and revision phrase cut off by the caller, the revision
    phrase given apart); after: the words after the counted phrase; prefix: the sentence up to the number.
    """
    lex = lexicon()
    kind, tail, relative = kind_after(after)
    part = kind == "killed" and bool(starts_with_phrase(tail, _AT_PLACE))  # "died at the scene": a part
    tail_before = before[:len(before) - len(revision.split())] if revision else before
    before_kind = kind_before(tail_before)
    if relative and before_kind:
        kind = before_kind  # "the return to freedom of nine people who had been held" counts prisoners
    unit_kind = kind_of_unit(unit)
    if (kind is None or (kind, unit_kind) == ("evacuated", "prisoners")) and unit_kind in ("prisoners", "munitions") \
            and before_kind not in CASUALTY_KINDS:
        kind = unit_kind  # "carrying 65 prisoners of war" counts prisoners, "40 convicts were transferred" too;
        # "the death of three inmates", the dead
    kind = kind or before_kind or _stated_kind(before) or (_named_kind(_before_last(prefix.split(), revision.split()))
                                                           if revision else None) or _taken_by(before, unit, prefix)
    if kind is None and before[-1:] == ["at"]:
        kind = _named_kind(_before_last(prefix.split(), ["at"]))  # "put the number of detained at 43"
    if kind is None and (revision or (before and before[-1] in ("of", "at", "to"))) \
            and (not unit or unit[-1] in lex["person_units"]):  # not "injured ... the sight of one eye"
        kind = next((k for k, words in lex["toll_words"].items() if any(w in prefix for w in words)), None)
    if "missing" in (kind, unit_kind) and (_found(tail) or ends_with_phrase(before, lex["found_before"])):
        kind = unit_kind = None  # "Eight missing passengers found alive" are missing no more
    if "on_board" in (kind, unit_kind) and (ends_with_phrase(before, lex["found_before"]) or _rescued(after)
                                            or after[:1] and after[0] in lex["not_aboard_after"]):
        kind = unit_kind = None  # "Rescuers found eight passengers", "38 passengers and crew have been rescued":
        # survivors, not all on board; "the 900 passengers booked on tonight's departure", not on board at all
    kind = kind or unit_kind
    if kind == "arrested" and (unit_kind == "prisoners" or _held_in_facility(before, after, prefix)):
        kind = "prisoners"  # "21 detainees held by the army" are prisoners; "21 people were held", arrests; "1,500
        # people were being held in the detention centre", its population
    if ends_with_phrase(before, lex["capacity_before"]):
        kind = None  # "the prison holds about 2,700 inmates": no event's count
    head = unit[-1] if unit else ""
    if kind in lex["munition_kinds"] and unit_kind != kind:
        kind = None
    if kind and kind not in lex["munition_kinds"] and head in lex["thing_units"] \
            and not (head == "member" and (after[:1] == ["of"] or len(unit) > 1)):  # "One member of the border
        # guard forces", "One crew member"
        kind = None
    return kind, tail, part


def count_act(kind: str | None, before: list[str], rest: list[str], clause: list[str]) -> str | None:
    """What was done with what a count counts (data/figures.json ``acts``: munitions launched or downed,
    prisoners taken, freed or escaped): the verb right before the number (``shot down 39``), else the
    predicate after the counted phrase in its clause (``27 inmates escaped``, ``44 persons deprived of liberty who
    escaped``), else the verb of the clause before the number
    (``attacked the carrier with two drones``)."""
    acts = lexicon()["acts"].get(kind or "")
    if not acts:
        return None
    rest = rest[:next((i for i, w in enumerate(rest) if w in ",;:()"), len(rest))][:8]
    for found in (lambda p: ends_with_phrase(before[-3:], p),
                  lambda p: any(starts_with_phrase(rest[i:], p) for i in range(len(rest))),
                  lambda p: any(ends_with_phrase(clause[:i], p) for i in range(len(clause), 0, -1))):
        for act, phrases in acts.items():
            if found(phrases):
                return act
    return None
