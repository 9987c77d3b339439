"""Places in a job advert's header and a résumé's address: the town out of a street address by
its structure, postcodes, states and asides dropped ("Royal Infirmary, Mill Lane, Preston, PR2
9HT" → "Preston"), a capital's suburb read as the capital by its postcode range (the states and
ranges are content: fit/lexicons.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from poise.fit.distance import NEAR_RE, is_town, town_size

POSTCODE_RE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|"
    r"(?-i:\d{4}\s?[A-Z]{2}(?=\s+[A-Z][a-z]))|\d{4,6}(?:-\d{3,4})?|"
    r"\d{2}-\d{3}|\d{3} \d{2})\b")
"""UK, Canadian and numeric postcodes (the numeric ones with 4 to 6 digits, as in "75009 Paris",
two and three digits, as in "00-950 Warszawa", or three and two, as in "110 00 Praha"), and
four digits with two capitals before the town ("5612 AB Eindhoven")."""
PO_BOX_RE = re.compile(
    r"(?i)\b(?:p\.?\s?o\.?\s*box|post(?:al)?\s+box|private\s+bag|postfach|bo[iî]te\s+postale)"
    r"\s*[\w-]*\d[\w-]*\s*,?\s*")
"""A post-office box with its number ("P.O. Box 4412-00100, "): no part of the town."""
DISTRICT_RE = re.compile(r"(?<=[^\W\d_])\s+\d{1,2}(?:\.|e|er|ème)?$")
"""A district's number after a town whose postcode stands with it ("110 00 Praha 1")."""
STREET_RE = re.compile(
    r"(?i)\bstr\.|\bav(?:da)?\.|\b(?:street|straße|strasse|road|rd\.?|lane|avenue|ave\.?|way|close|drive|place|"
    r"square|rue|allée|boulevard|bd|jalan|no\.|house|floor|suite|building|centre|center|"
    r"hospital|clinic|campus|park|phase|calle|via|strada|straat|weg|gasse|platz|plaza|piazza|"
    r"avenida|rua|estate|quay|trail|terrace|crescent|parkway|pkwy|blvd|circle|"
    r"apartments?|apts?|flats?|chs|society|residency|enclave|complex|bldg|"
    r"block|wing|mansions?|colony|nagar)\b|\d")
NUMBERED_NAME_RE = re.compile(
    r"^\s*\d{1,3}(?:st|nd|rd|th)\s+(?:of\s+)?[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,3}\s*$")
"""A town named after a date or a number, written with its ordinal ("10th of Ramadan City",
"6th of October"): a name, not a street's number (a street still says so: "5th Avenue")."""


def numbered_name(part: str) -> bool:
    """True for an address's part that is a town named with an ordinal ("6th of October City"),
    not a street or a floor ("5th Avenue", "2nd Floor")."""
    return NUMBERED_NAME_RE.match(part) is not None and STREET_RE.search(
        re.sub(r"^\s*\d+(?:st|nd|rd|th)", "", part)) is None


def _street(part: str) -> bool:
    """True when an address's part names a street, a building or holds a number, unless it is
    a town named with an ordinal."""
    return STREET_RE.search(part) is not None and not numbered_name(part)


STREET_ADDRESS_RE = re.compile(
    r"(?i)^\s*(?:\d+[a-z]?(?:[-/]\d+)?\s+(?:[\w.'’-]+\s+){0,4}?(?:street|st|avenue|ave|road|rd|"
    r"boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|parkway|pkwy|highway|hwy|square|sq|"
    r"terrace|crescent|close|row)\b|(?:[\w.'’-]+\s+){0,3}?[\w'’-]*(?:stra(?:ß|ss)e|str\.|gasse|weg|"
    r"platz|laan|straat|vej|gatan|v[äa]gen)\s*\d+[a-z]?\b|(?:via|viale|piazza|rue|calle|avenida|rua|"
    r"ul\.)\s+[^,\d]{2,40}?\s*\d+|(?:p\.?\s?o\.?\s*box|private\s+bag|postfach)\s*\d)")
"""A line or piece that opens as a street address: a house number and a street ("1200 Harbour
Ave SE, …"), a street and its number ("Lindenstraße 12", "Via Verdi 27"), a post-office box."""
NOT_A_PLACE_RE = re.compile(
    r"(?i)\b(?:full[- ]time|part[- ]time|permanent|contract|temporary|hours|reference|ref\b|job[- ]id|"
    r"requisition|req\b|salary|start|grade|band|cdi|cdd|cadre|status|mobility|willing|relocat|licen[cs]e|"
    r"remote|hybrid|married|children|years old|born|mari[ée]e?|enfants?|verheiratet|ledig|"
    r"c[ée]libataire|kinder|casad[oa]|soltero|ans\b|jahre\b|permis|f[üu]hrerschein|n[ée]e? le|"
    r"on-?site|field[- ]based|office[- ]based|home[- ]based|(?:non-)?exempt\b)")
CITY_DISTRICT_RE = re.compile(
    r"(?P<town>(?:^|(?<=,))[^,\d()]+?)\s+\d{1,2}(?:e|er|ème)?(?=\s*(?:,|\(|$))")
"""A city's numbered district after its name ("Dublin 2", "Paris 8e", "Lyon 3e")."""


def _without_city_district(text: str) -> str:
    """``text`` without the district's number after a town the gazetteer knows ("Dublin 2" →
    "Dublin"); a number after any other word stays ("Unit 12")."""
    return CITY_DISTRICT_RE.sub(
        lambda hit: hit.group("town") if is_town(hit.group("town").strip()) else hit.group(0), text)
OUTWARD_CODE_RE = re.compile(r"(?<=[^\W\d_])\s+[A-Z]{1,2}\d{1,2}[A-Z]?(?=\s*(?:,|$))")
"""The first half of a UK postcode after a town ("Leeds LS7")."""
LABEL_TAIL_RE = re.compile(r"\s+(?:[A-Z][\w ]{2,25}):\s.*$")


ALIAS_RE = re.compile(r"\((?P<alias>[A-Z][a-zà-ÿ][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\)")
"""A bracket holding only a capitalised name: a place's other name ("Chhatrapati Sambhajinagar
(Aurangabad)"), kept with the place; any other bracket is an aside and goes, a province's code
too ("Milano (MI)")."""
SHORT_NAME_RE = re.compile(r"\s*\((?-i:[A-Z]{3,6})\)(?=\s*,\s*[A-Z])")
"""The initials of the name before them, with more of the address after them ("… Business Park
(XBP), Town, Country"): the name's short form, no aside ending the place."""
STATE_CODE_RE = re.compile(r"^[A-Z]{2,3}$")
"""A bare two- or three-letter code after a town ("Austin, TX"): a state, not the town."""


@dataclass(frozen=True)
class KnownPlaces:
    """The places content (fit/lexicons.yaml): states by name or code, and the capital cities
    whose postcodes form one range within a state."""

    states: re.Pattern[str]
    postcode_cities: tuple[tuple[str, int, int, str], ...]
    """(state code, lowest postcode, highest postcode, city)."""
    countries: re.Pattern[str] = re.compile(r"(?!)")
    """A country's name, matched whole."""

    def is_state(self, text: str) -> bool:
        """True when ``text`` is a state's name or code, or any bare state-like code."""
        return bool(self.states.fullmatch(text.strip())) or bool(STATE_CODE_RE.match(text.strip()))

    def city_of_postcode(self, text: str) -> str:
        """The city a "STATE postcode" pair lies in, with the suburb named before it ("Lane Cove
        NSW 2066" → "Sydney (Lane Cove), NSW")."""
        for code, low, high, city in self.postcode_cities:
            for hit in re.finditer(rf"\b{code}\s+(\d{{3,4}})\b", text):
                if low <= int(hit.group(1)) <= high:
                    before = re.split(r"[,|]", text[:hit.start()])[-1].strip(" .–—-")
                    suburb = before if before and not re.search(r"\d", before) and (
                        before.lower() != city.lower()) else ""
                    return f"{city} ({suburb}), {code}" if suburb else f"{city}, {code}"
        return ""


@lru_cache(maxsize=1)
def known_places() -> KnownPlaces:
    """The shipped places content, compiled once."""
    from poise.fit.lexicon import fit_content

    lexicons = fit_content().lexicons
    names = sorted({state.name for state in lexicons.states}
                   | {state.code for state in lexicons.states if state.code}, key=len, reverse=True)
    states = re.compile("|".join(re.escape(name) for name in names) or r"(?!)")
    cities = tuple((city.state, city.low, city.high, city.city) for city in lexicons.postcode_cities)
    countries = re.compile("|".join(re.escape(name) for name in sorted(
        lexicons.countries, key=len, reverse=True)) or r"(?!)")
    return KnownPlaces(states=states, postcode_cities=cities, countries=countries)


def without_asides(text: str) -> str:
    """The text up to its first aside ("(open to relocation)", "with travel", "; hybrid"), a
    bracketed other name of the place kept."""
    text = ALIAS_RE.sub(lambda hit: "\0" + hit.group("alias") + "\1", text)
    text = SHORT_NAME_RE.sub("", text)
    text = re.split(r"\s*\(|\s+with\s+|;", text)[0]
    return text.replace("\0", "(").replace("\1", ")")


UNIT_NUMBER_RE = re.compile(r"(?i)^(?:unit|flat|apt\.?|apartment|suite|block|tower|floor|room|"
                            r"no\.?|house|lot)\s*[\d-]+[A-Z]?$")
"""A flat's or a unit's number ("Unit 1812", "No. 12-3"): the door, not a postcode."""


def town_of(value: str, known: KnownPlaces | None = None) -> str:
    """The town (with its state and country when given after it) a location value names, read
    from the address's structure: a capital's suburb by its postcode range ("Lane Cove NSW 2066"
    → "Sydney, NSW"); else the town the postcode follows or sits with ("Hyderabad – 500090,
    Telangana", "Preston, PR2 9HT", "69006 Lyon"); else the town before a state ("Nizampet,
    Hyderabad, Telangana" → "Hyderabad, Telangana"); streets and suburbs before it dropped."""
    known = known or known_places()
    text = LABEL_TAIL_RE.sub("", value)
    text = PO_BOX_RE.sub("", text)
    text = OUTWARD_CODE_RE.sub("", text)
    city = known.city_of_postcode(text)
    if city:
        return city
    text = without_asides(text)
    parts: list[str] = []
    posted: int | None = None
    for part in re.split(r",|\s+[–—-]\s+", text):
        coded = POSTCODE_RE.search(part) is not None and not UNIT_NUMBER_RE.match(part.strip())
        bare = re.sub(r"\s+", " ", POSTCODE_RE.sub(" ", part)).strip(" .-–")
        if coded:
            bare = DISTRICT_RE.sub("", bare)
        if bare and re.search(r"[^\W\d_]", bare) and (NEAR_RE.match(bare) or not (
                bare[:1].islower() and not bare[1:2].isupper())):
            # a name whose capital comes second ("eMalahleni") is a name all the same, and
            # so is the town a place is near ("Halsey Down, near Taunton")
            parts.append(bare)
            if coded and posted is None:
                posted = len(parts) - 1
        elif coded and parts and posted is None:
            posted = len(parts) - 1  # "Preston, PR2 9HT": the town before the code
    if posted is not None and posted > 0 and known.is_state(parts[posted]):
        posted -= 1  # "Austin, TX 78701": the town before the state
    if posted is None:
        states = [number for number, part in enumerate(parts) if number and known.is_state(part)]
        posted = states[0] - 1 if states else None
    if posted is not None and _a_known_town(NEAR_RE.sub("", parts[posted])):
        parts[posted] = NEAR_RE.sub("", parts[posted])  # "Acme Works, near Korba, Chhattisgarh"
    if posted is not None and not _a_known_town(parts[posted]):
        # "12 Kirk Wynd, Kirkcaldy, Fife KY1 1AB": the postcode sits with the county; the town
        # the gazetteer knows before it is where the person lives
        known_town = next((number for number in range(posted - 1, -1, -1)
                           if _a_known_town(NEAR_RE.sub("", parts[number]))), None)
        if known_town is not None:
            # "Sendra Works, near Sojat, Pali District, Rajasthan": the town a site is near
            # is the place, before the district the state's code sits with
            parts[known_town] = NEAR_RE.sub("", parts[known_town])
            posted = known_town
    if posted is not None and not _street(parts[posted]):
        after = [part for part in parts[posted + 1:] if known.is_state(part) or not _street(
            part)]
        return ", ".join([parts[posted], *after][:3])
    if len(parts) > 1:
        # only a town written with its district's number ("Dublin 4") outranks the parts
        # before it: a suburb or a small town named first ("Keynsham, Bristol") is the place
        sizes = [town_size(DISTRICT_RE.sub("", part)) if _a_known_town(part)
                 and DISTRICT_RE.search(part) else 0 for part in parts]
        known_town = sizes.index(max(sizes)) if max(sizes) > 0 else None
        towns = [part for part in parts if not _street(part)]
        if known_town is None and len(towns) > 3 and not any(
                _a_known_town(ALIAS_RE.sub("", part).strip()) for part in towns[-3:]):
            # "Ziway (Batu), East Shewa Zone, Oromia Region, Ethiopia": the town the gazetteer
            # knows stands before the areas it lies in, with the country after them
            first = next((part for part in towns[:-3]
                          if _a_known_town(ALIAS_RE.sub("", part).strip())), None)
            if first is not None:
                country = towns[-1] if known.countries.fullmatch(towns[-1].strip(" .")) else ""
                return ", ".join(part for part in (first, country) if part)
        if known_town is None:
            parts = towns or parts[-1:]
        else:
            # "Sandymount, Dublin 4": the suburb before the town the gazetteer knows goes, and
            # so does a code after it
            town = DISTRICT_RE.sub("", parts[known_town])
            after = [part for part in parts[known_town + 1:] if not re.search(r"\d", part)]
            return ", ".join([town, *after][:3])
    return ", ".join(parts[-3:])


def _a_known_town(part: str) -> bool:
    """True when an address's part, without a district's number ("Dublin 4"), is a town the
    gazetteer knows as a whole."""
    bare = DISTRICT_RE.sub("", part)
    return not _street(bare) and is_town(bare)


CONTRACT_RE = re.compile(
    r"(?i)\b(?:full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|temporary|cdi|cdd|"
    r"vollzeit|teilzeit|unbefristet|hours)\b")


PLACE_WORDS = 5
"""A header's piece longer than this is prose, unless it is an address that ends in its country
("Business Park, Suburb, Town, Region, Country")."""


def _ends_in_country(text: str) -> bool:
    return known_places().countries.fullmatch(text.rsplit(",", 1)[-1].strip(" .")) is not None


def header_place(pieces: list[str], is_place: Callable[[str], bool],
                 is_organisation: Callable[[str], bool], *, fallback: bool = True) -> str:
    """The piece of a header line ("Company | Lyon (69) | Permanent") that names a place, its
    bracketed asides dropped ("Airport (HMA), Kansas City"): one spaCy or a place pattern reads as
    a place, else, on a line that also states the contract,
    the capitalised piece that is not the company (only with ``fallback``)."""
    plain = [re.split(r"\s*\((?!\d{2,3}\))", re.sub(
        r"\s*\((?!\d{2,3}\))[^()]*\)", "", piece.strip(" *_")))[0].strip() for piece in pieces]
    candidates = []
    for text in plain:
        named = numbered_name(text.split(",")[0])  # "10th of Ramadan City, Sharqia, Egypt"
        if not text or NOT_A_PLACE_RE.search(text) or not (text[:1].isupper() or named) or (
                len(text.split()) > PLACE_WORDS and not _ends_in_country(text)):
            continue
        bare = text.split(",", 1)[1] if named and "," in text else "" if named else text
        if re.search(r"\d", _without_city_district(OUTWARD_CODE_RE.sub("", POSTCODE_RE.sub(
                "", re.sub(r"\(\d{2,3}\)", "", bare))))) or (
                is_organisation(text)):
            continue
        if re.search(r"\(\d{2,3}\)", text) or re.search(r",\s*[A-Z]{2}\b", text) or is_place(text):
            return town_of(text)
        candidates.append(text)
    if fallback and candidates and any(CONTRACT_RE.search(text) for text in plain):
        return town_of(candidates[-1])
    return ""
