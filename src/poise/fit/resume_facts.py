"""Facts a résumé states outside its roles: certifications, languages with their level, location."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from poise.fit.ladders import languages_in, rungs_in
from poise.fit.lexicon import FitPatterns
from poise.fit.places import NOT_A_PLACE_RE, POSTCODE_RE, STREET_RE, town_of

CERTIFICATE_WORDS_RE = re.compile(
    r"\bcertif|\bcertificate\b|\baccredit|\bchartered\b|\bmember(?:ship)? of\b|\blicen[cs]ed?\b|"
    r"\bqualified\b|\b(?-i:[MF]CI[A-Z]{1,3}|MCMI|FCMI|MCIH|MCIPD|ACMA|FCCA)\b|\bmember since\b",
    re.IGNORECASE)
DATES_RE = re.compile(
    r"(?:\b(?:since|from|seit)\s+)?(?:\b(?:0?[1-9]|1[0-2])\s*[/.]\s*)?\b(?:19[5-9]\d|20[0-4]\d)\b"
    r"(?:\s*(?:–|—|-|to)\s*(?:(?:0?[1-9]|1[0-2])\s*[/.]\s*)?(?:19[5-9]\d|20[0-4]\d|present|today))?",
    re.IGNORECASE)
LABEL_RE = re.compile(
    r"^(?:location|address|home address|based in|based|residence|city|wohnort|anschrift|adresse|"
    r"domicile|lieu de r[ée]sidence|ville|direcci[óo]n|domicilio)\s*(?:[:|\t]\s*)+",
    re.IGNORECASE)
CONTACT_RE = re.compile(r"@|https?://|www\.|linkedin|\+?\d[\d ()-]{6,}\d")
PIECE_SPLIT_RE = re.compile(r"\s*[|·•\t]\s*|\s+[–—]\s+|\s{3,}")
US_STATE_RE = re.compile(r",\s*[A-Z]{2}\b")


class _Line(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def role(self) -> int | None: ...


def certifications_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[str, ...]:
    """Certifications and professional memberships, each as the résumé names it (dates dropped).
    A line inside a role counts only when it says it is a certificate or a qualification."""
    found: list[str] = []
    for item in lines:
        text = item.text
        named = patterns.certifications.search(text) is not None or bool(rungs_in(text, patterns))
        worded = CERTIFICATE_WORDS_RE.search(text) is not None
        in_role = item.section == "experience" or item.role is not None
        if not (worded if in_role else named or worded):
            continue
        name = _without_dates(text)
        if name and name not in found and len(name.split()) <= 16:
            found.append(name)
    return tuple(found)


def _without_dates(text: str) -> str:
    text = DATES_RE.sub(" ", text)
    text = re.sub(r"\(\s*\)", " ", text)
    return re.sub(r"\s+", " ", text).strip(" |,;:–—-")


def languages_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[tuple[str, str], ...]:
    """Languages with the level the résumé gives ("" when none), from lines outside the roles
    that state a level or are labelled as languages. A line of a languages list gives the level
    before a mention elsewhere ("Bilingual (English/Spanish)" in a profile)."""
    listed: dict[str, str] = {}
    mentioned: dict[str, str] = {}
    for item in lines:
        if item.section == "experience" or item.role is not None:
            continue
        labelled = re.match(r"(?i)^\W*(?:languages?|sprachen|sprachkenntnisse|langues)\b",
                            item.text) is not None
        found = listed if labelled or item.section == "side" else mentioned
        for language, level in languages_in(item.text, patterns):
            if not (level or labelled or item.section == "side"):
                continue
            if language not in found or (level and not found[language]):
                found[language] = level
    for language, level in mentioned.items():
        if language not in listed or not listed[language]:
            listed[language] = level or listed.get(language, "")
    return tuple(listed.items())


def location_of(lines: Sequence[_Line], patterns: FitPatterns) -> str:
    """Where the candidate lives, from the résumé's header: a labelled line, else a place on the
    contact lines (spaCy's place entities, a country, or "City, ST")."""
    header = []
    for item in lines[:8]:
        if item.role is not None or item.section == "experience":
            break
        header.append(item.text)
    for text in header:
        label = LABEL_RE.match(text)
        if label and label.end() < len(text):
            value = text[label.end():].strip(" |:")
            return town_of(value) or value
    candidates: list[tuple[str, bool]] = []
    for number, text in enumerate(header):
        pieces = [piece.strip(" ,") for piece in PIECE_SPLIT_RE.split(text) if piece.strip(" ,")]
        contact = CONTACT_RE.search(text) is not None or len(pieces) > 1
        if number == 0 and not contact:
            continue  # the candidate's name
        for piece in pieces:
            if piece.endswith(":"):
                continue  # a label ("Name:")
            piece = re.sub(r"\s*\([^()]*\)", "", piece).strip(" ,.")  # "(open to relocation)"
            if not CONTACT_RE.search(piece) and (
                    (POSTCODE_RE.search(piece) and ("," in piece or re.match(r"\d", piece)))
                    or ("," in piece and STREET_RE.search(piece))):
                piece = town_of(piece)  # a street address: its town
                if piece and piece[:1].isupper():
                    candidates.append((piece, True))
                    continue
            if CONTACT_RE.search(piece) or len(piece.split()) > 5 or NOT_A_PLACE_RE.search(
                    piece) or any(pattern.search(piece) for pattern in patterns.title_words):
                continue
            if not re.match(r"[^\W\d_]", piece) or not piece[:1].isupper():
                continue
            candidates.append((piece, contact))
    if not candidates:
        return ""
    for piece, _ in candidates:
        if patterns.countries.search(piece) or US_STATE_RE.search(piece) or names_place(piece):
            return town_of(piece) or piece
    for piece, contact in candidates:
        if contact:
            return town_of(piece) or piece
    return ""


def names_place(text: str) -> bool:
    """True when spaCy's entities read ``text`` as a place (a town, a region, a country)."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(entities=True)(text)
    return any(entity.label_ in ("GPE", "LOC") for entity in doc.ents)


def education_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[str, ...]:
    """Degrees and diplomas as the résumé names them (dates dropped): lines of the education
    section, or any line outside the roles that names a degree."""
    degree = patterns.evidence.get("degree", ())
    found: list[str] = []
    for item in lines:
        if item.role is not None or item.section == "experience":
            continue
        if not any(pattern.search(item.text) for pattern in degree):
            continue
        name = _without_dates(item.text)
        if name and name not in found and len(name.split()) <= 20:
            found.append(name)
    return tuple(found)
