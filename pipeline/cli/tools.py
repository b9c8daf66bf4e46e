"""`pipeline export` and `import`: annotation tools' formats."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .app import app, run


@app.command("export")
def export_cmd(
    path: Path = typer.Argument(..., help="JSONL of articles (gold or predictions)."),
    to: str = typer.Option(..., "--to", help="labelstudio, doccano, prodigy or brat."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (a directory for brat)."),
    predictions: bool = typer.Option(False, "--predictions", help="Export as pre-annotations (Label Studio predictions)."),
    model_version: Optional[str] = typer.Option(None, "--model-version"),
) -> None:
    """Export articles to an annotation tool's format."""
    from ..formats import export_to
    from ..jsonl import read_articles

    run(lambda: export_to(to, read_articles(path), output, predictions=predictions, model_version=model_version))
    typer.echo(f"wrote {output}", err=True)


@app.command("import")
def import_cmd(
    path: Path = typer.Argument(..., help="The tool's export (a directory for brat)."),
    source: str = typer.Option(..., "--from", help="labelstudio, doccano, prodigy or brat."),
    output: Path = typer.Option(..., "--output", "-o", help="JSONL of articles to write."),
) -> None:
    """Import annotations from an annotation tool back to FORMAT.md JSONL."""
    from ..formats import import_from
    from ..jsonl import write_articles

    articles = run(lambda: import_from(source, path))
    write_articles(output, articles)
    typer.echo(f"wrote {len(articles)} articles to {output}", err=True)
