"""The one JSONL reader and writer of the project.

Every JSON-lines file (gold and predicted Articles, JSONL input to annotate,
tool exports) is read through :func:`json_lines`, which yields each non-blank
line parsed, or the reason it could not be parsed, with its line number. A
byte-order mark is accepted, a line nested too deeply is a malformed line
(not a RecursionError), and invalid UTF-8 is reported for the line it is on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .errors import Errors, PipelineError
from .output import write_atomic
from .records import Article


class BadLine(ValueError):
    """A line that is not one JSON value; str() is the reason."""


def loads(line: str | bytes):
    """One JSON value; BadLine with the reason when it is not one."""
    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        return json.loads(line)
    except UnicodeDecodeError:
        raise BadLine("not valid UTF-8") from None
    except json.JSONDecodeError as err:
        raise BadLine(f"{err.msg} at column {err.colno}") from None
    except RecursionError:
        raise BadLine("nested too deeply") from None


def json_lines(path: str | Path) -> Iterator[tuple[int, object]]:
    """(line number, parsed value or BadLine) for each non-blank line of a JSONL file.

    Raises PipelineError when the file itself cannot be read (missing, a directory).
    """
    path = Path(path)
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    if path.is_dir():
        raise PipelineError(Errors.E016.format(path=path))
    try:
        with path.open("rb") as handle:
            for line_no, raw in enumerate(handle, 1):
                if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                try:
                    yield line_no, loads(raw)
                except BadLine as err:
                    yield line_no, err
    except OSError as err:
        raise PipelineError(f"{path}: {err.strerror}") from None


def read_articles(path: str | Path) -> list[Article]:
    """Read a JSONL file of Articles, refusing it with one line if anything in it is invalid."""
    from .validation import check_file

    check_file(path)
    articles = [Article.from_dict(value) for _, value in json_lines(path)]
    if not articles:
        raise PipelineError(Errors.E013.format(path=path))
    return articles


def corpus_files(path: str | Path) -> list[Path]:
    """The JSONL files of a corpus: the file itself, or every *.jsonl of a directory (sorted by name)."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.jsonl"))
    if not files:
        raise PipelineError(Errors.E013.format(path=path))
    return files


def read_corpus(path: str | Path) -> list[Article]:
    """Articles of one JSONL file, or of every *.jsonl file in a directory (sorted by name)."""
    return [article for file in corpus_files(path) for article in read_articles(file)]


def dumps(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


def write_articles(path: str | Path, articles: Iterable[Article]) -> None:
    write_atomic(path, (dumps(a) + "\n" for a in articles))
