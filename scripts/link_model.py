"""Train the learned linking of articles about one event (pipeline/claims/grouping.py) on the conflict gold.

    python scripts/link_model.py [corpora/conflicts] [--folds 5] [--output pipeline/claims/data/link_model.json]

Annotates every group of the corpus directory with the untrained pipeline, builds collections of articles
(each group alone, and mixes of two or three groups) with the labels of every pair of their articles from the
gold files (conflicts*.gold.jsonl: the group's articles tell one event, its off_event_articles others), and
cross-validates by group over C and the threshold. The setting that groups the most collections right is
trained on all of them and written. Groups of a set marked ``held_out`` in data/conflict_sets.json are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.claims.link_training import collections, cross_validate
from pipeline.claims.logistic import fit, training_arguments
from pipeline.claims.run import conflict_training_data


def main(argv: list[str] | None = None) -> None:
    args = training_arguments(argv, __doc__.split("\n\n")[0], "link_model.json")
    read, _, gold = conflict_training_data(Path(args.corpus))
    found = collections(read.articles, gold)
    print(f"{sum(len(c['groups']) == 1 for c in found)} groups, {sum(len(c['groups']) > 1 for c in found)} mixes, "
          f"{sum(len(c['pairs']) for c in found)} pairs; {args.folds} folds by group")
    rows = cross_validate(found, folds=args.folds)
    print(f"{'':24} {'single groups':>14} {'mixes':>8}  (grouped right / tested)")
    for row in rows:
        single, mixed = row["single"], row["mixed"]
        print(f"{row['setting']:24} {single[0]:>8}/{single[1]:<5} {mixed[0]:>4}/{mixed[1]}")
    best = max(rows, key=lambda row: row["right"])
    model = fit([p for c in found for p in c["pairs"]], c=best["c"], threshold=best["threshold"],
                linkage=best["linkage"])
    args.output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"chosen: {best['setting']}; written to {args.output}")


if __name__ == "__main__":
    main()
