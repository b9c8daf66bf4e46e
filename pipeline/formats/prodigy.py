"""Prodigy: JSONL tasks as its ``rel.manual`` / ``spans.manual`` recipes read and write them.

A task is ``{"text", "tokens", "spans", "relations", "meta", "article_id"}``.
Spans are ``{"start", "end", "token_start", "token_end", "label"}`` plus ``id``
(the Article id: ``T1``, ``H1``, ``A1.cue`` ...), ``text`` and, for entities
with attributes, ``attrs``. Relations are ``{"head", "child", "head_span",
"child_span", "label"}`` with ``head``/``child`` the last token of each span.
Tokens are split at whitespace, punctuation and every span boundary, so that
each span starts and ends on a token. ``meta`` is the article's meta.

A task the annotator rejected or ignored (``"answer": "reject"`` or
``"ignore"`` in ``prodigy db-out``) is not gold: it is left out and reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Errors
from ..output import write_atomic
from ..records import Article
from .flat import FlatArticle, Region, Relation, to_flat
from .rebuild import from_flat
from .toolio import (
    as_dict,
    as_id,
    as_list,
    dump_json_lines,
    one_item,
    read_json_lines,
    require,
    settle,
    skip,
)

TOOL = "prodigy"
_WORD = re.compile(r"\w+|[^\w\s]")


def tokens(text: str, boundaries: set[int]) -> list[dict]:
    """Prodigy tokens of a text: words and punctuation marks, also split at the given offsets."""
    out: list[dict] = []
    for match in _WORD.finditer(text):
        cuts = [match.start()] + sorted(b for b in boundaries if match.start() < b < match.end()) + [match.end()]
        for start, end in zip(cuts, cuts[1:]):
            out.append({"text": text[start:end], "start": start, "end": end, "id": len(out),
                        "ws": end < len(text) and text[end].isspace()})
    return out


def export(articles: list[Article], *, predictions: bool = False, model_version: str | None = None) -> list[dict]:
    """One Prodigy task per article; predictions and gold share Prodigy's one shape, so the flags are not used.

    Raises PipelineError for a span that starts or ends on whitespace, which
    no Prodigy token boundary can hold.
    """
    tasks = []
    for article in articles:
        flat = to_flat(article)
        toks = tokens(flat.text, {b for r in flat.regions for b in (r.start, r.end)})
        first = {t["start"]: t["id"] for t in toks}
        last = {t["end"]: t["id"] for t in toks}
        problems = [Errors.E120.format(article_id=flat.id, where=r.where(), reason="span does not start and end on a "
                                       "word or punctuation mark, so Prodigy tokens cannot hold it")
                    for r in flat.regions if r.start not in first or r.end not in last]
        settle(problems, None)
        spans = {}
        for region in flat.regions:
            span = {"id": region.id, "start": region.start, "end": region.end, "text": region.text,
                    "token_start": first[region.start], "token_end": last[region.end], "label": region.label}
            if region.attrs:
                span["attrs"] = region.attrs
            spans[region.key] = span
        relations = [{"head": spans[rel.head]["token_end"], "child": spans[rel.child]["token_end"],
                      "head_span": _bare(spans[rel.head]), "child_span": _bare(spans[rel.child]), "label": rel.label}
                     for rel in flat.relations]
        tasks.append({"text": flat.text, "article_id": flat.id, "meta": flat.meta, "tokens": toks,
                      "spans": list(spans.values()), "relations": relations})
    return tasks


def _bare(span: dict) -> dict:
    """A span as a relation's head_span/child_span holds it (without attributes)."""
    return {key: value for key, value in span.items() if key != "attrs"}


def import_(tasks: list[dict], *, warnings: list[str] | None = None, skipped: list[str] | None = None) -> list[Article]:
    """Articles from Prodigy tasks; a relation's spans are found by ``id``, else by offsets and label."""
    articles, problems = [], []
    for number, task in enumerate(tasks, 1):
        with one_item(problems, f"line {number}"):
            meta = as_dict(task.get("meta"))
            article_id = as_id(task.get("article_id"), as_id(meta.get("id"), f"prodigy-{number}"))
            if task.get("answer") in ("reject", "ignore"):
                skip(Errors.E189.format(where=f"line {number} ({article_id})",
                                        reason=f"the annotator's answer is {task['answer']!r}"), skipped, problems)
                continue
            articles.append(_article(task, article_id, meta, problems))
    settle(problems, warnings)
    return articles


def _article(task: dict, article_id: str, meta: dict, problems: list[str]) -> Article:
    flat = FlatArticle(article_id, task.get("text", ""), meta)
    by_id: dict[str, str] = {}
    by_place: dict[tuple, str] = {}
    for n, span in enumerate(as_list(task.get("spans")), 1):
        key = f"#{n}"
        flat.regions.append(Region(key, span.get("label"), span.get("start"), span.get("end"), span.get("text"),
                                   span.get("id"), as_dict(span.get("attrs"))))
        if span.get("id"):
            by_id.setdefault(str(span["id"]), key)
        by_place.setdefault((span.get("start"), span.get("end"), span.get("label")), key)

    def find(span: dict | None) -> str | None:
        span = as_dict(span)
        return by_id.get(str(span.get("id"))) or by_place.get((span.get("start"), span.get("end"), span.get("label")))

    for relation in as_list(task.get("relations")):
        head, child = find(relation.get("head_span")), find(relation.get("child_span"))
        if head is None or child is None:
            missing = as_dict(relation.get("head_span") if head is None else relation.get("child_span"))
            problems.append(Errors.E120.format(
                article_id=article_id, where=f"{missing.get('label')} {missing.get('start')}-{missing.get('end')}",
                reason=f"{relation.get('label')} relation names a span that is not among the task's spans"))
            continue
        flat.relations.append(Relation(head, child, relation.get("label")))
    return from_flat(flat, problems)


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the tasks of :func:`export` to one JSONL file."""
    write_atomic(path, dump_json_lines(export(articles, predictions=predictions, model_version=model_version)))


def read(path: Path, *, warnings: list[str] | None = None, skipped: list[str] | None = None) -> list[Article]:
    """Articles of a Prodigy JSONL export (``prodigy db-out``), or PipelineError if the file is not one."""
    tasks = read_json_lines(path, TOOL)
    for number, task in enumerate(tasks, 1):
        require(isinstance(task.get("text"), str), path, TOOL, f"line {number} has no \"text\" string")
        if task.get("answer") in ("reject", "ignore"):
            continue  # left out by import_, whatever its spans
        require(isinstance(task.get("spans", []), list) and "spans" in task, path, TOOL,
                f"line {number} has no \"spans\" list")
        require(all(isinstance(s, dict) and "start" in s and "end" in s for s in task["spans"]), path, TOOL,
                f"line {number}: spans lack start/end")
    return import_(tasks, warnings=warnings, skipped=skipped)
