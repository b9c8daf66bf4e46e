"""Bytes of a text input to text: read with a size cap, checked for binary content before the rest is
read, decoded as UTF-8 (with or without a byte-order mark) or as UTF-16 with a byte-order mark."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO

from .errors import Errors, PipelineError
from .limits import max_text_bytes, max_text_mb

_SAMPLE = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def shown(path: str | Path) -> str:
    """A path as it can be printed and written: bytes of a file name that are not UTF-8 as \\xNN."""
    return os.fsencode(os.fspath(path)).decode("utf-8", "backslashreplace")


def utf8_name(path: str | Path) -> bool:
    """Whether a path's name is valid UTF-8 (so it can stand in an id and in JSON output)."""
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_capped(handle: BinaryIO, name: str) -> bytes:
    """A stream's bytes, up to the text limit (PipelineError beyond it).

    Reading stops after the first chunk when it holds a NUL byte (and no UTF-16
    byte-order mark): binary content such as /dev/zero is refused by
    :func:`decode` without being read whole.
    """
    limit = max_text_bytes()
    chunks, size = [], 0
    while chunk := handle.read(min(1 << 20, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if len(chunks) == 1 and b"\0" in chunk[:_SAMPLE] and not chunk.startswith(_UTF16_BOMS):
            break
        if size > limit:
            raise PipelineError(Errors.E179.format(path=name, limit=f"{max_text_mb():g}"))
    return b"".join(chunks)


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a byte-order mark: text whose every other byte is a NUL, the others mostly not."""
    even, odd = sample[0::2], sample[1::2]
    for zeros, other in ((odd, even), (even, odd)):
        if len(zeros) >= 2 and zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return True
    return False


def decode(data: bytes, name: str, encoding_errors: str = "strict") -> str:
    """Text of a file's bytes; PipelineError for binary, invalid UTF-8, bare UTF-16 or empty content."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16", errors=encoding_errors)
        except UnicodeDecodeError as err:
            raise PipelineError(Errors.E184.format(where=name, reason=f"not valid UTF-16 at byte {err.start}")) from None
    elif b"\0" in data[:_SAMPLE]:
        raise PipelineError((Errors.E180 if _looks_utf16(data[:_SAMPLE]) else Errors.E005).format(path=name))
    else:
        try:
            text = data.decode("utf-8-sig", errors=encoding_errors)
        except UnicodeDecodeError as err:
            raise PipelineError(Errors.E004.format(path=name, position=err.start)) from None
    if not text.strip():
        raise PipelineError(Errors.E003.format(path=name))
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    """CRLF and CR line ends become LF, so offsets are the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
