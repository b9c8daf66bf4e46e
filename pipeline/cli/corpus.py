"""`pipeline validate`, `evaluate` and `train`: commands over gold corpora."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .app import app, fail, run


@app.command()
def validate(path: Path = typer.Argument(..., help="A JSONL file of articles (FORMAT.md).")) -> None:
    """Check a JSONL file against FORMAT.md; list every problem; exit 1 if there is one."""
    from ..validation import validate_file

    problems = run(lambda: validate_file(path))
    for problem in problems:
        typer.echo(f"{path}: {problem}")
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"{path}: ok", err=True)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL file, or with --cv a corpus file or directory."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model directory, or 'untrained'."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", "-p", help="Score this JSONL of predictions instead of running a model."),
    baseline: Optional[str] = typer.Option("base-ner", "--baseline", help="Baseline row: base-ner, or none."),
    output: str = typer.Option("metrics.json", "--output", "-o", help="Where to write the scores as JSON."),
    cv: Optional[int] = typer.Option(None, "--cv", help="K-fold cross-validation by article over the corpus."),
    cv_by: str = typer.Option("article", "--cv-by", help="article (K folds, with --cv), or source: each real source held out in turn (no --cv needed)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Training settings for --cv (TOML); default: configs/train.toml when it is there."),
) -> None:
    """Score the pipeline (or a predictions file) against gold, beside a baseline."""
    from ..evaluate import evaluate as evaluate_gold
    from ..evaluate import format_cv_table, format_table
    from ..output import check_output, write_atomic

    if cv is not None and cv < 2:
        fail("--cv needs at least 2 folds")
    if cv_by not in ("article", "source"):
        fail("--cv-by must be article or source")
    if cv_by == "source" and cv is None:
        cv = 2  # by source the folds are the sources; the count is not used

    def body() -> None:
        check_output(output, [gold] + ([predictions] if predictions else []))
        if cv is not None:
            from ..training import cross_validate

            results = cross_validate(gold, cv, config_path=_config_path(config), by=cv_by)
            table = format_cv_table(results)
        else:
            results = evaluate_gold(gold, model=model, predictions=predictions,
                                    baseline=None if baseline in (None, "none") else baseline)
            table = format_table(results)
        typer.echo(table)
        write_atomic(output, [json.dumps(results, indent=2)])

    run(body)
    typer.echo(f"scores written to {output}", err=True)


def _config_path(config: Path | None) -> Path | None:
    """The training config to read: the one given (PipelineError if it is missing), else
    configs/train.toml when it is there (not in an installed wheel), else None for the defaults."""
    from ..errors import Errors, PipelineError
    from ..settings import CONFIGS_DIR

    if config is None:
        default = CONFIGS_DIR / "train.toml"
        return default if default.is_file() else None
    if not config.exists():
        raise PipelineError(Errors.E186.format(path=config))
    return config


@app.command()
def train(
    corpus: Path = typer.Option(Path("corpora"), "--corpus", help="A gold JSONL file or a directory of them."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Training settings (TOML); default: configs/train.toml when it is there."),
    output: Path = typer.Option(Path("models/news-sm"), "--output", "-o", help="Model directory to write."),
) -> None:
    """Train the pipeline on annotated articles and write a model directory."""
    from ..training import train as train_model

    run(lambda: train_model(corpus, output, config_path=_config_path(config)))
