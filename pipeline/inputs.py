"""Reading articles to annotate: .txt files, directories of them, standard
input, JSONL with id and text, Parquet files and Hugging Face datasets saved
to disk. Reading is lazy, so an archive is never held in memory whole, and a
bad item (an unreadable file, a bad line or row, a duplicate id, a corrupt
Parquet file) is yielded as an InputProblem instead of stopping the others."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from .errors import Errors, PipelineError
from .jsonl import BadLine, json_lines
from .textfiles import decode, normalize_newlines, read_capped, shown, utf8_name

DEFAULT_ID_COLUMN = "id"
"""The id column that may be absent: articles are then named <file>-<line>. Any other must be there."""


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


def _text_file(path: Path, encoding_errors: str) -> Item:
    name = shown(path)
    if not utf8_name(path):
        return InputProblem(name, Errors.E181.format(path=name))
    try:
        with path.open("rb") as handle:
            text = decode(read_capped(handle, name), name, encoding_errors)
    except PipelineError as err:
        return InputProblem(name, str(err))
    except OSError as err:
        return InputProblem(name, Errors.E184.format(where=name, reason=err.strerror or err))
    return InputItem(path.stem, text, {"path": str(path)})


def _stdin(encoding_errors: str) -> Item:
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        return InputProblem("<stdin>", Errors.E178)
    try:
        return InputItem("stdin", decode(read_capped(sys.stdin.buffer, "<stdin>"), "<stdin>", encoding_errors), {})
    except PipelineError as err:
        return InputProblem("<stdin>", str(err))
    except (OSError, ValueError) as err:  # a closed or unreadable descriptor
        return InputProblem("<stdin>", Errors.E184.format(where="<stdin>", reason=getattr(err, "strerror", None) or err))


def row_item(row, where: str, fallback_id: str, id_column: str, text_column: str) -> Item:
    """The InputItem of one JSONL line or table row, or the InputProblem saying why it is none."""
    if not isinstance(row, dict) or not isinstance(row.get(text_column), str):
        return InputProblem(where, f"{where}: no string {text_column!r} field")
    text = normalize_newlines(row[text_column])
    if not text.strip():
        return InputProblem(where, f"{where}: text is empty")
    if id_column not in row:
        if id_column != DEFAULT_ID_COLUMN:
            return InputProblem(where, f"{where}: no {id_column!r} field")
        article_id = fallback_id
    else:
        value = row[id_column]
        if isinstance(value, int) and not isinstance(value, bool):
            article_id = str(value)
        elif isinstance(value, str) and value.strip():
            article_id = value
        else:
            return InputProblem(where, Errors.E182.format(where=where, value=shown(repr(value))[:80]))
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
    return InputItem(article_id, text, dict(meta))


def _jsonl(path: Path, id_column: str, text_column: str) -> Iterator[tuple[str, Item]]:
    first = True
    for line_no, row in json_lines(path):
        where = f"{shown(path)}, line {line_no}"
        if isinstance(row, BadLine):
            yield where, InputProblem(where, Errors.E006.format(path=shown(path), line=line_no, reason=row))
            continue
        if first and isinstance(row, dict) and id_column not in row and id_column != DEFAULT_ID_COLUMN:
            # a misspelt --id-column: one problem for the file, not one a line
            columns = ", ".join(shown(str(key)) for key in list(row)[:20]) or "none"
            yield where, InputProblem(shown(path), Errors.E015.format(path=shown(path), column=id_column, columns=columns))
            return
        first = first and not isinstance(row, dict)
        yield where, row_item(row, where, f"{path.stem}-{line_no}", id_column, text_column)


def _table(path: Path, id_column: str, text_column: str) -> Iterator[tuple[str, Item]]:
    """Rows of a Parquet file (streamed in record batches) or a saved dataset; a corrupt one is one problem."""
    name = shown(path)
    try:
        columns, rows = _columns_and_rows(path, id_column, text_column)
        for column in (text_column, id_column):
            if column not in columns and column != DEFAULT_ID_COLUMN:
                yield name, InputProblem(name, Errors.E015.format(path=name, column=column, columns=", ".join(columns)))
                return
        for n, row in enumerate(rows, 1):
            where = f"{name}, row {n}"
            yield where, row_item(row, where, f"{path.stem}-{n}", id_column, text_column)
    except Exception as err:  # noqa: BLE001 - pyarrow and datasets raise many kinds of error for a corrupt file
        reason = (str(err).strip().splitlines() or [type(err).__name__])[0]
        yield name, InputProblem(name, Errors.E184.format(where=name, reason=reason))


def _columns_and_rows(path: Path, id_column: str, text_column: str) -> tuple[list[str], Iterator[dict]]:
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


def _is_saved_dataset(path: Path) -> bool:
    """A directory written by Hugging Face `datasets`' save_to_disk (a Dataset or a DatasetDict)."""
    return (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists()


def _items(paths: list[str], id_column: str, text_column: str, encoding_errors: str) -> Iterator[tuple[str, Item]]:
    for name in paths:
        if name == "-":
            yield "<stdin>", _stdin(encoding_errors)
            continue
        path = Path(name)
        if not path.exists():
            raise PipelineError(Errors.E001.format(path=shown(path)))
        if path.is_dir() and _is_saved_dataset(path):
            yield from _table(path, id_column, text_column)
        elif path.is_dir():
            files = sorted(path.glob("*.txt"))
            if not files:
                raise PipelineError(Errors.E002.format(path=shown(path)))
            for file in files:
                if file.is_file():
                    yield shown(file), _text_file(file, encoding_errors)
                else:  # a FIFO or a directory named *.txt: reading it could block or fail
                    yield shown(file), InputProblem(shown(file), Errors.E184.format(where=shown(file), reason="not a regular file"))
        elif path.suffix == ".jsonl":
            yield from _jsonl(path, id_column, text_column)
        elif path.suffix == ".parquet":
            yield from _table(path, id_column, text_column)
        else:
            yield shown(path), _text_file(path, encoding_errors)


def read_inputs(paths: list[str], *, id_column: str = DEFAULT_ID_COLUMN, text_column: str = "text",
                encoding_errors: str = "strict") -> Iterator[Item]:
    """Items of every path in order. Errors about a whole path (missing, empty directory) raise at once;
    an article whose id an earlier one has is a problem, since ids name articles in every output."""
    seen: dict[str, str] = {}
    for where, item in _items(paths, id_column, text_column, encoding_errors):
        if isinstance(item, InputItem):
            if item.id in seen:
                item = InputProblem(where, Errors.E183.format(where=where, article_id=item.id, first=seen[item.id]))
            else:
                seen[item.id] = where
        yield item


def check_paths(paths: list[str]) -> None:
    """Fail early, before any model is loaded, on paths that cannot be read at all."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise PipelineError(Errors.E001.format(path=shown(path)))
        if path.is_dir() and not _is_saved_dataset(path) and not any(path.glob("*.txt")):
            raise PipelineError(Errors.E002.format(path=shown(path)))


def count_inputs(paths: list[str]) -> int | None:
    """How many items `paths` hold, when that is cheap to know (for a progress bar's total)."""
    total = 0
    for name in paths:
        path = Path(name)
        if name == "-" or (path.is_dir() and _is_saved_dataset(path)):
            return None
        try:
            if path.is_dir():
                total += sum(1 for _ in path.glob("*.txt"))
            elif path.suffix == ".jsonl" and path.is_file():
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif path.suffix == ".parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            else:
                total += 1
        except Exception:  # noqa: BLE001 - a file that cannot be counted is reported when it is read
            return None
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
