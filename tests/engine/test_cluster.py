"""`pipeline annotate --cluster` on a real LocalCluster of 2 worker processes, shared by the module.

Most tests run a blank English pipeline saved as a model directory (fast, no
pretrained model); the test of identical Articles and the killed-worker test
run the real pipeline and are marked ``model``.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import time

import cloudpickle
import dask
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import spacy
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from pipeline.annotate import annotate_paths
from pipeline.cli import app
from pipeline.engine.cluster import annotate_archive, parse_cluster, summary_lines
from pipeline.engine.sinks import read_parquet_part
from pipeline.errors import PipelineError
from pipeline.modeldir import save_model

TEXTS = [
    "Police spokesman Ali Hassan said two people were reportedly injured in Kyiv on Monday.",
    "The Ministry of Defence said 65 Ukrainian prisoners of war were on board, according to RIA Novosti.",
    "Officials have yet to confirm the figures.\n\nThe governor said nine people may have been killed.",
    "Reuters reported that the S-300 missile hit a checkpoint near Belgorod.",
]


@pytest.fixture(scope="module")
def client():
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the helpers below run on the workers
    # short lock leases: a task lost with a killed worker frees its part in seconds, not 30
    with dask.config.set({"distributed.scheduler.locks.lease-timeout": "5s",
                          "distributed.scheduler.locks.lease-validation-interval": "1s"}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "blank"
    save_model(spacy.blank("en"), path, {})
    return str(path)


def make_parts(directory, n_parts, per_part, *, parquet=False):
    """n_parts JSONL parts (the last one Parquet when asked) of per_part short articles; their ids in order."""
    directory.mkdir(parents=True, exist_ok=True)
    ids = []
    for p in range(n_parts):
        rows = [{"id": f"p{p}-{i}", "text": TEXTS[(p + i) % len(TEXTS)], "meta": {"part": p}} for i in range(per_part)]
        ids += [row["id"] for row in rows]
        if parquet and p == n_parts - 1:
            pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}),
                           directory / f"part-{p}.parquet")
        else:
            (directory / f"part-{p}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return ids


def output_ids(out, fmt="jsonl"):
    if fmt == "parquet":
        return [row["id"] for path in sorted(out.glob("*.parquet")) for row in pq.read_table(path).to_pylist()]
    return [json.loads(line)["id"] for path in sorted(out.glob("*.jsonl")) for line in path.read_text().splitlines()]


def wait_until_idle(client):
    """Until no worker runs a task (tasks of cancelled futures run on to their end)."""
    while any(client.run(lambda dask_worker: dask_worker.state.executing_count).values()):
        time.sleep(0.1)


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_same_articles_as_one_process(client, tmp_path, fmt):
    make_parts(tmp_path / "parts", 3, 3, parquet=True)
    single = tmp_path / "single.jsonl"
    annotate_paths([str(p) for p in sorted((tmp_path / "parts").iterdir())], model="untrained", fmt="jsonl",
                   output=str(single), progress=False)
    result = annotate_archive([str(tmp_path / "parts")], str(tmp_path / "out"), cluster=client, model="untrained",
                              fmt=fmt)
    assert (len(result.annotated), result.articles, result.failed, result.skipped) == (3, 9, [], {})
    expected = [json.loads(line) for line in single.read_text().splitlines()]
    assert any(article["entities"] for article in expected) and any(article["hedges"] for article in expected)
    if fmt == "jsonl":
        got = [json.loads(line) for path in sorted((tmp_path / "out").glob("*.jsonl")) for line in path.open()]
    else:
        got = [a.to_dict() for path in sorted((tmp_path / "out").glob("*.parquet")) for a in read_parquet_part(str(path))]
    assert got == expected


def _count_model_loads():
    """Run on a worker: empty its model cache and count pipeline.nlp.load calls from now on."""
    import pipeline.nlp
    from pipeline.engine import worker

    worker._models.clear()
    original = getattr(pipeline.nlp, "_uncounted_load", pipeline.nlp.load)
    pipeline.nlp._uncounted_load, pipeline.nlp.model_loads = original, []

    def counted(*args, **kwargs):
        pipeline.nlp.model_loads.append(args)
        return original(*args, **kwargs)

    pipeline.nlp.load = counted


def test_model_loads_once_per_worker(client, tmp_path, blank_model):
    ids = make_parts(tmp_path / "parts", 6, 2)
    client.run(_count_model_loads)
    result = annotate_archive([str(tmp_path / "parts")], str(tmp_path / "out"), cluster=client, model=blank_model)
    assert (len(result.annotated), output_ids(tmp_path / "out")) == (6, ids)
    loads = client.run(lambda: len(__import__("pipeline.nlp").nlp.model_loads))
    assert list(loads.values()) == [1, 1]


@pytest.mark.model  # the real pipeline: parts slow enough that the client stops with parts left to do
def test_interrupted_run_completes_on_rerun_without_doing_a_part_twice(client, tmp_path):
    ids = make_parts(tmp_path / "parts", 10, 4)
    out = tmp_path / "out"

    def stop_after_two(outcome, seen=[]):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        annotate_archive([str(tmp_path / "parts")], str(out), cluster=client, model="untrained",
                         on_part=stop_after_two)
    assert len(json.loads((out / "_manifest.json").read_text())["entries"]) == 2
    wait_until_idle(client)
    done_before = {p.stem: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    assert 2 <= len(done_before) < 10
    assert {p.stem for p in (out / "_manifest").glob("*.json")} == set(done_before)

    result = annotate_archive([str(tmp_path / "parts")], str(out), cluster=client, model="untrained")
    assert set(result.resumed) == set(done_before)
    assert set(result.annotated) == {f"part-{p}" for p in range(10)} - set(done_before)
    assert {p: out.joinpath(f"{p}.jsonl").stat().st_mtime_ns for p in done_before} == done_before
    assert output_ids(out) == ids
    manifest = json.loads((out / "_manifest.json").read_text())
    assert (manifest["parts"], manifest["articles"], manifest["failed"]) == (10, 40, [])


def test_corrupt_part_and_bad_article_are_reported_and_the_rest_finish(client, tmp_path, blank_model):
    ids = make_parts(tmp_path / "parts", 3, 2)
    with (tmp_path / "parts/part-1.jsonl").open("a") as handle:
        handle.write('{"id": "broken", "text": \n{"id": "empty", "text": ""}\n')
    (tmp_path / "parts/part-3.parquet").write_bytes(b"PAR1 not parquet at all")
    out = tmp_path / "out"

    result = annotate_archive([str(tmp_path / "parts")], str(out), cluster=client, model=blank_model, fmt="parquet")
    assert sorted(result.annotated) == ["part-0", "part-1", "part-2"]
    [(part, reason)] = result.failed
    assert part == "part-3" and reason.startswith(f"{tmp_path}/parts/part-3.parquet: part not annotated (")
    assert result.skipped["part-1"][0] == 2
    assert output_ids(out, "parquet") == ids
    assert len((out / "_errors/part-1.jsonl").read_text().splitlines()) == 2
    manifest = json.loads((out / "_manifest.json").read_text())
    assert [f["part"] for f in manifest["failed"]] == ["part-3"]
    assert [e["skipped"] for e in manifest["entries"]] == [0, 2, 0]
    lines = summary_lines(result)
    assert "3 annotated, 0 done before, 1 failed" in lines[0]
    assert any(line.startswith("  failed: ") for line in lines) and any("2 bad article(s) in part-1" in line
                                                                         for line in lines)

    (tmp_path / "parts/part-3.parquet").unlink()
    make_parts(tmp_path / "fixed", 4, 1, parquet=True)
    (tmp_path / "fixed/part-3.parquet").rename(tmp_path / "parts/part-3.parquet")
    again = annotate_archive([str(tmp_path / "parts")], str(out), cluster=client, model=blank_model, fmt="parquet")
    assert (again.annotated, sorted(again.resumed), again.failed) == (["part-3"], ["part-0", "part-1", "part-2"], [])
    assert not (out / "_errors/part-3.jsonl").exists()


@pytest.mark.model
def test_killed_worker_loses_only_its_parts_in_flight(client, tmp_path):
    ids = make_parts(tmp_path / "parts", 6, 12)
    pids = list(client.run(os.getpid).values())

    def kill_a_worker(outcome, seen=[]):
        seen.append(outcome)
        if len(seen) == 1:
            os.kill(pids[0], signal.SIGKILL)  # its nanny starts a new worker process

    result = annotate_archive([str(tmp_path / "parts")], str(tmp_path / "out"), cluster=client, model="untrained",
                              on_part=kill_a_worker)
    assert (len(result.annotated), result.failed, output_ids(tmp_path / "out")) == (6, [], ids)
    client.wait_for_workers(2, timeout=60)


def test_a_model_the_workers_cannot_load_stops_the_run_before_any_part(client, tmp_path):
    make_parts(tmp_path / "parts", 2, 1)
    with pytest.raises(PipelineError, match="not a model directory"):
        annotate_archive([str(tmp_path / "parts")], str(tmp_path / "out"), cluster=client, model=str(tmp_path))
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("spec", ["local:0", "local:two", "localhost:8786", "tcp://"])
def test_bad_cluster_spec(spec):
    with pytest.raises(PipelineError, match="--cluster takes"):
        parse_cluster(spec)


def test_cli_on_the_scheduler_address(client, tmp_path, blank_model):
    make_parts(tmp_path / "parts", 2, 2)
    args = ["annotate", str(tmp_path / "parts"), "--cluster", client.scheduler.address, "-m", blank_model]
    result = CliRunner().invoke(app, [*args, "-o", str(tmp_path / "out"), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert "2 part(s): 2 annotated" in result.output
    assert len(list((tmp_path / "out").glob("*.parquet"))) == 2


@pytest.mark.parametrize("extra, message", [
    ([], "with --cluster, give an output directory with -o/--output"),
    (["-o", "OUT", "--format", "html"], "with --cluster, --format is jsonl or parquet, not 'html'"),
    (["-o", "PARTS"], "the output directory holds the input part"),
    (["-o", "OUT", "--cluster", "nowhere"], "'nowhere': --cluster takes"),
])
def test_cli_refuses_bad_input_in_one_line(tmp_path, extra, message):
    make_parts(tmp_path / "parts", 1, 1)
    extra = [str(tmp_path / "parts") if a == "PARTS" else str(tmp_path / "out") if a == "OUT" else a for a in extra]
    result = CliRunner().invoke(app, ["annotate", str(tmp_path / "parts"), "--cluster", "local:1", *extra])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [result.output.strip()] and message in result.output
