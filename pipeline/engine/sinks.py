"""Writing output parts, error files and manifest entries on any fsspec filesystem.

Every file is written under a temporary name beside its target and moved
into place when complete, so a killed worker never leaves a half-written part
where a reader (or a resumed run) would take it for a whole one.

A Parquet part holds one row per article, with the annotation layers as
typed list-of-struct columns that DuckDB, pandas or Spark query directly:

    SELECT id, e.text, e.value FROM 'out/*.parquet', UNNEST(entities) AS t(e) WHERE e.label = 'COUNT'

and read_parquet_part gives the Articles back.
"""

from __future__ import annotations

import itertools
import json
import uuid
from contextlib import contextmanager
from typing import IO, Callable, Iterable, Iterator

from ..records import Article, Attribution, Entity, Hedge, Span
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
    """The lines `pipeline annotate --format jsonl` writes (render.writers), so both paths give the same."""
    from ..render.writers import WRITERS

    count = 0
    for chunk, n in WRITERS["jsonl"](articles):
        handle.write(chunk.encode("utf-8"))
        count += n
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
        ("claims", pa.string()),  # JSON: the claim records derived from the layers (pipeline.claims)
    ])


def _span(span: Span | None) -> dict | None:
    return span.to_dict() if span is not None else None


def parquet_row(article: Article) -> dict:
    """An Article as a row of parquet_schema(); entity attrs are the role, value and unit columns,
    and the claims array (in article.extra, from claims.add_claims) is kept as JSON."""
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
        "claims": json.dumps(article.extra["claims"], ensure_ascii=False) if "claims" in article.extra else None,
    }


def _from_span(data: dict | None) -> Span | None:
    return Span(data["start"], data["end"], data["text"]) if data is not None else None


def article_from_row(row: dict) -> Article:
    """The Article of a row of parquet_schema(): the inverse of parquet_row."""
    return Article(
        id=row["id"], text=row["text"], meta=json.loads(row["meta"]),
        entities=[Entity(e["id"], e["start"], e["end"], e["label"], e["text"],
                         {k: e[k] for k in ("role", "value", "unit") if e[k] is not None}) for e in row["entities"]],
        hedges=[Hedge(h["id"], h["start"], h["end"], h["text"]) for h in row["hedges"]],
        attributions=[Attribution(a["id"], _from_span(a["source"]), _from_span(a["cue"]), _from_span(a["content"]),
                                  a["source_entity"], _from_span(a["continuation"])) for a in row["attributions"]],
        extra={"claims": json.loads(row["claims"])} if row["claims"] is not None else {},
    )


def read_parquet_part(url: str) -> Iterator[Article]:
    """The Articles of an output Parquet part (a path or URL), read in record batches."""
    import pyarrow.parquet as pq

    fs, path = filesystem(url)
    with fs.open(path, "rb") as handle:
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=ROWS_PER_GROUP):
            yield from (article_from_row(row) for row in batch.to_pylist())


def _write_parquet(handle: IO[bytes], articles: Iterable[Article]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..claims import add_claims

    schema, count = parquet_schema(), 0
    articles = iter(articles)
    with pq.ParquetWriter(handle, schema) as writer:
        while group := list(itertools.islice(articles, ROWS_PER_GROUP)):
            rows = [parquet_row(add_claims(a)) for a in group]  # the claims the JSONL output carries too
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
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
