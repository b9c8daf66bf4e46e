"""What a Dask worker runs: one task per input part.

The pipeline is loaded once per worker process and cached (warmed up on every
worker when a run starts, so a missing or altered model fails the run at
once); each task then annotates a whole part with engine.local.annotate, the
same function as the one-process path, and writes the output part, the part's
error file and its manifest entry, each atomically, in that order.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from .. import __version__
from ..errors import Errors, PipelineError
from ..inputs import InputProblem
from ..records import Article
from .manifest import (
    entry_url,
    errors_url,
    is_done,
    model_identity,
    output_url,
    read_entry,
)
from .parts import Part, checksum, filesystem, read_part, shown
from .sinks import write_json, write_lines, write_part


@dataclass(frozen=True)
class PartJob:
    """One task: annotate `part` into the output directory `output` in `fmt`."""

    part: Part
    output: str
    fmt: str
    model: str | None
    batch_size: int = 16
    id_column: str = "id"
    text_column: str = "text"
    run: str = ""  # the run that submitted it: a part this run already wrote counts as annotated by it


# Pipelines loaded in this worker process, by model argument, with their identity.
_models: dict[str, tuple] = {}
_models_lock = threading.Lock()


def worker_model(model: str | None) -> tuple:
    """(nlp, identity) of `model`, loaded on the first call in this process and cached."""
    from ..nlp import load

    with _models_lock:
        if (model or "") not in _models:
            nlp = load(model)
            _models[model or ""] = (nlp, model_identity(model, nlp))
        return _models[model or ""]


def warm_up(model: str | None) -> dict:
    """Load the model in this worker (run on every worker by the client); its identity."""
    return worker_model(model)[1]


def annotate_part_task(job: PartJob) -> dict:
    """The Dask task: annotate_part under a cluster-wide lock on the part, so that a part is
    never done twice at once (a task left running by a killed client and the rerun's task)."""
    from distributed import Lock

    with Lock(f"news-pipeline:{entry_url(job.output, job.part.name)}"):
        return annotate_part(job)


def _one_line(err: Exception) -> str:
    if isinstance(err, PipelineError):
        return str(err)
    return (f"{type(err).__name__}: {err}".splitlines() or [type(err).__name__])[0]


def annotate_part(job: PartJob) -> dict:
    """Annotate one part unless it is done already.

    Returns {"part", "status"} with status "done" (annotated now, with its
    "entry" and a sample of its "problems"), "resumed" (done by an earlier run,
    with its "entry") or "failed" (the part could not be read or written, with
    the "reason"). Bad articles never fail a part: they go to its error file.
    """
    nlp, identity = worker_model(job.model)
    name, started = job.part.name, time.perf_counter()
    try:
        size, sha256 = checksum(job.part.url)
        expected = {"part": name, "input": job.part.url, "input_size": size, "input_sha256": sha256,
                    "format": job.fmt, "id_column": job.id_column, "text_column": job.text_column,
                    "model": identity, "pipeline_version": __version__}
        entry = read_entry(job.output, name)
        if is_done(entry, expected, job.output):
            # a worker killed after writing the part, before its result came back: this run annotated it
            status = "done" if job.run and entry.get("run") == job.run else "resumed"
            return {"part": name, "status": status, "entry": entry}
        problems: list[dict] = []
        articles = _articles(nlp, job, problems)
        count, output_size = write_part(output_url(job.output, name, job.fmt), job.fmt, articles)
        _write_problems(job, problems)
        entry = {**expected, "output": f"{name}.{job.fmt}", "output_size": output_size, "articles": count,
                 "skipped": len(problems), "errors": f"_errors/{name}.jsonl" if problems else None,
                 "seconds": round(time.perf_counter() - started, 3), "host": socket.gethostname(), "run": job.run,
                 "finished": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        write_json(entry_url(job.output, name), entry)
        return {"part": name, "status": "done", "entry": entry, "problems": [p["message"] for p in problems[:3]]}
    except Exception as err:  # noqa: BLE001 - a part that cannot be read or written is reported, the others go on
        reason = Errors.E150.format(part=shown(job.part.url), reason=_one_line(err))
        try:
            write_lines(errors_url(job.output, name), [{"where": shown(job.part.url), "message": reason}])
        except Exception:  # noqa: BLE001 - the output directory itself may be what failed; the client reports it
            pass
        return {"part": name, "status": "failed", "reason": reason}


def _articles(nlp, job: PartJob, problems: list[dict]) -> Iterator[Article]:
    """The part's Articles, read and annotated lazily; its bad rows and failed articles go to problems."""
    from .local import AnnotationFailure, annotate

    def items() -> Iterator[tuple[str, str, dict]]:
        for item in read_part(job.part, id_column=job.id_column, text_column=job.text_column):
            if isinstance(item, InputProblem):
                problems.append({"where": item.source, "message": item.message})
            else:
                yield item.id, item.text, item.meta

    for result in annotate(nlp, items(), batch_size=job.batch_size):
        if isinstance(result, AnnotationFailure):
            problems.append({"where": result.id, "message": Errors.E022.format(article_id=result.id,
                                                                               reason=result.reason)})
        else:
            yield result


def _write_problems(job: PartJob, problems: list[dict]) -> None:
    """The part's error file: written when it has problems, removed when a rerun had none."""
    url = errors_url(job.output, job.part.name)
    if problems:
        write_lines(url, problems)
        return
    fs, path = filesystem(url)
    if fs.exists(path):
        fs.rm(path)
