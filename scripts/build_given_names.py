"""Write pipeline/components/data/given_names.txt: common given names, for PERSON.

From the `names` package (MIT licence, https://pypi.org/project/names/), which ships the
US Census 1990 lists of first names; needed only to run this script:

    pip install names && python scripts/build_given_names.py

Names are kept when they are frequent enough to be unambiguous as a name's first word
(cumulative frequency cut), title-cased.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "given_names.txt"
MIN_FREQUENCY = 0.001  # percent of the population, per the census file


def main() -> None:
    names = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in resources.files("names").joinpath(file).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= MIN_FREQUENCY:
                names.add(parts[0].title())
    header = ["# Given names (US Census 1990 via the `names` package, MIT); regenerate with scripts/build_given_names.py."]
    TARGET.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(names)} given names")


if __name__ == "__main__":
    main()
