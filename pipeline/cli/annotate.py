"""`pipeline annotate`."""

from __future__ import annotations

from typing import List, Optional

import typer

from .app import app, fail, run


@app.command()
def annotate(
    paths: List[str] = typer.Argument(..., help="Text files, directories of .txt, .jsonl/.parquet files, saved datasets, or - for stdin."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Model directory; default: models/news-sm, or the untrained pipeline; 'untrained' for rules only."),
    fmt: str = typer.Option("report", "--format", "-f", help="report, json, jsonl, html, or spacy (a DocBin; needs -o)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout; with --cluster, a directory or fsspec URL."),
    n_process: int = typer.Option(1, "--n-process", help="Processes for batch annotation."),
    batch_size: int = typer.Option(16, "--batch-size"),
    id_column: str = typer.Option("id", "--id-column", help="Id column of JSONL/Parquet/dataset input."),
    text_column: str = typer.Option("text", "--text-column", help="Text column of JSONL/Parquet/dataset input."),
    encoding_errors: str = typer.Option("strict", "--encoding-errors", help="strict, or replace to annotate invalid UTF-8 anyway."),
    skip_errors: bool = typer.Option(False, "--skip-errors", help="Exit 0 when some inputs were skipped (they are listed at the end)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Annotate part files (.jsonl, .jsonl.gz, .parquet; a directory, glob or fsspec URL) on a Dask cluster: tcp://HOST:8786, or local:N for N local workers. Writes a directory of parts (-o) in --format jsonl or parquet; rerunning resumes."),
) -> None:
    """Annotate articles and print a report, or write JSON, JSONL or HTML."""
    if cluster:  # an archive on a Dask cluster: engine/cluster.py
        from ..engine.cluster import annotate_archive, summary_lines

        result = run(lambda: annotate_archive(paths, output, cluster=cluster, model=model,
                                              fmt="jsonl" if fmt == "report" else fmt, batch_size=batch_size,
                                              id_column=id_column, text_column=text_column, progress=True))
        for line in summary_lines(result):
            typer.echo(line, err=True)
        if (result.failed or result.skipped) and not skip_errors:
            raise typer.Exit(1)
        return
    from ..annotate import annotate_paths

    if encoding_errors not in ("strict", "replace"):
        fail("--encoding-errors must be strict or replace")
    result = run(lambda: annotate_paths(paths, model=model, fmt=fmt, output=output,
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
