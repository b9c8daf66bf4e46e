"""Cross-validate the source types of the claims layer: the rules, a learned classifier, the two combined.

    python scripts/source_type_cv.py corpora/*.gold.jsonl [--folds 5] [--repeats 3] [--without context,word]
        [--test-without genre] [--c 1.0]

Prints the accuracy over the held-out articles of every fold, per gold class, real and
written-for-project articles apart (pipeline/claims/evaluation.py). The folds are by article; each
fold's classifier is trained on the other folds only. The test split (corpora/test/) is refused: it is
never read while developing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.claims.evaluation import (
    cross_validate_source_types,
    format_cross_validation,
)
from pipeline.claims.type_features import ALL_GROUPS, GROUPS
from pipeline.jsonl import read_articles


def _articles(paths: list[str]):
    articles = []
    for path in paths:
        if "test" in Path(path).resolve().parts:
            sys.exit(f"error: {path}: the test split is never read while developing")
        articles.extend(read_articles(path))
    return articles


def _group_list(text: str | None) -> set[str]:
    found = set(text.split(",")) if text else set()
    unknown = found - set(ALL_GROUPS)
    if unknown:
        sys.exit(f"error: unknown feature groups: {', '.join(sorted(unknown))} (known: {', '.join(ALL_GROUPS)})")
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="gold JSONL files (attributions with attrs.source_type)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=1, help="shuffle the articles into folds this many times")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=None, help="regularisation; default: picked by inner cv")
    parser.add_argument("--groups", default=None, help=f"feature groups (default: {','.join(GROUPS)}; also cue)")
    parser.add_argument("--without", default=None, help="feature groups to leave out")
    parser.add_argument("--test-without", default=None,
                        help="feature groups taken from the held-out articles (genre: as for plain texts)")
    args = parser.parse_args(argv)
    chosen = _group_list(args.groups) if args.groups else set(GROUPS)
    groups = tuple(g for g in ALL_GROUPS if g in chosen - _group_list(args.without))
    results = cross_validate_source_types(_articles(args.paths), folds=args.folds, repeats=args.repeats,
                                          seed=args.seed, groups=groups, c=args.c,
                                          test_without=tuple(_group_list(args.test_without)))
    print(f"features: {','.join(groups)}; {args.folds} folds by article x {args.repeats}")
    print(format_cross_validation(results))


if __name__ == "__main__":
    main()
