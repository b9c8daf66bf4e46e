"""Part files of an archive: finding them, checksumming them, reading them lazily.

A source is a part file, a directory of them or a glob, on the local disk or
at any fsspec URL (s3://, gs://, file://). A part is a .jsonl, .jsonl.gz or
.parquet file; it is read row by row (JSONL line by line, Parquet in record
batches), never whole. Each row becomes the same (id, text, meta) item as
`pipeline annotate` makes of it in one process (inputs.row_item), so that
both paths give the same Articles; a bad row is an InputProblem, not a stop.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterator

from ..errors import Errors, PipelineError
from ..inputs import DEFAULT_ID_COLUMN, InputItem, InputProblem, row_item
from ..jsonl import BadLine, loads

# Suffix of a part file -> how it is read.
KINDS = {".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".parquet": "parquet"}
ROWS_PER_BATCH = 256
HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class Part:
    url: str  # full URL with its protocol (file:///..., s3://...), usable from any worker
    name: str  # file name without its suffix: names the output part
    kind: str  # "jsonl" or "parquet"
    size: int = 0  # bytes when found: the biggest parts are handed out first, so none is left to run alone at the end


def filesystem(url: str):
    """(fsspec filesystem, path on it) of a URL or local path."""
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def shown(url: str) -> str:
    """A URL as a user gave it: local files without their file:// prefix."""
    return url[len("file://"):] if url.startswith("file://") else url


def split_name(filename: str) -> tuple[str, str] | None:
    """(name, kind) of a part file's name; None when it is not a part (or hidden, or _-prefixed)."""
    if filename.startswith((".", "_")):
        return None
    for suffix, kind in KINDS.items():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[: -len(suffix)], kind
    return None


def discover_parts(sources: list[str]) -> list[Part]:
    """The part files of every source, sorted by path within a source; PipelineError when a source has none."""
    from fsspec.core import has_magic

    parts: list[Part] = []
    for source in sources:
        fs, path = filesystem(source)
        if has_magic(path):
            infos = list(fs.glob(path, detail=True).values())
        elif fs.isdir(path):
            infos = fs.ls(path, detail=True)
        elif fs.exists(path):
            infos = [fs.info(path)]
        else:
            raise PipelineError(Errors.E001.format(path=source))
        found = []
        for info in sorted(infos, key=lambda i: i["name"]):
            named = split_name(info["name"].rstrip("/").rsplit("/", 1)[-1])
            if named is not None and info.get("type") != "directory":
                found.append(Part(fs.unstrip_protocol(info["name"]), *named, size=int(info.get("size") or 0)))
        if not found:
            raise PipelineError(Errors.E144.format(source=source))
        parts.extend(found)
    seen: dict[str, Part] = {}
    for part in parts:
        if part.name in seen:
            raise PipelineError(Errors.E145.format(name=part.name, first=shown(seen[part.name].url),
                                                   second=shown(part.url)))
        seen[part.name] = part
    return parts


def checksum(url: str) -> tuple[int, str]:
    """Size in bytes and SHA-256 of a file, read in blocks."""
    fs, path = filesystem(url)
    digest, size = hashlib.sha256(), 0
    with fs.open(path, "rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def read_part(part: Part, *, id_column: str = "id", text_column: str = "text") -> Iterator[InputItem | InputProblem]:
    """The items of a part in order, a bad row or a duplicate id as an InputProblem. Raises when the
    file itself cannot be read (corrupt Parquet, a missing --text-column or --id-column)."""
    rows = _parquet_rows(part, id_column, text_column) if part.kind == "parquet" else _jsonl_rows(part, id_column)
    seen: dict[str, str] = {}
    for where, fallback_id, row in rows:
        item = row if isinstance(row, InputProblem) else row_item(row, where, fallback_id, id_column, text_column)
        if isinstance(item, InputItem):
            if item.id in seen:
                item = InputProblem(where, Errors.E183.format(where=where, article_id=item.id, first=seen[item.id]))
            else:
                seen[item.id] = where
        yield item


def _jsonl_rows(part: Part, id_column: str) -> Iterator[tuple[str, str, object]]:
    """(where, fallback id, parsed row or InputProblem) of each non-blank line."""
    fs, path = filesystem(part.url)
    name = shown(part.url)
    with fs.open(path, "rb", compression="infer") as handle:
        for line_no, raw in enumerate(handle, 1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            where = f"{name}, line {line_no}"
            try:
                row = loads(raw)
            except BadLine as err:
                yield where, "", InputProblem(where, Errors.E006.format(path=name, line=line_no, reason=err))
                continue
            if line_no == 1 and isinstance(row, dict) and id_column not in row and id_column != DEFAULT_ID_COLUMN:
                raise PipelineError(Errors.E015.format(path=name, column=id_column, columns=", ".join(map(str, row))))
            yield where, f"{part.name}-{line_no}", row


def _parquet_rows(part: Part, id_column: str, text_column: str) -> Iterator[tuple[str, str, object]]:
    import pyarrow.parquet as pq

    fs, path = filesystem(part.url)
    name = shown(part.url)
    with fs.open(path, "rb") as handle:
        parquet = pq.ParquetFile(handle)
        columns = parquet.schema_arrow.names
        for column in (text_column, id_column):
            if column not in columns and column != DEFAULT_ID_COLUMN:
                raise PipelineError(Errors.E015.format(path=name, column=column, columns=", ".join(columns)))
        wanted = [c for c in (id_column, text_column) if c in columns]
        n = 0
        for batch in parquet.iter_batches(batch_size=ROWS_PER_BATCH, columns=wanted):
            for row in batch.to_pylist():
                n += 1
                yield f"{name}, row {n}", f"{part.name}-{n}", row
