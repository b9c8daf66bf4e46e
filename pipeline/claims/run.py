"""`pipeline claims` as plain functions: articles in, the ledger out (table, JSONL or HTML), and
the scores of the claims layer against gold (source type and status; conflicts)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import Errors, PipelineError
from ..jsonl import json_lines
from ..output import write_atomic
from ..records import Article
from ..scoring.claims import group_number
from .ledger import Ledger, build_ledger
from .reading import Articles, read_claim_inputs
from .text import data

LEDGER_FORMATS = ("table", "jsonl", "html")


@dataclass
class ClaimsResult:
    ledger: Ledger
    skipped: list[str] = field(default_factory=list)
    conflict_scores: dict | None = None
    attribute_scores: dict | None = None


def read_conflicts_golds(paths: list[str | Path]) -> list[dict]:
    """The records of several conflicts gold files (conflicts.gold.jsonl, conflicts.dev2.gold.jsonl), each group
    in one file only."""
    records: list[dict] = []
    for path in paths:
        for record in read_conflicts_gold(path):
            if any(r["group"] == record["group"] for r in records):
                raise PipelineError(Errors.E206.format(path=path, group=record["group"]))
            records.append(record)
    return records


def held_out_groups() -> set[int]:
    """Numbers of the conflict groups of the sets marked held_out in data/conflict_sets.json: no learned scorer
    trains on them."""
    return {n for s in data("conflict_sets.json")["sets"] if s.get("held_out") for n in range(s["first"], s["last"] + 1)}


def conflict_training_data(corpus: Path) -> tuple[Articles, list[int], dict[str, dict]]:
    """For the learned scorers: the corpus directory's articles annotated by the untrained pipeline, the
    collection of each, and its gold groups (conflicts*.gold.jsonl) but those of the held-out sets."""
    held_out = held_out_groups()
    gold = {record["group"]: record for record in read_conflicts_golds(sorted(corpus.glob("conflicts*.gold.jsonl")))
            if group_number(record["group"]) not in held_out}
    read, collections = read_collections([str(corpus)], "untrained")
    return read, collections, gold


def read_conflicts_gold(path: str | Path) -> list[dict]:
    """The records of a conflicts gold file (corpora/conflicts/conflicts.gold.jsonl), checked for their keys."""
    records = []
    for line, value in json_lines(path):
        if not isinstance(value, dict):
            raise PipelineError(Errors.E201.format(path=path, line=line, reason=str(value) or "not an object"))
        missing = [k for k in ("group", "figure_conflicts", "opposing_claims") if not isinstance(value.get(k), (str, list))]
        if missing:
            raise PipelineError(Errors.E201.format(path=path, line=line, reason=f"no {', '.join(missing)}"))
        records.append(value)
    if not records:
        raise PipelineError(Errors.E013.format(path=path))
    return records


def attribute_scores_by_genre(articles: list[Article]) -> dict:
    """source_type and status of the claims derived from the articles' own layers against their gold attrs:
    over all articles, the real ones and the written-for-project ones."""
    from ..scoring.claims import claim_attribute_scores

    subsets = {"all": articles,
               "real": [a for a in articles if a.genre != "written-for-project"],
               "written-for-project": [a for a in articles if a.genre == "written-for-project"]}
    return {name: claim_attribute_scores([(a, a) for a in subset]) for name, subset in subsets.items() if subset}


def collections_of(paths: list[str]) -> list[Path]:
    """The collections of --per-group: the immediate subdirectories of each directory of paths, in order."""
    found = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise PipelineError(Errors.E001.format(path=path))
        inside = sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")) if path.is_dir() else []
        if not inside:
            raise PipelineError(Errors.E208.format(path=path))
        found.extend(inside)
    return found


def read_collections(paths: list[str], model: str | None) -> tuple[Articles, list[int]]:
    """The articles of every collection of paths (annotated in one pass), ids prefixed with their directory
    (``conflicts/g01-bus/a``), and the collection of each."""
    collections = collections_of(paths)
    read = read_claim_inputs([str(c) for c in collections], model=model)
    for article, origin in zip(read.articles, read.origins):
        article.id = f"{collections[origin].parent.resolve().name}/{article.id}"
    return read, read.origins


def claims_command(paths: list[str], *, fmt: str = "table", output: str | None = None, conflicts: bool = False,
                   gold: str | list[str] | None = None, model: str | None = None, score: bool = False,
                   per_group: bool = False, stdout: TextIO | None = None, colour: bool = False) -> ClaimsResult:
    """Build the ledger of the articles of paths and write it; with gold (one file or several), score its
    conflicts, over all gold groups and per set of groups (data/conflict_sets.json); with score, score source
    type and status against the articles' gold attrs. With per_group, each immediate subdirectory of the paths
    is a collection of its own (one day's coverage of an event): its articles are grouped into events apart
    from the others'."""
    from ..render.ledger import render_ledger
    from ..render.ledger_html import render_ledger_html

    if fmt not in LEDGER_FORMATS:
        raise PipelineError(Errors.E200.format(fmt=fmt, choices=", ".join(LEDGER_FORMATS)))
    if gold and not conflicts:
        raise PipelineError(Errors.E202)
    if per_group and not conflicts:
        raise PipelineError(Errors.E207)
    if isinstance(gold, str):
        gold = [gold]
    gold_records = read_conflicts_golds(gold) if gold else None
    if per_group:
        read, collections = read_collections(paths, model)
    else:
        read, collections = read_claim_inputs(paths, model=model), None
    ledger = build_ledger(read.articles, conflicts=conflicts, collections=collections)
    result = ClaimsResult(ledger, read.skipped)
    if gold_records is not None:
        from ..scoring.claims import conflict_scores_by_set

        result.conflict_scores = conflict_scores_by_set(gold_records, [e.to_dict() for e in ledger.events or []],
                                                        data("conflict_sets.json")["sets"])
    if score:
        if not any(a.attrs.get("source_type") or a.attrs.get("status") for x in read.articles for a in x.attributions):
            raise PipelineError(Errors.E203.format(path=", ".join(paths)))
        result.attribute_scores = attribute_scores_by_genre(read.articles)
    if fmt == "table":
        text = render_ledger(ledger, colour=colour and output is None)
    elif fmt == "html":
        text = render_ledger_html(ledger)
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ledger.to_records())
    if output:
        write_atomic(output, [text])
    elif not gold and not score:
        (stdout or sys.stdout).write(text)
    return result
