"""The typer app and what every command shares: one-line errors and exit codes."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

import typer

from .. import __version__, tempfiles
from ..errors import Errors, PipelineError

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


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised in the main thread so that the cleanup on the way out runs (temporary
    files removed, worker processes stopped). Not an Exception: nothing may catch it as a failed article."""


@contextmanager
def _terminated_on_signals() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(number, frame):
        tempfiles.remove_live()  # at once, in case something on the way out swallows the exception
        raise Terminated(signal.Signals(number).name)

    previous = {number: signal.signal(number, handler) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, old in previous.items():
            if old is not None:
                signal.signal(number, old)


def run(call):
    """Run a command body; a PipelineError becomes one line on stderr and exit 1, as do Ctrl-C, SIGTERM
    and SIGHUP (after the temporary files of the run are removed)."""
    with _terminated_on_signals():
        try:
            return call()
        except PipelineError as err:
            fail(str(err))
        except KeyboardInterrupt:
            tempfiles.remove_live()
            fail("interrupted")
        except Terminated as err:
            fail(Errors.E191.format(signal=err))
