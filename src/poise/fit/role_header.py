"""A role's header on a résumé: which piece names the job title, which the employer, which a place
or a description of the company, read from the layout and the title and organisation vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.distance import is_town
from poise.fit.lexicon import (
    FitPatterns,
    LazyPattern,
    any_match,
    installation_name,
    shipped_legal_forms_anywhere,
    step_arrow,
)
from poise.fit.places import STREET_ADDRESS_RE

PIECE_SPLIT_RE = re.compile(r"\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|\t+|\s{3,}|\s+@\s+"
                            r"|\s+at\s+(?=[A-ZÀ-ÖØ-Þ]|[a-z]{1,2}[A-Z])")
"""The separators between a header's pieces; " at " before a name, whose capital may be an
accented one ("Österreichisches …") or its second or third letter ("iGATE", "eBay")."""
ARROW_RE = LazyPattern(step_arrow)
"""An arrow or a word for "then" between two posts of a title line ("Analyst → Manager")."""
LEGAL_SUFFIX_RE = LazyPattern(shipped_legal_forms_anywhere)
"""A legal form anywhere in a header piece ("Acme GmbH", "Zeta S.p.A."): the forms are content
(fit/lexicons.yaml ``legal_forms``, the list drafts also drop from a name), with "Company" and
"Co" as marks of a company's name."""
INSTALLATION_RE = LazyPattern(installation_name)
"""A military installation's name ("… Air Force Base", "… Barracks"): a place, not an employer."""
STATE_RE = re.compile(r"(?:^|,\s*)[A-Z]{2}$")
"""A two-letter state or province code ending a place ("Denver, CO", "Toronto, ON")."""
DEPARTMENT_RE = re.compile(r"\(\d{2,3}\)$")
"""A French department number after a town ("Nanterre (92)")."""
WORK_MODE_RE = re.compile(r"(?i)^(?:remote|hybrid|on-?site|home-?based|various locations)$")
LOWER_ASIDE_RE = re.compile(r"\s*\((?=[a-z])[^()]*\)?")
"""A parenthetical aside that starts in lower case ("(a Meridian company)", "(payments)")."""
JOINERS = frozenset({"of", "and", "&", "the", "de", "du", "la", "le", "von", "van", "der", "für",
                     "und", "y", "e", "at", "for", "in", "des", "et", "-", "/"})


@dataclass(frozen=True)
class Piece:
    """One piece of a header line and what it names: title, employer, name, place or description."""

    text: str
    kind: str
    strong: bool = False
    """For an employer: a legal suffix or an organisation noun says so (not only its place)."""


def has_title(text: str, patterns: FitPatterns) -> bool:
    """True when ``text`` holds a word of the job-title vocabulary ("manager", "officer")."""
    return any_match(patterns.title_words, text) is not None


def organisation_marked(text: str, patterns: FitPatterns) -> bool:
    """True when a legal suffix or an organisation noun marks ``text`` as an organisation."""
    if LEGAL_SUFFIX_RE.search(text):
        return True
    return patterns.organisations is not None and patterns.organisations.search(text) is not None


def is_place(text: str, patterns: FitPatterns) -> bool:
    """A piece made of places only: countries and regions, "City, ST", a work mode."""
    piece = text.strip(" ,;:()")
    if not piece:
        return False
    if WORK_MODE_RE.match(piece) or DEPARTMENT_RE.search(text.strip(" ,;:")):
        return True
    if INSTALLATION_RE.fullmatch(piece) and not LEGAL_SUFFIX_RE.search(piece.split(",")[0]):
        return True  # "Kestrel Air Force Base, NM": where the service posted its people
    parts = [part for part in re.split(r"\s*(?:,|&|\band\b|/|\+)\s*", piece) if part]
    if not parts:
        return False
    if all(patterns.countries.fullmatch(part) or patterns.regions.fullmatch(part) for part in parts):
        return True
    if STREET_ADDRESS_RE.match(piece):
        return True  # "1200 Harbour Ave SE, Washington, DC 20590": an office's address
    if len(parts) == 2 and patterns.countries.fullmatch(parts[-1]) and _town_like(
            parts[0], patterns) and _entity_place(parts[0], piece):
        return True  # "Gulu, Uganda": a town and its country
    if len(parts) <= 2 and _town_with_status(parts[-1], patterns) and all(
            is_town(part) for part in parts[:-1]):
        return True  # "Hong Kong SAR", "Kowloon, Hong Kong SAR": a known town and its status in capitals
    if CITY_SHAPE_RE.match(parts[-1]) and len(parts) <= 2 and all(
            _town_like(part, patterns) for part in parts[:-1]):
        return True  # "Makati City", "Ortigas Center, Pasig City": a named city and its district
    return STATE_RE.search(piece) is not None and piece.count(",") <= 1 and len(
        piece.split()) <= 4 and not organisation_marked(piece, patterns)


TOWN_WORDS = 3
STATUS_TAG_RE = re.compile(r"^(?P<town>\S.*?)\s+(?P<tag>[A-Z]{2,4})$")
"""A name followed by a short tag in capitals ("Hong Kong SAR", "Leeds UK")."""


def _town_with_status(text: str, patterns: FitPatterns) -> bool:
    """A town the gazetteer knows, whole, followed by a short tag in capitals that is no legal
    form ("Hong Kong SAR": a town and its status); "Oslo ASA" names a company by its form."""
    found = STATUS_TAG_RE.match(text.strip())
    return found is not None and is_town(found["town"]) and not organisation_marked(text, patterns) and (
        patterns.legal_forms is None or patterns.legal_forms.search(text) is None)


CITY_SHAPE_RE = re.compile(r"^(?:[A-Z][\w'’-]+ ){1,3}City$")
"""A name that says it is a city ("Quezon City", "Ho Chi Minh City")."""


def _town_like(text: str, patterns: FitPatterns) -> bool:
    """A short capitalised name with no title word, no figure and no organisation's mark: what a
    town's name looks like before its country."""
    words = text.split()
    return (0 < len(words) <= TOWN_WORDS and all(word[:1].isupper() for word in words)
            and not re.search(r"\d", text) and not has_title(text, patterns)
            and not organisation_marked(text, patterns))


def _entity_place(town: str, piece: str) -> bool:
    """True when spaCy's entities, reading the whole piece ("Mombasa, Kenya"), read its town
    whole as a place (a town, a region), not as an organisation or a person."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(entities=True)(piece)
    return any(entity.label_ in ("GPE", "LOC") and entity.text == town.strip()
               for entity in doc.ents)


# What a company blurb tells of the company: its owners, its founding, its funding, its staff.
COMPANY_EVENT_RE = re.compile(
    r"\b(?:acquired by|(?:a )?subsidiary of|part of the \w+ group|owned by|backed by|founded in|"
    r"listed on|series [a-e]\b|~?\d[\d,.]*\+? employees)", re.IGNORECASE)


ASIDE_RE = re.compile(r"\s*\([^()]*\)")


def _blurb(aside: str) -> bool:
    """True when a bracketed aside is a blurb, most of its words in lower case after any
    acronym ("(DIY & home improvement)"), rather than part of a name ("(Pty) Ltd")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", aside)
             if word.lower() not in JOINERS and not word.isupper()]
    return len(words) >= 2 and 2 * sum(1 for word in words if word[0].islower()) > len(words)


def without_blurb(text: str) -> str:
    """A text without its bracketed blurbs ("Acme, Leeds (320-bed private hospital)" → "Acme,
    Leeds")."""
    return ASIDE_RE.sub(lambda hit: "" if _blurb(hit.group(0)) else hit.group(0), text)


def is_description(text: str) -> bool:
    """A phrase about the company rather than a name: most of its words are in lower case
    ("Tier-1 automotive supplier, revenue EUR 1.2 bn")."""
    text = without_blurb(LOWER_ASIDE_RE.sub("", text))
    outside = ASIDE_RE.sub(" ", text)
    if not re.search(r"[^\W\d_]", outside):
        outside = text
    # "Acme Bank, Leeds (UK subsidiary of Acme Group)": a name with its blurb in brackets.
    if COMPANY_EVENT_RE.search(outside):
        return True  # "Marketing analytics SaaS, acquired by Veritone Group in 2019"
    # a legal form in lower case ("sp. z o.o.", "s.r.o.") is part of a name, not a description
    named = text
    for hit in LEGAL_SUFFIX_RE.finditer(text):
        if "." in hit.group(0):
            named = named.replace(hit.group(0), " ")
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", named) if word.lower() not in JOINERS]
    # acronyms ("PCI DSS", "B2B") are neither a name's capitals nor a description's words
    plain = [word for word in words if not (word.isupper() or any(c.isdigit() for c in word))]
    return any(len(counted) >= 3 and 2 * sum(1 for word in counted if word[0].islower()) >= len(counted)
               for counted in (words, plain))


def title_with_aside(text: str, patterns: FitPatterns) -> bool:
    """True when a line reads as a description only through its bracketed aside, and what stands
    outside the brackets is a title ("Trainee Accountant (audit training contract)")."""
    head = ASIDE_RE.sub(" ", text).strip(" ,;:")
    return (head != text.strip() and len(head.split()) <= 6 and has_title(head, patterns)
            and not is_description(head))


def pieces_of(line: str) -> list[str]:
    """The pieces of a header line, split at the separators résumés put between title, employer,
    place and dates (" | ", " — ", " - ", " · ", tabs, wide gaps, " at ")."""
    text = LOWER_ASIDE_RE.sub("", line)
    found = []
    for piece in _split_outside_brackets(text):
        piece = re.sub(r"\(\s*\)|\[\s*\]", " ", piece)
        piece = re.sub(r"\s+", " ", piece).strip(" |,–—-·:;")
        if piece and re.search(r"[^\W\d_]", piece):
            found.append(piece)
    return found


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at the separators of ``PIECE_SPLIT_RE`` that stand outside brackets: a
    separator inside a closed pair of brackets divides an aside ("Hotel Manager (Harbourview
    Hotel — Sydney)"), not the header."""
    pieces, start = [], 0
    for hit in PIECE_SPLIT_RE.finditer(text):
        before = text[: hit.start()]
        if before.count("(") > before.count(")") and ")" in text[hit.end():]:
            continue
        pieces.append(text[start: hit.start()])
        start = hit.end()
    return [*pieces, text[start:]]


SHORT_TITLE_WORDS = 5


def _title_in_lower_case(piece: str, patterns: FitPatterns) -> bool:
    """True when a short phrase whose other words are in lower case starts with a capitalised
    job-title word ("Directrice adjointe de magasin", "Chef de secteur magasin"): a title written
    the way French and Spanish write them, not a description of a company."""
    text = ASIDE_RE.sub(" ", piece).strip(" ,;:")
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words or len(words) > SHORT_TITLE_WORDS or re.search(r"[\d,;]", text):
        return False
    return words[0][:1].isupper() and any_match(patterns.title_words, words[0]) is not None


def headed_by_title(piece: str, patterns: FitPatterns) -> bool:
    """True when a piece's head, its last word (English names put the head last), is a word of
    the job-title vocabulary: "Company Commander" and "Bank Manager" name jobs although their
    first word can name an organisation ("Acme Trading Company" does not)."""
    text = ASIDE_RE.sub(" ", piece).strip(" ,;:")
    if "," in text or not LEGAL_SUFFIX_RE.search(text):
        return False  # "Treasury Analyst (Pell Ltd)", "Analyst, Pell Ltd": a title and a name
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) >= 2 and any_match(patterns.title_words, words[-1]) is not None


def _ends_in_country(text: str, patterns: FitPatterns) -> bool:
    """True when ``text`` ends with a country or a region ("Kingdom of Saudi Arabia", "UK")."""
    text = text.strip(" .")
    return any(hit.end() == len(text) for finder in (patterns.countries, patterns.regions)
               for hit in finder.finditer(text))


def named_at_address(piece: str, patterns: FitPatterns) -> bool:
    """True when a piece has an address's shape, a name, its town and its country ("Al Noor
    Specialist Medical City, Riyadh, Kingdom of Saudi Arabia"), and the name is no title: its
    job-title word, if any, sits inside it rather than leading or closing it."""
    parts = [part.strip() for part in piece.split(",") if part.strip()]
    if len(parts) < 3 or not _ends_in_country(parts[-1], patterns):
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", ASIDE_RE.sub(" ", parts[0]))
    if len(words) < 3 or any(not word[:1].isupper() for word in words if word.lower() not in JOINERS):
        return False
    return not (has_title(words[0], patterns) or has_title(words[-1], patterns))


DURATION_RE = re.compile(
    r"(?i)^\(?\s*(?:\d{1,2}\s*(?:years?|yrs?|months?|mos?)\b\s*(?:and\s+)?){1,2}\)?$")
"""A length of time alone ("3 years 2 months", "1 yr 4 mos"), as a profile export writes it
under an employer's name."""


INITIALS_RE = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:\s*(?:&|/|\+|,|\band\b)\s*[A-Z][A-Z0-9]{1,5})*")
"""Posts or bodies named by their initials alone, joined ("DPA & CSO", "HR/IR", "QHSE")."""


def initials_only(piece: str) -> bool:
    """True when a piece, its bracketed asides set aside, is initials alone ("DPA & CSO (fleet of
    12)"): a post or a body, which the rest of the header tells apart; never a legal form."""
    text = ASIDE_RE.sub(" ", piece).strip(" ,;:")
    return INITIALS_RE.fullmatch(text) is not None and not LEGAL_SUFFIX_RE.search(text)


def spelled_out_title(piece: str, patterns: FitPatterns) -> bool:
    """True when a piece is initials followed by what they stand for in brackets, and that is a
    post ("DPA & CSO (Designated Person Ashore / Company Security Officer)"): a title, although
    a word of the spelled-out form ("Company") can name an organisation. A body spelled out
    ("P&O (Peninsular and Oriental)") holds no title word."""
    head, aside = last_bracket(piece)
    if not head or not initials_only(head) or not has_title(aside, patterns):
        return False
    letters = re.sub(r"[^A-Z0-9]", "", head)
    initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", aside))
    return len(letters) >= 2 and letters in initials


def classify(piece: str, patterns: FitPatterns) -> Piece:
    """What one piece names."""
    if DURATION_RE.match(piece.strip()):
        return Piece(piece, "description")  # a length of time names nothing
    if spelled_out_title(piece, patterns):
        return Piece(piece, "title")
    if is_place(piece, patterns):
        return Piece(piece, "place")
    if named_at_address(piece, patterns):
        return Piece(piece, "employer", strong=True)
    if COMPANY_EVENT_RE.match(piece.strip(" *_")):
        # "subsidiary of Acme GmbH", "owned by Acme plc" after a plant's or a firm's name: who
        # owns the employer, however its owner is named; the name before it is the employer
        return Piece(piece, "description")
    if LEGAL_SUFFIX_RE.search(piece) and not headed_by_title(piece, patterns) and not (
            _legal_words_in_prose(piece)):
        return Piece(piece, "employer", strong=True)
    if is_description(piece):
        if title_with_aside(piece, patterns) or _title_in_lower_case(piece, patterns):
            return Piece(piece, "title")
        return Piece(piece, "description")
    if has_title(piece, patterns):
        if organisation_headed(piece, patterns):
            return Piece(piece, "employer", strong=True)
        return Piece(piece, "title")
    if patterns.functions.fullmatch(ASIDE_RE.sub(" ", piece).strip()):
        return Piece(piece, "name")  # "Logistics", "Manufacturing": a function, not a firm
    if organisation_marked(without_blurb(piece), patterns):
        # a noun in a blurb ("(320-bed private hospital)") describes; it marks no name
        return Piece(piece, "employer", strong=True)
    name = piece.split(",")[0]  # "ACME INDUSTRIE, Lyon": the name before the place
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", name)
    if len(letters) >= 3 and letters.isupper() and len(name.split()) >= 2:
        return Piece(piece, "employer", strong=True)
    return Piece(piece, "name")


def organisation_headed(piece: str, patterns: FitPatterns) -> bool:
    """True when the name before a piece's first comma is headed by an organisation noun, its
    last word ("Al Noor Specialist Hospital, Riyadh"; English names put the head last), and no
    job-title word heads it at either end: a title word inside it ("Specialist") only qualifies
    the organisation. "Hospital Manager", "Director, City Hospital" and "Staff Officer
    Logistics" (a post and its function) are titles."""
    if patterns.organisations is None:
        return False
    name = ASIDE_RE.sub(" ", piece.split(",")[0]).strip(" ;:*_")
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    if len(words) < 2 or title_headed(name, patterns):
        return False
    if patterns.functions.fullmatch(words[-1]):
        return False  # "Staff Officer Logistics": a post and its function, not a firm
    return any(hit.end() == len(name) for hit in patterns.organisations.finditer(name))


def _legal_words_in_prose(piece: str) -> bool:
    """True when the piece is a phrase about a company and its only legal forms are ordinary
    words in lower case ("a listed company with sites in four countries"): the word describes
    the company, it marks no name ("Acme Company", "sp. z o.o." still do)."""
    forms = [hit.group(0) for hit in LEGAL_SUFFIX_RE.finditer(piece)]
    return bool(forms) and all(form.isalpha() and form.islower() for form in forms) and (
        is_description(piece))


def employer_name(piece: str, patterns: FitPatterns) -> str:
    """An employer's name without the place after it ("Acme Ltd, Leeds" → "Acme Ltd") or a
    description in brackets ("Acme plc (FTSE 250 retailer), Leeds" → "Acme plc")."""
    text = _without_aside(LOWER_ASIDE_RE.sub("", piece).strip(" ,;"), patterns)
    parts = [part.strip() for part in text.split(",")]
    while len(parts) > 1 and patterns.functions.fullmatch(parts[0]):
        parts.pop(0)  # "Operations, Konkan Freight Carriers": a function names no employer
    while len(parts) > 1:
        tail = parts[-1]
        if LEGAL_SUFFIX_RE.fullmatch(tail) or (organisation_marked(tail, patterns)
                                               and not is_place(tail, patterns)):
            break
        if INSTALLATION_RE.fullmatch(tail):
            parts.pop()  # "U.S. Air Force, Kestrel Air Force Base": the base is where, not who
            continue
        if len(tail.split()) > 3 and not _ends_in_country(tail, patterns):
            break  # "…, Kingdom of Saudi Arabia": a country however many its words
        parts.pop()
    return _without_town_after_suffix(_without_aside(", ".join(parts), patterns), patterns)


def _without_town_after_suffix(text: str, patterns: FitPatterns) -> str:
    """A name without a town written after its legal suffix with no comma, as text pulled from a
    PDF often has it ("Halden Freight Ltd Bristol" → "Halden Freight Ltd")."""
    suffixes = list(LEGAL_SUFFIX_RE.finditer(text))
    if not suffixes or not text[: suffixes[-1].start()].strip():
        return text  # "AB Foods": the letters start the name
    tail = text[suffixes[-1].end():].strip()
    words = tail.split()
    if (not words or len(words) > 3 or any(not word[:1].isupper() for word in words)
            or organisation_marked(tail, patterns) or re.search(r"[\d&()]", tail)):
        return text
    return text[: suffixes[-1].end()].strip()


def _without_aside(text: str, patterns: FitPatterns) -> str:
    """A name without the place ("Gridwise (Vienna)") or the description ("Acme plc (FTSE 250
    retailer)") in brackets at its end."""
    aside = re.search(r"\s*\(([^()]+)\)$", text)
    if aside and ((len(aside.group(1).split()) <= 2 and not organisation_marked(aside.group(1), patterns))
                  or is_description(aside.group(1))):
        return text[: aside.start()].strip(" ,;")
    return text


@dataclass(frozen=True)
class Header:
    """What a role's header lines say: the title, the employer and whether the employer was
    marked as one (a legal suffix, an organisation noun, capitals) or only inferred."""

    title: str
    employer: str
    employer_strong: bool
    other_name: str = ""
    """A plain name that is neither the title nor the employer (a title outside the vocabulary,
    or a place)."""


def read_header(lines: list[str], patterns: FitPatterns) -> Header:
    """The title and employer in a role's header lines (dates already removed), in reading order.

    The first piece with a title word is the title; the first piece marked as an organisation is
    the employer, else the first plain name that is not a place. A piece right after the title
    that names a function or a place ("– Production", "South-East Asia") joins the title.
    """
    classified, line_of = _classified(lines, patterns)
    title_at = _title_at(classified, line_of)
    if title_at < 0:
        title_at = _initials_as_title(classified, line_of, patterns)
    title = classified[title_at].text if title_at >= 0 else ""
    alone = _employer_alone(classified, line_of, title_at, patterns)
    absorbed: set[int] = set()
    if title_at >= 0:
        for number in range(title_at + 1, len(classified)):
            piece = classified[number]
            bare = _bare(piece.text)
            if alone is not None and line_of[number] == line_of[title_at] and piece.kind in (
                    "name", "employer") and not is_place(bare, patterns):
                title = f"{title} – {piece.text}"  # the employer stands on a line of its own
                absorbed.add(number)
                continue
            if not _scope_of_title(classified, line_of, number, patterns):
                break
            title = f"{title} – {piece.text}"
            absorbed.add(number)
    employer = ""
    strong = False
    if alone is not None:
        employer, strong = employer_name(alone.text, patterns), alone.kind == "employer"
    for number, piece in enumerate(classified):
        if employer:
            break
        if piece.kind == "employer" and number not in absorbed:
            employer, strong = employer_name(piece.text, patterns), True
            break
    if not employer:
        for number, piece in enumerate(classified):
            if piece.kind == "name" and piece.text not in title and number not in absorbed:
                employer = employer_name(piece.text, patterns)
                break
    if title and not employer:
        title, employer = _bracketed_employer(title, patterns)
        strong = bool(employer) and organisation_marked(employer, patterns)
    other = ""
    for piece in classified:
        if piece.kind == "name" and piece.text != title and employer_name(piece.text,
                                                                           patterns) != employer:
            other = piece.text
            break
    return Header(title=title, employer=employer, employer_strong=strong, other_name=other)


def _classified(lines: list[str], patterns: FitPatterns) -> tuple[list[Piece], list[int]]:
    """The pieces of header lines, classified, and the line each stands on."""
    classified: list[Piece] = []
    line_of: list[int] = []
    for number, line in enumerate(lines):
        if _title_chain(line, patterns):
            classified.append(Piece(line.strip(), "title"))
            line_of.append(number)
            continue
        for text in pieces_of(line):
            if _title_chain(text, patterns):
                # "Analyst, then Manager – ACME SA, Lyon": the chain is the title, the rest its
                # employer and place
                classified.append(Piece(text, "title"))
                line_of.append(number)
                continue
            head, _, rest = text.partition(",")
            if rest.strip() and post_initials(head, patterns):
                # "SE, Brightlane Software, Manchester": the post, then its employer and place
                classified.append(Piece(head.strip(), "name"))
                line_of.append(number)
                text = rest.strip()
            for piece in _split_named(classify(text, patterns), patterns):
                classified.append(piece)
                line_of.append(number)
    return classified, line_of


def post_initials(piece: str, patterns: FitPatterns) -> bool:
    """True when a piece, its bracketed asides set aside, is a post written by its initials
    (``title_initials`` in the fit lexicons, as written: "GM", "HR BP"), though it may read as
    a state's code or a legal form ("MD", "SE")."""
    text = ASIDE_RE.sub(" ", piece).strip(" ,;:*_")
    return text in patterns.content.lexicons.title_initials


def _initials_as_title(classified: list[Piece], line_of: list[int], patterns: FitPatterns) -> int:
    """Where a header with no title word names its post by initials ("DPA & CSO – Acme Shipping
    Ltd, Leeds"): the piece of initials alone, when another piece on its line is marked as an
    organisation, is the title (the piece is made one); -1 otherwise ("KPMG – London"). A post
    known by its initials ("GM", "SE") counts though it reads as a place or a legal form."""
    for number, piece in enumerate(classified):
        known = post_initials(piece.text, patterns)
        if not known and (piece.kind not in ("name", "employer") or not initials_only(piece.text)):
            continue
        if any(other.kind == "employer" and line_of[at] == line_of[number] and at != number
               and not initials_only(other.text) and not post_initials(other.text, patterns)
               and organisation_marked(other.text, patterns)
               for at, other in enumerate(classified)):
            classified[number] = Piece(piece.text, "title")
            return number
    return -1


def _title_at(classified: list[Piece], line_of: list[int]) -> int:
    """Where the title stands among the pieces: the first title piece, else a plain name alone
    on the first of several lines; -1 when none."""
    for number, piece in enumerate(classified):
        if piece.kind == "title":
            return number
    return _title_on_own_line(classified, line_of)


def employer_leads_below(lines: list[str], below: str, patterns: FitPatterns) -> bool:
    """True when the line under a role's header lines leads with the employer while those lines
    name something beside the title ("Operations Manager – Older People's Health" over "Harbour
    Health – North Shore Hospital"): the reading ``read_header`` gives the lines read together
    (``_employer_alone``), asked of a line not yet taken into the header. What stands beside the
    title is then the post's unit; a name with a legal form there stays the employer."""
    classified, line_of = _classified([*lines, below], patterns)
    title_at = _title_at(classified, line_of)
    alone = _employer_alone(classified, line_of, title_at, patterns)
    if alone is None or line_of[title_at] == len(lines):
        return False
    beside = [piece for number, piece in enumerate(classified)
              if line_of[number] == line_of[title_at] and number > title_at]
    if not beside or any(LEGAL_SUFFIX_RE.search(piece.text) for piece in beside):
        return False
    lead = next((piece for number, piece in enumerate(classified) if line_of[number] == len(lines)),
                None)
    return lead is alone


def _scope_of_title(classified: list[Piece], line_of: list[int], number: int,
                    patterns: FitPatterns) -> bool:
    """True when the piece at ``number``, right after the title or its scope, belongs to the title:
    a function ("– Logistics"), words in lower case ("– expert SAP APO"), or a name an
    organisation noun marks, without a legal suffix, when another marked name follows on the same
    line and is the employer ("– Harbour Hospital Project — Northshire County Council")."""
    piece = classified[number]
    bare = _bare(piece.text)
    if piece.kind == "name":
        return patterns.functions.fullmatch(bare) is not None or re.match(r"[a-z]+\s", bare) is not None
    if piece.kind != "employer" or LEGAL_SUFFIX_RE.search(piece.text):
        return False
    if line_of[number] != line_of[number - 1]:
        return False  # "Registered Nurse" over "Acme Health Board – Acme Hospital": the employer
    return any(later.kind == "employer" and line_of[at] == line_of[number]
               for at, later in enumerate(classified) if at > number)


def last_bracket(text: str) -> tuple[str, str]:
    """``text`` before the brackets that close it, and what they hold (brackets inside them
    kept): "Leiter (Head) (Acme GmbH)" → ("Leiter (Head)", "Acme GmbH"); ("", "") when no
    brackets close it."""
    text = text.rstrip()
    if not text.endswith(")"):
        return "", ""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        depth += (text[at] == ")") - (text[at] == "(")
        if depth == 0:
            return text[:at].strip(), text[at + 1:-1].strip()
    return "", ""


def _name_in_bracket(name: str, patterns: FitPatterns) -> str:
    """The name in a bracket closing a title, without what follows a separator inside it
    ("Harbourview Hotel — Sydney", "Tamar Systems GmbH · Exeter": a town or a unit), unless a
    piece of it is a title."""
    parts = pieces_of(name or "")
    if len(parts) > 1 and not any(has_title(part, patterns) for part in parts):
        return parts[0]
    return name


def _bracketed_employer(title: str, patterns: FitPatterns) -> tuple[str, str]:
    """"Marketing Director (Harbour Home Goods)" when nothing else names the employer: the name
    in the brackets closing the title is the employer, unless it reads as part of the title (a
    title word, as in a translation; a function; a place; a code with digits; one word that no
    organisation noun marks; words in lower case). What follows a separator inside the
    brackets (a town, a unit) is dropped from the name."""
    head, name = last_bracket(title)
    name = _name_in_bracket(name, patterns)
    if (not head or not name or not title_headed(head, patterns) or not name[:1].isupper()
            or has_title(name, patterns) or is_place(name, patterns) or re.search(r"\d", name)
            or patterns.functions.fullmatch(ASIDE_RE.sub(" ", name).strip())
            or is_description(name)
            or (len(name.split()) < 2 and not organisation_marked(name, patterns))):
        return title, ""
    return head, employer_name(name, patterns)


def plain_names(lines: list[str], patterns: FitPatterns) -> list[str]:
    """The pieces of header lines that name something not recognised as a title, an employer, a
    place or a description, in reading order."""
    found = []
    for line in lines:
        for text in pieces_of(line):
            if classify(text, patterns).kind == "name":
                found.append(text)
    return found


def _title_chain(text: str, patterns: FitPatterns) -> bool:
    """True when a text is a promotion chain of titles ("Analyst → Manager", "Analyst, then
    Manager"), every step holding a title word."""
    steps = [step for step in ARROW_RE.split(text) if step.strip()]
    return (len(steps) >= 2 and all(has_title(step, patterns) for step in steps)
            and len(pieces_of(steps[-1])) == 1)  # no employer or place after the last step


def _title_on_own_line(classified: list[Piece], line_of: list[int]) -> int:
    """With no title word anywhere, a plain name alone on the header's first line, over a line
    that names something else ("Campaign Counsel" over "Harbour Hospice, Leeds"), is the title:
    résumés put the title first. -1 otherwise."""
    if len(set(line_of)) < 2:
        return -1
    first = [number for number, line in enumerate(line_of) if line == line_of[0]]
    later = [number for number, line in enumerate(line_of) if line != line_of[0]]
    if len(first) != 1 or classified[first[0]].kind != "name":
        return -1
    if not any(classified[number].kind in ("name", "employer") for number in later):
        return -1
    return first[0]


def _employer_alone(classified: list[Piece], line_of: list[int], title_at: int,
                    patterns: FitPatterns) -> Piece | None:
    """The employer when it stands alone on a line other than the title's while the title's line
    names something more after the title ("Site Manager – Harbour Project" over "Harbour Council
    Ltd"): then that something belongs to the title. None otherwise."""
    if title_at < 0:
        return None
    title_line = line_of[title_at]
    after_title = [piece for number, piece in enumerate(classified)
                   if line_of[number] == title_line and number > title_at
                   and piece.kind in ("name", "employer")]
    if not after_title:
        return None
    for line in sorted(set(line_of) - {title_line}):
        pieces = [piece for number, piece in enumerate(classified)
                  if line_of[number] == line and piece.kind != "place"]
        if len(pieces) > 1 and _employer_leads(pieces, after_title, line > title_line, patterns):
            return pieces[0]
        if len(pieces) != 1 or pieces[0].kind not in ("name", "employer"):
            continue
        if pieces[0].kind == "name" and is_town(ASIDE_RE.sub("", pieces[0].text).strip()):
            continue  # "Córdoba" on the dates' line: where the work was, not who employed
        if pieces[0].kind == "employer" or all(piece.kind == "name" for piece in after_title):
            return pieces[0]
    return None


def _employer_leads(pieces: list[Piece], after_title: list[Piece], below: bool,
                    patterns: FitPatterns) -> bool:
    """True when a line under the title's line leads with a name and goes on to name a site
    ("Operations Manager – Older People's Health" over "Harbour Health – North Shore Hospital,
    Auckland"): the name leading that line is the employer, and what follows the title on its own
    line is the title's scope. No legal form or address marks the piece after the title, and no
    piece of the line is a title."""
    lead = pieces[0]
    return (below and lead.kind in ("name", "employer")
            and not is_town(ASIDE_RE.sub("", lead.text).strip())
            and all(piece.kind in ("name", "employer") for piece in pieces)
            and not any(LEGAL_SUFFIX_RE.search(piece.text) or named_at_address(piece.text, patterns)
                        for piece in after_title))


def _split_named(piece: Piece, patterns: FitPatterns) -> list[Piece]:
    """"Director of Change, Acme Energy Ltd" or "Director of Change (Acme Energy Ltd)" (a title
    and an organisation in one piece, joined by a comma or the name in brackets) as its two
    pieces, either way round ("Acme Energy Ltd, Director of Change"); any other piece as it is."""
    head, name = last_bracket(piece.text)
    name = _name_in_bracket(name, patterns)
    if (piece.kind == "employer" and head and organisation_marked(name, patterns)
            and has_title(head, patterns)
            and (title_headed(head, patterns) or not organisation_marked(head, patterns))):
        # "Head of Operations (Brindle Foods Ltd)": the title, and its employer in brackets.
        return [Piece(head, "title"), Piece(name, "employer", strong=True)]
    if piece.kind not in ("employer", "title"):
        return [piece]
    parts = comma_parts(piece.text)
    if len(parts) < 2:
        return [piece]
    head = parts[0]
    if piece.kind == "employer" and title_headed(head, patterns):
        # "Senior Systems Engineer, Alpentel IT Services GmbH": the head names the job although
        # an industry word in it ("Systems") can mark an organisation.
        at = _employer_at(parts, patterns)
        if at is not None:
            return [Piece(", ".join(parts[:at]), "title"),
                    Piece(", ".join(parts[at:]), "employer", strong=True)]
        if _ends_in_title_word(head, patterns) and not any(
                organisation_marked(part, patterns) for part in parts[1:]):
            # "Company Commander (Captain), 4th Support Battalion": an organisation noun inside
            # the title ("Company") and a unit after it; no part names an employer
            return [Piece(piece.text, "title")]
    if organisation_marked(head, patterns) and not has_title(head, patterns):
        # "Murtal Papier GmbH, Head of IT": the employer first, then the title.
        for number in range(1, len(parts)):
            if has_title(parts[number], patterns) and not _unit_name(parts[number]) and (
                    title_headed(parts[number], patterns) or not organisation_marked(parts[number],
                                                                                   patterns)):
                return [Piece(", ".join(parts[:number]), "employer", strong=True),
                        Piece(", ".join(parts[number:]), "title")]
    if piece.kind == "title" and not _names_a_part(head, patterns):
        # "Pinecrest Home Goods, Marketing Director": a plain name, then a title a title word heads.
        for number in range(1, len(parts)):
            if title_headed(parts[number], patterns):
                return [Piece(", ".join(parts[:number]), "name"),
                        Piece(", ".join(parts[number:]), "title")]
    if piece.kind != "employer":
        return [piece]
    tail = piece.text.split(",", 1)[1].strip()
    head = piece.text.split(",", 1)[0]
    if (not organisation_marked(tail, patterns) or organisation_marked(head, patterns)
            or LEGAL_SUFFIX_RE.fullmatch(tail) or comma_parts(piece.text)[0] != head.strip()):
        # "Cobaltix, Inc.": one name; "Vodárne Horné, a.s., Košice": the name keeps the legal
        # form after its comma, and the town after that is its place
        return [piece]
    if is_place(tail, patterns):
        # "Air Mobility Command, Scott Air Force Base, IL": the unit, and the base it sits on
        return [Piece(head.strip(), "title" if has_title(head, patterns) else "name"),
                Piece(tail, "place")]
    head_kind = "title" if has_title(head, patterns) else "name"
    return [Piece(head.strip(), head_kind), Piece(tail, "employer", strong=True)]


UNIT_END_RE = re.compile(r"^(?:(?!\bof\b)[^()])*?\b(?:department|dept|division|directorate|office|"
                         r"section|headquarters)\s*(?:\([^()]*\))?$", re.IGNORECASE)
"""A name whose last word is a unit of an organisation and that no "of" joins ("Head Office",
"Overseas Sales Division"; not "Head of the Office")."""


def _unit_name(part: str) -> bool:
    """True when a comma part names a unit of the organisation, not a post ("Head Office")."""
    return UNIT_END_RE.match(part.strip()) is not None


def _names_a_part(text: str, patterns: FitPatterns) -> bool:
    """True when ``text`` names something a title can start with: a title word, a function
    ("Finance, Director of"), a place or a description."""
    bare = ASIDE_RE.sub(" ", text).strip()
    return (has_title(text, patterns) or patterns.functions.fullmatch(bare) is not None
            or is_place(text, patterns) or is_description(text) or not bare)


def comma_parts(text: str) -> list[str]:
    """The parts of ``text`` between commas outside brackets, a legal suffix kept with the name it
    follows ("Cobaltix, Inc." is one part)."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += (char in "([") - (char in ")]")
        if char == "," and depth <= 0:
            parts.append(current.strip())
            current = ""
            continue
        current += char
    parts.append(current.strip())
    merged: list[str] = []
    for part in parts:
        if merged and (LEGAL_SUFFIX_RE.fullmatch(part.rstrip(".") + ".") or LEGAL_SUFFIX_RE.fullmatch(part)
                       or not part):
            merged[-1] = f"{merged[-1]}, {part}" if part else merged[-1]
        else:
            merged.append(part)
    return merged


def _ends_in_title_word(text: str, patterns: FitPatterns) -> bool:
    """True when the last word of ``text``, brackets aside, is a job-title word ("Company
    Commander (Captain)"): any organisation word before it only qualifies the post."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", ASIDE_RE.sub(" ", text))
    return bool(words) and any_match(patterns.title_words, words[-1].rstrip(".")) is not None


def title_headed(text: str, patterns: FitPatterns) -> bool:
    """True when a job-title word heads ``text``: its first word ("Leiter Fertigung", "Head of
    IT") or its last ("Senior Software Engineer", "Company Commander"), brackets aside."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", ASIDE_RE.sub(" ", text))
    return bool(words) and any(any_match(patterns.title_words, word.rstrip(".")) is not None
                               for word in (words[0], words[-1]))


def _employer_at(parts: list[str], patterns: FitPatterns) -> int | None:
    """Where the employer starts among a title-first piece's comma parts: at the first part with
    a legal suffix, else at the first part an organisation noun marks, that no title word heads."""
    for marked in (lambda part: LEGAL_SUFFIX_RE.search(part) is not None,
                   lambda part: organisation_marked(part, patterns)):
        for number in range(1, len(parts)):
            if marked(parts[number]) and not title_headed(parts[number], patterns):
                return number
    return None


def split_title_employer(title: str, patterns: FitPatterns) -> tuple[str, str]:
    """"Title, Employer" on one piece when nothing else names the employer: the part after the
    comma is the employer unless it only names a function, a place or a description."""
    parts = comma_parts(title)  # a comma inside brackets divides an aside, not the header
    if len(parts) < 2:
        return title, ""
    head = parts[0]
    rest = parts[1:]
    employer = ""
    kept = [head]
    named = [number for number, part in enumerate(rest) if _names_someone(part, patterns)]
    unit = named[0] if len(named) > 1 and _names_a_unit(rest[named[0]], rest[named[1]], patterns) \
        else None
    for number, part in enumerate(rest):
        if number == unit or _qualifies_title(part, patterns):
            kept.append(part)
            continue
        employer = employer_name(", ".join(rest[number:]), patterns)
        break
    return ", ".join(kept), employer


UNIT_RE = re.compile(r"\b(?:department|dept|ward|unit|division|directorate|section|team|service|"
                     r"care|operations|office)\b", re.IGNORECASE)
"""Nouns naming a part of an organisation: "Department of Cardiology", "Elder Care", "Medical
Ward", "Seguin Operations"."""
BRACKETS_RE = re.compile(r"\s*\([^)]*\)\s*")


def _bare(text: str) -> str:
    """``text`` without its bracketed asides."""
    return BRACKETS_RE.sub(" ", text).strip()


def _qualifies_title(part: str, patterns: FitPatterns) -> bool:
    """True when a comma part after the title only qualifies it (a function, a place, another
    title) and no organisation marks it."""
    bare = _bare(part)
    return bool(patterns.functions.fullmatch(bare) or is_place(part, patterns)
                or has_title(part, patterns)) and not organisation_marked(part, patterns)


def _names_someone(part: str, patterns: FitPatterns) -> bool:
    """True when a comma part after the title may name the employer: it qualifies nothing and is
    more than an aside, or an organisation marks it."""
    return organisation_marked(part, patterns) or (bool(_bare(part))
                                                   and not _qualifies_title(part, patterns))


def _names_a_unit(first: str, later: str, patterns: FitPatterns) -> bool:
    """True when, of two names after the title ("Staff nurse, Department of Cardiology, Vestjysk
    Sygehus"), the first is the post's unit within the second: a unit noun names it and no legal
    form, or the second alone is marked as an organisation."""
    if LEGAL_SUFFIX_RE.search(first):
        return False
    if organisation_marked(later, patterns) and not organisation_marked(first, patterns):
        return True
    return UNIT_RE.search(first) is not None
