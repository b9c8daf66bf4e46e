"""`pipeline annotate` as a plain function: inputs in, formatted output out.

It keeps going past bad inputs (returned as skipped, with why), streams
JSONL as it goes, and writes an --output file through a
temporary file, so that nothing half-written is ever left at the target.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, TextIO

from .errors import Errors, PipelineError
from .inputs import InputItem, InputProblem, check_paths, count_inputs, read_inputs
from .output import check_output, write_atomic
from .records import Article
from .render.writers import BINARY_FORMATS, FORMATS, WRITERS


@dataclass
class AnnotateResult:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def annotate_paths(paths: list[str], *, model: str | None = None, fmt: str = "report", output: str | None = None,
                   n_process: int = 1, batch_size: int = 16, id_column: str = "id", text_column: str = "text",
                   encoding_errors: str = "strict", progress: bool | None = None,
                   stdout: TextIO | None = None, stderr: TextIO | None = None) -> AnnotateResult:
    """Annotate every article of `paths` and write them in `fmt` to `output` (or stdout).

    Returns how many articles were annotated and which inputs were skipped, with why.
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if fmt not in FORMATS:
        raise PipelineError(Errors.E011.format(fmt=fmt, choices=", ".join(FORMATS)))
    for option, value in (("--n-process", n_process), ("--batch-size", batch_size)):
        if value < 1:
            raise PipelineError(Errors.E177.format(option=option, value=value))
    if output is not None:
        check_output(output, paths)
    elif fmt in BINARY_FORMATS:
        raise PipelineError(Errors.E209.format(fmt=fmt))
    elif stdout is None:  # started with standard output closed (`>&-`)
        raise PipelineError(Errors.E193)
    check_paths(paths)
    result = AnnotateResult()
    items = read_inputs(paths, id_column=id_column, text_column=text_column, encoding_errors=encoding_errors)
    # Read up to the first good input before loading the model: a run whose inputs are all bad fails fast.
    first_item = _next_good(items, result)
    if first_item is None:
        if not result.skipped:
            raise PipelineError(Errors.E013.format(path=", ".join(paths)))
        return result
    from .engine.local import annotate
    from .inputs import looks_english
    from .nlp import load

    def good_items() -> Iterator[tuple[str, str, dict]]:
        item = first_item
        while item is not None:
            if not looks_english(item.text):
                message = f"{item.id}: text does not look like English; annotations may be poor"
                result.warnings.append(message)
                print(f"warning: {message}", file=stderr)
            yield item.id, item.text, item.meta
            item = _next_good(items, result)

    nlp = load(model)
    many = len(paths) > 1 or any(p != "-" and (Path(p).is_dir() or Path(p).suffix in (".jsonl", ".parquet")) for p in paths)
    show_progress = many if progress is None else progress
    articles = annotate(nlp, good_items(), batch_size=batch_size, n_process=n_process)
    if show_progress:
        from tqdm import tqdm

        articles = tqdm(articles, desc="annotating", unit=" articles", file=stderr, total=count_inputs(paths))
    articles = _without_failures(articles, result)
    writer = WRITERS[fmt]
    if fmt in BINARY_FORMATS:
        write_atomic(output, _counted(writer(articles, nlp=nlp), result), binary=True)
    elif output is not None:
        write_atomic(output, _counted(writer(articles), result))
    else:
        _write_stdout(stdout, _counted(writer(articles), result))
    return result


def _write_stdout(stdout: TextIO, chunks: Iterator[str]) -> None:
    """Write chunks to standard output as they come; a failed write (disk full, /dev/full) is a PipelineError.

    A closed pipe (`| head`) is not an error: BrokenPipeError goes up to the command line, which stops quietly.
    """
    for chunk in chunks:
        try:
            stdout.write(chunk)
            stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            _silence(stdout)
            raise PipelineError(Errors.E172.format(path="<stdout>", reason=err.strerror or err)) from None


def _silence(stdout: TextIO) -> None:
    """Point the descriptor of a failed standard output at /dev/null, so that the interpreter's last
    flush at exit does not fail again with a second message."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _next_good(items: Iterator, result: AnnotateResult) -> InputItem | None:
    """The next readable input; the unreadable ones before it are recorded as skipped."""
    for item in items:
        if isinstance(item, InputProblem):
            result.skipped.append(item.message)
            continue
        return item
    return None


def _without_failures(results: Iterator, result: AnnotateResult) -> Iterator[Article]:
    """Articles; the ones the pipeline failed on are recorded as skipped."""
    from .engine.local import AnnotationFailure

    for item in results:
        if isinstance(item, AnnotationFailure):
            result.skipped.append(Errors.E022.format(article_id=item.id, reason=item.reason))
        else:
            yield item


def _counted(chunks: Iterator[tuple[str, int]], result: AnnotateResult) -> Iterator[str]:
    for chunk, n in chunks:
        result.articles += n
        yield chunk
