"""What a count counts, and what else a conflict needs to know about it.

Works on the lower-case words before a number (in its sentence) and after it
(figures.py cuts them). The kind of a count is decided by the predicate after
the counted phrase (``23 people were killed``; a relative clause's predicate,
``people who had been held``, only when no word before the number gives one),
else by the word before the number (``killing 23 people``), else by the counted
noun (``27 dead``, ``23 crew``) or a participle before it (``seven kidnapped
people``). Besides the kind, a count is marked with

- ``act``: for munitions, whether they were ``launched`` (fired, struck) or
  ``downed`` (shot down, intercepted): a count of each is no rival of the other;
- ``population``: ``security`` (officers, soldiers) or ``civilian`` (civilians,
  protesters) when the counted noun says it, and ``nation``, the country of a
  nationality word in the counted phrase: counts of two populations or two
  nations are sub-groups of an event, not rival totals;
- ``elsewhere``: the count is about another event: a past one (``two years
  ago``, ``in 2021``), another thing (``a second boat carrying 112``) or a wider
  area (``41 drones over seven regions``);
- ``current``: a running figure (``still missing``, ``have now been moved``).

Word lists are in data/figures.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import data, ends_with_phrase, starts_with_phrase

SKIP_AFTER_UNIT = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "reportedly", "slightly",
                   "seriously", "critically", "later", "still", "all", "both", "now", "already", "who", "that",
                   "which", "people", "reported", "said", "to", "be", "allegedly", "remain", "remains", "remained",
                   "temporarily", "safely", "initially", "eventually"}
AUXILIARIES = {"were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains"}
RELATIVES = {"who", "which", "that"}
PREPOSITIONS = {"of", "from", "in", "at", "on", "near", "inside", "across"}
_AT_PLACE = ["at the scene", "in hospital", "on the spot", "later in hospital"]


@lru_cache(maxsize=None)
def lexicon() -> dict:
    return data("figures.json")


def kind_after(rest: list[str]) -> tuple[str | None, list[str], bool]:
    """(kind a predicate right after the counted phrase gives, the words after it, whether it is a relative clause's)."""
    if rest[:1] == [","]:  # skip an apposition: "Two people, one of them a boy, were missing"
        closing = next((i for i in range(1, min(len(rest), 16)) if rest[i] == ","), None)
        rest = rest[closing + 1:] if closing else rest
    if rest[:1] and rest[0] in PREPOSITIONS:  # "4,600 residents of the affected settlements have been evacuated"
        verb = next((i for i in range(1, min(len(rest), 10)) if rest[i] in AUXILIARIES), None)
        rest = rest[verb:] if verb else rest
    relative = bool(rest[:1]) and rest[0] in RELATIVES
    while rest and rest[0] in SKIP_AFTER_UNIT:
        rest = rest[1:]
    for kind, words in lexicon()["kinds"].items():
        phrase = starts_with_phrase(rest, words["after"])
        if phrase:
            return kind, rest[len(phrase.split()):], relative
    return None, rest, relative


def kind_before(before: list[str]) -> str | None:
    for kind, words in lexicon()["kinds"].items():
        if ends_with_phrase(before, words["before"]):
            return kind
    return None


def kind_of_unit(unit: list[str]) -> str | None:
    """The kind the counted noun gives (``dead``, ``crew``, ``hostages``), or a participle before it (``kidnapped people``)."""
    text = " ".join(unit)
    for kind, words in lexicon()["kinds"].items():
        if any(text == u or text.endswith(" " + u) for u in words["units"]):
            return kind
    if len(unit) > 1:
        for kind, words in lexicon()["kinds"].items():
            if unit[0] in words["after"]:
                return kind
    return None


def count_kind(before: list[str], after: list[str], unit: list[str], revision: str | None,
               prefix: str) -> tuple[str | None, list[str], bool]:
    """(kind, the words after the predicate, whether the count is a part: ``died at the scene``) of a count.

    before: the words before the number (the qualifier and revision phrase cut off by the caller, the revision
    phrase given apart); after: the words after the counted phrase; prefix: the sentence up to the number.
    """
    lex = lexicon()
    kind, tail, relative = kind_after(after)
    part = bool(kind and starts_with_phrase(tail, _AT_PLACE))
    tail_before = before[:len(before) - len(revision.split())] if revision else before
    before_kind = kind_before(tail_before)
    if relative and before_kind:
        kind = before_kind  # "the return to freedom of nine people who had been held" counts prisoners
    unit_kind = kind_of_unit(unit)
    if kind is None and unit_kind in ("prisoners", "munitions"):
        kind = unit_kind  # "carrying 65 prisoners of war" counts prisoners
    kind = kind or before_kind
    if kind is None and (revision or (before and before[-1] in ("of", "at", "to"))):
        kind = next((k for k, words in lex["toll_words"].items() if any(w in prefix for w in words)), None)
    kind = kind or unit_kind
    head = unit[-1] if unit else ""
    if kind in lex["munition_kinds"] and unit_kind != kind:
        kind = None
    if kind and kind not in lex["munition_kinds"] and head in lex["thing_units"]:
        kind = None
    return kind, tail, part


def munition_act(before: list[str], tail: list[str]) -> str | None:
    """``launched`` or ``downed``: what the words right before the number or after the counted phrase say."""
    rest = [w for w in tail[:6] if w not in SKIP_AFTER_UNIT]
    for act, phrases in lexicon()["munition_acts"].items():
        if ends_with_phrase(before[-3:], phrases) or starts_with_phrase(rest, phrases):
            return act
    return None


def population(unit: list[str]) -> str | None:
    text = " ".join(unit)
    for name, nouns in lexicon()["populations"].items():
        if any(text == n or text.endswith(" " + n) for n in nouns):
            return name
    return None


def nation(unit: list[str]) -> str | None:
    """The country a nationality word in the counted phrase names (``32 Armenian prisoners``): counts of two
    nationalities are sub-groups (the two sides of a swap), not rival totals."""
    demonyms = data("sides.json")["demonyms"]
    return next((demonyms[w] for w in unit if w in demonyms), None)


def _spaced(text: str) -> str:
    return " " + re.sub(r"\s+", " ", text.lower()) + " "


def earlier(head: str) -> bool:
    """The words before a count (in its sentence) say it is an earlier figure (``had said earlier that``)."""
    lowered = _spaced(head)
    return any(f" {phrase} " in lowered for phrase in lexicon()["earlier"])


def elsewhere(reach: str, before: list[str], after: list[str]) -> bool:
    """The count is about another event than the article's: a past one, another thing, or a wider area.

    reach: the count's sentence up to the count (from the last ``;`` or dash) and on to the next comma."""
    marks = lexicon()["elsewhere"]
    lowered = _spaced(reach)
    if any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in marks["past"]):
        return True
    if re.search(marks["past_pattern"], lowered):
        return True
    clause = before[max((i + 1 for i, w in enumerate(before) if w in ",;:()"), default=0):]
    if any(" ".join(clause[i:i + len(p.split())]) == p for p in marks["another"] for i in range(len(clause))):
        return True
    for i, word in enumerate(after[:8]):
        if word in ("over", "across", "in", "from") and i + 2 < len(after) + 1:
            following = after[i + 1:i + 3]
            if len(following) == 2 and re.fullmatch(r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens",
                                                     following[0]) and following[1] in marks["wider_nouns"]:
                return True
    return False


def current(before: list[str], after: list[str]) -> bool:
    """A running figure: ``still``, ``now``, ``so far``, ``a total of`` next to the count."""
    near = " " + " ".join(before[-4:] + ["#"] + after[:6]) + " "
    return any(f" {phrase} " in near for phrase in lexicon()["current"])
