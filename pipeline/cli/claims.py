"""`pipeline claims`: the claims ledger, conflicting accounts, and their scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from .app import app, run


@app.command()
def claims(
    paths: List[str] = typer.Argument(..., help="Annotated JSONL (e.g. from annotate --format jsonl, or gold), or texts: .txt files, directories (subdirectories too), JSONL of id and text."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, jsonl or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    conflicts: bool = typer.Option(False, "--conflicts", help="Group the articles into events and find figure conflicts and opposing claims."),
    gold: Optional[List[Path]] = typer.Option(None, "--gold", help="Score the conflicts against this gold (corpora/conflicts/conflicts.gold.jsonl); repeat for several files. Prints the scores over all gold groups, then per set of groups (development, held out)."),
    per_group: bool = typer.Option(False, "--per-group", help="With --conflicts: each immediate subdirectory of PATHS is a collection of its own (one day's coverage of an event), grouped into events apart from the others."),
    score: bool = typer.Option(False, "--score", help="Score source type and status against the attrs of annotated gold input."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model for texts; default: models/news-sm, or the untrained pipeline."),
    metrics: Optional[Path] = typer.Option(None, "--metrics", help="With --gold or --score, also write the scores here as JSON."),
) -> None:
    """Who claims what: a claim per attribution (source type, side, status, figures), and with --conflicts
    where accounts of one event conflict."""
    from ..claims.run import claims_command
    from ..errors import Errors
    from ..output import write_atomic
    from ..render.ledger import render_conflict_scores
    from ..render.terminal import wants_colour
    from .app import fail

    result = run(lambda: claims_command(paths, fmt=fmt, output=str(output) if output else None, conflicts=conflicts,
                                        gold=[str(g) for g in gold] if gold else None, model=model, score=score,
                                        per_group=per_group, colour=wants_colour()))
    for message in result.skipped:
        typer.echo(f"skipped: {message}", err=True)
    scores = {}
    if result.attribute_scores is not None:
        typer.echo(format_attribute_scores(result.attribute_scores))
        scores["claims"] = result.attribute_scores
    if result.conflict_scores is not None:
        typer.echo(render_conflict_scores(result.conflict_scores, ", ".join(str(g) for g in gold)))
        for name, set_scores in result.conflict_scores["sets"].items():
            typer.echo(render_conflict_scores(set_scores, name))
        scores["conflicts"] = result.conflict_scores
    if metrics is not None:
        if not scores:
            fail(Errors.E205)
        run(lambda: write_atomic(metrics, [json.dumps(scores, indent=2)]))
    if output:
        typer.echo(f"wrote {output}", err=True)


def format_attribute_scores(scores: dict) -> str:
    """Accuracy of source type and status, overall and per gold class, for each subset of articles."""
    lines = []
    for subset, by_attribute in scores.items():
        for name, result in by_attribute.items():
            classes = "  ".join(f"{label} {r['accuracy']:.3f} ({r['correct']}/{r['total']})"
                                for label, r in result["per_class"].items())
            lines.append(f"{subset:<20} {name:<12} {result['accuracy']:.3f} ({result['correct']}/{result['total']})")
            lines.append(f"{'':<20} {'':<12} {classes}")
    return "\n".join(lines)
