"""The one JSONL reader and writer of the project.

Every JSON-lines file (gold and predicted Articles, JSONL input to annotate,
tool exports) is read through :func:`json_lines`, which yields each non-blank
line parsed, or the reason it could not be parsed, with its line number. A
byte-order mark is accepted; a line nested too deeply, holding a lone
surrogate (``"\\ud800"``, which no UTF-8 file can hold) or longer than the
text limit (``limits.py``) is a malformed line, and invalid UTF-8 is reported
for the line it is on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .errors import Errors, PipelineError
from .limits import MAX_DEPTH, max_text_bytes, max_text_mb, too_deep
from .output import write_atomic
from .records import Article


class BadLine(ValueError):
    """A line that is not one JSON value; str() is the reason."""


def loads(line: str | bytes):
    """One JSON value; BadLine with the reason when it is not one."""
    try:
        if isinstance(line, bytes):
            line = line.decode("utf-8")
        value = json.loads(line)
    except UnicodeDecodeError:
        raise BadLine("not valid UTF-8") from None
    except json.JSONDecodeError as err:
        where = f"line {err.lineno} column {err.colno}" if err.lineno > 1 else f"column {err.colno}"
        raise BadLine(f"{err.msg} at {where}") from None
    except RecursionError:
        raise BadLine(f"nested more than {MAX_DEPTH} levels deep") from None
    if line.count("[") + line.count("{") > MAX_DEPTH and too_deep(value):
        raise BadLine(f"nested more than {MAX_DEPTH} levels deep")
    if ("\\ud" in line or "\\uD" in line) and _lone_surrogate(value):
        raise BadLine("holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode")
    return value


def _lone_surrogate(value) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def json_lines(path: str | Path) -> Iterator[tuple[int, object]]:
    """(line number, parsed value or BadLine) for each non-blank line of a JSONL file.

    Raises PipelineError when the file itself cannot be read (missing, a directory).
    """
    path = Path(path)
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    if path.is_dir():
        raise PipelineError(Errors.E016.format(path=path))
    limit = max_text_bytes()
    try:
        with path.open("rb") as handle:
            line_no = 0
            while raw := handle.readline(limit + 1):
                line_no += 1
                if line_no == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise PipelineError(Errors.E180.format(path=path))
                if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if len(raw) > limit:
                    yield line_no, BadLine(f"longer than the {max_text_mb():g} MB limit (PIPELINE_MAX_TEXT_MB); "
                                           "the rest of the file is not read")
                    return
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
