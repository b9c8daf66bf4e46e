"""The manifest of an output directory, and what makes a part done.

Layout of an output directory (local or any fsspec URL):

    NAME.jsonl | NAME.parquet   one output part per input part, named after it
    _errors/NAME.jsonl          the part's bad articles (one JSON line each), when it has any
    _manifest/NAME.json         the part's entry, written after its output: its presence marks the part done
    _manifest.json              every entry of the last run together, with its model and version

Names starting with _ are skipped by Spark and Hive readers, and a glob of
*.parquet or *.jsonl matches the parts only.

An entry records the input part (URL, size, SHA-256), the articles written
and skipped, the model's name and hash and the pipeline version. A part is
done when its entry exists and matches all of these and the output part is
there with the size the entry records; otherwise it is annotated again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .. import __version__
from .parts import filesystem

ENTRIES = "_manifest"
ERRORS = "_errors"
MANIFEST = "_manifest.json"

# The entry fields that must be equal for a part to count as done.
SAME_RUN_KEYS = ("input", "input_size", "input_sha256", "format", "id_column", "text_column", "model",
                 "pipeline_version")


def output_url(output: str, name: str, fmt: str) -> str:
    return f"{output.rstrip('/')}/{name}.{fmt}"


def errors_url(output: str, name: str) -> str:
    return f"{output.rstrip('/')}/{ERRORS}/{name}.jsonl"


def entry_url(output: str, name: str) -> str:
    return f"{output.rstrip('/')}/{ENTRIES}/{name}.json"


def manifest_url(output: str) -> str:
    return f"{output.rstrip('/')}/{MANIFEST}"


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()


def model_identity(model: str | None, nlp) -> dict:
    """Name and hash of the pipeline that pipeline.nlp.load(model) returned.

    A model directory's hash is that of its meta.json's SHA-256 table (which
    loading checked against its files); the untrained pipeline's is that of the
    base pipeline's name and version and our components' data files.
    """
    from ..settings import default_model_path

    path = Path(model) if model not in (None, "untrained") else default_model_path()
    if model != "untrained" and (path / "config.cfg").exists():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        name = f"{meta.get('lang', '')}_{meta.get('name', path.name)}-{meta.get('version', '')}"
        return {"name": name, "sha256": _digest(meta.get("news_pipeline", {}).get("sha256", {}))}
    from .. import components
    from ..modeldir import file_hashes

    base = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
    data = file_hashes(Path(components.__file__).parent / "data")
    return {"name": f"untrained ({base})", "sha256": _digest({"base": base, "data": data})}


def read_entry(output: str, name: str) -> dict | None:
    """A part's manifest entry; None when it is missing or unreadable (the part is then done again)."""
    fs, path = filesystem(entry_url(output, name))
    try:
        with fs.open(path, "rb") as handle:
            entry = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def is_done(entry: dict | None, expected: dict, output: str) -> bool:
    """Whether a part's entry matches the expected fields and its output part is there, whole."""
    if entry is None or any(entry.get(key) != expected.get(key) for key in SAME_RUN_KEYS):
        return False
    fs, path = filesystem(output_url(output, entry.get("part", ""), entry["format"]))
    try:
        return fs.size(path) == entry.get("output_size")
    except (OSError, ValueError):
        return False


def manifest(entries: list[dict], failed: list[dict], *, fmt: str) -> dict:
    """The whole run's manifest: its parts' entries (by part name) and the parts that failed."""
    entries = sorted(entries, key=lambda e: e["part"])
    models = {e["model"]["sha256"]: e["model"] for e in entries}
    return {
        "pipeline_version": __version__,
        "format": fmt,
        "model": next(iter(models.values())) if len(models) == 1 else list(models.values()),
        "parts": len(entries),
        "articles": sum(e["articles"] for e in entries),
        "skipped": sum(e["skipped"] for e in entries),
        "entries": entries,
        "failed": sorted(failed, key=lambda f: f["part"]),
    }
