"""Writing output files so that nothing half-written is ever left at the target.

A file is written to a temporary file in the same directory and renamed into
place at the end; an error or interruption half-way leaves any earlier file
untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Write text chunks to path through a temporary file renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes the file private; give it the usual mode
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
