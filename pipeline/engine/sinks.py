"""Writing output parts, error files and manifest entries on any fsspec filesystem.

Every file is written under a temporary name beside its target and moved
into place when complete, so a killed worker never leaves a half-written part
where a reader (or a resumed run) would take it for a whole one.

A Parquet part holds one row per article, with the annotation layers as
typed list-of-struct columns that DuckDB, pandas or Spark query directly:

    SELECT id, e.text, e.value FROM 'out/*.parquet', UNNEST(entities) AS t(e) WHERE e.label = 'COUNT'
"""

from __future__ import annotations

import itertools
import json
import uuid
from contextlib import contextmanager
from typing import IO, Callable, Iterable, Iterator

from ..jsonl import dumps
from ..records import Article, Span
from .parts import filesystem

ROWS_PER_GROUP = 512


@contextmanager
def atomic_file(url: str) -> Iterator[IO[bytes]]:
    """A binary file that appears at url whole, or not at all."""
    fs, path = filesystem(url)
    parent, name = path.rsplit("/", 1)
    fs.makedirs(parent, exist_ok=True)
    tmp = f"{parent}/.{name}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(tmp, "wb") as handle:
            yield handle
        fs.mv(tmp, path)
    except BaseException:
        try:
            fs.rm(tmp)
        except (OSError, ValueError):
            pass  # nothing was written yet, or the filesystem is gone: the target is untouched either way
        raise


def write_json(url: str, value) -> None:
    with atomic_file(url) as handle:
        handle.write(json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))


def write_lines(url: str, values: Iterable[dict]) -> None:
    with atomic_file(url) as handle:
        for value in values:
            handle.write((json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8"))


def _write_jsonl(handle: IO[bytes], articles: Iterable[Article]) -> int:
    count = 0
    for article in articles:
        handle.write((dumps(article) + "\n").encode("utf-8"))
        count += 1
    return count


def parquet_schema():
    import pyarrow as pa

    span = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
    return pa.schema([
        ("id", pa.string()),
        ("text", pa.string()),
        ("meta", pa.string()),  # JSON: its keys differ from article to article
        ("entities", pa.list_(pa.struct([
            ("id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("label", pa.string()),
            ("text", pa.string()), ("role", pa.string()), ("value", pa.int64()), ("unit", pa.string()),
        ]))),
        ("hedges", pa.list_(pa.struct([
            ("id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
        ]))),
        ("attributions", pa.list_(pa.struct([
            ("id", pa.string()), ("source", span), ("cue", span), ("content", span),
            ("source_entity", pa.string()), ("continuation", span),
        ]))),
    ])


def _span(span: Span | None) -> dict | None:
    return span.to_dict() if span is not None else None


def parquet_row(article: Article) -> dict:
    """An Article as a row of parquet_schema(); entity attrs are the role, value and unit columns."""
    return {
        "id": article.id,
        "text": article.text,
        "meta": json.dumps(article.meta, ensure_ascii=False),
        "entities": [{"id": e.id, "start": e.start, "end": e.end, "label": e.label, "text": e.text,
                      "role": e.attrs.get("role"), "value": e.attrs.get("value"), "unit": e.attrs.get("unit")}
                     for e in article.entities],
        "hedges": [{"id": h.id, "start": h.start, "end": h.end, "text": h.text} for h in article.hedges],
        "attributions": [{"id": a.id, "source": _span(a.source), "cue": _span(a.cue), "content": _span(a.content),
                          "source_entity": a.source_entity, "continuation": _span(a.continuation)}
                         for a in article.attributions],
    }


def _write_parquet(handle: IO[bytes], articles: Iterable[Article]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema, count = parquet_schema(), 0
    articles = iter(articles)
    with pq.ParquetWriter(handle, schema) as writer:
        while group := list(itertools.islice(articles, ROWS_PER_GROUP)):
            writer.write_table(pa.Table.from_pylist([parquet_row(a) for a in group], schema=schema))
            count += len(group)
    return count


# Output format -> writer of a part: (open binary file, Articles) -> articles written.
SINKS: dict[str, Callable[[IO[bytes], Iterable[Article]], int]] = {"jsonl": _write_jsonl, "parquet": _write_parquet}


def write_part(url: str, fmt: str, articles: Iterable[Article]) -> tuple[int, int]:
    """Write Articles to url atomically in fmt; (articles written, bytes written)."""
    with atomic_file(url) as handle:
        count = SINKS[fmt](handle, articles)
    fs, path = filesystem(url)
    return count, fs.size(path)
