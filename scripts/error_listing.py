"""List the pipeline's errors on a gold file: missed and spurious entities, hedges and attributions.

For error analysis on development data only (never on corpora/test/):

    python scripts/error_listing.py corpora/wikinews.gold.jsonl [--model untrained] [--layer entities|hedges|attributions]
        [--label ORG]

Predictions are cached beside nothing: each run annotates the gold texts again.
"""

from __future__ import annotations

import argparse
from collections import Counter

from pipeline.evaluate import predict
from pipeline.jsonl import read_articles
from pipeline.nlp import load


def context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def entity_errors(gold, pred, label_filter):
    tally = Counter()
    for g, p in zip(gold, pred):
        gold_set = {(e.start, e.end, e.label) for e in g.entities}
        pred_set = {(e.start, e.end, e.label) for e in p.entities}
        for start, end, label in sorted(gold_set - pred_set):
            if label_filter and label != label_filter:
                continue
            overlap = [x for x in pred_set if x[0] < end and start < x[1]]
            tag = "WRONG " + ",".join(f"{g.text[a:b]}/{lab}" for a, b, lab in overlap) if overlap else "MISSED"
            tally[(label, "fn")] += 1
            print(f"FN {label:9} {tag[:60]:60} {context(g.text, start, end)}")
        for start, end, label in sorted(pred_set - gold_set):
            if label_filter and label != label_filter:
                continue
            tally[(label, "fp")] += 1
            print(f"FP {label:9} {'':60} {context(g.text, start, end)}")
    print(sorted(tally.items()))


def hedge_errors(gold, pred):
    for g, p in zip(gold, pred):
        for kind, a, b in (("FN", g.hedges, p.hedges), ("FP", p.hedges, g.hedges)):
            for h in a:
                if not any(h.start < x.end and x.start < h.end for x in b):
                    print(f"{kind} HEDGE {context(g.text, h.start, h.end)}")


def attribution_errors(gold, pred):
    for g, p in zip(gold, pred):
        for a in g.attributions:
            match = next((x for x in p.attributions if x.cue.start < a.cue.end and a.cue.start < x.cue.end), None)
            shape = a.attrs.get("shape", "?")
            if match is None:
                print(f"FN [{shape}] cue={a.cue.text!r} src={a.source.text if a.source else None!r} "
                      f"| {context(g.text, a.cue.start, a.cue.end, 60)}")
                continue
            src_ok = (a.source is None and match.source is None) or (
                a.source is not None and match.source is not None
                and a.source.start < match.source.end and match.source.start < a.source.end)
            if not src_ok:
                print(f"SRC [{shape}] cue={a.cue.text!r} gold={a.source.text if a.source else None!r} "
                      f"pred={match.source.text if match.source else None!r}")
            from pipeline.scoring import word_f1
            if word_f1(match.content.text, a.content.text) < 0.5:
                print(f"CONTENT [{shape}] cue={a.cue.text!r}\n   gold={a.content.text[:150]!r}\n   pred={match.content.text[:150]!r}")
        for x in p.attributions:
            if not any(x.cue.start < a.cue.end and a.cue.start < x.cue.end for a in g.attributions):
                print(f"FP cue={x.cue.text!r} src={x.source.text if x.source else None!r} "
                      f"| {context(g.text, x.cue.start, x.cue.end, 60)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--model", default="untrained")
    parser.add_argument("--layer", default="entities")
    parser.add_argument("--label")
    args = parser.parse_args()
    if "corpora/test" in args.gold:
        raise SystemExit("the test split is never used for error analysis")
    gold = read_articles(args.gold)
    pred = predict(load(args.model), gold)
    {"entities": lambda: entity_errors(gold, pred, args.label), "hedges": lambda: hedge_errors(gold, pred),
     "attributions": lambda: attribution_errors(gold, pred)}[args.layer]()


if __name__ == "__main__":
    main()
