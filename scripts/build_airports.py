"""Write pipeline/components/data/airports.txt: the names of airports with an IATA code, for FAC.

Built from `airportsdata` (MIT licence, https://pypi.org/project/airportsdata/), needed only to
run this script:

    pip install airportsdata && python scripts/build_airports.py

Only full names that end in "Airport" are kept ("Mariscal Sucre International Airport"): a
short name alone is often a person's or a city's name, which the text has to decide.
"""

from __future__ import annotations

from pathlib import Path

import airportsdata

TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "airports.txt"


def main() -> None:
    names = sorted({a["name"].strip() for a in airportsdata.load("IATA").values()
                    if a["name"].strip().endswith("Airport") and len(a["name"].split()) >= 2})
    header = ["# Airport names (FAC), from airportsdata (MIT); regenerate with scripts/build_airports.py."]
    TARGET.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(names)} airports")


if __name__ == "__main__":
    main()
