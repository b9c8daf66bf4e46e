"""Speed and memory of the pipeline beside the plain pretrained English pipeline.

Annotates the gold corpus's texts repeated to at least --words words and
prints words per second, peak resident memory and start-up times, with
ratios to the plain pipeline (`nlp.pipe` on the same texts) measured in the
same run. Each measurement runs in a fresh process, so peak memory is its own.

    python benchmarks/benchmark.py --words 50000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a child process: prints {"seconds": ..., "words": ..., "peak_mb": ...}.
CHILD = r"""
import json, resource, sys, time
mode, corpus, words_wanted, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = [json.loads(line)["text"] for path in sorted(__import__("pathlib").Path(corpus).glob("*.jsonl"))
         for line in open(path, encoding="utf-8") if line.strip()]
batch, words = [], 0
while words < words_wanted:
    for text in texts:
        batch.append(text)
        words += len(text.split())
if mode == "plain":
    import spacy
    from pipeline.settings import base_model_name
    nlp = spacy.load(base_model_name())
    start = time.perf_counter()
    for _ in nlp.pipe(batch, batch_size=16, n_process=n_process):
        pass
else:
    from pipeline.engine.local import annotate
    from pipeline.nlp import load
    nlp = load(None if mode == "pipeline" else mode)
    start = time.perf_counter()
    for _ in annotate(nlp, ((str(i), t, {}) for i, t in enumerate(batch)), batch_size=16, n_process=n_process):
        pass
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "words": words, "peak_mb": max(peak, children)}))
"""


def measure(mode: str, corpus: Path, words: int, n_process: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(corpus), str(words), str(n_process)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["words_per_second"] = result["words"] / result["seconds"]
    return result


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    args = parser.parse_args()

    plain = measure("plain", args.corpus, args.words, 1)
    ours = measure("pipeline", args.corpus, args.words, 1)
    ours2 = measure("pipeline", args.corpus, args.words, 2)
    pipeline_bin = str(Path(sys.executable).with_name("pipeline"))
    help_seconds = min(timed([pipeline_bin, "--help"]) for _ in range(3))
    one_article = min(timed([pipeline_bin, "annotate", "corpora/il76-belgorod-2024-01-24.txt", "--format", "jsonl"])
                      for _ in range(2))

    rows = [
        ("plain spaCy (nlp.pipe), 1 process", plain, None),
        ("pipeline, 1 process", ours, ours["words_per_second"] / plain["words_per_second"]),
        ("pipeline, --n-process 2", ours2, ours2["words_per_second"] / ours["words_per_second"]),
    ]
    print(f"{ours['words']} words per run (the gold corpus repeated)\n")
    print(f"| run | words/s | ratio | peak RSS (MB) |\n|---|---:|---:|---:|")
    ratio_names = {1: "× plain", 2: "× 1 process"}
    for n, (name, result, ratio) in enumerate(rows):
        ratio_text = f"{ratio:.2f} {ratio_names[n]}" if ratio is not None else "1.00"
        print(f"| {name} | {result['words_per_second']:,.0f} | {ratio_text} | {result['peak_mb']:.0f} |")
    print(f"\n`pipeline --help`: {help_seconds:.2f} s; one article end to end "
          f"(`pipeline annotate` on the seed article): {one_article:.2f} s")


if __name__ == "__main__":
    main()
