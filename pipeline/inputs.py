"""Reading articles to annotate: .txt files, directories of them, standard
input, JSONL with id and text, Parquet files and Hugging Face datasets saved
to disk. Reading is lazy, so an archive is never held in memory whole, and a
bad item is yielded as an InputProblem instead of stopping the others."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from .errors import Errors, PipelineError


@dataclass
class InputItem:
    id: str
    text: str
    meta: dict


@dataclass
class InputProblem:
    source: str
    message: str


Item = Union[InputItem, InputProblem]


def decode(data: bytes, name: str, encoding_errors: str = "strict") -> str:
    """Text of a file's bytes; PipelineError for binary, invalid UTF-8 or empty content."""
    if b"\x00" in data[:8192]:
        raise PipelineError(Errors.E005.format(path=name))
    try:
        text = data.decode("utf-8-sig", errors=encoding_errors)
    except UnicodeDecodeError as err:
        raise PipelineError(Errors.E004.format(path=name, position=err.start)) from None
    if not text.strip():
        raise PipelineError(Errors.E003.format(path=name))
    return _normalize_newlines(text)


def _normalize_newlines(text: str) -> str:
    """CRLF and CR line ends become LF, so offsets are the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _text_file(path: Path, encoding_errors: str) -> Item:
    try:
        return InputItem(path.stem, decode(path.read_bytes(), str(path), encoding_errors), {"path": str(path)})
    except PipelineError as err:
        return InputProblem(str(path), str(err))
    except OSError as err:
        return InputProblem(str(path), f"{path}: {err.strerror}")


def _jsonl(path: Path, id_column: str, text_column: str) -> Iterator[Item]:
    with path.open("rb") as handle:
        for line_no, raw in enumerate(handle, 1):
            where = f"{path}, line {line_no}"
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield InputProblem(where, Errors.E007.format(path=path, line=line_no, reason="not valid UTF-8"))
                continue
            except json.JSONDecodeError as err:
                yield InputProblem(where, Errors.E006.format(path=path, line=line_no, reason=err.msg))
                continue
            if not isinstance(row, dict) or not isinstance(row.get(text_column), str):
                yield InputProblem(where, Errors.E007.format(path=path, line=line_no, reason=f"no string {text_column!r} field"))
                continue
            text = _normalize_newlines(row[text_column])
            if not text.strip():
                yield InputProblem(where, Errors.E007.format(path=path, line=line_no, reason="text is empty"))
                continue
            meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
            yield InputItem(str(row.get(id_column, f"{path.stem}-{line_no}")), text, meta)


def _rows(path: Path, id_column: str, text_column: str) -> tuple[list[str], Iterator[dict]]:
    """Column names and rows of a Parquet file (streamed in record batches) or a dataset saved to disk."""
    if path.is_dir():
        import datasets

        datasets.disable_progress_bars()
        dataset = datasets.load_from_disk(str(path))
        if isinstance(dataset, datasets.DatasetDict):
            dataset = datasets.concatenate_datasets(list(dataset.values()))
        return dataset.column_names, iter(dataset)
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    columns = parquet.schema_arrow.names
    wanted = [c for c in (id_column, text_column) if c in columns]
    rows = (row for batch in parquet.iter_batches(batch_size=256, columns=wanted) for row in batch.to_pylist())
    return columns, rows


def _dataset(path: Path, id_column: str, text_column: str) -> Iterator[Item]:
    columns, rows = _rows(path, id_column, text_column)
    if text_column not in columns:
        raise PipelineError(Errors.E015.format(path=path, column=text_column, columns=", ".join(columns)))
    for n, row in enumerate(rows, 1):
        text = row[text_column]
        if not isinstance(text, str) or not text.strip():
            yield InputProblem(f"{path}, row {n}", f"{path}, row {n}: text is empty")
            continue
        yield InputItem(str(row.get(id_column, f"{path.stem}-{n}")), _normalize_newlines(text), {})


def _is_saved_dataset(path: Path) -> bool:
    """A directory written by Hugging Face `datasets`' save_to_disk (a Dataset or a DatasetDict)."""
    return (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists()


def read_inputs(paths: list[str], *, id_column: str = "id", text_column: str = "text",
                encoding_errors: str = "strict") -> Iterator[Item]:
    """Items of every path in order. Errors about a whole path (missing, empty directory) raise at once."""
    for name in paths:
        if name == "-":
            data = sys.stdin.buffer.read()
            try:
                yield InputItem("stdin", decode(data, "<stdin>", encoding_errors), {})
            except PipelineError as err:
                yield InputProblem("<stdin>", str(err))
            continue
        path = Path(name)
        if not path.exists():
            raise PipelineError(Errors.E001.format(path=path))
        if path.is_dir():
            if _is_saved_dataset(path):
                yield from _dataset(path, id_column, text_column)
                continue
            files = sorted(path.glob("*.txt"))
            if not files:
                raise PipelineError(Errors.E002.format(path=path))
            for file in files:
                yield _text_file(file, encoding_errors)
        elif path.suffix == ".jsonl":
            yield from _jsonl(path, id_column, text_column)
        elif path.suffix == ".parquet":
            yield from _dataset(path, id_column, text_column)
        else:
            yield _text_file(path, encoding_errors)


def check_paths(paths: list[str]) -> None:
    """Fail early, before any model is loaded, on paths that cannot be read at all."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise PipelineError(Errors.E001.format(path=path))
        if path.is_dir() and not _is_saved_dataset(path) and not any(path.glob("*.txt")):
            raise PipelineError(Errors.E002.format(path=path))


def count_inputs(paths: list[str]) -> int | None:
    """How many items `paths` hold, when that is cheap to know (for a progress bar's total)."""
    total = 0
    for name in paths:
        path = Path(name)
        if name == "-" or (path.is_dir() and _is_saved_dataset(path)):
            return None
        if path.is_dir():
            total += sum(1 for _ in path.glob("*.txt"))
        elif path.suffix == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.suffix == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        else:
            total += 1
    return total


def looks_english(text: str) -> bool:
    """A cheap check: English prose is mostly ASCII letters and holds common function words."""
    words = text.lower().split()[:400]
    if not words:
        return True
    common = {"the", "a", "of", "and", "to", "in", "is", "was", "on", "for", "that", "said", "with", "by"}
    ascii_letters = sum(c.isascii() and c.isalpha() for c in text[:4000])
    letters = sum(c.isalpha() for c in text[:4000]) or 1
    return ascii_letters / letters > 0.8 and sum(w in common for w in words) / len(words) > 0.05
