"""Sports results: `Celtic beat Rangers 2-1`, `a 2-0 win over Aston Villa`: the sides of a result are teams (ORG),
also where they are named after their town (`Barcelona won 3-1 against Valencia`), and a name after `at` there is their
ground (`at Anfield`, FAC); a team named by the words around it (`a Liverpool fan`, `Real Madrid`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .names import person_name_parts
from .tokens import proper_noun_runs

WINNER_VERBS = {"beat", "beats", "defeated", "defeats", "drew", "draws", "won", "wins", "lost", "loses", "edged",
                "thrashed", "routed", "hammered", "overcame", "stunned", "held"}
"""Verbs of a result after its first side (`Celtic beat ...`)."""
BEFORE_OPPONENT = {"beat", "beats", "defeated", "defeats", "over", "against", "edged", "thrashed", "routed",
                   "hammered", "overcame", "stunned", "with", "to", "held"}
"""Words of a result before its other side (`beat Rangers`, `a win over Aston Villa`, `drew with Bilbao`)."""
WINDOW = 12
SCORE_DASHES = {"-", "–"}
SENTENCE_ENDS = {".", "!", "?", ";"}
SIDE_LABELS = ("GPE", "LOC", "PERSON")
"""Labels the recogniser gives a team named after its town or a person."""


def teams_in_results(doc: Doc, spans: list[Span], countries: set[str], cities: set[str]) -> list[Span]:
    """In a sentence that gives a score (`2-1`, at most WINDOW tokens away), a name right before a verb of a result
    or right after one (or after `over`, `against`, `with`, `to`) is a team: an ORG, and so are its other mentions
    in the article. Not a country (a national side is its country's name), nor a person unless the name is a known
    town (tennis players are persons)."""
    scores = _scores(doc)
    if not scores:
        return spans
    teams = set()
    candidates = [s for s in spans if s.label_ in SIDE_LABELS or s.label_ == "ORG"]
    runs = proper_noun_runs(doc, spans)  # names the recogniser missed
    candidates += [Span(doc, start, end, label="") for start, end in runs]
    for span in candidates:
        if span.text in countries or not _side_of_result(doc, span) or not _near_a_score(doc, span, scores):
            continue
        if span.label_ == "PERSON" and span.text not in cities:
            continue
        teams.add(span.text)
    if not teams:
        return spans
    result = [Span(doc, s.start, s.end, label="ORG") if s.text in teams and s.label_ in SIDE_LABELS else s
              for s in spans]
    result += [Span(doc, start, end, label="ORG") for start, end in runs if doc[start:end].text in teams]
    return result + _grounds(doc, result, scores, cities | countries)


def _grounds(doc: Doc, spans: list[Span], scores: list[int], places: set[str]) -> list[Span]:
    """A name the recogniser missed right after `at` in a result's sentence (`Liverpool beat Everton 2-0 at Anfield`)
    is the ground, a FAC; not a known place (`at Leeds` is a town)."""
    return [Span(doc, start, end, label="FAC") for start, end in proper_noun_runs(doc, spans)
            if start > 0 and doc[start - 1].lower_ == "at" and doc[start:end].text not in places
            and _near_a_score(doc, doc[start:end], scores)]


def teams_named_by_words(doc: Doc, spans: list[Span], countries: set[str], role_nouns: set[str],
                         first_words: set[str], is_place, titles: set[str]) -> list[Span]:
    """A name right before a sports role noun (`a Liverpool fan`, `Galatasaray midfielder Lucas Torreira`, `the Gliders
    team`; data sports_role_nouns) is a team's, an ORG, and so are the mentions of it the recogniser called a person or
    missed; not a country (a national side is its country's name), nor a person's name unless it is a plural (`Mets
    fans`, not `Trump supporters`) nor part of a person's fuller name in the article (one with no title word of
    `titles` in it). A club word right before a known place (data club_first_words) makes one club's name with it
    (`Real Madrid`, `Dynamo Kyiv`)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    result = []
    for span in spans:
        if span.label_ in SIDE_LABELS and span.start > 0 and span.start - 1 not in covered \
                and doc[span.start - 1].text in first_words and is_place(span.text):
            result.append(Span(doc, span.start - 1, span.end, label="ORG"))
        else:
            result.append(span)
    candidates = [s for s in result if s.label_ in SIDE_LABELS]
    runs = proper_noun_runs(doc, result)
    candidates += [Span(doc, start, end, label="") for start, end in runs if doc[start].is_title
                   and doc[start].ent_type_ != "NORP"]  # not a nationality (`the Argentine forward`)
    parts = person_name_parts([s for s in result if not any(t.lower_ in titles for t in s)])  # not `Mets Poet`
    teams = {s.text for s in candidates if s.text not in countries and _before_role_noun(doc, s.end, role_nouns)
             and (s.label_ != "PERSON" or (len(s) == 1 and s.text.endswith("s") and s.text not in parts))}
    if not teams:
        return result
    result = [Span(doc, s.start, s.end, label="ORG") if s.text in teams and (
        s.label_ == "PERSON" or _before_role_noun(doc, s.end, role_nouns)) and s.label_ in SIDE_LABELS else s
        for s in result]
    return result + [Span(doc, start, end, label="ORG") for start, end in runs if doc[start:end].text in teams]


def _before_role_noun(doc: Doc, end: int, role_nouns: set[str]) -> bool:
    """A lower-case sports role noun, one word or two, follows (`fan`, `head coach`)."""
    if end >= len(doc) or not doc[end].is_lower:
        return False
    return doc[end].text in role_nouns or (end + 1 < len(doc) and f"{doc[end].text} {doc[end + 1].text}" in role_nouns)


def _scores(doc: Doc) -> list[int]:
    """Where a score stands: `2`, `-`, `1` (small numbers around a hyphen) or `2-1` as one token."""
    found = []
    if not any(c.isdigit() for c in doc.text):
        return found
    for t in doc:
        if t.text == "-" and 0 < t.i < len(doc) - 1 and _goals(doc[t.i - 1].text) and _goals(doc[t.i + 1].text) \
                and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            found.append(t.i)
        elif "-" in t.text and all(_goals(part) for part in t.text.split("-")) and t.text.count("-") == 1:
            found.append(t.i)
    return found


def _near_a_score(doc: Doc, span: Span, scores: list[int]) -> bool:
    """A score stands within WINDOW tokens of the name, in the same sentence (no full stop between them)."""
    for i in scores:
        lo, hi = (span.end, i) if i >= span.end else (i, span.start)
        if hi - lo <= WINDOW and not any(doc[k].text in SENTENCE_ENDS or "\n" in doc[k].text for k in range(lo, hi)):
            return True
    return False


def without_score(doc: Doc, start: int, end: int) -> int:
    """The end of the name doc[start:end] without a score the recogniser ran into it (`Al-Nassr 2-1`, `Sweden 1` before
    `– 0`)."""
    if end - start < 2 or not any(c.isdigit() for c in doc[end - 1].text):
        return end  # the cheap test first: this runs for every entity
    last = doc[end - 1].text
    if "-" in last and last.count("-") == 1 and all(_goals(part) for part in last.split("-")):
        return end - 1
    if _goals(last) and end - start > 3 and doc[end - 2].text in SCORE_DASHES and _goals(doc[end - 3].text):
        return end - 3
    if _goals(last) and end + 1 < len(doc) and doc[end].text in SCORE_DASHES and _goals(doc[end + 1].text):
        return end - 1
    return end


def _goals(text: str) -> bool:
    return text.isdigit() and len(text) <= 2


def _side_of_result(doc: Doc, span: Span) -> bool:
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in WINNER_VERBS or before in BEFORE_OPPONENT
