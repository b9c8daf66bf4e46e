"""news_memo_attribute_ruler: the base pipeline's attribute ruler, with its answers remembered.

spaCy's attribute ruler runs a Matcher of all its patterns (179 in en_core_web_sm: the tag map
and its exceptions) over every token of every Doc. Most patterns are one token long and read
only what that token is (its text, tag and dependency label), so their matches on a token are
the same wherever the token stands: they are found once for each distinct combination of the
attributes the patterns read and remembered. The patterns of several tokens (`gon na`, `there
is`) and those with operators or extension attributes still run as a Matcher over the Doc. Each
token gets the attributes of all its matches in the ruler's order (a later pattern wins), so the
result is the ruler's own; the attributes are written in one Doc.from_array.

Patterns, initialisation and serialisation are the AttributeRuler's (it saves and loads the same
files). Rules that write what a token-level array cannot (extension or lexical attributes) turn
the memo off and the plain ruler runs.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy import attrs as A
from spacy.errors import Errors as SpacyErrors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Pattern keys a single-token pattern may read for its match to depend on the token alone: what
# Doc.to_array gives for them is what the Matcher compares (IS_SENT_START, MORPH, ENT_IOB, SPACY and
# extension attributes are left to the Matcher over the whole Doc).
READABLE = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "TAG", "POS", "DEP", "LEMMA",
            "ENT_TYPE", "ENT_ID", "ENT_KB_ID", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
            "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
            "IS_CURRENCY", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}
# Attributes the memo writes with Doc.from_array: set on the token alone, as set_token_attrs does.
WRITABLE = (A.POS, A.TAG, A.MORPH, A.LEMMA, A.DEP)
OTHER = -1  # a value no pattern names (attribute values are unsigned)


@Language.factory(
    "news_memo_attribute_ruler",
    default_config={"validate": False, "memo_size": 200_000,
                    "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
)
def make_memo_attribute_ruler(nlp: Language, name: str, validate: bool, memo_size: int,
                              scorer: Callable | None) -> "MemoAttributeRuler":
    """Create the component.

    nlp (Language): the pipeline.
    name (str): the component's name.
    validate (bool): validate the patterns (as the attribute ruler's `validate`).
    memo_size (int): tokens kinds remembered at most; the memo starts again when it is full.
    scorer (Callable): scores the attributes set (spacy.attribute_ruler_scorer.v1).
    """
    return MemoAttributeRuler(nlp.vocab, name, validate=validate, memo_size=memo_size, scorer=scorer)


class _Column:
    """How one attribute enters a token's kind: a value the patterns name stays itself; any other is OTHER,
    with what each REGEX of the patterns says of it; an attribute compared in another way stays whole."""

    def __init__(self) -> None:
        self.named: set[int] = set()
        self.regexes: list[re.Pattern] = []
        self.whole = False
        self.seen: dict[int, int | tuple] = {}  # value -> its kind, for an attribute with REGEX patterns

    def add(self, value, vocab) -> None:
        """A pattern's value for this attribute, hashed as the Matcher hashes it."""
        if isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
            self.named.update(get_string_id(v) for listed in value.values() for v in listed)
        elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            self.regexes.append(re.compile(value["REGEX"]))
        elif isinstance(value, (str, int)):  # bool is an int
            self.named.add(vocab.strings.add(value) if isinstance(value, str) else int(value))
        else:
            self.whole = True  # FUZZY, comparisons, ...

    def kinds(self, values: list[int], vocab, limit: int) -> list:
        """The kinds of a column of values."""
        if self.whole:
            return values
        named = self.named
        if not self.regexes:
            return [v if v in named else OTHER for v in values]
        kinds = list(map(self.seen.get, values))
        if None in kinds:
            for i, kind in enumerate(kinds):
                if kind is None:
                    kinds[i] = self._regex_kind(values[i], vocab, limit)
        return kinds

    def _regex_kind(self, value: int, vocab, limit: int):
        if value in self.named:
            kind = value
        else:
            text = vocab.strings[value]
            kind = (OTHER, *(bool(regex.search(text)) for regex in self.regexes))
        if len(self.seen) >= limit:
            self.seen.clear()
        self.seen[value] = kind
        return kind


class _Memo:
    """The patterns split by what their match depends on, and the matches found so far per token kind.

    A token's kind is what the single-token patterns can tell of the attributes they read (_Column):
    `Belgorod`/NNP/pobj and `Kharkiv`/NNP/pobj are one kind.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        vocab = ruler.vocab
        self.single = Matcher(vocab, validate=False)
        self.context = Matcher(vocab, validate=False)
        self.has_context = False
        self.usable = all(set(attrs) <= set(WRITABLE) for attrs in ruler.attrs)
        self.columns = [attr for attr in WRITABLE if any(attr in attrs for attrs in ruler.attrs)]
        read: dict[int, _Column] = {}
        for attr_id, index in enumerate(ruler.indices):
            key = str(attr_id)
            for pattern in ruler.matcher.get(key)[1]:
                if len(pattern) == 1 and index in (0, -1) and set(pattern[0]) <= READABLE:
                    self.single.add(key, [pattern])
                    for name, value in pattern[0].items():
                        read.setdefault(A.IDS["ORTH" if name == "TEXT" else name], _Column()).add(value, vocab)
                else:
                    self.context.add(key, [pattern])
                    self.has_context = True
        self.key_columns = sorted(read) or [A.ORTH]
        self.read = [read.get(attr) or _Column() for attr in self.key_columns]
        self.found: dict[tuple, tuple[int, ...]] = {}  # token kind -> attr ids of its single-token matches
        self.values: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # attr ids -> (column, value) written

    def kinds(self, doc: Doc, limit: int) -> list[tuple]:
        values = doc.to_array(self.key_columns).reshape(len(doc), -1).T.tolist()
        return list(zip(*(column.kinds(v, doc.vocab, limit) for v, column in zip(values, self.read))))


class MemoAttributeRuler(AttributeRuler):
    """An AttributeRuler that remembers its single-token matches per token kind (see the module)."""

    def __init__(self, vocab, name: str = "attribute_ruler", *, validate: bool = False, memo_size: int = 200_000,
                 scorer: Callable | None = None) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self.memo_size = memo_size
        self._memo: _Memo | None = None

    def clear(self) -> None:
        super().clear()
        self._memo = None

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._memo = None

    def __call__(self, doc: Doc) -> Doc:
        if self._memo is None:
            self._memo = _Memo(self)
        if not self._memo.usable:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if len(doc) and self._memo.columns:
                self._apply(doc, self._memo)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in the AttributeRuler
            return error_handler(self.name, self, [doc], e)

    def _apply(self, doc: Doc, memo: _Memo) -> None:
        strings, found = self.vocab.strings, memo.found
        kinds = memo.kinds(doc, self.memo_size)
        matched = list(map(found.get, kinds))
        if None in matched:  # kinds not seen before: the single-token patterns on one token of each
            for i, ids in enumerate(matched):
                if ids is None:
                    ids = found.get(kinds[i])
                    if ids is None:
                        ids = tuple(sorted(int(strings[m]) for m, _, _ in memo.single(doc[i:i + 1], allow_missing=True)))
                        if len(found) >= self.memo_size:
                            found.clear()
                        found[kinds[i]] = ids
                    matched[i] = ids
        if memo.has_context:
            for i, ids in self._context_matches(doc, memo).items():
                matched[i] = tuple(sorted(matched[i] + tuple(ids)))
        tokens: dict[tuple[int, ...], list[int]] = {}
        for i, ids in enumerate(matched):
            if ids:
                tokens.setdefault(ids, []).append(i)
        rows = doc.to_array(memo.columns).reshape(len(doc), -1)
        for ids, where in tokens.items():
            for column, value in memo.values.get(ids) or self._values(ids, memo):
                rows[where, column] = value
        doc.from_array(memo.columns, rows)

    def _context_matches(self, doc: Doc, memo: _Memo) -> dict[int, list[int]]:
        """Token index -> attr ids of the multi-token (or operator) matches that set its attributes."""
        targets: dict[int, list[int]] = {}
        for match_id, start, end in memo.context(doc, allow_missing=True):
            attr_id = int(self.vocab.strings[match_id])
            span = doc[start:end]
            index = self.indices[attr_id]
            try:
                token = span[index]
            except IndexError:
                raise ValueError(SpacyErrors.E1001.format(patterns=self.matcher.get(str(attr_id)),
                                                          span=[t.text for t in span], index=index)) from None
            targets.setdefault(token.i, []).append(attr_id)
        return targets

    def _values(self, ids: tuple[int, ...], memo: _Memo) -> list[tuple[int, int]]:
        """(column, value) a token matched by `ids` gets: each match's attributes in order, a later one winning."""
        merged: dict[int, int] = {}
        for attr_id in ids:
            merged.update(self.attrs[attr_id])
        values = [(memo.columns.index(attr), value) for attr, value in merged.items()]
        memo.values[ids] = values
        return values
