"""Train the learned scorer of opposing claims (pipeline/claims/pair_model.py) on the conflict gold.

    python scripts/opposing_model.py [corpora/conflicts] [--folds 5] [--output pipeline/claims/data/opposing_model.json]

Annotates every group of the corpus directory with the untrained pipeline (as the conflict scores in the
README are made), takes the candidate pairs of every event and their labels from the gold files
(conflicts*.gold.jsonl), and cross-validates by group: the rules alone, and the rules with the pairs the
model chooses for each setting of C, ``top`` and ``threshold``. The setting with the best F1 is trained on
all groups and written. Groups of a set marked ``held_out`` in data/conflict_sets.json are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.claims.logistic import fit, training_arguments
from pipeline.claims.pair_training import cross_validate, examples
from pipeline.claims.run import conflict_training_data


def main(argv: list[str] | None = None) -> None:
    args = training_arguments(argv, __doc__.split("\n\n")[0], "opposing_model.json")
    read, collections, gold = conflict_training_data(Path(args.corpus))
    items = [item for item in examples(read.articles, collections, gold) if item["group"] in gold]
    print(f"{len({i['group'] for i in items})} groups, {len(items)} candidate pairs, "
          f"{sum(i['label'] for i in items)} matching a gold opposing entry; {args.folds} folds by group")
    rows = cross_validate(items, gold, folds=args.folds)
    print(f"{'':34} {'P':>6} {'R':>6} {'F1':>6}  pairs right/predicted, entries found/gold")
    for row in rows:
        print(f"{row['setting']:34} {row['p']:6.3f} {row['r']:6.3f} {row['f']:6.3f}  "
              f"{row['tp']}/{row['n_pred']}, {row['found']}/{row['n_gold']}")
    best = max(rows[1:], key=lambda row: row["f"])
    model = fit(items, c=best["c"], top=best["top"], threshold=best["threshold"])
    args.output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"chosen: {best['setting']}; written to {args.output}")


if __name__ == "__main__":
    main()
