"""Sports results: `Celtic beat Rangers 2-1`, `a 2-0 win over Aston Villa`: the sides of a result are teams (ORG),
also where they are named after their town (`Barcelona won 3-1 against Valencia`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .tokens import proper_noun_runs

WINNER_VERBS = {"beat", "beats", "defeated", "defeats", "drew", "draws", "won", "wins", "lost", "loses", "edged",
                "thrashed", "routed", "hammered", "overcame", "stunned", "held"}
"""Verbs of a result after its first side (`Celtic beat ...`)."""
BEFORE_OPPONENT = {"beat", "beats", "defeated", "defeats", "over", "against", "edged", "thrashed", "routed",
                   "hammered", "overcame", "stunned", "with", "to", "held"}
"""Words of a result before its other side (`beat Rangers`, `a win over Aston Villa`, `drew with Bilbao`)."""
WINDOW = 12
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
    return result


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


def _goals(text: str) -> bool:
    return text.isdigit() and len(text) <= 2


def _side_of_result(doc: Doc, span: Span) -> bool:
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in WINNER_VERBS or before in BEFORE_OPPONENT
