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
file is an article named by its file stem.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import Errors, PipelineError
from ..output import write_atomic
from ..records import ENTITY_LABELS, Article
from .flat import CUE, HEDGE, REGION_LABELS, FlatArticle, Region, Relation, to_flat
from .rebuild import fresh_id, from_flat
from .toolio import attr_value, read_text, require, settle

TOOL = "brat"
INDEX = "articles.json"
CONFIG = "annotation.conf"
_ID_KEY = "id"
_LINE_BREAK = re.compile(r"[\r\n]+")


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
        if _ID_KEY in note:
            raise PipelineError(Errors.E120.format(article_id=flat.id, where=region.where(),
                                                   reason=f"an attribute named {_ID_KEY!r} cannot be held in brat notes"))
        if region.id != brat_ids[region.key] and (region.label in ENTITY_LABELS or region.label in (HEDGE, CUE)):
            note = {_ID_KEY: region.id, **note}
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


def import_(files: dict[str, str], *, warnings: list[str] | None = None) -> list[Article]:
    """Articles from the files of a brat collection, name -> content (as :func:`export` gives them)."""
    if INDEX in files:
        index = json.loads(files[INDEX])
    else:
        index = [{"id": Path(name).stem, "file": Path(name).stem, "meta": {}}
                 for name in sorted(files) if name.endswith(".txt")]
    articles, problems = [], []
    for entry in index:
        name = entry["file"]
        text = files.get(f"{name}.txt")
        if text is None:
            problems.append(Errors.E120.format(article_id=entry["id"], where=f"{name}.txt", reason="file is missing"))
            continue
        flat = FlatArticle(str(entry["id"]), text, dict(entry.get("meta") or {}))
        _read_ann(files.get(f"{name}.ann", ""), flat, problems)
        articles.append(from_flat(flat, problems))
    settle(problems, warnings)
    return articles


def _read_ann(ann: str, flat: FlatArticle, problems: list[str]) -> None:
    """Fill a flat article with the regions, relations and attributes of .ann lines."""

    def report(where: str, reason: str) -> None:
        problems.append(Errors.E120.format(article_id=flat.id, where=where, reason=reason))

    regions: dict[str, Region] = {}
    lines = [(n, line.rstrip("\r")) for n, line in enumerate(ann.split("\n"), 1) if line.strip()]
    # T lines first, so that R, A and # lines can name any region of the file
    for number, line in sorted(lines, key=lambda item: not item[1].startswith("T")):
        fields = line.split("\t", 2)
        kind = fields[0][:1]
        try:
            if kind == "T":
                region = _region(fields, flat.text, report)
                if region is not None:
                    regions[region.key] = region
                    flat.regions.append(region)
            elif kind == "R":
                label, *args = fields[1].split()
                ends = dict(arg.split(":", 1) for arg in args)
                flat.relations.append(Relation(ends["Arg1"], ends["Arg2"], label))
            elif kind in "A#":
                name, target, *value = fields[1].split(" ", 2)
                region = regions.get(target)
                if region is None:
                    report(f".ann line {number}", f"{fields[0]} names annotation {target!r}, which is missing")
                elif kind == "A":
                    region.attrs[name] = attr_value(name, value[0]) if value else True
                elif name == "AnnotatorNotes":
                    _read_note(fields[2] if len(fields) > 2 else "", region, report)
            else:
                report(f".ann line {number}", f"{fields[0]} lines are not imported")
        except (IndexError, ValueError, KeyError):
            report(f".ann line {number}", f"cannot read {line!r}")


def _region(fields: list[str], text: str, report) -> Region | None:
    """The region of a T line; fragments separated by whitespace only are joined into one span."""
    key = fields[0]
    label, places = fields[1].split(" ", 1)
    fragments = [tuple(int(n) for n in place.split()) for place in places.split(";")]
    start, end = fragments[0][0], fragments[-1][1]
    region = Region(key, label, start, end, id=key if label in ENTITY_LABELS else None)
    if not 0 <= start < end <= len(text):
        return region  # from_flat reports the offsets
    gaps = [text[e:s] for (_, e), (s, _) in zip(fragments, fragments[1:])]
    if any(gap.strip() or not gap for gap in gaps):
        report(region.where(), "discontinuous span; the Article format holds one continuous span")
        return None
    shown = " ".join(text[s:e] for s, e in fragments)
    if len(fields) > 2 and fields[2] != shown:
        report(region.where(), f"misaligned: brat gives {fields[2]!r}, the offsets hold {shown!r}")
        return None
    return region


def _read_note(note: str, region: Region, report) -> None:
    """Article id and attributes from an AnnotatorNotes JSON object."""
    try:
        data = json.loads(note)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict):
        report(region.where(), f"note {note!r} is not a JSON object of attributes; not imported")
        return
    if _ID_KEY in data:
        region.id = str(data.pop(_ID_KEY))
    region.attrs.update(data)


def write(articles: list[Article], path: Path, *, predictions: bool = False, model_version: str | None = None) -> None:
    """Write the files of :func:`export` into the directory ``path``, each atomically."""
    files = export(articles, predictions=predictions, model_version=model_version)
    if path.exists() and not path.is_dir():
        raise PipelineError(Errors.E018.format(path=path, tool=TOOL, reason="brat needs a directory, and this is a file"))
    for name, content in files.items():
        write_atomic(path / name, [content])


def read(path: Path, *, warnings: list[str] | None = None) -> list[Article]:
    """Articles of a brat directory (or of one .txt/.ann pair), or PipelineError if it holds none."""
    if path.is_dir():
        names = [p for p in sorted(path.iterdir()) if p.suffix in (".txt", ".ann") or p.name == INDEX]
    else:
        require(path.suffix in (".txt", ".ann"), path, TOOL, "expected a directory of .txt/.ann files")
        names = [p for p in (path.with_suffix(".txt"), path.with_suffix(".ann")) if p.exists()]
    files = {p.name: read_text(p, TOOL) for p in names if p.is_file()}
    require(any(name.endswith(".txt") for name in files), path, TOOL, "no .txt files")
    require(any(name.endswith(".ann") for name in files), path, TOOL, "no .ann files")
    if INDEX in files:
        try:
            index = json.loads(files[INDEX])
        except json.JSONDecodeError as err:
            raise PipelineError(Errors.E018.format(path=path / INDEX, tool=TOOL, reason=err.msg)) from None
        require(isinstance(index, list) and all(isinstance(e, dict) and "id" in e and "file" in e for e in index),
                path / INDEX, TOOL, "expected a list of {\"id\", \"file\", \"meta\"}")
    return import_(files, warnings=warnings)
