"""The claims ledger in the terminal: one table per article, then each event's conflicts;
and the table of conflict scores."""

from __future__ import annotations

import shutil

from ..claims.ledger import Ledger
from ..claims.records import Claim
from .terminal import STATUS_COLOURS, cut, paint


def figure_note(claim: Claim) -> str:
    """``23 people (killed 23); January 24 (DATE 01-24)``: a claim's figures with their values."""
    notes = []
    for figure in claim.figures:
        if figure.label == "COUNT":
            what = " ".join(str(x) for x in (figure.qualifier, figure.kind, figure.value) if x is not None)
        else:
            what = f"{figure.label} {figure.value}" if figure.value else figure.label
        notes.append(f"{figure.text} ({what})")
    return "; ".join(notes)


def claim_lines(claim: Claim, width: int, colour: bool) -> list[str]:
    source = claim.source if claim.source is not None else "(no source)"
    status = paint(f"{claim.status:<10}", STATUS_COLOURS.get(claim.status), colour)
    side = cut(claim.side or "-", 14)
    head = f"  {claim.id:<4} {claim.source_type:<12} {side:<14} {status} {cut(source, 30):<30} {cut(claim.cue, 12):<12} "
    lines = [head + cut(claim.content, max(20, width - 89))]
    if claim.hedges or claim.unverified_by:
        why = ", ".join(claim.hedges + ([claim.unverified_by] if claim.unverified_by else []))
        lines.append(" " * 7 + paint(cut(f"status by: {why}", width - 7), "dim", colour))
    if claim.figures:
        lines.append(" " * 7 + paint(cut(f"figures: {figure_note(claim)}", width - 7), "dim", colour))
    return lines


def render_ledger(ledger: Ledger, *, width: int | None = None, colour: bool = False) -> str:
    width = width or min(shutil.get_terminal_size((150, 20)).columns, 150)
    lines: list[str] = []
    for article in ledger.articles:
        claims = ledger.claims[article.id]
        lines.append(paint(f"== {article.id} ({len(claims)} claims)", "bold", colour))
        lines.append(paint(f"  {'id':<4} {'type':<12} {'side':<14} {'status':<10} {'source':<30} {'cue':<12} content", "dim", colour))
        for claim in claims:
            lines.extend(claim_lines(claim, width, colour))
        if not claims:
            lines.append("  no claims")
        lines.append("")
    if ledger.events is not None:
        lines.extend(render_events(ledger, width, colour))
    return "\n".join(lines) + "\n"


def render_events(ledger: Ledger, width: int, colour: bool) -> list[str]:
    lines = [paint("Events and conflicting accounts", "bold", colour)]
    for number, event in enumerate(ledger.events or [], 1):
        lines.append(f"  event {number}: {', '.join(event.articles)}")
        for conflict in event.figure_conflicts:
            lines.append("    " + paint(f"figure conflict, {conflict.kind}: {' vs '.join(map(str, conflict.values))}",
                                        "red", colour))
            for figure in conflict.figures:
                source = figure.source or "the article"
                lines.append("      " + cut(f"{figure.figure.text} = {figure.figure.value}  ({source}; {figure.article}"
                                            + (f" {figure.claim})" if figure.claim else ")"), width - 6))
        for entry in event.opposing_claims:
            lines.append("    " + paint(f"opposing claims: {' vs '.join(entry.sides)}", "magenta", colour))
            for i, j, reason in entry.pairs:
                for n in (i, j):
                    article, claim = entry.claims[n]
                    lines.append("      " + cut(f"[{article} {claim.id}] {claim.source} {claim.cue}: "
                                                f"{claim.core or claim.content}", width - 6))
                lines.append("      " + paint(f"({reason})", "dim", colour))
        if not event.figure_conflicts and not event.opposing_claims:
            lines.append("    no conflicts")
    return lines


def render_conflict_scores(scores: dict, gold: str) -> str:
    """The precision/recall table of scoring.claims.conflict_scores, in `pipeline evaluate`'s style."""
    numbers = ", ".join(g.split("-", 1)[0] for g in scores["groups"])  # g07, g101
    lines = [f"gold: {gold} ({len(scores['groups'])} groups scored: {numbers})",
             f"{'':<20}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'found':>7}{'gold':>6}"]
    for key, label in (("figure_conflicts", "figure conflicts"), ("opposing_claims", "opposing claims")):
        s = scores[key]
        lines.append(f"{label:<20}{s['p']:8.3f}{s['r']:8.3f}{s['f']:8.3f}{s['tp']:6d}{s['n_pred']:6d}"
                     f"{s['found']:7d}{s['n_gold']:6d}")
    return "\n".join(lines)
