"""What pyproject.toml cannot say: the packages, found automatically, and the model the wheel ships.

The repository keeps models/ at its top level, where users and
`pipeline train --output models/news-sm` expect it. The wheel carries it as
pipeline/models, the package data of a package mapped onto that directory;
pipeline.settings looks there when the package is installed. The data/
directories of the packages (the components' lexicons) are package data too.
"""

from setuptools import find_namespace_packages, setup

setup(
    # every directory of the package, so that none is left out for want of an __init__.py
    packages=[*find_namespace_packages(include=["pipeline", "pipeline.*"], exclude=["*__pycache__"]), "pipeline.models"],
    package_dir={"pipeline.models": "models"},
    # every package's data/ directory (lexicons, patterns, label maps), and the whole model directory
    package_data={"": ["data/**/*"], "pipeline.models": ["**/*"]},
)
