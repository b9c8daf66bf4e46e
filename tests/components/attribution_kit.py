"""What the attribution tests read off an annotated doc: (source, cue, content, continuation) quads in a stable
order, and the hedges' texts."""

from __future__ import annotations


def quads(doc) -> list[tuple]:
    found = [(a["source"].text if a["source"] else None, a["cue"].text, a["content"].text,
              a["continuation"].text if a.get("continuation") else None)
             for a in doc._.attributions]
    return sorted(found, key=lambda t: (t[1], t[2]))


def ordered(expected: list[tuple]) -> list[tuple]:
    """Expected quads (a missing continuation is None) in the order of quads()."""
    full = [tuple(e) + (None,) * (4 - len(e)) for e in expected]
    return sorted(full, key=lambda t: (t[1], t[2]))


def hedges(doc) -> list[str]:
    return [s.text for s in doc.spans["hedges"]]
