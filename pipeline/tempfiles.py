"""Temporary files and directories beside an output, named after the process that writes them.

A temporary name is ``.<target>.<pid>.<random>.pipeline-tmp`` (``-old`` for a
directory moved aside while its replacement is moved in). What a run leaves
when it is killed outright (SIGKILL, a power cut) is removed by the next
writer in that directory once that pid is dead; what a run holds when it is
stopped by a signal it can handle is removed at once (:func:`remove_live`).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path

_NAME = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.[0-9a-f]+\.pipeline-(?P<kind>tmp|old)$")
_live: set[Path] = set()


def _name(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.pipeline-{kind}")


def new_file(target: Path) -> tuple[int, Path]:
    """(descriptor, path) of a new private temporary file beside target; stale ones are swept first."""
    sweep(target.parent)
    while True:
        path = _name(target, "tmp")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        _live.add(path)
        return fd, path


def new_dir(target: Path) -> Path:
    """A new private temporary directory beside target; stale ones are swept first."""
    sweep(target.parent)
    while True:
        path = _name(target, "tmp")
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        _live.add(path)
        return path


def aside(target: Path) -> Path:
    """The name to move an existing directory target to while its replacement is moved in."""
    path = _name(target, "old")
    _live.add(path)
    return path


def discard(path: Path) -> None:
    """Remove a temporary file or directory of this process, if it is still there."""
    _live.discard(path)
    _remove(path)


def remove_live() -> None:
    """Remove every temporary file and directory this process holds (on SIGTERM, SIGHUP)."""
    for path in list(_live):
        if path.name.endswith("-old"):
            _restore(path)
        else:
            discard(path)


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _restore(old: Path) -> None:
    """Put a directory moved aside back in its place if nothing took it; else remove it."""
    _live.discard(old)
    match = _NAME.match(old.name)
    target = old.with_name(match.group("target")) if match else None
    if target is not None and not os.path.lexists(target):
        try:
            os.rename(old, target)
            return
        except OSError:
            pass
    _remove(old)


def sweep(directory: Path) -> None:
    """Remove the temporary files and directories in directory whose writing process is dead."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or _alive(int(match.group("pid"))):
            continue
        path = Path(directory) / entry.name
        if match.group("kind") == "old":
            _restore(path)
        else:
            _remove(path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
