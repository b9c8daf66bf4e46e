"""Annotate texts: spaCy Docs in, Articles out.

Long texts are cut on paragraph boundaries into pieces spaCy accepts, and
the pieces' offsets are shifted back, so that every offset points into the
original text.
"""

from __future__ import annotations

import itertools
import multiprocessing
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.language import Language

from ..docs import add_doc
from ..errors import Errors
from ..nlp import PIPE_CONFIG
from ..records import Article
from .workers import run_tasks

# Characters per piece, well under spaCy's max_length. The recognisers' memory grows with the tokens of a
# batch (about 3 KB a character while one runs: 150 MB for 50,000 characters), so a piece is at most 25,000
# characters (a 10 MB article peaked at 378 MB; at 50,000, 515 MB) and so is a batch of pieces: a
# long article's pieces go one by one, not batch_size at once.
PIECE_CHARS = 25_000
BATCH_CHARS = PIECE_CHARS


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) on paragraph (else line, else space) boundaries, each at most `limit` characters."""
    return list(iter_pieces(text, limit))


def iter_pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """The pieces of `pieces`, one at a time (a long text is not copied whole)."""
    if len(text) <= limit:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + 1, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


@dataclass
class AnnotationFailure:
    """An article the pipeline failed on, with why; the others are annotated all the same."""

    id: str
    reason: str


def annotate(nlp: Language, items: Iterable[tuple[str, str, dict]], *, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Article | AnnotationFailure]:
    """Annotate (id, text, meta) items in order, yielding one Article (or AnnotationFailure) per item.

    With n_process > 1 the items are shared out to worker processes forked
    from this one (they inherit the loaded pipeline) and come back as Articles,
    which are far smaller to send than Docs; an article whose worker dies (the
    out-of-memory killer) is an AnnotationFailure and the others go on. Where
    fork is not available the items are annotated in this process.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _annotate_forked(nlp, items, batch_size=batch_size, n_process=n_process)
        return
    for batch in _batched(iter(items), batch_size):
        yield from _annotate_isolated(nlp, batch)


def _annotate_isolated(nlp: Language, batch: list[tuple[str, str, dict]]) -> list[Article | AnnotationFailure]:
    """A batch's Articles; when the batch fails, each article alone, so one bad article fails by itself."""
    try:
        return list(_annotate_batch(nlp, batch))
    except Exception as err:  # noqa: BLE001 - the boundary that keeps one article's failure from the others
        if len(batch) == 1:
            return [AnnotationFailure(batch[0][0], f"{type(err).__name__}: {err}".splitlines()[0])]
        return [result for item in batch for result in _annotate_isolated(nlp, [item])]


def _annotate_batch(nlp: Language, batch: list[tuple[str, str, dict]]) -> Iterator[Article]:
    def split() -> Iterator[tuple[str, tuple]]:
        for article_id, text, meta in batch:
            for offset, part in iter_pieces(text):
                yield part, (article_id, text, meta, offset, offset + len(part) == len(text))

    current: Article | None = None
    for doc, (article_id, text, meta, offset, last) in _pipe(nlp, split(), len(batch)):
        if current is None:
            current = Article(id=article_id, text=text, meta=dict(meta))
        add_doc(current, doc, offset)
        if last:
            yield current
            current = None


def _pipe(nlp: Language, parts: Iterator[tuple[str, tuple]], batch_size: int) -> Iterator[tuple]:
    """nlp.pipe over (text, context) in batches of at most batch_size texts and BATCH_CHARS characters
    (a batch's Docs are the same whichever texts share it)."""
    group: list[tuple[str, tuple]] = []
    chars = 0
    for part in parts:
        if group and (len(group) >= batch_size or chars + len(part[0]) > BATCH_CHARS):
            yield from nlp.pipe(group, as_tuples=True, batch_size=len(group), component_cfg=PIPE_CONFIG)
            group, chars = [], 0
        group.append(part)
        chars += len(part[0])
    if group:
        yield from nlp.pipe(group, as_tuples=True, batch_size=len(group), component_cfg=PIPE_CONFIG)


# The pipeline of a forked worker: set in the parent before the fork, inherited by the children.
_worker_nlp: Language | None = None


def _annotate_in_worker(batch: list[tuple[str, str, dict]]) -> list[Article | AnnotationFailure]:
    return _annotate_isolated(_worker_nlp, batch)


def _annotate_forked(nlp: Language, items: Iterable[tuple[str, str, dict]], *, batch_size: int,
                     n_process: int) -> Iterator[Article | AnnotationFailure]:
    global _worker_nlp
    _worker_nlp = nlp
    # Small tasks keep the workers evenly loaded; a bounded read-ahead window of them
    # keeps an archive from being held in memory whole.
    task_size = max(1, min(batch_size, 4))
    yield from run_tasks(_annotate_in_worker, _batched(iter(items), task_size), n_process=n_process,
                         window=n_process * 16 * task_size, lost=_lost)


def _lost(item: tuple[str, str, dict], reason: str) -> AnnotationFailure:
    """The failure of an article whose worker process died while annotating it alone."""
    return AnnotationFailure(item[0], Errors.E187.format(reason=reason))


def _batched(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(itertools.islice(items, size)):
        yield batch
