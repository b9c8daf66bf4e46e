"""Opposing claims: claims about one event by sources of different sides where one denies the other.

Each claim speaks for a side (alignment.py); two claims of one source (``the
governor``, ``the Bryansk governor``) never oppose, nor do claims about another
event (scope.claim_elsewhere). Two claims of different sides oppose each other
when

- ``denial``: one is a denial (its cue, or the verb its source phrase swallowed,
  holds a word of data/conflicts.json ``denials``, or its content calls an
  account false: ``falsity``) and the other, not negated
  itself, says much the same (content similarity below); a witness or an
  unnamed source of no side opposes only so. A denial answers the
  claims it is most like (several on a tie), preferring one whose agent of the
  denied act is the same (``its fighters had fired`` answers ``MUK rebels
  fired``), not every claim it shares words with;
- ``opposite agents``: both contents tell an act of one class, and the agent
  each names is a different one of the two sides (agents.py): each blames the
  other (``Tajik servicemen opened fire`` / ``Kyrgyz border guards had fired
  first``) or each takes the act for itself (``troops ... rescued seven people``
  / ``it had freed nine captives``); the contents share another word besides;
- ``negation``: a clause of one content is negated (``not``, ``no``, ``never``)
  and shares most of its words with the other, which is not;
- ``learned``: besides the rules' pairs, the learned scorer (pair_model.py) adds
  the pairs of the event it scores highest: accounts that oppose in words the
  rules do not match (``police charged the sit-in`` / ``the demonstrators
  attacked the public forces``).

How alike two contents are, and what a denial denies: accounts.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import combinations

from .accounts import answer_score, is_denial, nested, opposition
from .agents import allegiances
from .alignment import Side, claim_sides
from .conflicts import same_source
from .pair_model import candidates, chosen, shipped_model
from .records import Claim


@dataclass
class OpposingClaims:
    sides: list[str]
    claims: list[tuple[str, Claim]] = field(default_factory=list)
    pairs: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"sides": self.sides,
                "claims": [{"article": article, "claim": c.id, "source": c.source, "side": c.side or c.camp,
                            "cue": c.cue, "content": c.core or c.content} for article, c in self.claims],
                "pairs": [{"claims": [i, j], "reason": reason} for i, j, reason in self.pairs]}


def event_claims(claims: list[tuple[str, Claim]]) -> tuple[list[tuple[str, Claim]], list[Side]]:
    """The (article id, claim) of one event that may oppose (not those about another event,
    scope.claim_elsewhere), each with its side's party as its camp, and their sides."""
    claims = [(article, claim) for article, claim in claims if not claim.elsewhere]
    sides = claim_sides(claims)
    # each claim speaks for its side's party: agents are read against it (``gunmen`` names the gang)
    claims = [(article, replace(claim, camp=side.name) if side.name and side.aligned else claim)
              for (article, claim), side in zip(claims, sides)]
    return claims, sides


def rule_pairs(claims: list[tuple[str, Claim]], sides: list[Side],
               allegiance: dict[str, str]) -> dict[tuple[int, int], str]:
    """(i, j) -> the reason the rules (module docstring) pair claims i < j of one event."""
    pairs = []
    answers: dict[int, list[tuple[float, bool, int]]] = {}
    for (i, (_, a)), (j, (_, b)) in combinations(enumerate(claims), 2):
        if (sides[i].name is None or sides[j].name is None or sides[i].name == sides[j].name
                or not (sides[i].aligned or sides[j].aligned) or same_source(a.speaker, b.speaker)
                or (claims[i][0] == claims[j][0] and nested(a, b))):
            continue
        for d, t in ((i, j), (j, i)):
            if is_denial(claims[d][1]) and sides[t].aligned:
                answer = answer_score(claims[d][1], claims[t][1], allegiance)
                if answer is not None:
                    answers.setdefault(d, []).append((*answer, t))
        reason = opposition(a, b, allegiance) if sides[i].aligned and sides[j].aligned else None
        if reason:
            pairs.append((i, j, reason))
    reasons = {}
    for d, scored in answers.items():
        best = max(score for score, _, _ in scored)
        # the claims it is most like, and every claim that says the denier's side did the act it denies
        reasons.update({(min(d, t), max(d, t)): "denial" for score, same_act, t in scored
                        if score >= best - 1e-9 or same_act})
    for i, j, reason in pairs:
        reasons.setdefault((i, j), reason)
    return reasons


def _pairs(claims: list[tuple[str, Claim]], sides: list[Side]) -> list[tuple[int, int, str]]:
    """The rules' pairs, and those the learned scorer (pair_model.py) adds."""
    allegiance = allegiances([c for _, c in claims])
    reasons = rule_pairs(claims, sides, allegiance)
    for candidate in chosen(shipped_model(), candidates(claims, sides, reasons, allegiance)):
        reasons.setdefault((candidate.first, candidate.second), "learned")
    return sorted((i, j, reason) for (i, j), reason in reasons.items())


def opposing_claims(claims: list[tuple[str, Claim]]) -> list[OpposingClaims]:
    """The opposing pairs among (article id, claim) of one event, gathered by the pair of sides; claims about
    another event (scope.claim_elsewhere) oppose none."""
    claims, sides = event_claims(claims)
    found: dict[tuple[str, ...], OpposingClaims] = {}
    for i, j, reason in _pairs(claims, sides):
        key = tuple(sorted((sides[i].name or "?", sides[j].name or "?")))
        entry = found.setdefault(key, OpposingClaims(list(key)))
        positions = []
        for n in (i, j):
            if not any(claims[n][0] == art and claims[n][1] is c for art, c in entry.claims):
                entry.claims.append(claims[n])
            positions.append(next(k for k, (art, c) in enumerate(entry.claims)
                                  if art == claims[n][0] and c is claims[n][1]))
        entry.pairs.append((positions[0], positions[1], reason))
    return list(found.values())
