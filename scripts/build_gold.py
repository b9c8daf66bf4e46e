"""Build gold JSONL (FORMAT.md) from hand-written annotation specs.

A spec names spans by their text instead of by offsets, so that an annotator
never counts characters. One JSON file per article, in ``corpora/spec/PART/``:

    {
      "id": "...", "text": "...", "meta": {...},
      "entities": [["GPE", "Kyiv"], ["COUNT", "nine individuals", {"value": 9, "unit": "individuals"}],
                   ["PERSON", "Dmitry Peskov", {"role": "Russian presidential spokesman"}]],
      "hedges": ["reportedly", "yet to be confirmed"],
      "attributions": [{"source": "he", "source_entity": "Vyacheslav Gladkov",
                        "cue": "said", "content": "A transport plane crashed ...",
                        "continuation": "second part of a split quote (optional)",
                        "source_type": "official", "status": "asserted"}]
    }

How a text is found:
- entities and hedges are listed in document order; each is the first
  whole-word occurrence after the end of the previous one in its list;
- attribution cues are listed in document order, each found after the
  previous cue; the source and the content are the occurrences nearest to
  their cue; ``source_entity`` is the entity with that text nearest before
  the source (else nearest after it);
- a ``continuation`` (the second part of a split quote) is the occurrence
  nearest after its cue;
- ``"text@@N"`` forces the N-th occurrence (1-based) in the whole article.

``source_type``, ``status`` and ``shape`` go into the attribution's ``attrs``
(see corpora/ANNOTATION_NOTES.md for their values).

Usage:
    python scripts/build_gold.py corpora/spec/news corpora/news.gold.jsonl [--review]
    python scripts/build_gold.py --skeleton RAW.jsonl SPEC_DIR GENRE [ID ...]
        (one spec file per raw text, with its text and meta and empty layers)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


SOURCE_TYPES = ("official", "media", "organisation", "expert", "witness", "unnamed", "evidence")
STATUSES = ("asserted", "hedged", "unverified")
SHAPES = ("verb", "according_to", "question", "participle", "belief", "report_noun", "evidence")


class SpecError(ValueError):
    pass


def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of whole-word occurrences of needle in text."""
    starts = []
    for match in re.finditer(re.escape(needle), text):
        start, end = match.span()
        before_ok = start == 0 or not (text[start - 1].isalnum() and needle[0].isalnum())
        after_ok = end == len(text) or not (text[end].isalnum() and needle[-1].isalnum())
        if before_ok and after_ok:
            starts.append(start)
    return starts


def _forced(text: str, needle: str) -> tuple[int, int] | None:
    if "@@" not in needle:
        return None
    needle, nth = needle.rsplit("@@", 1)
    occ = _occurrences(text, needle)
    index = int(nth) - 1
    if not 0 <= index < len(occ):
        raise SpecError(f"{needle!r}: no occurrence number {nth} (found {len(occ)})")
    return occ[index], occ[index] + len(needle)


def find_after(text: str, needle: str, cursor: int) -> tuple[int, int]:
    forced = _forced(text, needle)
    if forced:
        return forced
    for start in _occurrences(text, needle):
        if start >= cursor:
            return start, start + len(needle)
    raise SpecError(f"{needle!r} not found after offset {cursor}")


def find_nearest(text: str, needle: str, anchor: tuple[int, int]) -> tuple[int, int]:
    forced = _forced(text, needle)
    if forced:
        return forced
    occ = _occurrences(text, needle)
    if not occ:
        raise SpecError(f"{needle!r} not found")

    def distance(start: int) -> int:
        end = start + len(needle)
        if end <= anchor[0]:
            return anchor[0] - end
        if start >= anchor[1]:
            return start - anchor[1]
        return 0

    start = min(occ, key=distance)
    return start, start + len(needle)


def _source_entity(text: str, entities: list[dict], needle: str, source: tuple[int, int]) -> str:
    """The id of the entity a pronoun source stands for: the nearest mention before the source,
    else the nearest after it; ``"text@@N"`` picks the entity at the N-th occurrence of text."""
    forced = _forced(text, needle)
    if forced:
        chosen = [e for e in entities if (e["start"], e["end"]) == forced]
    else:
        candidates = [e for e in entities if e["text"] == needle]
        before = [e for e in candidates if e["end"] <= source[0]]
        chosen = [max(before, key=lambda e: e["end"])] if before else \
            sorted(candidates, key=lambda e: abs(e["start"] - source[0]))[:1]
    if not chosen:
        raise SpecError(f"source_entity {needle!r} is no entity")
    return chosen[0]["id"]


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def build_article(spec: dict) -> dict:
    text = spec["text"]
    entities, cursor = [], 0
    for n, item in enumerate(spec.get("entities", []), 1):
        label, needle = item[0], item[1]
        start, end = find_after(text, needle, cursor)
        entity = {"id": f"T{n}", **_span(text, start, end), "label": label}
        if len(item) > 2 and item[2]:
            entity["attrs"] = item[2]
        entities.append(entity)
        cursor = end
    hedges, cursor = [], 0
    for n, needle in enumerate(spec.get("hedges", []), 1):
        start, end = find_after(text, needle, cursor)
        hedges.append({"id": f"H{n}", **_span(text, start, end), "label": "HEDGE"})
        cursor = end
    attributions, cursor = [], 0
    for n, item in enumerate(spec.get("attributions", []), 1):
        cue = find_after(text, item["cue"], cursor)
        cursor = cue[0] + 1
        attribution = {"id": f"A{n}", "source": None}
        if item.get("source"):
            source = find_nearest(text, item["source"], cue)
            attribution["source"] = _span(text, *source)
            if item.get("source_entity"):
                attribution["source_entity"] = _source_entity(text, entities, item["source_entity"], source)
        attribution["cue"] = _span(text, *cue)
        attribution["content"] = _span(text, *find_nearest(text, item["content"], cue))
        if item.get("continuation"):
            attribution["continuation"] = _span(text, *find_after(text, item["continuation"], cue[1]))
        attrs = {}
        for key, allowed in (("source_type", SOURCE_TYPES), ("status", STATUSES), ("shape", SHAPES)):
            if key in item:
                if item[key] not in allowed:
                    raise SpecError(f"attribution {n}: {key} {item[key]!r} is not one of {', '.join(allowed)}")
                attrs[key] = item[key]
        if attrs:
            attribution["attrs"] = attrs
        attributions.append(attribution)
    entities.sort(key=lambda e: e["start"])
    for prev, nxt in zip(entities, entities[1:]):
        if nxt["start"] < prev["end"]:
            raise SpecError(f"entities overlap: {prev['text']!r} and {nxt['text']!r}")
    return {
        "id": spec["id"],
        "text": text,
        "meta": spec.get("meta", {}),
        "entities": entities,
        "hedges": hedges,
        "attributions": attributions,
    }


def review(article: dict) -> str:
    """A plain-text listing of every span with its context, for checking by eye."""
    text = article["text"]

    def ctx(span: dict) -> str:
        left = text[max(0, span["start"] - 30) : span["start"]].replace("\n", " ")
        right = text[span["end"] : span["end"] + 30].replace("\n", " ")
        return f"...{left}[[{span['text']}]]{right}..."

    lines = [f"== {article['id']} ({len(text.split())} words)"]
    for e in article["entities"]:
        lines.append(f"  {e['label']:9} {e['start']:>5} {ctx(e)} {e.get('attrs', '')}")
    for h in article["hedges"]:
        lines.append(f"  HEDGE     {h['start']:>5} {ctx(h)}")
    for a in article["attributions"]:
        src = a["source"]["text"] if a["source"] else None
        lines.append(f"  ATTR {a['id']}: {src!r} -[{a['cue']['text']}]-> {a['content']['text'][:90]!r}"
                     + (f" (= {a['source_entity']})" if "source_entity" in a else "")
                     + (f" +[{a['continuation']['text'][:40]!r}]" if "continuation" in a else "")
                     + (f" {a['attrs']}" if "attrs" in a else ""))
    return "\n".join(lines)


def skeletons(raw_path: Path, spec_dir: Path, genre: str, ids: list[str]) -> int:
    """Write a spec with empty layers for each raw text (all, or those in ids); never overwrite one."""
    spec_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for line in raw_path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        if ids and raw["id"] not in ids:
            continue
        target = spec_dir / f"{raw['id']}.json"
        if target.exists():
            continue
        meta = {"lang": "en", **raw.get("meta", {}), "genre": genre, "title": raw.get("title", "")}
        spec = {"id": raw["id"], "text": raw["text"], "meta": meta, "entities": [], "hedges": [], "attributions": []}
        target.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written += 1
    print(f"wrote {written} spec skeletons to {spec_dir}", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--skeleton":
        return skeletons(Path(argv[1]), Path(argv[2]), argv[3], argv[4:])
    spec_dir, out_path = Path(argv[0]), Path(argv[1])
    articles, failed = [], False
    for path in sorted(spec_dir.glob("*.json")):
        try:
            article = build_article(json.loads(path.read_text(encoding="utf-8")))
        except (SpecError, KeyError, IndexError, json.JSONDecodeError) as err:
            print(f"{path}: {err}", file=sys.stderr)
            failed = True
            continue
        articles.append(article)
        if "--review" in argv:
            print(review(article))
    if failed:
        return 1
    out_path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    print(f"wrote {len(articles)} articles to {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
