"""Features of a pair of claims of one event, for the learned scorer of opposing claims (pair_model.py).

What the rules of opposing.py look at, as numbers a model can weigh: the rule that paired them (if any),
how alike their contents are, denials and negations, acts of one class, the sides each claim speaks for
and the types of their sources, and whether one names the state's forces while the other names its
people (``police`` / ``protesters``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .accounts import answer_score, claim_text, content_words, denied_text, is_denial, negated_clause, similarity
from .agents import agents_of
from .alignment import CIVILIANS, Side
from .records import Claim
from .text import data

_WORD = re.compile(r"[\w'-]+")  # "police’s" holds "police": a curly apostrophe ends the word


@lru_cache(maxsize=None)
def _party_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that name the state's forces and bodies, and words that name its people."""
    lex = data("conflicts.json")
    classes = lex["agent_classes"]
    state = set(classes["police"]) | set(classes["military"]) | {"authorities", "government", "ministry", "officials"}
    people = set(classes["protesters"]) | set(classes["civilians"]) | set(lex["civil_parties"])
    return frozenset(state), frozenset(people)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _stems(text: str) -> set[str]:
    """The first five letters of the content words (``warning``, ``warnings`` and ``warned`` are one)."""
    return {w[:5] for w in content_words(text) if len(w) >= 4}


def pair_features(a: Claim, b: Claim, side_a: Side, side_b: Side, *, same_article: bool,
                  allegiance: dict[str, str], rule: str | None) -> dict[str, float]:
    """The features of two claims (symmetric in a and b)."""
    text_a, text_b = claim_text(a), claim_text(b)
    share, shared = similarity(text_a, text_b)
    words_a, words_b = content_words(text_a), content_words(text_b)
    union = words_a | words_b
    denial_a, denial_b = is_denial(a), is_denial(b)
    negated_a, negated_b = negated_clause(text_a) is not None, negated_clause(text_b) is not None
    acts_a = {act for act, _ in agents_of(text_a)}
    acts_b = {act for act, _ in agents_of(text_b)}
    features = {
        f"rule={rule or 'none'}": 1.0,
        "share": share,
        "shared": min(shared, 6) / 6,
        "jaccard": len(words_a & words_b) / len(union) if union else 0.0,
        "any_denial": float(denial_a or denial_b),
        "both_denial": float(denial_a and denial_b),
        "one_negated": float(negated_a != negated_b),
        "both_negated": float(negated_a and negated_b),
        "negated_against_shared": float(negated_a != negated_b and bool(_stems(text_a) & _stems(text_b))),
        "same_act": float(bool(acts_a & acts_b)),
        "any_act": float(bool(acts_a or acts_b)),
        "same_article": float(same_article),
        "aligned_both": float(side_a.aligned and side_b.aligned),
        "same_side": float(side_a.name is not None and side_a.name == side_b.name),
        "civilians_against_other": float((side_a.name == CIVILIANS) != (side_b.name == CIVILIANS)),
        "types=" + "|".join(sorted((a.source_type, b.source_type))): 1.0,
    }
    for denial, other in ((a, b), (b, a)):
        if is_denial(denial):
            answer = answer_score(denial, other, allegiance)
            if answer is not None:
                features["denial_answers"] = 1.0
                features["denial_same_act"] = max(features.get("denial_same_act", 0.0), float(answer[1]))
            features["denied_share"] = max(features.get("denied_share", 0.0), similarity(denied_text(denial), claim_text(other))[0])
    state, people = _party_words()
    found_a, found_b = _words(text_a), _words(text_b)
    features["state_against_people"] = float(bool((found_a & state and found_b & people)
                                                  or (found_b & state and found_a & people)))
    features["state_in_both"] = float(bool(found_a & state and found_b & state))
    return features
