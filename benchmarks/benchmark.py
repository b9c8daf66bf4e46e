"""Speed and memory of the pipeline beside the plain pretrained English pipeline, in one run.

The gold corpus's texts (corpora/*.gold.jsonl, never the test split), repeated to at least
--words words, are annotated by the plain pipeline (`nlp.pipe`, as spaCy loads it, and with the
numpy matrix product that ours uses by default) and by ours (the untrained
pipeline and the shipped model, all three layers on, through pipeline.engine.local.annotate),
each in a fresh process, in rounds that take them in turn (interleaved), --repeats times.
Printed: words per second of the annotation alone and of the whole process (interpreter
start, imports, model load, reading, annotation), each of ours as a ratio to the plain
pipeline of the same round (median, and the range over the rounds: the spread is the noise of
a shared machine), peak resident memory, the shipped model with --n-process 2, and the peak
memory of one article of --big-mb megabytes.

    nice -n -19 python benchmarks/benchmark.py                  # about 10 minutes on 2 cores
    nice -n -19 python benchmarks/benchmark.py --big-mb 0       # without the big article: about 4 minutes
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("plain", "plain-numpy", "untrained", "news-sm")
LABELS = {"plain": "plain en_core_web_sm (nlp.pipe)", "plain-numpy": "plain en_core_web_sm, numpy matrix product",
          "untrained": "ours, untrained", "news-sm": "ours, models/news-sm"}

# Run in a child process: prints one JSON line of its timings, words and peak memory.
CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
mode, corpus, words_wanted, n_process, batch_size, big_mb = sys.argv[1:7]
words_wanted, n_process, batch_size, big_mb = int(words_wanted), int(n_process), int(batch_size), float(big_mb)
from pathlib import Path
texts = [json.loads(line)["text"] for path in sorted(Path(corpus).glob("*.gold.jsonl"))
         for line in open(path, encoding="utf-8") if line.strip()]
batch, words, size = [], 0, 0
while (words < words_wanted) if not big_mb else (size < big_mb * 1_000_000):
    for text in texts:
        batch.append(text)
        words += len(text.split())
        size += len(text.encode("utf-8")) + 2
if big_mb:
    batch = ["\n\n".join(batch)]  # one article of big_mb megabytes
if mode.startswith("plain"):
    import spacy
    from pipeline.settings import base_model_name
    if mode == "plain-numpy":  # the matrix library ours uses by default (settings: matrix_library)
        from threadpoolctl import threadpool_limits
        from thinc.api import use_ops
        threadpool_limits(limits=1, user_api="blas")
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(base_model_name())
    else:
        nlp = spacy.load(base_model_name())
    loaded = time.perf_counter()
    for _ in nlp.pipe(batch, batch_size=batch_size, n_process=n_process):
        pass
else:
    from pipeline.engine.local import annotate
    from pipeline.nlp import load
    nlp = load("untrained" if mode == "untrained" else None)
    loaded = time.perf_counter()
    for _ in annotate(nlp, ((str(i), t, {}) for i, t in enumerate(batch)), batch_size=batch_size, n_process=n_process):
        pass
done = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"start_seconds": loaded - started, "annotate_seconds": done - loaded, "words": words,
                  "bytes": sum(len(t.encode("utf-8")) for t in batch), "peak_mb": max(peak, workers)}))
"""


def measure(mode: str, args, *, n_process: int = 1, big_mb: float = 0) -> dict:
    """One fresh process: its timings (wall: from the parent's side, interpreter start included)."""
    command = [sys.executable, "-c", CHILD, mode, str(args.corpus), str(args.words), str(n_process),
               str(args.batch_size), str(big_mb)]
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    result["annotate_wps"] = result["words"] / result["annotate_seconds"]
    result["process_wps"] = result["words"] / result["wall_seconds"]
    return result


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    """Median, and the range when there are several."""
    text = f"{statistics.median(values):.2f}"
    return text + (f" ({min(values):.2f}–{max(values):.2f})" if len(values) > 1 else "")


def rounds(args) -> dict[str, list[dict]]:
    """--repeats rounds of every mode; each round starts with another mode, so none always goes first."""
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for n in range(args.repeats):
        for mode in MODES[n % len(MODES):] + MODES[:n % len(MODES)]:
            runs[mode].append(measure(mode, args))
            print(f"  round {n + 1}: {mode:9s} {runs[mode][-1]['annotate_wps']:7,.0f} words/s annotating, "
                  f"{runs[mode][-1]['process_wps']:7,.0f} whole process", file=sys.stderr)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=40_000, help="words per run (the corpus repeated)")
    parser.add_argument("--repeats", type=int, default=4,
                        help="rounds of the plain pipelines, the untrained one and the shipped model")
    parser.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch, for all")
    parser.add_argument("--big-mb", type=float, default=10, help="size of the one big article (0: none)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    args = parser.parse_args()

    runs = rounds(args)
    two = measure("news-sm", args, n_process=2)
    big = measure("news-sm", args, big_mb=args.big_mb) if args.big_mb else None
    pipeline_bin = str(Path(sys.executable).with_name("pipeline"))
    help_seconds = min(timed([pipeline_bin, "--help"]) for _ in range(3))
    one_article = min(timed([pipeline_bin, "annotate", "corpora/il76-belgorod-2024-01-24.txt", "--format", "jsonl"])
                      for _ in range(2))

    plain = runs["plain"]
    words = plain[0]["words"]
    print(f"{words:,} words a run ({len(plain)} rounds, interleaved; batch size {args.batch_size}); "
          "median (range over the rounds)\n")
    print("| run | words/s annotating | × plain | words/s whole process | × plain | start-up (s) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for mode in MODES:
        ours = runs[mode]
        ratio = [o["annotate_wps"] / p["annotate_wps"] for o, p in zip(ours, plain)]
        whole = [o["process_wps"] / p["process_wps"] for o, p in zip(ours, plain)]
        print(f"| {LABELS[mode]} | {statistics.median(o['annotate_wps'] for o in ours):,.0f} | {spread(ratio)} "
              f"| {statistics.median(o['process_wps'] for o in ours):,.0f} | {spread(whole)} "
              f"| {statistics.median(o['start_seconds'] for o in ours):.2f} "
              f"| {max(o['peak_mb'] for o in ours):.0f} |")
    one = statistics.median(o["annotate_wps"] for o in runs["news-sm"])
    one_whole = statistics.median(o["process_wps"] for o in runs["news-sm"])
    plain_wps = statistics.median(p["annotate_wps"] for p in plain)
    plain_whole = statistics.median(p["process_wps"] for p in plain)
    print(f"| ours, models/news-sm, --n-process 2 | {two['annotate_wps']:,.0f} | {two['annotate_wps'] / plain_wps:.2f} "
          f"| {two['process_wps']:,.0f} | {two['process_wps'] / plain_whole:.2f} | {two['start_seconds']:.2f} "
          f"| {two['peak_mb']:.0f} |")
    print(f"\n--n-process 2 is {two['annotate_wps'] / one:.2f}× one process annotating, "
          f"{two['process_wps'] / one_whole:.2f}× whole process (peak RSS: the largest of the parent and a worker).")
    if big is not None:
        print(f"One article of {big['bytes'] / 1e6:.1f} MB ({big['words']:,} words), models/news-sm: peak RSS "
              f"{big['peak_mb']:.0f} MB, {big['annotate_seconds']:.0f} s ({big['annotate_wps']:,.0f} words/s).")
    print(f"`pipeline --help`: {help_seconds:.2f} s; one article end to end "
          f"(`pipeline annotate` on the seed article): {one_article:.2f} s")


if __name__ == "__main__":
    main()
