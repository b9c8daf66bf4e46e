"""Numbers written in digits or words: where a number starts and ends in a Doc, and its value.

"65", "1,200", "1.2 million", "nine", "twenty-one", "twenty one", "a dozen", "a hundred", "half a million",
"one hundred and five", "two hundred and fifty-three" (text2num for word numbers, the word
tables of data/numbers.json for what it does not read).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from text_to_num import text2num


class NumberWords:
    def __init__(self, numbers: dict) -> None:
        self.units = numbers["units"]
        self.scales = numbers["scales"]

    def is_number_token(self, token: Token) -> bool:
        text = token.lower_
        # a bare scale word ("thousand people" in "several thousand people") starts no COUNT
        return bool(re.fullmatch(r"\d[\d,]*(\.\d+)?", text)) or (text in self.units and text not in ("a", "an", "dozen"))

    def starts_number(self, doc: Doc, i: int) -> bool:
        """Token i opens a number: a number word or digits, `a`/`an` before a scale (`a dozen`), or `half a ...`."""
        return self.is_number_token(doc[i]) or (doc[i].lower_ in ("a", "an") and i + 1 < len(doc)
                                                and doc[i + 1].lower_ in self.scales) or self.starts_half(doc, i)

    def starts_half(self, doc: Doc, i: int) -> bool:
        """Token i opens "half a million", "half a dozen"."""
        return doc[i].lower_ == "half" and i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an") \
            and doc[i + 2].lower_ in self.scales

    def parse_value(self, words: list[str]) -> int | None:
        """The integer a run of number words stands for, or None: '1,200' -> 1200, 'twenty - one' -> 21,
        'two hundred and fifty-three' -> 253 (text2num), 'a dozen' -> 12, '1.2 million' -> 1200000."""
        if [w.lower() for w in words[:2]] in (["half", "a"], ["half", "an"]):
            whole = self.parse_value(words[1:])  # "half a million"
            return whole // 2 if whole is not None and whole % 2 == 0 else None
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
        if self.starts_half(doc, i):
            i += 1
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
