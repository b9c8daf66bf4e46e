"""brat standoff: a directory with a ``.txt`` and ``.ann`` pair per article.

``.ann`` lines:

- ``T7\\tPERSON 1744 1757\\tDmitry Peskov``: a region. A span across a line
  break is written in fragments (``0 20;21 40``), as brat writes it; fragments
  separated by whitespace only are read back as one span.
- ``R3\\tsource Arg1:T60 Arg2:T59``: a relation.
- ``#2\\tAnnotatorNotes T7\\t{"role": "Russian presidential spokesman"}``: a
  JSON object with the entity's attributes and, where brat's ``T`` id is not
  the Article id (hedges, cues, entity ids not of the form ``T<n>``), the
  Article id under ``"id"``. ``A`` lines (``A1\\tvalue T2 65``) are read as
  attributes too.

The directory also holds ``articles.json`` (article ids, file names and meta,
in order) and ``annotation.conf`` (brat's schema: labels and relations), so
brat can open it as a collection. Without ``articles.json`` every ``.txt``
file is an article named by its file stem. A note that is not a JSON object
(an annotator's remark) is kept in the article's meta under ``"notes"``. An
article whose ``.txt`` or ``.ann`` file is missing or unreadable is skipped.

The directory is written as a whole (a temporary directory moved into place),
so an interrupted export leaves the earlier one, never a part of each; an
existing directory is replaced only when it holds an earlier export.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import Errors, PipelineError
from ..jsonl import BadLine, loads
from ..output import write_atomic_dir
from ..records import ENTITY_LABELS, Article
from .brat_ann import ID_KEY, read_ann
from .flat import CUE, HEDGE, REGION_LABELS, FlatArticle, to_flat
from .rebuild import fresh_id, from_flat
from .toolio import (
    as_dict,
    as_id,
    one_item,
    read_text,
    require,
    settle,
    skip,
)

TOOL = "brat"
INDEX = "articles.json"
CONFIG = "annotation.conf"


def export(articles: list[Article], *, predictions: bool = False, model_version: str | None = None) -> dict[str, str]:
    """The files of a brat collection, name -> content. brat has no notion of predictions, so the flags are not used."""
    files: dict[str, str] = {}
    index = []
    for article in articles:
        flat = to_flat(article)
        name = _file_name(flat.id, {entry["file"] for entry in index})
        index.append({"id": flat.id, "file": name, "meta": flat.meta})
        files[f"{name}.txt"] = flat.text
        files[f"{name}.ann"] = _ann(flat)
    files[INDEX] = json.dumps(index, ensure_ascii=False, indent=2) + "\n"
    files[CONFIG] = annotation_conf()
    return files


def _file_name(article_id: str, taken: set[str]) -> str:
    """A file stem for an article id: its word characters, dots and dashes; unique among ``taken``."""
    stem = re.sub(r"[^\w.-]", "_", article_id).strip(".") or "article"
    name, n = stem, 1
    while name.lower() in {t.lower() for t in taken} or name in (Path(INDEX).stem, Path(CONFIG).stem):
        n += 1
        name = f"{stem}-{n}"
    return name


def _ann(flat: FlatArticle) -> str:
    """The .ann text of one flat article."""
    keep = {r.key for r in flat.regions
            if r.label in ENTITY_LABELS and re.fullmatch(r"T\d+", r.key)}
    used = set(keep)
    brat_ids = {r.key: r.key if r.key in keep else fresh_id("T", used) for r in flat.regions}
    lines, notes = [], []
    for region in flat.regions:
        fragments = [(region.start + m.start(), region.start + m.end())
                     for m in re.finditer(r"[^\r\n]+", flat.text[region.start:region.end])]
        spans = ";".join(f"{s} {e}" for s, e in fragments)
        shown = " ".join(flat.text[s:e] for s, e in fragments)
        lines.append(f"{brat_ids[region.key]}\t{region.label} {spans}\t{shown}")
        note = dict(region.attrs)
        if ID_KEY in note:
            raise PipelineError(Errors.E120.format(article_id=flat.id, where=region.where(),
                                                   reason=f"an attribute named {ID_KEY!r} cannot be held in brat notes"))
        if region.id != brat_ids[region.key] and (region.label in ENTITY_LABELS or region.label in (HEDGE, CUE)):
            note = {ID_KEY: region.id, **note}
        if note:
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {brat_ids[region.key]}\t{json.dumps(note, ensure_ascii=False)}")
    relations = [f"R{n}\t{rel.label} Arg1:{brat_ids[rel.head]} Arg2:{brat_ids[rel.child]}"
                 for n, rel in enumerate(flat.relations, 1)]
    return "".join(line + "\n" for line in lines + relations + notes)


def annotation_conf() -> str:
    """brat's annotation.conf for the guideline schema: labels, attribution relations, overlaps allowed."""
    entities = "|".join(ENTITY_LABELS)
    return "\n".join([
        "[entities]", *REGION_LABELS, "",
        "[relations]",
        "source\tArg1:CUE, Arg2:SOURCE",
        "content\tArg1:CUE, Arg2:CONTENT",
        f"refers_to\tArg1:SOURCE|CUE, Arg2:{entities}",
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "",
        "[events]", "",
        "[attributes]", "",
    ])


def import_(files: dict[str, str], *, warnings: list[str] | None = None, skipped: list[str] | None = None,
            unreadable: dict[str, str] | None = None) -> list[Article]:
    """Articles from the files of a brat collection, name -> content (as :func:`export` gives them);
    ``unreadable`` names the files that could not be read, with why."""
    if INDEX in files:
        index = _index(files[INDEX], INDEX)
    else:
        index = [{"id": Path(name).stem, "file": Path(name).stem, "meta": {}}
                 for name in sorted(files) if name.endswith(".txt")]
    articles, problems = [], []
    for number, entry in enumerate(index, 1):
        with one_item(problems, f"{INDEX} entry {number}"):
            name, article_id = str(entry["file"]), as_id(entry["id"], str(entry["file"]))
            missing = [f"{name}{suffix}" for suffix in (".txt", ".ann") if f"{name}{suffix}" not in files]
            if missing:
                reason = (unreadable or {}).get(missing[0]) or "file is missing"
                skip(Errors.E189.format(where=f"article {article_id}: {missing[0]}", reason=reason), skipped, problems)
                continue
            flat = FlatArticle(article_id, files[f"{name}.txt"], as_dict(entry.get("meta")))
            read_ann(files[f"{name}.ann"], flat, problems)
            articles.append(from_flat(flat, problems))
    settle(problems, warnings)
    return articles


def _index(content: str, path: Path | str) -> list[dict]:
    """The entries of articles.json, or PipelineError if it is not a list of {"id", "file", "meta"}."""
    try:
        index = loads(content)
    except BadLine as err:
        raise PipelineError(Errors.E018.format(path=path, tool=TOOL, reason=str(err))) from None
    require(isinstance(index, list) and all(isinstance(e, dict) and "id" in e and "file" in e for e in index),
            path, TOOL, "expected a list of {\"id\", \"file\", \"meta\"}")
    return index


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the files of :func:`export` as the directory ``path``, all at once."""
    files = export(articles, predictions=predictions, model_version=model_version)
    if path.exists() and not path.is_dir():
        raise PipelineError(Errors.E018.format(path=path, tool=TOOL, reason="brat needs a directory, and this is a file"))
    if path.is_dir() and any(path.iterdir()) and not _earlier_export(path):
        raise PipelineError(Errors.E188.format(path=path, tool=TOOL))
    write_atomic_dir(path, files)


def _earlier_export(path: Path) -> bool:
    """A directory that holds an earlier export and nothing else (hidden files, such as brat's .stats_cache, aside)."""
    try:
        index = _index(read_text(path / INDEX, TOOL), path / INDEX)
        names = {INDEX, CONFIG} | {f"{entry['file']}{suffix}" for entry in index for suffix in (".txt", ".ann")}
        return all(p.name in names or p.name.startswith(".") for p in path.iterdir())
    except (PipelineError, OSError, TypeError):
        return False


def read(path: Path, *, warnings: list[str] | None = None, skipped: list[str] | None = None) -> list[Article]:
    """Articles of a brat directory (or of one .txt/.ann pair), or PipelineError if it holds none."""
    if path.is_dir():
        names = [p for p in sorted(path.iterdir()) if p.suffix in (".txt", ".ann") or p.name == INDEX]
    else:
        require(path.suffix in (".txt", ".ann"), path, TOOL, "expected a directory of .txt/.ann files")
        names = [p for p in (path.with_suffix(".txt"), path.with_suffix(".ann")) if p.exists()]
    files, unreadable = {}, {}
    for file in names:
        try:
            files[file.name] = read_text(file, TOOL)
        except PipelineError as err:
            unreadable[file.name] = str(err)
    require(any(name.endswith(".txt") for name in files), path, TOOL, "no readable .txt files")
    require(any(name.endswith(".ann") for name in files), path, TOOL, "no readable .ann files")
    if INDEX in files:
        _index(files[INDEX], path / INDEX)
    elif INDEX in unreadable:
        raise PipelineError(unreadable[INDEX])
    return import_(files, warnings=warnings, skipped=skipped, unreadable=unreadable)
