"""The `pipeline` command: typer wrappers over plain functions, nothing else.

Heavy modules (spaCy, datasets, scikit-learn) are imported inside the
commands, so `pipeline --help` starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import PipelineError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Annotate English news articles: entities, attributions (who claims what) and hedges.")


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def run(call):
    """Run a command body; a PipelineError or bad file becomes one line on stderr and exit 1."""
    try:
        return call()
    except PipelineError as err:
        fail(str(err))
    except KeyboardInterrupt:
        fail("interrupted")


@app.command()
def annotate(
    paths: List[str] = typer.Argument(..., help="Text files, directories of .txt, .jsonl/.parquet files, saved datasets, or - for stdin."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model directory; default: models/news-sm, or the untrained pipeline; 'untrained' for rules only."),
    fmt: str = typer.Option("report", "--format", "-f", help="report, json, jsonl or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    n_process: int = typer.Option(1, "--n-process", help="Processes for batch annotation."),
    batch_size: int = typer.Option(16, "--batch-size"),
    id_column: str = typer.Option("id", "--id-column", help="Id column of JSONL/Parquet/dataset input."),
    text_column: str = typer.Option("text", "--text-column", help="Text column of JSONL/Parquet/dataset input."),
    encoding_errors: str = typer.Option("strict", "--encoding-errors", help="strict, or replace to annotate invalid UTF-8 anyway."),
    skip_errors: bool = typer.Option(False, "--skip-errors", help="Exit 0 when some inputs were skipped (they are listed at the end)."),
) -> None:
    """Annotate articles and print a report, or write JSON, JSONL or HTML."""
    from .run import annotate_paths

    if encoding_errors not in ("strict", "replace"):
        fail("--encoding-errors must be strict or replace")
    result = run(lambda: annotate_paths(paths, model=model, fmt=fmt, output=str(output) if output else None,
                                        n_process=n_process, batch_size=batch_size, id_column=id_column,
                                        text_column=text_column, encoding_errors=encoding_errors))
    if result.skipped and result.articles == 0 and len(result.skipped) == 1:
        fail(result.skipped[0])
    if result.skipped:
        typer.echo(f"{len(result.skipped)} input(s) skipped, {result.articles} annotated:", err=True)
        for message in result.skipped:
            typer.echo(f"  skipped: {message}", err=True)
        if not skip_errors:
            raise typer.Exit(1)


@app.command()
def validate(path: Path = typer.Argument(..., help="A JSONL file of articles (FORMAT.md).")) -> None:
    """Check a JSONL file against FORMAT.md; list every problem; exit 1 if there is one."""
    from .validation import validate_file

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
    output: Path = typer.Option(Path("metrics.json"), "--output", "-o", help="Where to write the scores as JSON."),
    cv: Optional[int] = typer.Option(None, "--cv", help="K-fold cross-validation by article over the corpus."),
    config: Optional[Path] = typer.Option(Path("configs/train.toml"), "--config", "-c", help="Training settings for --cv (TOML)."),
) -> None:
    """Score the pipeline (or a predictions file) against gold, beside a baseline."""
    from .output import write_atomic
    from .evaluate import evaluate as evaluate_gold, format_cv_table, format_table

    if cv is not None:
        from .training import cross_validate

        if cv < 2:
            fail("--cv needs at least 2 folds")
        results = run(lambda: cross_validate(gold, cv, config_path=config if config and config.exists() else None))
        table = format_cv_table(results)
    else:
        results = run(lambda: evaluate_gold(gold, model=model, predictions=predictions,
                                            baseline=None if baseline in (None, "none") else baseline))
        table = format_table(results)
    typer.echo(table)
    write_atomic(output, [json.dumps(results, indent=2)])
    typer.echo(f"scores written to {output}", err=True)


@app.command()
def train(
    corpus: Path = typer.Option(Path("corpora"), "--corpus", help="A gold JSONL file or a directory of them."),
    config: Optional[Path] = typer.Option(Path("configs/train.toml"), "--config", "-c", help="Training settings (TOML)."),
    output: Path = typer.Option(Path("models/news-sm"), "--output", "-o", help="Model directory to write."),
) -> None:
    """Train the pipeline on annotated articles and write a model directory."""
    from .training import train as train_model

    run(lambda: train_model(corpus, output, config_path=config if config and config.exists() else None))


@app.command("export")
def export_cmd(
    path: Path = typer.Argument(..., help="JSONL of articles (gold or predictions)."),
    to: str = typer.Option(..., "--to", help="labelstudio, doccano, prodigy or brat."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (a directory for brat)."),
    predictions: bool = typer.Option(False, "--predictions", help="Export as pre-annotations (Label Studio predictions)."),
    model_version: Optional[str] = typer.Option(None, "--model-version"),
) -> None:
    """Export articles to an annotation tool's format."""
    from .jsonl import read_articles
    from .formats import export_to

    run(lambda: export_to(to, read_articles(path), output, predictions=predictions, model_version=model_version))
    typer.echo(f"wrote {output}", err=True)


@app.command("import")
def import_cmd(
    path: Path = typer.Argument(..., help="The tool's export (a directory for brat)."),
    source: str = typer.Option(..., "--from", help="labelstudio, doccano, prodigy or brat."),
    output: Path = typer.Option(..., "--output", "-o", help="JSONL of articles to write."),
) -> None:
    """Import annotations from an annotation tool back to FORMAT.md JSONL."""
    from .jsonl import write_articles
    from .formats import import_from

    articles = run(lambda: import_from(source, path))
    write_articles(output, articles)
    typer.echo(f"wrote {len(articles)} articles to {output}", err=True)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == "__main__":
    main()
