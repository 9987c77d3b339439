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
from poise.fit.places import (
    NOT_A_PLACE_RE,
    PO_BOX_RE,
    POSTCODE_RE,
    STREET_ADDRESS_RE,
    STREET_RE,
    header_place,
    known_places,
    town_of,
    without_asides,
)
from poise.fit.role_header import LEGAL_SUFFIX_RE
from poise.fit.text import clean, marked_heading, sentences_of
from poise.fit.town_names import english_name, with_english_name

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
    if not labelled:
        labelled, labelled_mode = _located_section(text.splitlines(), patterns, labelled_mode)
    header_lines = [line for line in lines if line][:HEADER_LINES]
    header_lines = [line for line in header_lines
                    if len(line.split()) <= HEADER_WORDS and not _prose(line)]
    mode = labelled_mode or next(
        (found for line in header_lines if (found := patterns.work_mode_of(line))), "")
    if labelled and not _names_a_town(labelled):
        labelled = _site_in_header(labelled, header_lines) or labelled
    place = labelled or _from_header(header_lines, patterns) or _from_text(text, patterns)
    place = COUNCIL_OF_PLACE_RE.sub("", place)
    place = DISTRICT_SUFFIX_RE.sub(r"\g<town>", place)
    return JobPlace(place=with_english_name(place) if place else "", work_mode=mode)


COUNCIL_OF_PLACE_RE = re.compile(
    r"^(?:the\s+)?(?:city|town|county|borough|village|municipality|district|shire|township)\s+of\s+"
    r"(?=[A-Z])", re.IGNORECASE)
"""A council's name for its place ("City of Copper Mesa, Arizona"): the place is the town the
council is named for ("Copper Mesa, Arizona"); said as it stands it reads "living in City of …"."""


DISTRICT_SUFFIX_RE = re.compile(r"^(?P<town>[^,()]*?[^\W\d_])\s+(?:[A-Z]\.){1,3}[A-Z]?\.?(?=\s*,)")
"""A capital's district written in initials after its name, before its country ("Bogotá D.C.,
Colombia", "México D.F., Mexico"): the town is the name before them."""


PROSE_WORDS = 12
"""A sentence of the advert's prose is longer than a header's fields."""


def _prose(line: str) -> bool:
    """True for a sentence of the advert's prose near its top ("Acme ohf. is a public company
    owned by five municipalities: …, Hafnarfjörður (12%), …."): a long line that ends as a
    sentence does, whose places are the owners' or the customers', not the job's."""
    return len(line.split()) > PROSE_WORDS and line.rstrip(" *_").endswith((".", "!"))


def _site_in_header(site: str, lines: list[str]) -> str:
    """The town a header line places a labelled site in, when the label names the site alone
    ("Location: Acme Works" over "Acme Cement | Acme Works, near Sojat, Pali District"); "" when
    no header piece opens with the site or none names a town after it."""
    name = without_asides(site).split(",")[0].strip(" .*_").casefold()
    for line in lines:
        for piece in FIELD_SPLIT_RE.split(line):
            for part in _dash_parts(piece):
                head, _, rest = part.strip(" *_").partition(",")
                if head.strip().casefold() != name or not rest.strip():
                    continue
                town = town_of(part.strip(" *_"))
                if town and town.split(",")[0].strip().casefold() != name and _names_a_town(town):
                    return town
    return ""


def _fields(line: str) -> list[str]:
    """The fields of one line: split at "|", "·" or "•", and where a second "Label:" starts."""
    fields = []
    for piece in FIELD_SPLIT_RE.split(line):
        # a second label starts only after a first one's colon: "Duty Station: Nairobi" is one
        # label of two words, "Reports to: Board Location: Dayton" two fields
        start = 0
        for hit in INLINE_LABEL_RE.finditer(piece):
            if ":" in piece[start:hit.start()]:
                fields.append(piece[start:hit.start()])
                start = hit.end()
        fields.append(piece[start:])
    return [field.strip(" *_") for field in fields if field.strip(" *_")]


def _labelled(lines: list[str], patterns: FitPatterns) -> tuple[str, str]:
    """The place and way of working a labelled field gives ("Location: Dayton, OH (on-site)";
    a table row "| Location | Parramatta |"; the label alone in one field, its value in the next)."""
    labels = patterns.evidence.get("location_label", ())
    country, country_mode = "", ""
    for line in lines:
        fields = _fields(line)
        for number, piece in enumerate(fields):
            label, colon, value = piece.partition(":")
            if not colon:
                label, value = piece, fields[number + 1] if number + 1 < len(fields) else ""
            label = label.strip(" *_")
            # a label in two languages ("Lokasi / Location", "Standort / Location"): either
            # name stands for the field
            # or written after its name in another script ("工作地點 Work location")
            names = [label, *(part.strip(" *_") for part in re.split(r"\s+/\s+", label)),
                     _latin_words(label)]
            if not value.strip() or len(label.split()) > 5 or not any(
                    pattern.fullmatch(name) for pattern in labels for name in names):
                continue
            mode = patterns.work_mode_of(value)
            place = _place_of(value, patterns)
            if place and _only_a_country(place):
                # "Country: Kenya" above "City: Nairobi": a later label may name the town
                country, country_mode = country or place, country_mode or mode
                continue
            if place:
                return place, mode or country_mode
            if mode and not country:
                return "", mode
    return country, country_mode


def _located_section(raw_lines: list[str], patterns: FitPatterns, mode: str) -> tuple[str, str]:
    """The place under a section whose heading is a location label ("【Work Location】",
    "## Location", "**Place of work**"), read from the section's first line, wherever the
    section stands; ("", ``mode``) when there is none."""
    labels = patterns.evidence.get("location_label", ())
    for number, raw in enumerate(raw_lines):
        label = marked_heading(raw) or ""
        if not label or not any(pattern.fullmatch(clean(label).strip(" :")) for pattern in labels):
            continue
        value = next((clean(line) for line in raw_lines[number + 1:number + 4] if line.strip()), "")
        place = _place_of(value, patterns) if value else ""
        if place:
            return place, mode or patterns.work_mode_of(value)
    return "", mode


NON_LATIN_RE = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
"""A run of letters of a script other than the Latin one ("工作地點", "Κωδικός")."""


def _latin_words(text: str) -> str:
    """``text`` with the words of other scripts dropped, when it has both kinds ("新竹科學園區
    Hsinchu Science Park" → "Hsinchu Science Park"); "" when it has no such words or no Latin
    ones."""
    if not NON_LATIN_RE.search(text):
        return ""
    kept = re.sub(r"\s+", " ", NON_LATIN_RE.sub(" ", text)).strip(" *_/|-")
    return kept if re.search(r"[A-Za-z]", kept) else ""


def _only_a_country(place: str) -> bool:
    """True when a place is a country's name and nothing more ("Kenya")."""
    return known_places().countries.fullmatch(place.strip(" .")) is not None


def _place_of(value: str, patterns: FitPatterns) -> str:
    """The place a field's value names without its way of working, asides or site words
    ("Field based, North West" → "North West"; "Head office Tilburg" → "Tilburg"); a way of
    working with the place in brackets gives the bracket's place ("Field-based (North West)")."""
    dashed = DASH_SPLIT_RE.split(value)
    value = dashed[0].strip(" .;")
    if patterns.work_mode_of(value.split("(")[0]) and not _strip_modes(
            value.split("(")[0], patterns):
        inside = BRACKET_RE.search(value)
        if inside:
            return _place_of(inside.group(1), patterns)
        # "Field based – North West (regional office: Warrington)": the place follows the dash
        rest = " – ".join(dashed[1:]).strip(" .;")
        return _place_of(rest, patterns) if rest else ""
    value = _latin_words(value) or value  # "新竹科學園區 Hsinchu Science Park"
    bracket_town = _bracketed_town(value, patterns)
    value = _strip_modes(without_asides(value), patterns)
    place = town_of(value) if value else ""
    head = place.split(",")[0]
    area = _area_town(head, patterns)
    if area:
        place = area + place[len(head):]  # "Hsinchu Science Park": the town the park is in
    if bracket_town and not _names_a_town(place):
        return bracket_town  # "North West (regional office: Warrington)": the office's town
    return place


SITE_ASIDE_RE = re.compile(
    r"(?i)^(?:(?:is|are)\s+)?(?:based|located|situated)\s+(?:in|at|out\s+of)\s+(?:(?:our|the)\s+)?")
"""Words that open a bracket naming where the work is based ("(based at our Leeds site)")."""
SITE_TAIL_RE = re.compile(r"(?i)\s+(?:site|office|offices|campus|hub|plant|depot|base)$")
"""A kind of site after the town in a bracket ("our Leeds site")."""


def _bracketed_town(value: str, patterns: FitPatterns) -> str:
    """The town a bracket in ``value`` names as the place of work, with its site words dropped
    ("(regional office: Warrington)", "(based at our Leeds site)"); "" when no bracket holds
    only a town the gazetteer knows."""
    for inside in BRACKET_RE.finditer(value):
        text = inside.group(1).split(":")[-1] if ":" in inside.group(1) else inside.group(1)
        text = SITE_TAIL_RE.sub("", SITE_ASIDE_RE.sub("", text.strip())).strip(" .,;")
        text = _strip_modes(text, patterns).strip(" .,;")
        town = text.split(",")[0].strip()
        if town and town[:1].isupper() and is_town(town):
            return text
    return ""


def _names_a_town(place: str) -> bool:
    """True when a comma-separated part of ``place`` is a town the gazetteer knows, or a part
    carries a postcode or a French département's number ("Dardilly (69)")."""
    if re.search(r"\(\d{2,3}\)", place):
        return True
    for part in without_asides(place).split(","):
        part = re.sub(r"\([^()]*\)", " ", part)  # "Ziway (Batu)": the town's other name
        bare = re.sub(r"\s+", " ", CODE_RE.sub(" ", part)).strip(" .()/")
        if bare and _only_a_country(bare):
            continue  # "Director of Operations – Colombia": a country names no town
        if bare and (is_town(bare) or english_name(bare)):
            return True
    return False


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


def _area_town(text: str, patterns: FitPatterns) -> str:
    """The town a zoned area is named for ("Tema Heavy Industrial Area" → "Tema"), when the words
    before the area's kind (``area_words`` in fit/cues.yaml) are a town the gazetteer knows; ""
    otherwise ("Kings Business Park": no town before it)."""
    hit = any_match(patterns.evidence.get("area_words", ()), text)
    if hit is None or text[hit.end():].strip(" .*_"):
        return ""
    town = text[:hit.start()].strip(" ,.*_")
    return town if town and len(town.split()) <= 3 and is_town(town) else ""


def _shares_name(text: str, company: str) -> bool:
    """True when ``text`` holds a capitalised word of the company's name ("Faena Cerro Alquimia"
    beside "Minera Cerro Alquimia SCM"): a site named for the company, not a town."""
    own = {word.casefold() for word in re.findall(r"[^\W\d_][\w'’-]{2,}", company)
           if word[:1].isupper()}
    return any(word.casefold() in own for word in re.findall(r"[^\W\d_][\w'’-]{2,}", text))


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
    region = ""
    for line in lines:
        pieces = []
        named = ""  # a part before on the line that names the company by its legal form
        for piece in FIELD_SPLIT_RE.split(line):
            parts = []
            for part in _dash_parts(piece):
                head = part.split(",")[0]
                rest = part[len(head) + 1:]
                town = _area_town(head, patterns)
                if town:
                    # "Tema Heavy Industrial Area, Greater Accra Region": the town's zone
                    parts.append(town + part[len(head):])
                    continue
                # "Acme Medical AG, Rotkreuz ZG", "Heartland Airport (HMA), Kansas City,
                # Missouri": the company, then its place (a town with its state or country);
                # after a company already named ("Bodega Acme S.A. – Luján de Cuyo, Mendoza"),
                # a name the gazetteer lacks before a known place is the town, not a company
                parts += [head, rest] if "," in part and (_organisation(head) or (
                    (not named or _shares_name(head, named)) and "," in rest
                    and not _is_place(head) and _is_place(rest))) else [part]
                named = named or (head if _organisation(head) else "")
            for part in parts:
                part = ASIDE_RE.split(part)[0]  # "Leeds, with regular travel to …"
                mode = patterns.work_mode_of(part.split("(")[0])
                inside = BRACKET_RE.search(part)
                if mode and inside and not _strip_modes(part.split("(")[0], patterns):
                    part = inside.group(1)
                stripped = _strip_modes(part, patterns) if not re.search(
                    r"\(\d{2,3}\)", part) else part
                stripped = SITE_ASIDE_RE.sub("", stripped.strip(" *_"))
                labelled = LABELLED_FIELD_RE.match(stripped)
                if labelled and not PLACE_LABEL_RE.search(labelled.group("label")):
                    stripped = ""  # "Industry: Electronics Manufacturing": another field's value
                if patterns.functions.fullmatch(stripped) or SITE_KIND_RE.fullmatch(stripped):
                    # "… · Full-time · Customer Success": the team, not a place; "General
                    # Manager – Plant": the kind of site, not where it is
                    stripped = ""
                pieces.append(stripped)
        splits.append(pieces)
        address = "" if PO_BOX_RE.search(line) else _address_town(pieces)
        if address:
            return address
        # a place the gazetteer or the places content knows first: spaCy may read a company's
        # made-up name as a place ("**Brightlane** · Seattle, WA (Hybrid)")
        place = header_place(pieces, _known_place, _organisation, fallback=False) or header_place(
            pieces, _is_place, _organisation, fallback=False)
        if not place and len(pieces) > 1 and _organisation(pieces[0]):
            # "Acme Ltd – Ried im Innkreis": the part after the company is where it is
            place = header_place(pieces[1:2], lambda _text: True, _organisation, fallback=False)
        if place and _town_like(place, pieces):
            return place
        # a region on the title line ("Regional Director – Los Lagos Region") gives way to a
        # town a later header line names ("Puerto Montt, Región de Los Lagos, Chile")
        region = region or place
    site = next((found for line in lines[:1] for piece in _dash_parts(line)
                 if (found := _site_town(piece))), "")
    if site:
        return site
    if region:
        return region
    for pieces in splits:
        place = header_place(pieces, _is_place, _organisation)
        if place:
            return place
    return ""


LABELLED_FIELD_RE = re.compile(r"^(?P<label>[^\W\d_]+(?:[ -][^\W\d_]+){0,3}):\s+\S")
"""A header field of the form "Label: value", the label a few words ("Industry: Retail", "Job
type: Full-time")."""
PLACE_LABEL_RE = re.compile(r"(?i)\b(?:locat|office|address|site|based|base|place|city|town|"
                            r"region|country|seat|headquarter|HQ)")
"""Words of a label whose value may be a place ("Registered office: … Milano"); other labelled
fields of a header (an industry, a contract, a level) name none."""


SITE_KINDS = (r"(?:site|office|campus|hub|plant|depot|base|factory|mill|works|facility|centre|"
              r"center|hospital|mine|terminal|warehouse|refinery|yard)")
"""The kinds of site a post may be at."""
SITE_KIND_RE = re.compile(rf"(?i)(?:the\s+)?{SITE_KINDS}s?")
"""A header piece that names only a kind of site ("GENERAL MANAGER – PLANT"): no place."""
SITE_IN_RE = re.compile(
    rf"(?i:\b{SITE_KINDS})\s+(?:in|at)\s+"
    r"(?P<town>[^\W\d_a-z][\w'’.-]*(?:\s+[^\W\d_a-z][\w'’.-]*){0,2})\s*$")
"""A site and the town it is in, closing the advert's title ("Managing Director – Processing
Plant in Grundarfjörður"): where the post is, whether or not the gazetteer knows the town."""


def _site_town(piece: str) -> str:
    """The town a title's piece names as the site of the post ("Processing Plant in Hvolsvöllur"),
    or ""; a country or a state alone is no site's town."""
    hit = SITE_IN_RE.search(piece.strip(" *_#"))
    if hit is None:
        return ""
    town = hit.group("town").strip(" .")
    if _only_a_country(town) or known_places().states.fullmatch(town):
        return ""
    return town


POSTCODE_TOWN_RE = re.compile(r"^\d{4,5}\s+(?:[^\W\d_a-z][\w'’.-]*)(?:[\s-]+[^\W\d_a-z][\w'’.-]*){0,2}$")
"""A postcode before its town, as one part of an address ("8471 Lysbjerg", "75009 Paris")."""


def _address_town(pieces: list[str]) -> str:
    """The town of a header piece that is an address or a site with its town: a part with a
    postcode before the town ("Town Hall, Main Street 1, 8471 Lysbjerg"), or a street or a site
    before a last part that is a name ("Thames Hospital, Thames"); "" for any other piece. A
    line with a post-office box is never asked: letters go there, the work is elsewhere."""
    for piece in pieces:
        text = without_asides(piece).strip(" *_")
        parts = [part.strip() for part in text.split(",") if part.strip()]
        if not parts or NOT_A_PLACE_RE.search(text):
            continue
        if any(POSTCODE_TOWN_RE.match(part) for part in parts) or (
                len(parts) > 1 and any(STREET_RE.search(part) or STREET_ADDRESS_RE.match(part)
                                       for part in parts[:-1])
                and _a_name(parts[-1]) and not POSTCODE_RE.search(parts[-1])):
            town = town_of(text)
            if town and _a_name(town.split(",")[0]) and not _organisation(town):
                return town
    return ""


def _a_name(text: str) -> bool:
    """True for one to three capitalised words that name no street or site ("Port Sebenza")."""
    words = text.split()
    return 0 < len(words) <= 3 and all(word[:1].isupper() for word in words) and not (
        STREET_RE.search(text))


def _town_like(place: str, pieces: list[str]) -> bool:
    """True when the header's place is a town rather than a region alone: the gazetteer knows a
    part of it, or the piece it came from carries a French département's number ("Lyon (69)")."""
    if _names_a_town(place):
        return True
    return any(re.search(r"\(\d{2,3}\)", piece) and place.split(",")[0] in piece
               for piece in pieces)


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
        if bare and (is_town(bare) or (bare == part.strip(" .()/") and english_name(bare))
                     or known_places().states.fullmatch(bare)
                     or known_places().countries.fullmatch(bare)):
            return True
    return False


TOPIC_WORDS = frozenset({"about", "regarding", "concerning", "for", "with"})
"""Words that open a heading or a phrase about something rather than a place."""


def _is_place(text: str) -> bool:
    """True when one comma-separated part of ``text`` is, as a whole, a town the gazetteer knows
    or a state or country the places content lists ("London EC2", "Ringaskiddy, Co. Cork",
    "Región de Antofagasta, Chile"), or when spaCy
    reads every word as a place ("Dayton, Ohio"); not "Director Operations Benelux" nor "About
    Tolka Pay"."""
    from poise.analysis.nlp import spacy_pipeline

    if _known_place(text):
        return True
    first_word = text.split(maxsplit=1)[:1]
    if first_word and first_word[0].lower() in TOPIC_WORDS:
        return False  # a heading about the employer ("About Hraunveitur"), no place: no parse
    doc = spacy_pipeline(entities=True)(text)
    words = [token for token in doc if token.is_alpha and not token.is_stop]
    if not words:
        return False
    placed = [token for token in words if token.ent_type_ in ("GPE", "LOC", "FAC")]
    return len(placed) == len(words) and any(token.ent_type_ in ("GPE", "LOC") for token in placed)
