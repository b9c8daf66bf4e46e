"""What the wheel carries and what the shipped model says about itself.

The wheel is built once (pip, in an isolated build environment) from a copy of
the files it is made of, and unpacked: every module, every data file and the
shipped model must be in it, and the package must find its model there without
a checkout around it. .ci/run goes further: it installs the wheel with its
dependencies into a fresh venv and annotates the seed article.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
MODEL = PROJECT / "models" / "news-sm"


def _visible_files(root: Path) -> set[str]:
    """Files under root, relative, leaving out __pycache__ and hidden files and directories."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") or part == "__pycache__"
                                       for part in p.relative_to(root).parts)}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel's files, unpacked."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(PROJECT / name, src / name)
    for name in ("pipeline", "models"):
        shutil.copytree(PROJECT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(src), "-w", str(root)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = root.glob("*.whl")
    unpacked = root / "site"
    with zipfile.ZipFile(built) as archive:
        archive.extractall(unpacked)
    return unpacked


def test_wheel_has_every_module_and_data_file(wheel):
    in_wheel = _visible_files(wheel / "pipeline")
    in_tree = _visible_files(PROJECT / "pipeline")
    assert in_tree - in_wheel == set()
    assert any(name.startswith("components/data/") for name in in_wheel)
    assert {p.name for p in wheel.iterdir() if not p.name.endswith(".dist-info")} == {"pipeline"}


def test_wheel_ships_the_model(wheel):
    if not (MODEL / "config.cfg").exists():
        pytest.skip("no shipped model")
    shipped = wheel / "pipeline" / "models" / MODEL.name
    assert _visible_files(shipped) == _visible_files(MODEL)
    assert all((shipped / name).read_bytes() == (MODEL / name).read_bytes() for name in _visible_files(MODEL))


def test_installed_package_finds_its_model_and_data_without_a_checkout(wheel, tmp_path):
    """Run from elsewhere, with only the unpacked wheel on the path: no configs/, no corpora/, models inside."""
    script = (
        "import json, pipeline\n"
        "from pipeline import settings\n"
        "from pipeline.components.data import read_data\n"
        "print(json.dumps({'package': pipeline.__file__, 'model': str(settings.default_model_path()),\n"
        "                  'settings': settings.settings(), 'test_split': settings.test_split_path(),\n"
        "                  'in_checkout': settings.IN_CHECKOUT, 'labels': bool(read_data('labels.json'))}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PIPELINE_CONFIGS", "PYTHONPATH")}
    result = subprocess.run([sys.executable, "-s", "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path, env={**env, "PYTHONPATH": str(wheel)})
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).resolve() == (wheel / "pipeline" / "__init__.py").resolve()
    assert Path(found["model"]) == wheel / "pipeline" / "models" / "news-sm"
    assert found["settings"] == {} and found["test_split"] is None and found["in_checkout"] is False
    assert found["labels"]


def test_checkout_finds_the_top_level_model_and_settings():
    from pipeline import settings

    assert settings.IN_CHECKOUT
    assert settings.default_model_path() == PROJECT / "models" / settings.settings().get("default_model", "news-sm")
    assert settings.test_split_path() == PROJECT / "corpora" / "test" / "wikinews-test.gold.jsonl"


# --------------------------------------------------------------------------- the shipped model's meta and config


@pytest.fixture(scope="module")
def shipped_meta() -> dict:
    if not (MODEL / "meta.json").exists():
        pytest.skip("no shipped model")
    return json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))


def test_shipped_model_was_written_by_pipeline_train(shipped_meta):
    from pipeline.modeldir import written_by_train

    assert written_by_train(MODEL)
    assert "meta_sha256" in shipped_meta["news_pipeline"]


def test_shipped_meta_is_ours(shipped_meta):
    """Our author and sources, our scores on the real-news test split; nothing of the base pipeline's."""
    from pipeline.training.run import AUTHOR

    assert shipped_meta["author"] == AUTHOR and not shipped_meta.get("email") and not shipped_meta.get("url")
    base, *corpora = shipped_meta["sources"]
    assert base["author"] == "Explosion"
    assert sorted(source["name"] for source in corpora) == sorted(p.name for p in (PROJECT / "corpora").glob("*.jsonl"))
    licences = " ".join(source["license"] for source in corpora)
    for licence in ("Open Government Licence v3.0", "CC BY 2.5", "CC BY-SA 3.0", "CC BY 3.0 AU", "CC BY 4.0",
                    "European Commission reuse notice"):
        assert licence in licences
    performance = shipped_meta["performance"]
    assert not any(key.startswith(("token_", "tag_", "dep_", "sents_", "lemma_", "ents_")) for key in performance)
    assert {"entities_exact_f", "hedges_overlap_f", "attributions_full_f"} <= set(performance)
    assert shipped_meta["news_pipeline"]["test"]["path"] == "corpora/test/wikinews-test.gold.jsonl"


def test_shipped_config_is_ours_and_loads():
    from spacy.util import load_config

    if not (MODEL / "config.cfg").exists():
        pytest.skip("no shipped model")
    config = load_config(MODEL / "config.cfg", interpolate=True)
    assert config["training"]["frozen_components"] == [n for n in config["nlp"]["pipeline"] if n != "ner"]
    assert config["initialize"]["lookups"] is None  # the base pipeline's from-scratch recipe is gone
