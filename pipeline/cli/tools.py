"""`pipeline export` and `import`: annotation tools' formats."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import Errors, PipelineError
from .app import app, run


@app.command("export")
def export_cmd(
    path: Path = typer.Argument(..., help="JSONL of articles (gold or predictions)."),
    to: str = typer.Option(..., "--to", help="labelstudio, doccano, prodigy or brat."),
    output: str = typer.Option(..., "--output", "-o", help="File to write (a directory for brat)."),
    predictions: bool = typer.Option(False, "--predictions", help="Export as pre-annotations (Label Studio predictions)."),
    model_version: Optional[str] = typer.Option(None, "--model-version"),
) -> None:
    """Export articles to an annotation tool's format."""
    from ..formats import export_to
    from ..jsonl import read_articles
    from ..output import check_output

    def body() -> None:
        check_output(output, [path], directory=to == "brat")
        export_to(to, read_articles(path), output, predictions=predictions, model_version=model_version)

    run(body)
    typer.echo(f"wrote {output}", err=True)


@app.command("import")
def import_cmd(
    path: Path = typer.Argument(..., help="The tool's export (a directory for brat)."),
    source: str = typer.Option(..., "--from", help="labelstudio, doccano, prodigy or brat."),
    output: str = typer.Option(..., "--output", "-o", help="JSONL of articles to write."),
    include_predictions: bool = typer.Option(False, "--include-predictions", help="Label Studio: import a task nobody annotated from its prediction (marked in meta as from_prediction)."),
    skip_errors: bool = typer.Option(False, "--skip-errors", help="Exit 0 when some tasks or spans were left out (they are listed)."),
) -> None:
    """Import annotations from an annotation tool back to FORMAT.md JSONL.

    What cannot be imported (a task nobody annotated, a rejected one, a span
    that does not fit the text) is left out and listed; the rest is written.
    """
    from ..formats import import_from
    from ..formats.toolio import one_line
    from ..jsonl import write_articles
    from ..output import check_output

    def body() -> tuple[list, list[str]]:
        check_output(output, [path])
        left_out: list[str] = []
        articles = import_from(source, path, warnings=left_out, skipped=left_out,
                               include_predictions=include_predictions)
        if not articles:
            raise PipelineError(one_line(left_out) if left_out else Errors.E013.format(path=path))
        write_articles(output, articles)
        return articles, left_out

    articles, left_out = run(body)
    typer.echo(f"wrote {len(articles)} articles to {output}", err=True)
    if left_out:
        typer.echo(f"{len(left_out)} task(s) or span(s) left out:", err=True)
        for message in left_out:
            typer.echo(f"  skipped: {message}", err=True)
        if not skip_errors:
            raise typer.Exit(1)
