"""brat's ``.ann`` lines back to regions, relations, attributes and notes (see ``brat.py`` for the format)."""

from __future__ import annotations

from ..errors import Errors
from ..jsonl import BadLine, loads
from ..records import ENTITY_LABELS
from .flat import FlatArticle, Region, Relation
from .toolio import attr_value

ID_KEY = "id"
"""The key of an AnnotatorNotes object that holds the Article id of a region whose brat id is not it."""
NOTES = "notes"
"""The article meta key that keeps notes which are not JSON objects: an annotator's remarks."""


def read_ann(ann: str, flat: FlatArticle, problems: list[str]) -> None:
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
                    _read_note(fields[2] if len(fields) > 2 else "", region, flat)
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


def _read_note(note: str, region: Region, flat: FlatArticle) -> None:
    """Article id and attributes from an AnnotatorNotes JSON object; any other note is an annotator's
    remark, kept in the article's meta."""
    try:
        data = loads(note)
    except BadLine:
        data = None
    if not isinstance(data, dict):
        flat.meta.setdefault(NOTES, []).append({"on": region.where(), "note": note})
        return
    if ID_KEY in data:
        region.id = str(data.pop(ID_KEY))
    region.attrs.update(data)
