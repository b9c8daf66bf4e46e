"""One self-contained HTML page showing annotated articles.

Entities are boxes with their label in displaCy's entity style; hedges have a
wavy underline and a ``HEDGE`` tag; each attribution has a colour and a badge
number, and its source, cue and content are underlined in that colour
(source solid, cue thick, content dashed) with badges such as ``A3 content``
where they begin. Spans may overlap freely: the text is cut at every span
boundary and each piece is wrapped in the markup of every span covering it.
Below each text, a claims table lists the claims (see :mod:`pipeline.claims`):
source type, side, status with the hedges or the unverified phrase behind it;
each claim's id links to where its attribution begins in the text, and that
badge links back to the claim's row.

The page has inline CSS only: no scripts, fonts or other external resources.
It has a viewport and narrow-screen rules (the claims table turns into one block
per claim), so that a 390-pixel-wide phone needs no sideways scrolling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from ..claims import claims_of
from ..records import Article

ENTITY_COLORS = {
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "MEDIA": "#f0d0ff", "GPE": "#feca74", "LOC": "#ff9561",
    "FAC": "#9cc9cc", "AIRCRAFT": "#bfeeb7", "WEAPON": "#ff8197", "COUNT": "#e4e7d2", "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
}
"""Entity box colours: displaCy's where it has the label, close to them elsewhere."""
DEFAULT_ENTITY_COLOR = "#ddd"
HEDGE_COLOR = "#c2410c"
ATTRIBUTION_COLORS = ("#1864ab", "#a61e4d", "#2b8a3e", "#5f3dc4", "#0b7285", "#862e9c", "#364fc7", "#7c4a03",
                      "#495057", "#087f5b", "#9c1a6b", "#3b5bdb")
"""Attribution colours, used in turn: dark enough for white badge text (contrast >= 4.5:1), none orange like hedges."""

PART_BORDERS = {"source": "2px solid", "cue": "4px solid", "content": "2px dashed"}
_TRACK_EM = 0.35
"""Vertical distance between stacked attribution underlines."""

CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
       max-width: 62em; padding: 0 1em; color: #222; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2.5em; border-bottom: 1px solid #ddd; }
.meta { color: #555; font-size: 0.9em; }
.text { white-space: pre-wrap; font-size: 1.05em; }
.ent { padding: 0.2em 0; line-height: 1; white-space: nowrap; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.ent-first { padding-left: 0.35em; margin-left: 0.1em; border-top-left-radius: 0.35em; border-bottom-left-radius: 0.35em; }
.ent-last { padding-right: 0.35em; margin-right: 0.1em; border-top-right-radius: 0.35em; border-bottom-right-radius: 0.35em; }
.ent-label, .tag, .badge { display: inline-block; font-size: 0.7em; font-weight: bold; line-height: 1;
       vertical-align: middle; border-radius: 0.35em; white-space: nowrap; }
.ent-label { margin-left: 0.45em; text-transform: uppercase; }
.hedge { white-space: nowrap; text-decoration: underline wavy %(hedge)s; text-decoration-skip-ink: none; text-underline-offset: 0.2em; }
.tag { color: #fff; background: %(hedge)s; padding: 0.15em 0.3em; margin-left: 0.25em; }
.badge { color: #fff; padding: 0.15em 0.3em; margin-right: 0.2em; vertical-align: super; }
.cue-text { font-weight: 600; }
table.claims { border-collapse: collapse; margin-top: 1.2em; width: 100%%; font-size: 0.92em; }
.claims th, .claims td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.claims th { background: #f3f3f3; }
.hedged { color: %(hedge)s; font-weight: bold; }
.legend span { margin-right: 0.6em; }
nav ol { line-height: 1.6; }
a.badge { text-decoration: none; }
mark, .badge, .tag, .ent-label { overflow-wrap: normal; }
tr:target { background: #fff3bf; }
.status-unverified { color: #c92a2a; font-weight: bold; } .status-hedged { color: %(hedge)s; font-weight: bold; }
@media (max-width: 40em) {
  body { margin: 1em auto; padding: 0 0.6em; }
  .ent { white-space: normal; }
  table.claims, .claims tbody, .claims tr, .claims td { display: block; width: auto; }
  .claims thead { display: none; }
  .claims tr { border: 1px solid #ccc; margin: 0.6em 0; }
  .claims td { border: none; padding: 0.15em 0.5em; }
  .claims td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
}
""" % {"hedge": HEDGE_COLOR}


@dataclass
class _Mark:
    """One span to draw: an entity, a hedge or one part of an attribution."""

    kind: str  # "ent", "hedge" or "att"
    start: int
    end: int
    label: str  # entity label, "HEDGE", or the attribution part
    title: str
    color: str = ""
    attribution: str = ""
    track: int = 0


def render_html(articles: list[Article], *, title: str = "Annotated articles") -> str:
    """A complete HTML page for one article or many (with a table of contents for many)."""
    body = [f"<h1>{escape(title)}</h1>", _legend()]
    if len(articles) > 1:
        body.append(_contents(articles))
    for number, article in enumerate(articles, 1):
        body.append(_article(article, number))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def attribution_color(index: int) -> str:
    """The colour of the attribution at a 0-based position in its article."""
    return ATTRIBUTION_COLORS[index % len(ATTRIBUTION_COLORS)]


def _legend() -> str:
    entities = " ".join(f'<span><mark class="ent ent-first ent-last" style="background:{color}">{label}</mark></span>'
                       for label, color in ENTITY_COLORS.items())
    parts = " ".join(f'<span style="border-bottom:{border} #555;padding-bottom:0.2em">{part}</span>'
                    for part, border in PART_BORDERS.items())
    return (f'<p class="legend">{entities}<span class="hedge">hedge</span><span class="tag">HEDGE</span> '
            f"&nbsp; attribution parts: {parts}</p>")


def _contents(articles: list[Article]) -> str:
    items = "".join(
        f'<li><a href="#article-{n}">{escape(a.id)}</a> — {len(a.entities)} entities, {len(a.hedges)} hedges, '
        f"{len(a.attributions)} attributions</li>"
        for n, a in enumerate(articles, 1))
    return f"<nav><h2>Contents</h2><ol>{items}</ol></nav>"


def _article(article: Article, number: int) -> str:
    meta = ", ".join(f"{escape(str(k))}: {escape(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))}"
                     for k, v in article.meta.items())
    marks = _marks(article)
    tracks = max((m.track + 1 for m in marks if m.kind == "att"), default=0)
    line_height = 1.9 + _TRACK_EM * tracks
    return (
        f'<section class="article" id="article-{number}">\n<h2>{escape(article.id)}</h2>\n'
        + (f'<p class="meta">{meta}</p>\n' if meta else "")
        + f'<div class="text" style="line-height:{line_height:.2f}em">{_body(article.text, marks, number)}</div>\n'
        + _claims_table(article, number) + "\n</section>"
    )


def _marks(article: Article) -> list[_Mark]:
    """Every span of an article to draw, attribution parts with the underline track they take."""
    marks = []
    for entity in article.entities:
        details = "; ".join(f"{k}: {v}" for k, v in entity.attrs.items())
        marks.append(_Mark("ent", entity.start, entity.end, entity.label,
                           f"{entity.id} {entity.label}" + (f" ({details})" if details else ""),
                           ENTITY_COLORS.get(entity.label, DEFAULT_ENTITY_COLOR)))
    for hedge in article.hedges:
        marks.append(_Mark("hedge", hedge.start, hedge.end, "HEDGE", f"{hedge.id} hedge"))
    parts = []
    for index, attribution in enumerate(article.attributions):
        color = attribution_color(index)
        for part in ("source", "cue", "content"):
            span = getattr(attribution, part)
            if span is not None:
                parts.append(_Mark("att", span.start, span.end, part, f"{attribution.id} {part}", color,
                                   attribution.id))
    ends: list[int] = []  # end offset of the last part on each track
    for mark in sorted(parts, key=lambda m: (m.start, -m.end)):
        free = next((t for t, end in enumerate(ends) if end <= mark.start), None)
        if free is None:
            ends.append(0)
            free = len(ends) - 1
        mark.track, ends[free] = free, mark.end
    return marks + parts


def _body(text: str, marks: list[_Mark], number: int = 1) -> str:
    """The text cut at every span boundary, each piece wrapped in the markup of the spans covering it."""
    cuts = sorted({0, len(text)} | {b for m in marks for b in (m.start, m.end)})
    first_part: dict[str, int] = {}
    for mark in sorted((m for m in marks if m.kind == "att"), key=lambda m: m.start):
        first_part.setdefault(mark.attribution, mark.start)
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        atts = sorted((m for m in covering if m.kind == "att"), key=lambda m: m.track)
        for mark in atts:
            if mark.start == start:
                anchor = f"art-{number}-{escape(mark.attribution)}"
                first = mark.start == first_part.get(mark.attribution)
                out.append(f'<a class="badge" style="background:{mark.color}" href="#{anchor}-claim"'
                           + (f' id="{anchor}"' if first else "") + f">{escape(mark.attribution)} {mark.label}</a>")
                if first:
                    first_part.pop(mark.attribution)
        opened, closing = [], []
        for mark in atts:
            pad = 0.35 + _TRACK_EM * mark.track
            style = f"border-bottom:{PART_BORDERS[mark.label]} {mark.color};padding-bottom:{pad:.2f}em"
            css = "att cue-text" if mark.label == "cue" else "att"
            opened.append(f'<span class="{css}" style="{style}" title="{escape(mark.title)}">')
            closing.append("</span>")
        for mark in (m for m in covering if m.kind == "hedge"):
            opened.append(f'<span class="hedge" title="{escape(mark.title)}">')
            closing.append('<span class="tag">HEDGE</span></span>' if mark.end == end else "</span>")
        for mark in (m for m in covering if m.kind == "ent"):
            css = "ent" + (" ent-first" if mark.start == start else "") + (" ent-last" if mark.end == end else "")
            opened.append(f'<mark class="{css}" style="background:{mark.color}" title="{escape(mark.title)}">')
            label = f'<span class="ent-label">{escape(mark.label)}</span>' if mark.end == end else ""
            closing.append(f"{label}</mark>")
        out.append("".join(opened) + escape(text[start:end]) + "".join(reversed(closing)))
    return "".join(out)


def _claims_table(article: Article, number: int = 1) -> str:
    """The claims of an article: id (a link to the text), source (and the entity a pronoun stands for),
    cue, content, type, side, status."""
    if not article.attributions:
        return '<p class="meta">No attributions.</p>'
    rows = []
    entities = {e.id: e for e in article.entities}
    for index, (claim, attribution) in enumerate(zip(claims_of(article), article.attributions)):
        source = escape(claim.source) if claim.source is not None else "<em>(no source)</em>"
        if attribution.source_entity in entities:
            source += f" → {escape(entities[attribution.source_entity].text)}"
        why = claim.hedges + ([claim.unverified_by] if claim.unverified_by else [])
        status = (f'<span class="status-{claim.status}">{claim.status}</span>'
                  + (f": {escape(', '.join(why))}" if why else ""))
        anchor = f"art-{number}-{escape(attribution.id)}"
        rows.append(
            f'<tr id="{anchor}-claim"><td><a class="badge" style="background:{attribution_color(index)}" '
            f'href="#{anchor}">{escape(attribution.id)}</a></td><td data-label="source">{source}</td>'
            f'<td data-label="cue">{escape(attribution.cue.text)}</td>'
            f'<td data-label="content">{escape(attribution.content.text)}</td>'
            f'<td data-label="type">{claim.source_type}</td><td data-label="side">{escape(claim.side or "—")}</td>'
            f'<td data-label="status">{status}</td></tr>')
    return ('<table class="claims"><thead><tr><th>id</th><th>source</th><th>cue</th><th>content</th><th>type</th>'
            "<th>side</th><th>status</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
