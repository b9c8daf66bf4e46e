"""Training settings: defaults, updated by the [training] table of a TOML file, each value checked."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..errors import Errors, PipelineError

DEFAULT_TRAINING = {"epochs": 12, "dropout": 0.2, "batch_size": 8, "dev_fraction": 0.0, "seed": 0, "train_on": "all",
                    "learn": "base", "combine": "check"}
# settings that take one of a few words
CHOICES = {"train_on": ("all", "real"), "learn": ("all", "new", "base"),
           "combine": ("check", "replace")}
# (type, lowest allowed, highest allowed) of each setting
LIMITS = {"epochs": (int, 0, 10_000), "dropout": (float, 0.0, 0.99), "batch_size": (int, 1, 100_000),
          "dev_fraction": (float, 0.0, 0.9), "seed": (int, 0, 2**32 - 1)}


def read_training_config(path: str | Path | None) -> dict:
    """DEFAULT_TRAINING updated by the [training] table of the TOML file at path (None: the defaults).

    Raises PipelineError (one line) for a missing or unreadable file, an unknown
    key, or a value of the wrong type or out of range.
    """
    config = dict(DEFAULT_TRAINING)
    if path is None:
        return config
    path = Path(path)
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("training", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise PipelineError(Errors.E021.format(path=path, reason=getattr(err, "strerror", None) or err)) from None
    if not isinstance(table, dict):
        raise PipelineError(Errors.E021.format(path=path, reason="[training] is not a table"))
    for key, value in table.items():
        if key in CHOICES:
            if value not in CHOICES[key]:
                raise PipelineError(Errors.E021.format(path=path, reason=f"{key} = {value!r}: needs one of "
                                                                         f"{', '.join(CHOICES[key])}"))
            config[key] = value
            continue
        if key not in LIMITS:
            raise PipelineError(Errors.E021.format(path=path, reason=f"unknown setting {key!r}"))
        kind, low, high = LIMITS[key]
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not numeric or (kind is int and not isinstance(value, int)) or not low <= value <= high:
            raise PipelineError(Errors.E021.format(
                path=path, reason=f"{key} = {value!r}: needs {'an integer' if kind is int else 'a number'} "
                                  f"from {low} to {high}"))
        config[key] = kind(value)
    return config
