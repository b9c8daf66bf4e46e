"""The articles of `pipeline claims`: annotated JSONL as it is, texts annotated by the pipeline.

A path may be a .txt file, a directory (its .txt and .jsonl files, in
subdirectories too, named by their path inside it: ``g01-bus-crash/a``), or a
JSONL file: of Articles (lines with ``entities`` or ``attributions``) or of
texts to annotate (``id`` and ``text``, like `pipeline annotate`'s input).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, PipelineError
from ..inputs import decode
from ..jsonl import json_lines, read_articles
from ..records import Article


@dataclass
class Articles:
    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    """For each article, the index of the path it was read from."""


def _annotated(path: Path) -> bool:
    for _, value in json_lines(path):
        return isinstance(value, dict) and ("entities" in value or "attributions" in value)
    return False


def _has_texts(path: Path) -> bool:
    for _, value in json_lines(path):
        return isinstance(value, dict) and isinstance(value.get("text"), str)
    return False


def _texts(path: Path, name: str) -> list[tuple[str, str, dict]]:
    items = []
    for line, value in json_lines(path):
        if not isinstance(value, dict) or not isinstance(value.get("text"), str) or not value["text"].strip():
            raise PipelineError(Errors.E007.format(path=path, line=line, reason="no string 'text' field"))
        items.append((f"{name}{value.get('id', line)}", value["text"], dict(value.get("meta") or {})))
    return items


def _files(path: Path) -> list[tuple[Path, str]]:
    """(file, id prefix or id) of a path: a directory's .txt and .jsonl files, in subdirectories too."""
    if not path.exists():
        raise PipelineError(Errors.E001.format(path=path))
    if not path.is_dir():
        return [(path, path.stem)]
    found = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file())
    if not found:
        raise PipelineError(Errors.E013.format(path=path))
    return [(p, f"{path.resolve().name}/{p.relative_to(path).with_suffix('').as_posix()}") for p in found]


def read_claim_inputs(paths: list[str], *, model: str | None = None) -> Articles:
    """Articles of every path, in order; texts are annotated with the pipeline (loaded only if needed)."""
    result = Articles()
    slots: list[Article | int] = []  # an Article, or the index of a text still to annotate
    origins: list[int] = []
    texts: list[tuple[str, str, dict]] = []
    for origin, name in enumerate(paths):
        for file, ident in _files(Path(name)):
            if file.suffix == ".jsonl" and _annotated(file):
                found = list(read_articles(file))
                slots.extend(found)
                origins.extend([origin] * len(found))
                continue
            if file.suffix == ".jsonl" and Path(name).is_dir() and not _has_texts(file):
                result.skipped.append(Errors.E204.format(path=file))
                continue
            if file.suffix == ".jsonl":
                items = _texts(file, f"{ident}/" if Path(name).is_dir() else "")
            else:
                try:
                    items = [(ident, decode(file.read_bytes(), str(file)), {"path": str(file)})]
                except PipelineError as err:
                    result.skipped.append(str(err))
                    continue
            slots.extend(range(len(texts), len(texts) + len(items)))
            origins.extend([origin] * len(items))
            texts.extend(items)
    annotated = _annotate(texts, model, result) if texts else []
    read = [(slot if isinstance(slot, Article) else annotated[slot], origin) for slot, origin in zip(slots, origins)]
    result.articles = [article for article, _ in read if article is not None]
    result.origins = [origin for article, origin in read if article is not None]
    if not result.articles:
        if result.skipped:
            raise PipelineError(result.skipped[0])
        raise PipelineError(Errors.E013.format(path=", ".join(paths)))
    return result


def _annotate(texts: list[tuple[str, str, dict]], model: str | None, result: Articles) -> list[Article | None]:
    """The Articles of the texts, in order (None where the pipeline failed; the failure is recorded)."""
    from ..engine.local import AnnotationFailure, annotate
    from ..nlp import load

    done: list[Article | None] = []
    for article in annotate(load(model), iter(texts)):
        if isinstance(article, AnnotationFailure):
            result.skipped.append(Errors.E022.format(article_id=article.id, reason=article.reason))
            done.append(None)
        else:
            done.append(article)
    return done
