"""The claims ledger as one self-contained HTML page.

Conflicting accounts first (figure conflicts and opposing claims of each event,
every figure and claim linked to its claim), then each article: its claims as
cards (type, side, status, source, cue, content, figures), each linked to its
sentence in the article's text below, where every claimed sentence links back.
Inline CSS only; cards and text wrap, so a 390-pixel-wide phone needs no
sideways scrolling.
"""

from __future__ import annotations

from html import escape

from ..claims.ledger import Ledger
from ..claims.records import Claim
from ..claims.text import sentence_index, sentences
from .ledger import figure_note

STATUS_COLOURS = {"asserted": "#2b8a3e", "hedged": "#b35c00", "unverified": "#c92a2a"}
CSS = """
* { box-sizing: border-box; }
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; margin: 1.5em auto;
       max-width: 62em; padding: 0 1em; color: #222; line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
a { color: #1864ab; }
.claim { border: 1px solid #d0d7de; border-left: 4px solid #868e96; border-radius: 6px; padding: 0.5em 0.7em;
         margin: 0.6em 0; }
.claim:target, .sentence:target { background: #fff3bf; }
.claim.asserted { border-left-color: #2b8a3e; } .claim.hedged { border-left-color: #b35c00; }
.claim.unverified { border-left-color: #c92a2a; }
.tags span { display: inline-block; font-size: 0.78em; font-weight: 600; border-radius: 0.3em; padding: 0.1em 0.4em;
             margin: 0 0.3em 0.2em 0; background: #e9ecef; }
.tags .status { color: #fff; }
.who { font-weight: 600; } .cue { font-style: italic; }
.note { color: #555; font-size: 0.88em; }
.text p { margin: 0.6em 0; }
.sentence.claimed { background: #e7f5ff; }
.conflict { border: 1px solid #f1c0c0; background: #fff5f5; border-radius: 6px; padding: 0.5em 0.7em; margin: 0.6em 0; }
.conflict ul { margin: 0.3em 0; padding-left: 1.2em; }
"""


def render_ledger_html(ledger: Ledger, *, title: str = "Claims ledger") -> str:
    numbers = {article.id: n for n, article in enumerate(ledger.articles, 1)}
    body = [f"<h1>{escape(title)}</h1>", _contents(ledger)]
    if ledger.events is not None:
        body.append(_events(ledger, numbers))
    for article in ledger.articles:
        body.append(_article(ledger, article, numbers[article.id]))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def _contents(ledger: Ledger) -> str:
    items = "".join(f'<li><a href="#a{n}">{escape(a.id)}</a> ({len(ledger.claims[a.id])} claims)</li>'
                    for n, a in enumerate(ledger.articles, 1))
    events = '<p><a href="#conflicts">Conflicting accounts</a></p>' if ledger.events is not None else ""
    return f"<nav>{events}<ol>{items}</ol></nav>"


def _claim_link(numbers: dict[str, int], article: str, claim: Claim | None, text: str) -> str:
    if claim is None:
        return escape(text)
    return f'<a href="#a{numbers[article]}-{escape(claim.id)}">{escape(text)}</a>'


def _events(ledger: Ledger, numbers: dict[str, int]) -> str:
    parts = ['<section id="conflicts"><h2>Conflicting accounts</h2>']
    for number, event in enumerate(ledger.events or [], 1):
        if not event.figure_conflicts and not event.opposing_claims:
            continue
        parts.append(f"<h3>Event {number}: {escape(', '.join(event.articles))}</h3>")
        for conflict in event.figure_conflicts:
            items = "".join(
                f"<li>{_claim_link(numbers, f.article, ledger.claim(f.article, f.claim or ''), f.figure.text)}"
                f" = {f.figure.value} — {escape(f.source or 'the article')} ({escape(f.article)})</li>"
                for f in conflict.figures)
            parts.append(f'<div class="conflict"><strong>Figures differ: {escape(conflict.kind)}</strong> '
                         f"({escape(' vs '.join(map(str, conflict.values)))})<ul>{items}</ul></div>")
        for entry in event.opposing_claims:
            items = []
            for i, j, reason in entry.pairs:
                shown = [f"{_claim_link(numbers, a, c, c.source or '(no source)')} {escape(c.cue)}: "
                         f"“{escape(c.core or c.content)}” ({escape(a)})" for a, c in (entry.claims[i], entry.claims[j])]
                items.append(f"<li>{shown[0]}<br>vs {shown[1]} <span class=\"note\">({escape(reason)})</span></li>")
            parts.append(f'<div class="conflict"><strong>Opposing claims: {escape(" vs ".join(entry.sides))}</strong>'
                         f"<ul>{''.join(items)}</ul></div>")
    parts.append("</section>")
    return "\n".join(parts)


def _card(claim: Claim, anchor: str, sentence: str) -> str:
    status = claim.status + (f": {', '.join(claim.hedges + ([claim.unverified_by] if claim.unverified_by else []))}"
                             if claim.status != "asserted" else "")
    tags = (f'<span>{escape(claim.id)}</span><span>{escape(claim.source_type)}</span>'
            f'<span>side: {escape(claim.side or "—")}</span>'
            f'<span class="status" style="background:{STATUS_COLOURS[claim.status]}">{escape(status)}</span>')
    figures = f'<div class="note">figures: {escape(figure_note(claim))}</div>' if claim.figures else ""
    return (f'<div class="claim {claim.status}" id="{anchor}"><div class="tags">{tags}</div>'
            f'<span class="who">{escape(claim.source or "(no source)")}</span> <span class="cue">{escape(claim.cue)}</span>: '
            f"{escape(claim.content)} {figures}"
            f'<div class="note"><a href="#{sentence}">in the text ↓</a></div></div>')


def _article(ledger: Ledger, article, number: int) -> str:
    spans = sentences(article.text)
    claimed: dict[int, list[Claim]] = {}
    cards = []
    for claim in ledger.claims[article.id]:
        index = sentence_index(spans, claim.sentence[0])
        claimed.setdefault(index, []).append(claim)
        cards.append(_card(claim, f"a{number}-{escape(claim.id)}", f"a{number}-s{index}"))
    paragraphs, current = [], []
    for index, (start, end) in enumerate(spans):
        links = "".join(f' <a href="#a{number}-{escape(c.id)}">[{escape(c.id)}]</a>' for c in claimed.get(index, []))
        css = "sentence claimed" if index in claimed else "sentence"
        current.append(f'<span class="{css}" id="a{number}-s{index}">{escape(article.text[start:end])}</span>{links}')
        if index + 1 == len(spans) or "\n\n" in article.text[end:spans[index + 1][0]]:
            paragraphs.append("<p>" + " ".join(current) + "</p>")
            current = []
    return (f'<section id="a{number}"><h2>{escape(article.id)}</h2>'
            + ("".join(cards) or '<p class="note">No claims.</p>')
            + f'<h3>Text</h3><div class="text">{"".join(paragraphs)}</div></section>')
