"""The Dask cluster path beside the one-machine path, on this machine.

Writes --articles articles (the gold corpus's texts repeated) as --parts JSONL
part files, then annotates them three ways, each in a fresh process:

  local-2    engine.local with --n-process 2 (forked workers), JSONL to one file
  cluster-1  annotate_archive on a LocalCluster of 1 worker process
  cluster-2  annotate_archive on a LocalCluster of 2 worker processes

Times are of annotation alone: the pipeline is loaded (and the cluster
started, and the model warmed up on every worker) before the clock starts;
those start-up costs are printed apart. Each run is repeated --repeat times
into a fresh output directory and the fastest is kept, with the CPU time it
took (all processes: workers, client and scheduler); "cores busy" is CPU time
over wall time, so a run that shared the machine with other jobs shows it.

    python benchmarks/cluster_benchmark.py --articles 240 --parts 8
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_parts(corpus: Path, directory: Path, articles: int, parts: int) -> int:
    """Write the part files; the number of words in them."""
    texts = [json.loads(line)["text"] for path in sorted(corpus.glob("*.jsonl"))
             for line in path.open(encoding="utf-8") if line.strip()]
    rows = [{"id": f"a{n}", "text": texts[n % len(texts)]} for n in range(articles)]
    per_part = -(-articles // parts)
    for p in range(parts):
        chunk = rows[p * per_part:(p + 1) * per_part]
        (directory / f"part-{p:03d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
    return sum(len(r["text"].split()) for r in rows)


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended."""
    import resource

    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def child(mode: str, parts_dir: Path, model: str | None, repeat: int) -> dict:
    """One measurement, run in a fresh process: start-up seconds, then the fastest run's seconds and CPU seconds."""
    start = time.perf_counter()
    runs = []
    if mode == "local-2":
        # what annotate_paths does with --n-process 2 --format jsonl -o FILE, less loading the model
        from pipeline.engine.local import annotate
        from pipeline.inputs import read_inputs
        from pipeline.nlp import load
        from pipeline.output import write_atomic
        from pipeline.render.writers import WRITERS

        nlp = load(model)
        startup = time.perf_counter() - start
        paths = [str(p) for p in sorted(parts_dir.glob("*.jsonl"))]
        for n in range(repeat):
            began, cpu = time.perf_counter(), _cpu_seconds()
            articles = annotate(nlp, ((i.id, i.text, i.meta) for i in read_inputs(paths)), batch_size=16, n_process=2)
            chunks = list(WRITERS["jsonl"](articles))
            write_atomic(parts_dir.parent / f"local-{n}.jsonl", (chunk for chunk, _ in chunks))
            runs.append((time.perf_counter() - began, _cpu_seconds() - cpu, len(chunks)))
        seconds, cpu, count = min(runs)
        return {"start": startup, "seconds": seconds, "cpu": cpu, "articles": count}
    from pipeline.engine.cluster import annotate_archive, connect
    from pipeline.engine.worker import warm_up

    def workers_cpu() -> float:
        return sum(client.run(_cpu_seconds).values())

    with connect(f"local:{mode.split('-')[1]}") as client:
        client.run(warm_up, model)
        startup = time.perf_counter() - start
        for n in range(repeat):
            began, cpu = time.perf_counter(), workers_cpu() + _cpu_seconds()
            result = annotate_archive([str(parts_dir)], str(parts_dir.parent / f"{mode}-{n}"), cluster=client,
                                      model=model)
            runs.append((time.perf_counter() - began, workers_cpu() + _cpu_seconds() - cpu, result.articles))
            assert not result.failed and not result.skipped, result
        worker_mb = max(client.run(lambda: __import__("psutil").Process().memory_info().rss).values()) / 2**20
    output_bytes = sum(p.stat().st_size for p in (parts_dir.parent / f"{mode}-0").glob("*.jsonl"))
    seconds, cpu, count = min(runs)
    return {"start": startup, "seconds": seconds, "cpu": cpu, "articles": count, "output_bytes": output_bytes,
            "worker_mb": worker_mb}


def measure(mode: str, parts_dir: Path, model: str | None, repeat: int) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--parts-dir", str(parts_dir), "--repeat", str(repeat)]
    if model:
        command += ["--model", model]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--parts", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=None, help="Model directory (default: models/news-sm, else untrained).")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--parts-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.parts_dir, args.model, args.repeat)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        parts_dir = Path(tmp) / "parts"
        parts_dir.mkdir()
        words = make_parts(args.corpus, parts_dir, args.articles, args.parts)
        runs = {mode: measure(mode, parts_dir, args.model, args.repeat) for mode in ("local-2", "cluster-1", "cluster-2")}
    print(f"{args.articles} articles, {words} words in {args.parts} JSONL parts; best of {args.repeat}\n")
    print("| run | start-up (s) | annotation (s) | articles/s | words/s | CPU (s) | cores busy | CPU ms/article "
          "| worker RSS (MB) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mode, run in runs.items():
        assert run["articles"] == args.articles, (mode, run)
        rss = f"{run['worker_mb']:.0f}" if "worker_mb" in run else ""
        print(f"| {mode} | {run['start']:.1f} | {run['seconds']:.1f} | {args.articles / run['seconds']:.1f} "
              f"| {words / run['seconds']:,.0f} | {run['cpu']:.1f} | {run['cpu'] / run['seconds']:.2f} "
              f"| {1000 * run['cpu'] / args.articles:.0f} | {rss} |")
    scaling = runs["cluster-1"]["seconds"] / runs["cluster-2"]["seconds"]
    versus_local = runs["cluster-2"]["seconds"] / runs["local-2"]["seconds"]
    print(f"\ncluster, 2 workers vs 1: {scaling:.2f}x; cluster-2 time / local --n-process 2 time: {versus_local:.2f}; "
          f"JSONL output: {runs['cluster-2']['output_bytes'] / args.articles / 1024:.1f} KiB per article")


if __name__ == "__main__":
    main()
