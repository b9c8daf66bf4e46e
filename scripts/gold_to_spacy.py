"""Write gold JSONL files (FORMAT.md) as one .spacy file (a DocBin) for spaCy's CLI.

    python scripts/gold_to_spacy.py corpora/news.gold.jsonl corpora/ukgov.gold.jsonl -o train.spacy
    python -m spacy train configs/spacy-train.cfg --paths.train train.spacy --paths.dev dev.spacy
    python -m spacy evaluate models/news-sm dev.spacy --spans-key hedges

Each Doc holds an article's entities (with COUNT values and PERSON roles),
hedges (spans "hedges") and attributions (spans "attributions"), as
pipeline.docs.article_to_doc builds them; the files are validated first.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from pipeline.docs import write_docbin
    from pipeline.errors import PipelineError
    from pipeline.jsonl import read_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files, or directories of them")
    parser.add_argument("-o", "--output", required=True, help="the .spacy file to write")
    args = parser.parse_args(argv)
    try:
        articles = [article for path in args.gold for article in read_corpus(path)]
        count = write_docbin(articles, args.output)
    except PipelineError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"error: {args.output}: {err.strerror or err}", file=sys.stderr)
        return 1
    print(f"wrote {count} docs to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
