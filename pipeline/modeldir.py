"""Model directories: a saved spaCy pipeline whose meta.json records a SHA-256
for every file, checked before anything in the directory is loaded.

The check guards the models `pipeline train` wrote: their meta.json holds our
``news_pipeline`` block and is byte for byte as written (``meta_sha256`` is
meta.json's own SHA-256, taken with that field blank). Any other spaCy model,
one saved by ``spacy train`` or one of ours that spaCy saved again (with an
entity_ruler added, say: spaCy rewrites meta.json in its own layout), has no
block or a rewritten meta.json, and loads after a one-line notice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import spacy
from spacy.language import Language

from .errors import Errors, PipelineError
from .output import current_umask

META = "meta.json"
BLOCK = "news_pipeline"
_BLANK = "0" * 64


def file_hashes(path: Path) -> dict[str, str]:
    hashes = {}
    for file in sorted(p for p in path.rglob("*") if p.is_file() and p.name != META):
        hashes[file.relative_to(path).as_posix()] = hashlib.sha256(file.read_bytes()).hexdigest()
    return hashes


def _self_hash_field(digest: str) -> bytes:
    return f'"meta_sha256": "{digest}"'.encode("utf-8")


def _read_meta(path: Path) -> tuple[bytes, dict]:
    try:
        raw = (path / META).read_bytes()
        meta = json.loads(raw)
    except (OSError, ValueError):
        raise PipelineError(Errors.E010.format(path=path, file=META)) from None
    if not isinstance(meta, dict):
        raise PipelineError(Errors.E010.format(path=path, file=META))
    return raw, meta


def _unguarded_reason(raw: bytes, meta: dict) -> str | None:
    """Why the SHA-256 check cannot apply to this meta.json; None when `pipeline train` wrote it as it is."""
    block = meta.get(BLOCK)
    if not isinstance(block, dict) or not isinstance(block.get("sha256"), dict):
        return "a model not written by `pipeline train` (meta.json has no news_pipeline checksums)"
    digest = block.get("meta_sha256")
    if digest is None:
        return None  # written by `pipeline train` before meta.json carried its own hash
    field = _self_hash_field(str(digest))
    blanked = raw.replace(field, _self_hash_field(_BLANK))
    if raw.count(field) != 1 or hashlib.sha256(blanked).hexdigest() != digest:
        return "meta.json was rewritten after `pipeline train` wrote it (by spaCy or by hand)"
    return None


def _inspect(path: Path) -> tuple[dict, str | None]:
    if not (path / "config.cfg").exists():
        raise PipelineError(Errors.E009.format(path=path))
    raw, meta = _read_meta(path)
    reason = _unguarded_reason(raw, meta)
    if reason is None:
        recorded = meta[BLOCK]["sha256"]
        actual = file_hashes(path)
        for name in sorted(set(recorded) | set(actual)):
            if recorded.get(name) != actual.get(name):
                raise PipelineError(Errors.E010.format(path=path, file=name))
    return meta, reason


def verify(path: Path) -> dict:
    """Check a model directory and return its meta.

    A model `pipeline train` wrote has every file checked against meta.json
    (E010 names the first that differs); any other spaCy model is returned
    unchecked (load_model_dir says so).
    """
    return _inspect(path)[0]


def written_by_train(path: Path) -> bool:
    """Whether path holds a model whose meta.json `pipeline train` wrote (its files may since have changed)."""
    if not (path / META).is_file():
        return False
    try:
        raw, meta = _read_meta(path)
    except PipelineError:
        return False
    return _unguarded_reason(raw, meta) is None


def load_model_dir(path: Path, *, notice: Callable[[str], None] | None = None) -> Language:
    """spacy.load(path) after the check; a model the check cannot guard gets a one-line notice (stderr)."""
    _, reason = _inspect(path)
    if reason is not None:
        (notice or (lambda message: print(f"notice: {message}", file=sys.stderr)))(
            Errors.E165.format(path=path, reason=reason))
    try:
        return spacy.load(path)
    except (KeyError, ValueError, TypeError, OSError) as err:
        # a model whose components or data this version does not know (saved by an older version)
        raise PipelineError(Errors.E166.format(path=path, reason=f"{type(err).__name__}: {err}")) from None


def check_output(output: str | Path, *, corpus: str | Path | None = None) -> Path:
    """The resolved directory `pipeline train` may write its model to, or a one-line PipelineError.

    Refused: a file (or a path under one), the current directory or one containing
    it, the corpus or a path containing it or inside it, and an existing directory
    that is neither empty nor a model `pipeline train` wrote.
    """
    target = Path(output).resolve()
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise PipelineError(Errors.E162.format(path=output))
    for path in (target, *target.parents):
        if path.exists():
            if not path.is_dir():
                raise PipelineError(Errors.E160.format(path=path))
            break
    if corpus is not None:
        source = Path(corpus).resolve()
        if target == source or target in source.parents or source in target.parents:
            raise PipelineError(Errors.E163.format(output=output, corpus=corpus))
    if target.is_dir() and any(target.iterdir()) and not written_by_train(target):
        raise PipelineError(Errors.E161.format(path=output))
    return target


def _temp_pattern(target: Path) -> re.Pattern:
    # tempfile.mkdtemp(prefix=".NAME.PID.") names: the prefix and 8 characters of its alphabet
    return re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[a-z0-9_]{{8}}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def sweep_abandoned(target: Path) -> list[Path]:
    """Remove the temporary directories that killed runs left beside target (their process is gone)."""
    pattern, removed = _temp_pattern(target), []
    for entry in target.parent.iterdir() if target.parent.is_dir() else ():
        found = pattern.fullmatch(entry.name)
        if found and entry.is_dir() and not entry.is_symlink() and not _alive(int(found.group(1))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


@contextmanager
def atomic_model_dir(target: Path) -> Iterator[Path]:
    """A temporary directory beside target, moved into its place when the block ends without error.

    A failed or interrupted run leaves the previous model at target as it was. The
    temporary directory's name holds this process's id (``.NAME.PID.XXXXXXXX``), so
    that a later run removes those whose run was killed.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_abandoned(target)
    backup = target.with_name(f".{target.name}.old")
    if backup.exists() and not target.exists():
        backup.rename(target)  # an earlier run was stopped between its two renames
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", dir=target.parent))
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
    """Write nlp to path with `info`, the files' SHA-256 and meta.json's own in meta.json."""
    nlp.to_disk(path)
    meta = json.loads((path / META).read_text(encoding="utf-8"))
    meta[BLOCK] = {**info, "sha256": file_hashes(path), "meta_sha256": _BLANK}
    raw = json.dumps(meta, indent=2, ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()
    (path / META).write_bytes(raw.replace(_self_hash_field(_BLANK), _self_hash_field(digest)))
