"""Data files of the components: read from configs/ when a component is made,
written into and read back from a saved pipeline by to_disk/from_disk, so a
saved pipeline does not need the project's configs/ to load."""

from __future__ import annotations

import json
from pathlib import Path

import srsly

from ..settings import config_file


def read_config_data(name: str):
    """Parse configs/NAME (.json, .jsonl, or .txt: one entry a line, '#' comments)."""
    path = config_file(name)
    if not path.exists():
        return None
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: v for k, v in data.items() if not k.startswith("_")} if isinstance(data, dict) else data
    if path.suffix == ".jsonl":
        return list(srsly.read_jsonl(path))
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


class DataComponent:
    """Base of components whose behaviour is a dict of data files.

    Subclasses set ``data_files`` (file names in configs/) and build their
    matchers in ``_setup``; the data, and a learned candidate filter if
    training set one, travel with the pipeline on to_disk.
    """

    data_files: tuple[str, ...] = ()

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name
        # a learned filter over the component's candidates (pipeline.classifier), set by training
        self.candidate_filter = None
        self.data = {file: read_config_data(file) for file in self.data_files}
        if all(value is not None for value in self.data.values()):
            self._setup()

    def _setup(self) -> None:
        raise NotImplementedError

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "data.json", self.data)
        if self.candidate_filter is not None:
            self.candidate_filter.to_disk(path)

    def from_disk(self, path, *, exclude=tuple()):
        from ..classifier import CandidateFilter

        self.data = srsly.read_json(Path(path) / "data.json")
        self.candidate_filter = CandidateFilter.from_disk(Path(path))
        self._setup()
        return self
