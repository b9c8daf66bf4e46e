"""Annotate an archive on a Dask cluster, part by part, resumably.

    pipeline annotate s3://bucket/news/ --cluster tcp://HOST:8786 -o s3://bucket/annotated/ --format parquet
    pipeline annotate 'parts/*.jsonl' --cluster local:2 -o annotated/

The client only finds the part files and hands one task per part to the
scheduler; the workers read the parts from where they are, annotate them with
the pipeline each loaded once, and write the output parts, error files and
manifest entries themselves (engine/worker.py), so no article passes through
the client. A part whose entry shows it done with the same input, model and
settings is skipped, so rerunning a killed run does only what is left.
"""

from __future__ import annotations

import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, TextIO

from ..errors import Errors, PipelineError
from .manifest import ERRORS, manifest, manifest_url
from .parts import Part, discover_parts, filesystem, shown
from .sinks import SINKS, write_json
from .worker import PartJob, annotate_part_task, warm_up

WAIT_FOR_WORKERS_SECONDS = 60
SUMMARY_LINES = 20  # failed and skipped parts listed at the end; the manifest has them all


@dataclass
class ClusterResult:
    output: str
    parts: int = 0
    annotated: list[str] = field(default_factory=list)  # parts annotated by this run
    resumed: list[str] = field(default_factory=list)  # parts an earlier run had done
    failed: list[tuple[str, str]] = field(default_factory=list)  # (part, reason)
    articles: int = 0  # articles annotated by this run
    articles_total: int = 0  # articles in every done part
    skipped: dict[str, tuple[int, str]] = field(default_factory=dict)  # part -> (bad articles, first message)
    seconds: float = 0.0


def parse_cluster(spec: str) -> tuple[str, int | str]:
    """("local", N) for local:N, ("address", spec) for a scheduler address such as tcp://HOST:8786."""
    if spec.startswith("local:"):
        count = spec[len("local:"):]
        if count.isdigit() and int(count) >= 1:
            return "local", int(count)
    elif "://" in spec and spec.split("://", 1)[1]:
        return "address", spec
    raise PipelineError(Errors.E140.format(spec=spec))


@contextmanager
def connect(spec: str) -> Iterator:
    """A Dask client of a new LocalCluster (local:N) or of the running scheduler at an address."""
    kind, value = parse_cluster(spec)
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError as err:
        raise PipelineError(Errors.E141.format(missing=err.name)) from None
    if kind == "local":
        with LocalCluster(n_workers=value, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as local, Client(local) as client:
            yield client
        return
    try:
        client = Client(value, timeout=10)
    except (OSError, TimeoutError) as err:
        raise PipelineError(Errors.E142.format(address=value, reason=str(err).splitlines()[0])) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_SECONDS)
        except TimeoutError:
            raise PipelineError(Errors.E143.format(address=value, seconds=WAIT_FOR_WORKERS_SECONDS)) from None
        yield client


def _output_dir(output: str, parts: list[Part]) -> str:
    """The output directory as a URL, made if missing; refused when it is a file or holds input parts."""
    fs, path = filesystem(output)
    if fs.exists(path) and not fs.isdir(path):
        raise PipelineError(Errors.E151.format(output=output))
    url = fs.unstrip_protocol(path.rstrip("/"))
    for part in parts:
        if part.url.rsplit("/", 1)[0] == url:
            raise PipelineError(Errors.E148.format(output=output, part=shown(part.url)))
    try:
        fs.makedirs(path, exist_ok=True)
    except OSError as err:
        raise PipelineError(f"{output}: {err.strerror or err}") from None
    return url


def annotate_archive(sources: list[str], output: str | None, *, cluster, model: str | None = None, fmt: str = "jsonl",
                     batch_size: int = 16, id_column: str = "id", text_column: str = "text",
                     progress: bool = False, stderr: TextIO | None = None,
                     on_part: Callable[[dict], None] | None = None) -> ClusterResult:
    """Annotate every part of `sources` into the directory `output`, one output part per input part.

    cluster: "local:N", a scheduler address, or a distributed.Client to use as it is.
    on_part: called with each part's outcome as it arrives (see worker.annotate_part).
    """
    if isinstance(cluster, str):
        parse_cluster(cluster)
    if not output:
        raise PipelineError(Errors.E146)
    if fmt not in SINKS:
        raise PipelineError(Errors.E147.format(fmt=fmt))
    parts = discover_parts(sources)
    output_url = _output_dir(output, parts)
    if model not in (None, "untrained") and Path(model).exists():
        model = str(Path(model).resolve())  # the workers of a LocalCluster (or on a shared disk) find it there
    jobs = [PartJob(part, output_url, fmt, model, batch_size, id_column, text_column) for part in parts]
    if not isinstance(cluster, str):
        return _run(cluster, jobs, progress=progress, stderr=stderr or sys.stderr, on_part=on_part)
    with connect(cluster) as client:
        return _run(client, jobs, progress=progress, stderr=stderr or sys.stderr, on_part=on_part)


def _warm_up(client, model: str | None) -> None:
    """Load the model on every worker now: a bad model fails the run before any part, and every worker has the same."""
    try:
        identities = client.run(warm_up, model)
    except PipelineError:
        raise
    except Exception as err:  # noqa: BLE001 - whatever a worker raised, shown as one line
        raise PipelineError(Errors.E152.format(reason=f"{type(err).__name__}: {err}".splitlines()[0])) from None
    models = {identity["sha256"]: identity["name"] for identity in identities.values()}
    if len(models) > 1:
        raise PipelineError(Errors.E149.format(models=", ".join(f"{n} {h[:12]}" for h, n in models.items())))


def _run(client, jobs: list[PartJob], *, progress: bool, stderr: TextIO, on_part) -> ClusterResult:
    from distributed import as_completed
    from tqdm import tqdm

    output, fmt = jobs[0].output, jobs[0].fmt
    result = ClusterResult(output=output, parts=len(jobs))
    _warm_up(client, jobs[0].model)
    run_id = uuid.uuid4().hex[:8]
    jobs = [replace(job, run=run_id) for job in jobs]
    futures = {client.submit(annotate_part_task, job, key=f"annotate-part-{job.part.name}-{run_id}",
                             priority=job.part.size): job for job in jobs}
    entries: list[dict] = []
    bar = tqdm(total=len(jobs), desc="parts", unit=" parts", file=stderr, disable=not progress)
    started = time.perf_counter()
    try:
        for future in as_completed(list(futures)):
            outcome = _outcome(future, futures.pop(future))
            _record(outcome, result, entries)
            result.seconds = time.perf_counter() - started
            bar.update(1)
            bar.set_postfix_str(f"{result.articles:,} articles, {result.articles / max(result.seconds, 1e-6):.1f}/s")
            if on_part is not None:
                on_part(outcome)
    except BaseException:
        client.cancel(list(futures))  # queued parts are dropped; the ones running finish and are kept
        raise
    finally:
        bar.close()
        failed = [{"part": part, "reason": reason} for part, reason in result.failed]
        write_json(manifest_url(output), manifest(entries, failed, fmt=fmt))
    return result


def _outcome(future, job: PartJob) -> dict:
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a task lost with its workers (KilledWorker) fails its part only
        reason = f"{type(err).__name__}: {err}".splitlines()[0]
        return {"part": job.part.name, "status": "failed",
                "reason": Errors.E150.format(part=shown(job.part.url), reason=reason)}
    finally:
        future.release()


def _record(outcome: dict, result: ClusterResult, entries: list[dict]) -> None:
    part, status = outcome["part"], outcome["status"]
    if status == "failed":
        result.failed.append((part, outcome["reason"]))
        return
    entry = outcome["entry"]
    entries.append(entry)
    result.articles_total += entry["articles"]
    if status == "done":
        result.annotated.append(part)
        result.articles += entry["articles"]
    else:
        result.resumed.append(part)
    if entry["skipped"]:
        first = (outcome.get("problems") or [""])[0]  # a part an earlier run did: its error file has them
        result.skipped[part] = (entry["skipped"], first)


def summary_lines(result: ClusterResult) -> list[str]:
    """What a run did, for the end of `pipeline annotate --cluster`."""
    rate = result.articles / result.seconds if result.seconds else 0.0
    skipped = sum(n for n, _ in result.skipped.values())
    lines = [f"{result.parts} part(s): {len(result.annotated)} annotated, {len(result.resumed)} done before, "
             f"{len(result.failed)} failed; {result.articles_total:,} article(s) in the output "
             f"({result.articles:,} annotated now, {rate:.1f}/s), {skipped} skipped; "
             f"manifest: {shown(manifest_url(result.output))}"]
    listed = [f"  failed: {reason}" for _, reason in sorted(result.failed)]
    for part, (count, first) in sorted(result.skipped.items()):
        listed.append(f"  skipped: {count} bad article(s) in {part}, see {shown(result.output)}/{ERRORS}/{part}.jsonl"
                      + (f" (first: {first})" if first else ""))
    if len(listed) > SUMMARY_LINES:
        listed[SUMMARY_LINES:] = [f"  ... and {len(listed) - SUMMARY_LINES} more part(s): see the manifest"]
    return lines + listed
