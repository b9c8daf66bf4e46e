"""The typer app and what every command shares: one-line errors and exit codes."""

from __future__ import annotations

import typer

from .. import __version__
from ..errors import PipelineError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Annotate English news articles: entities, attributions (who claims what) and hedges.")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"news-annotation-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    """Annotate English news articles: entities, attributions (who claims what) and hedges."""


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def run(call):
    """Run a command body; a PipelineError becomes one line on stderr and exit 1."""
    try:
        return call()
    except PipelineError as err:
        fail(str(err))
    except KeyboardInterrupt:
        fail("interrupted")
