"""Places in a job advert's header and a résumé's address: the town out of a street address,
postcodes and asides dropped ("Royal Infirmary, Mill Lane, Preston, PR2 9HT" → "Preston")."""

from __future__ import annotations

import re
from collections.abc import Callable

POSTCODE_RE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,6}(?:-\d{3,4})?)\b")
"""UK, Canadian and numeric postcodes (the numeric ones with 4 to 6 digits, as in "75009 Paris")."""
STREET_RE = re.compile(
    r"(?i)\bstr\.|\b(?:street|straße|strasse|road|rd\.?|lane|avenue|ave\.?|way|close|drive|place|"
    r"square|rue|allée|boulevard|bd|jalan|no\.|house|floor|suite|building|centre|center|"
    r"hospital|clinic|campus|park|phase|calle|via|strada|straat|weg|gasse|platz|plaza|piazza|"
    r"avenida|rua|estate|quay)\b|\d")
NOT_A_PLACE_RE = re.compile(
    r"(?i)\b(?:full[- ]time|part[- ]time|permanent|contract|temporary|hours|reference|ref\b|job[- ]id|"
    r"req\b|salary|start|grade|band|cdi|cdd|cadre|status|mobility|willing|relocat|licen[cs]e|"
    r"remote|hybrid|married|children|years old|born|mari[ée]e?|enfants?|verheiratet|ledig|"
    r"c[ée]libataire|kinder|casad[oa]|soltero|ans\b|jahre\b|permis|f[üu]hrerschein|n[ée]e? le)")
OUTWARD_CODE_RE = re.compile(r"(?<=[^\W\d_])\s+[A-Z]{1,2}\d{1,2}[A-Z]?(?=\s*(?:,|$))")
"""The first half of a UK postcode after a town ("Leeds LS7")."""
LABEL_TAIL_RE = re.compile(r"\s+(?:[A-Z][\w ]{2,25}):\s.*$")


def town_of(value: str) -> str:
    """The town (with its region and country when given after it) a location value names."""
    text = LABEL_TAIL_RE.sub("", value)
    text = OUTWARD_CODE_RE.sub("", text)
    text = re.split(r"\s*\(|\s+with\s+|;", text)[0]
    parts = []
    for part in re.split(r",|\s+[–—-]\s+", text):
        bare = re.sub(r"\s+", " ", POSTCODE_RE.sub(" ", part)).strip(" .")
        if bare and re.search(r"[^\W\d_]", bare) and not bare[:1].islower():
            parts.append(bare)
    if len(parts) > 1:
        towns = [part for part in parts if not STREET_RE.search(part)]
        parts = towns or parts[-1:]
    return ", ".join(parts[-3:])


CONTRACT_RE = re.compile(
    r"(?i)\b(?:full[- ]time|part[- ]time|permanent|fixed[- ]term|contract|temporary|cdi|cdd|"
    r"vollzeit|teilzeit|unbefristet|hours)\b")


def header_place(pieces: list[str], is_place: Callable[[str], bool],
                 is_organisation: Callable[[str], bool]) -> str:
    """The piece of a header line ("Company | Lyon (69) | Permanent") that names a place: one
    spaCy or a place pattern reads as a place, else, on a line that also states the contract,
    the capitalised piece that is not the company."""
    plain = [re.split(r"\s*\(", piece.strip(" *_"))[0].strip() if not re.search(
        r"\(\d{2,3}\)", piece) else piece.strip(" *_") for piece in pieces]
    candidates = []
    for text in plain:
        if not text or NOT_A_PLACE_RE.search(text) or len(text.split()) > 5 or not text[:1].isupper():
            continue
        if re.search(r"\d", re.sub(r"\(\d{2,3}\)", "", text)) or is_organisation(text):
            continue
        if re.search(r"\(\d{2,3}\)", text) or re.search(r",\s*[A-Z]{2}\b", text) or is_place(text):
            return town_of(text)
        candidates.append(text)
    if candidates and any(CONTRACT_RE.search(text) for text in plain):
        return town_of(candidates[-1])
    return ""
