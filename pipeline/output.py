"""Writing output files so that nothing half-written is ever left at the target, and nothing is destroyed.

A regular file is written to a temporary file in the same directory, synced
to disk and renamed into place at the end; an error or interruption half-way
leaves any earlier file untouched (see ``tempfiles.py`` for what is left when
a run is killed). Only a regular file is ever replaced: a device, a FIFO or
standard output (``/dev/stdout``, ``/dev/fd/N``, ``/proc/...``) is written to
directly. A symbolic link is kept and its target written, with the target's
permissions. Every way a write can fail is a PipelineError of one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from . import tempfiles
from .errors import Errors, PipelineError

# Paths under these are streams or kernel views of open files (/dev/stdout, /proc/self/fd/1):
# replacing what they point to would replace a file the shell opened, perhaps for appending.
_DIRECT = ("/dev/", "/proc/")


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _target(path: str | Path, *, directory: bool = False) -> tuple[Path, os.stat_result | None, bool]:
    """(where to write, its stat if it exists, whether to write to it directly instead of replacing it)."""
    name = os.fspath(path)
    if not name.strip():
        raise PipelineError(Errors.E170)
    given = Path(name)
    try:
        info = os.stat(given)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        _parent_not_a_directory(given)
    except OSError as err:  # a loop of links, no permission
        raise PipelineError(Errors.E172.format(path=given, reason=_reason(err))) from None
    if info is not None and stat.S_ISDIR(info.st_mode) and not directory:
        raise PipelineError(Errors.E171.format(path=given))
    if info is not None and not stat.S_ISDIR(info.st_mode) and directory:
        raise PipelineError(Errors.E172.format(path=given, reason="exists and is not a directory"))
    real = Path(os.path.realpath(given))
    special = str(given.absolute()).startswith(_DIRECT) or str(real).startswith(_DIRECT)
    if not directory and (special or (info is not None and not stat.S_ISREG(info.st_mode))):
        return given, info, True
    return real, info, False


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        _parent_not_a_directory(target)
    except OSError as err:
        raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None


def _parent_not_a_directory(path: Path) -> None:
    parent = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
    raise PipelineError(Errors.E173.format(path=path, parent=parent))


def _keep_owner_and_mode(path: Path, info: os.stat_result | None, default: int) -> None:
    os.chmod(path, stat.S_IMODE(info.st_mode) if info is not None else default)
    if info is not None and os.geteuid() == 0:
        try:
            os.chown(path, info.st_uid, info.st_gid)
        except OSError:
            pass


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_all(handle, chunks: Iterable[str] | Iterable[bytes], path: Path) -> None:
    """Write chunks; a failed write (disk full, a closed pipe) is a PipelineError naming path."""
    for chunk in chunks:
        try:
            handle.write(chunk)
        except UnicodeEncodeError as err:
            raise PipelineError(Errors.E172.format(path=path, reason=f"text is not valid Unicode: {err.reason}")) from None
        except OSError as err:
            raise PipelineError(Errors.E172.format(path=path, reason=_reason(err))) from None


def write_atomic(path: str | Path, chunks: Iterable[str] | Iterable[bytes], *, binary: bool = False) -> None:
    """Write text chunks (bytes when binary) to path: through a temporary file renamed into place, or
    directly when path is not a regular file (a device, a FIFO, standard output)."""
    target, info, direct = _target(path)
    mode, encoding = ("wb", None) if binary else ("w", "utf-8")
    if direct:
        try:
            with open(target, mode, encoding=encoding) as handle:
                _write_all(handle, chunks, target)
        except OSError as err:  # opening, or the last flush on close
            raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None
        return
    _make_parent(target)
    try:
        fd, tmp = tempfiles.new_file(target)
    except OSError as err:
        raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            _write_all(handle, chunks, target)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_owner_and_mode(tmp, info, 0o666 & ~current_umask())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as err:
        raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None
    finally:
        tempfiles.discard(tmp)


def write_atomic_dir(path: str | Path, files: dict[str, str]) -> None:
    """Write a directory of text files (name -> content) as a whole: into a temporary directory moved
    into place at the end, replacing the directory at path (whose files the caller has checked may go).
    An interrupted run leaves the earlier directory, never a part of the new one."""
    target, info, _ = _target(path, directory=True)
    existing = info is not None and any(target.iterdir())
    _make_parent(target)
    try:
        tmp = tempfiles.new_dir(target)
    except OSError as err:
        raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None
    try:
        for name, content in files.items():
            with open(tmp / name, "w", encoding="utf-8") as handle:
                _write_all(handle, [content], target / name)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp / name, 0o666 & ~current_umask())
        _keep_owner_and_mode(tmp, info, 0o777 & ~current_umask())
        if existing:
            old = tempfiles.aside(target)
            os.rename(target, old)
            try:
                os.rename(tmp, target)
            except OSError:
                os.rename(old, target)
                raise
            tempfiles.discard(old)
        else:
            os.replace(tmp, target)  # onto nothing, or onto an empty directory
        _fsync_dir(target.parent)
    except OSError as err:
        raise PipelineError(Errors.E172.format(path=target, reason=_reason(err))) from None
    finally:
        tempfiles.discard(tmp)


def check_output(path: str | Path, inputs: Iterable[str | Path] = (), *, directory: bool = False) -> None:
    """Fail early, before any work, when path cannot be written (empty, a directory, under a file) or
    would overwrite an input."""
    target, _, direct = _target(path, directory=directory)
    if not direct:
        parent = next((p for p in target.parents if os.path.lexists(p)), None)
        if parent is not None and not parent.is_dir():
            _parent_not_a_directory(target)
    refuse_overwriting_inputs(path, inputs)  # also /dev/stdin or /proc/self/fd/N open on an input file


def refuse_overwriting_inputs(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """PipelineError when output is an input, is inside an input directory, or contains an input."""
    out = Path(os.path.realpath(output))
    for name in inputs:
        if os.fspath(name) in ("-", ""):
            continue
        source = Path(os.path.realpath(name))
        if out == source or _same_file(out, source):
            raise PipelineError(Errors.E174.format(output=output, input=name))
        if source.is_dir() and out.is_relative_to(source):
            raise PipelineError(Errors.E175.format(output=output, input=name))
        if source.is_relative_to(out):
            raise PipelineError(Errors.E176.format(output=output, input=name))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False

