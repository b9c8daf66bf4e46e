"""Model directories: a saved spaCy pipeline whose meta.json records a SHA-256
for every file, checked before anything in the directory is loaded."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import spacy
from spacy.language import Language

from .errors import Errors, PipelineError
from .output import current_umask

META = "meta.json"


def file_hashes(path: Path) -> dict[str, str]:
    hashes = {}
    for file in sorted(p for p in path.rglob("*") if p.is_file() and p.name != META):
        hashes[file.relative_to(path).as_posix()] = hashlib.sha256(file.read_bytes()).hexdigest()
    return hashes


def verify(path: Path) -> dict:
    """Check every file against meta.json; return the meta."""
    if not (path / "config.cfg").exists():
        raise PipelineError(Errors.E009.format(path=path))
    try:
        meta = json.loads((path / META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise PipelineError(Errors.E010.format(path=path, file=META)) from None
    recorded = meta.get("news_pipeline", {}).get("sha256", {})
    actual = file_hashes(path)
    for name in sorted(set(recorded) | set(actual)):
        if recorded.get(name) != actual.get(name):
            raise PipelineError(Errors.E010.format(path=path, file=name))
    return meta


def load_model_dir(path: Path) -> Language:
    verify(path)
    return spacy.load(path)


@contextmanager
def atomic_model_dir(target: Path) -> Iterator[Path]:
    """A temporary directory beside target, moved into its place when the block ends without error.

    A failed or interrupted run leaves the previous model at target as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    backup = target.with_name(f".{target.name}.old")
    if backup.exists() and not target.exists():
        backup.rename(target)  # an earlier run was stopped between its two renames
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    tmp.chmod(0o777 & ~current_umask())
    try:
        yield tmp
        if backup.exists():
            shutil.rmtree(backup)
        if target.exists():
            target.rename(backup)
        try:
            tmp.rename(target)
        except BaseException:
            if backup.exists():
                backup.rename(target)
            raise
        if backup.exists():
            shutil.rmtree(backup)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def save_model(nlp: Language, path: Path, info: dict) -> None:
    """Write nlp to path with `info` and the files' SHA-256 in meta.json."""
    nlp.to_disk(path)
    meta = json.loads((path / META).read_text(encoding="utf-8"))
    meta["news_pipeline"] = {**info, "sha256": file_hashes(path)}
    (path / META).write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
