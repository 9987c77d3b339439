"""Where an advert's job is, and how the work is done, kept apart: a labelled field
("Location: Dayton, OH (on-site)", "Base: …", one row of a facts block), else the place on a
header line ("Company — Town, ST (hybrid)", "Company | Field-based (Region) | Permanent",
"Company, Town", a line that is only a place), else the place the text says the job is based in.
The labels, site words and ways of working are content (fit/cues.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.distance import is_town
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.places import header_place, known_places, town_of, without_asides
from poise.fit.role_header import LEGAL_SUFFIX_RE
from poise.fit.text import clean, sentences_of

LABEL_LINES = 40
"""How many lines at the top of an advert may hold its labelled facts."""
HEADER_LINES = 8
"""How many non-empty lines at the top of an advert may hold its "Company — Town" line."""
HEADER_WORDS = 30
"""A header line is short; a longer one is the advert's prose."""
FIELD_SPLIT_RE = re.compile(r"\s*[|·•]\s*")
"""The separators of an advert's header fields ("Company | Town | Contract", "Company · Town")."""
DASH_SPLIT_RE = re.compile(r"\s+[–—-]\s+")
"""A spaced dash before an aside in a field's value ("Parramatta — hybrid")."""
INLINE_LABEL_RE = re.compile(r"(?<=\S)\s+(?=(?:[A-Z][\w’'/-]*)(?:\s+[\w’'/-]+){0,3}\s*:\s)")
"""Where a second "Label: value" field starts on a line that holds several ("Reports to: Board
Location: Dayton")."""
BRACKET_RE = re.compile(r"\(([^()]*)\)")
ASIDE_RE = re.compile(r",?\s+with\s+|;")
"""Where an aside after a header's place starts ("Leeds, with regular travel", "Leeds; hybrid")."""
PLACE_RUN_RE = re.compile(r"[^\W\d_a-z][\w'’.-]*(?:(?:\s+|,\s*)(?:[^\W\d_a-z][\w'’.-]*|de|am|im|"
                          r"upon|on|sur|la|le))*")
"""A run of capitalised words (with the small words inside place names), which may be a place
("Ried im Innkreis", "Dayton, Ohio")."""


@dataclass(frozen=True)
class JobPlace:
    """Where the job is and how the work is done; each "" when the advert does not say."""

    place: str = ""
    work_mode: str = ""


def read_job_place(text: str, patterns: FitPatterns) -> JobPlace:
    """Where the job is (its town, with a state or country when given) and how the work is done
    (a name of ``patterns.work_modes``), read from the advert's labelled fields, its header, then
    its text."""
    lines = [clean(line) for line in text.splitlines()]
    labelled, labelled_mode = _labelled(lines[:LABEL_LINES], patterns)
    header_lines = [line for line in lines if line][:HEADER_LINES]
    header_lines = [line for line in header_lines if len(line.split()) <= HEADER_WORDS]
    mode = labelled_mode or next(
        (found for line in header_lines if (found := patterns.work_mode_of(line))), "")
    place = labelled or _from_header(header_lines, patterns) or _from_text(text, patterns)
    return JobPlace(place=place, work_mode=mode)


def _fields(line: str) -> list[str]:
    """The fields of one line: split at "|", "·" or "•", and where a second "Label:" starts."""
    fields = []
    for piece in FIELD_SPLIT_RE.split(line):
        fields += INLINE_LABEL_RE.split(piece)
    return [field.strip(" *_") for field in fields if field.strip(" *_")]


def _labelled(lines: list[str], patterns: FitPatterns) -> tuple[str, str]:
    """The place and way of working a labelled field gives ("Location: Dayton, OH (on-site)";
    a table row "| Location | Parramatta |"; the label alone in one field, its value in the next)."""
    labels = patterns.evidence.get("location_label", ())
    for line in lines:
        fields = _fields(line)
        for number, piece in enumerate(fields):
            label, colon, value = piece.partition(":")
            if not colon:
                label, value = piece, fields[number + 1] if number + 1 < len(fields) else ""
            label = label.strip(" *_")
            if not value.strip() or len(label.split()) > 4 or not any(
                    pattern.fullmatch(label) for pattern in labels):
                continue
            mode = patterns.work_mode_of(value)
            place = _place_of(value, patterns)
            if place:
                return place, mode
            if mode:
                return "", mode
    return "", ""


def _place_of(value: str, patterns: FitPatterns) -> str:
    """The place a field's value names without its way of working, asides or site words
    ("Field based, North West" → "North West"; "Head office Tilburg" → "Tilburg"); a way of
    working with the place in brackets gives the bracket's place ("Field-based (North West)")."""
    value = DASH_SPLIT_RE.split(value)[0].strip(" .;")
    if patterns.work_mode_of(value.split("(")[0]) and not _strip_modes(
            value.split("(")[0], patterns):
        inside = BRACKET_RE.search(value)
        return _place_of(inside.group(1), patterns) if inside else ""
    value = _strip_modes(without_asides(value), patterns)
    return town_of(value) if value else ""


def _strip_modes(value: str, patterns: FitPatterns) -> str:
    """``value`` without its parts that say how or on what kind of site the work is done."""
    for pattern in (*[item for _mode, group in patterns.work_modes for item in group],
                    *patterns.evidence.get("site_words", ())):
        value = pattern.sub(" ", value)
    parts = [re.sub(r"\s+", " ", part).strip(" .;:–—-") for part in value.split(",")]
    return ", ".join(part for part in parts if part)


def _organisation(text: str) -> bool:
    """True for a company's name by its legal suffix ("GmbH", "plc"); an Irish county's "Co."
    before its name ("Co. Cork") is none, and neither is a state's or canton's code after a town
    that spells like a form ("Adelaide SA", "Aarau AG")."""
    return any(not re.match(r"\s+[A-Z]", text[hit.end():]) and not _state_after_town(text, hit)
               for hit in LEGAL_SUFFIX_RE.finditer(text))


def _state_after_town(text: str, hit: re.Match[str]) -> bool:
    """True when the form ``hit`` found is a code of two or three capitals that closes a
    comma-separated part whose words before it are a town ("Adelaide SA")."""
    code = hit.group(0).strip(" ,.")
    if not re.fullmatch(r"[A-Z]{2,3}", code) or text[hit.end():].strip(" .,;)"):
        return False
    town = text[:hit.start()].rsplit(",", 1)[-1].strip(" ,")
    return bool(town) and is_town(town)


def _dash_parts(text: str) -> list[str]:
    """``text`` split at its spaced dashes outside brackets ("Acme – London (hybrid – 3 days)"
    → "Acme", "London (hybrid – 3 days)")."""
    parts, depth, start = [], 0, 0
    for hit in re.finditer(r"[()]|\s+[–—-]\s+", text):
        token = hit.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start:hit.start()])
            start = hit.end()
    parts.append(text[start:])
    return parts


def _from_header(lines: list[str], patterns: FitPatterns) -> str:
    """The place a header line names: one of its fields (split at "|", "·" or a spaced dash)
    that reads as a place, the bracketed place of a way of working ("Field-based (North
    West)"), the part after the company's comma ("Acme AG, Rotkreuz ZG"); else, on a line that
    also states the contract, its capitalised field that is not the company."""
    splits = []
    for line in lines:
        pieces = []
        for piece in FIELD_SPLIT_RE.split(line):
            parts = []
            for part in _dash_parts(piece):
                head = part.split(",")[0]
                rest = part[len(head) + 1:]
                # "Acme Medical AG, Rotkreuz ZG", "Heartland Airport (HMA), Kansas City,
                # Missouri": the company, then its place (a town with its state or country)
                parts += [head, rest] if "," in part and (_organisation(head) or (
                    "," in rest and not _is_place(head) and _is_place(rest))) else [part]
            for part in parts:
                part = ASIDE_RE.split(part)[0]  # "Leeds, with regular travel to …"
                mode = patterns.work_mode_of(part.split("(")[0])
                inside = BRACKET_RE.search(part)
                if mode and inside and not _strip_modes(part.split("(")[0], patterns):
                    part = inside.group(1)
                stripped = _strip_modes(part, patterns) if not re.search(
                    r"\(\d{2,3}\)", part) else part
                stripped = stripped.strip(" *_")
                if patterns.functions.fullmatch(stripped):
                    stripped = ""  # "… · Full-time · Customer Success": the team, not a place
                pieces.append(stripped)
        splits.append(pieces)
        # a place the gazetteer or the places content knows first: spaCy may read a company's
        # made-up name as a place ("**Brightlane** · Seattle, WA (Hybrid)")
        place = header_place(pieces, _known_place, _organisation, fallback=False) or header_place(
            pieces, _is_place, _organisation, fallback=False)
        if place:
            return place
        if len(pieces) > 1 and _organisation(pieces[0]):
            # "Acme Ltd – Ried im Innkreis": the part after the company is where it is
            place = header_place(pieces[1:2], lambda _text: True, _organisation, fallback=False)
            if place:
                return place
    for pieces in splits:
        place = header_place(pieces, _is_place, _organisation)
        if place:
            return place
    return ""


def _from_text(text: str, patterns: FitPatterns) -> str:
    """The place after words that say where the job is based ("The role is based in our Leeds
    office"), when spaCy reads it as a place."""
    intros = patterns.evidence.get("place_intro", ())
    if not intros:
        return ""
    for sentence in sentences_of(text):
        hit = any_match(intros, sentence)
        if hit is None:
            continue
        run = PLACE_RUN_RE.match(sentence, hit.end())
        if run and _is_place(run.group(0)):
            return town_of(run.group(0).rstrip(" ,."))
    return ""


CODE_RE = re.compile(r"\b(?:[A-Z]{1,3}\d{0,2}[A-Z]?|\d+)\b|\b(?:Co\.|County)\s+")
"""Codes beside a town ("Rotkreuz ZG", "London EC2", "Lyon 69007") and an Irish county's
"Co.", dropped before the town is looked up."""


def _known_place(text: str) -> bool:
    """True when one comma-separated part of ``text`` is, as a whole, a town the gazetteer knows
    or a state or country the places content lists (no guess from spaCy)."""
    for part in without_asides(text).split(","):
        bare = re.sub(r"\s+", " ", CODE_RE.sub(" ", part)).strip(" .()/")
        if bare and (is_town(bare) or known_places().states.fullmatch(bare)
                     or known_places().countries.fullmatch(bare)):
            return True
    return False


def _is_place(text: str) -> bool:
    """True when one comma-separated part of ``text`` is, as a whole, a town the gazetteer knows
    or a state or country the places content lists ("London EC2", "Ringaskiddy, Co. Cork",
    "Región de Antofagasta, Chile"), or when spaCy
    reads every word as a place ("Dayton, Ohio"); not "Director Operations Benelux" nor "About
    Tolka Pay"."""
    from poise.analysis.nlp import spacy_pipeline

    if _known_place(text):
        return True
    doc = spacy_pipeline(entities=True)(text)
    words = [token for token in doc if token.is_alpha and not token.is_stop]
    if not words:
        return False
    placed = [token for token in words if token.ent_type_ in ("GPE", "LOC", "FAC")]
    return len(placed) == len(words) and any(token.ent_type_ in ("GPE", "LOC") for token in placed)
