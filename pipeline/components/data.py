"""Data of the components: lexicons, patterns and label maps.

The files ship with the package in ``pipeline/components/data/``. A component
reads them in ``initialize()`` (``pipeline.load()`` does that), from there or
from a directory of the user's own files of the same names (``data_dir``), or
takes them as parsed data (``data``). ``to_disk``/``to_bytes`` write the data
into a saved pipeline, so a saved pipeline carries its own copy and loads
without this package's files.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

import srsly

from ..errors import Errors

DATA_FILE = "data.json"


def parse_data(name: str, content: str):
    """Parse a data file's text by its suffix: .json, .jsonl, or .txt (one entry a line, '#' comments)."""
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in content.splitlines() if line.strip()]
    if name.endswith(".json"):
        data = json.loads(content)
        return {k: v for k, v in data.items() if not k.startswith("_")} if isinstance(data, dict) else data
    lines = (line.split("#", 1)[0].strip() for line in content.splitlines())
    return [line for line in lines if line]


def read_data(name: str, data_dir: str | Path | None = None):
    """One data file, parsed: from data_dir when it holds one of that name, else the packaged one."""
    if data_dir is not None and (Path(data_dir) / name).is_file():
        return parse_data(name, (Path(data_dir) / name).read_text(encoding="utf-8"))
    packaged = resources.files(__package__).joinpath("data", name)
    return parse_data(name, packaged.read_text(encoding="utf-8"))


class DataComponent:
    """Base of the components whose behaviour is a dict of data files.

    Subclasses set ``data_files`` and build their matchers from ``self.data``
    in ``_setup``. Until ``initialize`` or ``from_disk``/``from_bytes`` has
    given the component its data, calling it raises a ValueError (E030).
    """

    data_files: tuple[str, ...] = ()

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict | None = None

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp=None,
                   data_dir: str | None = None, data: dict | None = None) -> None:
        """Read the data files (from data_dir, else the packaged ones), then override with `data`.

        get_examples, nlp: unused; part of spaCy's initialize protocol.
        data_dir: a directory of data files that replace the packaged ones of the same names.
        data: parsed data by file name, replacing files (for tests and Python users).
        """
        data = dict(data or {})
        self.data = {name: data[name] if name in data else read_data(name, data_dir) for name in self.data_files}
        self._setup()

    def _setup(self) -> None:
        raise NotImplementedError

    def require_data(self) -> None:
        if self.data is None:
            raise ValueError(Errors.E030.format(name=self.name))

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        self.require_data()
        return srsly.msgpack_dumps(self.data)

    def _restore(self, saved: dict) -> None:
        """The saved data, with the packaged file for any data file the saved pipeline predates."""
        self.data = {name: saved[name] if name in saved else read_data(name) for name in self.data_files}
        self._setup()

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        self._restore(srsly.msgpack_loads(bytes_data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        self.require_data()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / DATA_FILE, self.data)

    def from_disk(self, path, *, exclude=tuple()):
        self._restore(srsly.read_json(Path(path) / DATA_FILE))
        return self
