"""Facts a résumé states outside its roles: certifications, languages with their level, location."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from poise.fit.dates import MONTH_NAME, OPEN_END, RANGE_RE
from poise.fit.denied import denies_language
from poise.fit.distance import is_town
from poise.fit.ladders import family_words, languages_in, personal_rungs_in, rungs_in
from poise.fit.lexicon import FitPatterns
from poise.fit.places import (
    ALIAS_RE,
    NOT_A_PLACE_RE,
    PO_BOX_RE,
    POSTCODE_RE,
    STREET_ADDRESS_RE,
    STREET_RE,
    known_places,
    town_of,
)
from poise.fit.role_header import classify, is_place, without_blurb
from poise.fit.town_names import with_english_name
from poise.fit.unlisted_languages import unlisted_languages

CERTIFICATE_WORDS_RE = re.compile(
    r"\bcertif|\bcertificate\b|\baccredit|\bchartered\b|\bmember(?:ship)? of\b|\blicen[cs]ed?\b|"
    r"\bqualified\b|\b(?-i:[MF]CI[A-Z]{1,3}|MCMI|FCMI|MCIH|MCIPD|ACMA|FCCA)\b|\bmember since\b|"
    # A professional body's award at a framework level ("XYZ Level 5 Diploma"), not a degree.
    r"\b(?-i:[A-Z]{2,6})\s+(?-i:Level)\s+\d\b",
    re.IGNORECASE)
BODY_LEVEL_RE = re.compile(r"\b[A-Z]{2,6}\s+Level\s+\d\b")
"""A professional body's letters before a framework level ("XYZ Level 5 Diploma in …")."""
BODY_DIPLOMA_RE = re.compile(
    r"^\W*(?-i:[A-Z]{2,6})\b(?:\s+(?-i:[A-Z][\w&'’-]*)){0,4}\s+(?-i:Diploma)\b")
"""A body's letters heading a diploma's name ("XYZA Diploma in …", "XYZ Port Operations Diploma"):
an industry body's award, not a place of study's degree, when no place of study is named."""


def _body_diploma(text: str, patterns: FitPatterns) -> bool:
    """True for a diploma an industry body awards ("XYZA Diploma in Freight Practice"): its
    letters head the name and no place of study stands in the line."""
    return BODY_DIPLOMA_RE.search(text) is not None and not _cue("institution", text, patterns)
DATES_RE = re.compile(
    r"(?:\b(?:since|from|seit)\s+)?"
    r"(?:\b(?:0?[1-9]|[12]\d|3[01])\s*[/.]\s*(?=(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d\d))?"
    r"(?:\b(?:0?[1-9]|1[0-2])\s*[/.]\s*)?\b(?:19[5-9]\d|20[0-4]\d)\b"
    r"(?:[./](?:0[1-9]|1[0-2])(?!\d))?"
    r"(?:\s*(?:–|—|-|to|~|～|〜)\s*(?:(?:0?[1-9]|1[0-2])\s*[/.]\s*)?(?:19[5-9]\d|20[0-4]\d|present|today)"
    r"(?:[./](?:0[1-9]|1[0-2])(?!\d))?)?",
    re.IGNORECASE)
"""A date or a range as résumés write them beside a study or a certificate: "2019", "03/2016 –
2019", "since 2004", a day first ("14.04.2009"), and the year first with its month in Korean and
Japanese résumés ("1998.03 ~ 2004.02", "2013.11")."""
LABEL_RE = re.compile(
    r"^(?:(?:current |home |present )?location|"
    r"(?:home |residential |postal |current |permanent |present |mailing )?address"
    r"(?: for (?:correspondence|communication))?|based in|based|"
    r"residence|city|wohnort|anschrift|adresse|"
    r"domicile|lieu de r[ée]sidence|ville|direcci[óo]n|domicilio)\s*(?:[:|\t]\s*)+",
    re.IGNORECASE)
CONTACT_RE = re.compile(r"[\w.+-]@[\w-]+\.\w|(?<!\S)@\w|https?://|www\.|linkedin|\+?\d[\d ()-]{6,}\d")
PIECE_SPLIT_RE = re.compile(r"\s*[|·•\t]\s*|\s+[–—]\s+|\s{3,}")
ADDRESS_WORDS = 12
"""An address line is short; a longer line with commas and numbers is the profile's prose."""
US_STATE_RE = re.compile(r",\s*[A-Z]{2}\b")


class _Line(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def role(self) -> int | None: ...
    @property
    def bullet(self) -> bool: ...
    @property
    def heading(self) -> str: ...


CERT_HEADING_RE = re.compile(
    r"(?i)certif|zertifi|licen[cs]|accredit|professional development|\bcpd\b|weiterbildung|"
    r"fortbildung|\btraining|\bcourses?\b|\bkurse\b|formation continue|membership|affiliation|"
    r"professional qualification|professional bodies|\bregistrations?\b")
"""A heading over certificates, courses, licences or memberships: each of its lines is one."""
EDUCATION_HEADING_RE = re.compile(
    r"(?i)education|academic|ausbildung|studium|schul|\bformation|[ée]tudes|dipl[oô]mes|"
    r"qualifications?$")
"""A heading over degrees and schooling: each of its dated lines is one ("Formation", never the
"formation" inside "Additional information")."""
SHARED_HEADING_RE = re.compile(r"(?i)^\W*(?:(?:licen[cs]es?|certificat\w*)\s*(?:and|&|/)\s*)?"
                               r"qualifications?\W*$")
"""A heading that may list degrees or certificates alike ("Qualifications", "Licenses and
Qualifications"): what each line names decides which it is, not the heading."""
NOT_A_CERTIFICATE_RE = re.compile(
    r"(?i)\bdriv(?:ing|er'?s?) licen[cs]e|f[üu]hrerschein|permis (?:b|de conduire)|\bclean licen")
"""A driving licence: a fact for the personal details, not a professional certificate."""
EVENT_TAGS = frozenset({"VBD", "VBN"})
SHORT_FACT_WORDS = 12


def certifications_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[str, ...]:
    """The certifications read from the résumé (:func:`certification_candidates`) that the
    learned filter keeps as certificates held rather than courses attended, plain memberships or
    skills (fit/cert_filter.py)."""
    from poise.fit.cert_filter import kept_certifications

    return kept_certifications(certification_candidates(lines, patterns), patterns)


def certification_candidates(lines: Sequence[_Line], patterns: FitPatterns
                             ) -> tuple[tuple[str, str], ...]:
    """Certifications, courses, licences and graded memberships, each as the résumé names it
    (dates dropped): every line under a heading for them, and elsewhere a short line outside the
    roles that names one and does not tell what was done ("Led the hospital to its accreditation"
    is a result, not a certificate). A line inside a role counts only when it says it is a
    certificate or a qualification. What a line says decides over where it sits: an award of a
    place of study is education, training attended is not a certificate held, and a plain
    membership (of a body, a network, a rota) is not one unless it carries a grade."""
    found: list[str] = []
    headings: list[str] = []
    """The heading each certificate was read under ("" for the letters after the name)."""
    listed = " ".join(item.text for item in lines if item.role is None and CERT_HEADING_RE.search(
        _heading(item)) and not _heading_line(item)).lower()
    last = -2
    """The line the last certificate found was read from."""
    for number, item in enumerate(lines):
        if (found and last == number - 1 and item.role is None and not item.bullet
                and _awarding_body(item.text, patterns)):
            found[-1] = f"{found[-1]}, {_without_dates(item.text)}"  # the body that awarded it
            continue
        if ONLY_LABEL_RE.match(_without_dates(item.text)) or _skipped_label(item.text):
            continue  # a form's dated line, or a field that names no certificate
        registered = _labelled_registration(item, patterns)
        if registered:
            if not _named_before(registered, found):
                found.append(registered)
                headings.append(REGISTRATION_LABEL_RE.match(item.text).group("label"))  # type: ignore[union-attr]
                last = number
            continue
        for text in _pieces(item, patterns):
            text = _form_value(text)
            if item.section == "summary" and _named_again(text, listed, patterns):
                continue  # the profile's mention of certificates the résumé lists
            told = _told_in_prose(item, text, number, patterns)
            if told is not None:
                for name in told:
                    if not _named_before(name, found):
                        found.append(name)
                        headings.append(_heading(item))
                        last = number
                continue
            if _is_certification(item, text, number, patterns):
                labelled = CERT_LABEL_RE.match(text) is not None
                for name in _listed(_without_dates(_without_label(text)), patterns,
                                    labelled=labelled):
                    if name and not _named_before(name, found) and len(name.split()) <= 16:
                        found.append(name)
                        headings.append(_heading(item))
                        last = number
    for name in _letters_after_name(lines, patterns):
        if not _named_before(name, found) and not any(_spelled_out(name, other) for other in found):
            found.append(name)
            headings.append("")
    return tuple(zip(found, headings, strict=True))


REGISTRATION_LABEL_RE = re.compile(
    r"(?i)^\W*(?P<label>(?:professional |nursing |medical |clinical )?(?:registrations?|"
    r"licen[cs]es? to practi[cs]e|practising licen[cs]e|registered with))\W*:\W*(?=\S)")
"""A line's label naming what follows as a registration with a regulator ("Professional
registration: …")."""
SENTENCE_END_RE = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")


def _labelled_registration(item: _Line, patterns: FitPatterns) -> str:
    """The registration a labelled line outside the roles states, wherever it stands ("Professional
    registration: Nursing and Midwifery Council (NMC) – Registered Nurse, Adult. PIN 01A2345B.
    Revalidated 2024."): its sentences that name the register, the grade and the holder's
    number, not those dating its renewal. "" for any other line."""
    label = REGISTRATION_LABEL_RE.match(item.text)
    if label is None or item.role is not None:
        return ""
    value = item.text[label.end():]
    kept = [sentence.strip(" .;") for sentence in SENTENCE_END_RE.split(value)
            if not DATES_RE.search(sentence)]
    text = ". ".join(sentence for sentence in kept if sentence)
    from poise.fit.cert_filter import HOLDER_NUMBER_RE

    if not text or not (_cue("registration", text, patterns) or HOLDER_NUMBER_RE.search(text)
                        or CERTIFICATE_WORDS_RE.search(text)):
        return ""
    return text


def _spelled_out(letters: str, name: str) -> bool:
    """True when a certificate listed is the one the letters stand for: they are a word of it,
    or the initials of its capitalised words ("CPA(U)" and "Certified Public Accountant")."""
    short = re.sub(r"\([^()]*\)|[^A-Za-z]", "", letters).upper()
    if not short:
        return False
    initials = "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", name))
    return short in initials or any(short in word for word in re.findall(r"[A-Z]{2,}", name))


CERT_LABEL_RE = re.compile(
    r"(?i)^\W*(?:(?:professional\s+)?certifications?|certificates?|licen[cs]es?(?:\s+(?:and|&)\s+"
    r"certifications?)?|accreditations?|zertifikate|zertifizierungen)\s*:\s*(?=\S)")
"""A line's label naming what follows as certificates ("Certifications: …")."""


PROSE_WORDS = 6


def _told_in_prose(item: _Line, text: str, number: int, patterns: FitPatterns
                   ) -> list[str] | None:
    """The certificates a sentence names in passing, by their names alone: a profile's
    "ABC-certified leader with 15 years in …", a duty's "Earned the XYZ Black Belt in 2020". None
    for a line that is no such sentence (a listed item is read whole): one outside a heading of
    certificates, of more than a few words, mostly in lower case or opening with a verb."""
    if (CERT_HEADING_RE.search(_heading(item)) and item.role is None) or _top_line(item, number):
        return None
    words = text.split()
    if NOT_A_CERTIFICATE_RE.search(text) or (len(words) <= PROSE_WORDS and not (
            item.role is not None and _cue("certificate_earned", words[0], patterns))):
        return None  # a short line is a listed item, unless a role's line opens by earning it
    spans = [hit.span() for hit in patterns.certifications.finditer(text)]
    for rung in personal_rungs_in(text, patterns):
        if rung.ladder != "degree":
            spans += [hit.span() for hit in re.finditer(rf"(?i)\b{re.escape(rung.name)}\b", text)]
    held = [name for name in _joined_spans(text, spans) if not _names_degree(name, patterns)]
    if not held:
        return None  # no certificate by its name or level: read as any other line
    lower = sum(1 for word in words if word[:1].islower())
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    opens_with_verb = len(doc) > 0 and doc[0].tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP")
    if not (opens_with_verb or 2 * lower >= len(words)):
        return None
    if item.role is not None or item.section == "experience":
        # a duty names a certificate as held only when it tells it was earned
        earned = any(_cue("certificate_earned", token.text, patterns) for token in doc
                     if token.tag_.startswith("VB"))
        if not earned:
            return []
    return _most_specific(held)


def _joined_spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The names the spans cover, spans next to each other joined ("Lean Six Sigma" and "Black
    Belt" → "Lean Six Sigma Black Belt")."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or re.fullmatch(
                r"[\s-]*", text[merged[-1][1]:start]) is not None):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[start:end] for start, end in merged]


def _most_specific(names: list[str]) -> list[str]:
    """The names without one another's parts ("Six Sigma Black Belt" over "Six Sigma")."""
    kept: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        if not any(name.lower() in other.lower() for other in kept):
            kept.append(name)
    return kept


def _without_label(text: str) -> str:
    """A line of certificates without its label ("Certifications: PMP, ITIL 4" → "PMP, ITIL 4")."""
    return CERT_LABEL_RE.sub("", text, count=1)


BODY_WORDS_RE = re.compile(
    r"(?i)\b(?:institute|institution|association|society|council|board|academy|authority|agency|"
    r"college|chamber|federation|commission|guild|kammer|verband|ordre|ordine)\b")
"""The nouns that name a professional or awarding body ("… Institute of …", "… Council")."""
BODY_LINE_WORDS = 10


def _awarding_body(text: str, patterns: FitPatterns) -> bool:
    """A short line that only names a body, under the certificate it awarded ("Chartered Institute
    of Procurement & Supply" under "CIPS Level 4 Diploma"): the certificate's issuer, not one of
    its own. A body's noun, no certificate by name or level, no word of holding it (a member, a
    fellow, "certified") and no figure."""
    bare = re.sub(r"(?i)\bchartered\b", " ", text)
    return (len(text.split()) <= BODY_LINE_WORDS and BODY_WORDS_RE.search(text) is not None
            and not re.search(r"\d", text) and not patterns.certifications.search(text)
            and not rungs_in(text, patterns) and not CERTIFICATE_WORDS_RE.search(bare)
            and not _cue("membership", text, patterns) and not _cue("member_grade", bare, patterns)
            and not _cue("academic_award", text, patterns))


def _letters_after_name(lines: Sequence[_Line], patterns: FitPatterns) -> list[str]:
    """Certificates named by their letters after the candidate's name on the first line
    ("Jane Roe, PMP, CSCP"), that the certificate list knows and that name no degree: the
    résumé shows them held even where it lists them nowhere else."""
    if not lines or _heading(lines[0]) or "," not in lines[0].text:
        return []
    found = []
    for part in lines[0].text.split(",")[1:]:
        part = part.strip(" .*_")
        letters = re.sub(r"\s*\([A-Z]{1,3}\)$", "", part)  # "CPA(U)": the country's letter aside
        if (part and len(part.split()) <= 2 and patterns.certifications.fullmatch(letters)
                and not _names_degree(part, patterns)):
            found.append(part)
    return found


def _named_again(text: str, listed: str, patterns: FitPatterns) -> bool:
    """True when every certificate a line names is also named under a heading of certificates
    ("Certified PMP and ITIL practitioner" in the profile, each listed below)."""
    names = [hit.group(0).lower() for hit in patterns.certifications.finditer(text)]
    return bool(names) and all(name in listed for name in names)


def _name_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W_]+", text.lower()))


def _named_before(name: str, found: list[str]) -> bool:
    """True when the same certificate is already listed: every word of one is in the other
    ("Lean Six Sigma (Green Belt)" among the skills, "Lean Six Sigma Green Belt" among the
    certificates). A different level ("Green Belt", "Black Belt") has a word of its own."""
    words = _name_words(name)
    return any(words <= _name_words(other) or _name_words(other) <= words for other in found)


PIECES_RE = re.compile(r"\s+[·•|]\s+")


def _pieces(item: _Line, patterns: FitPatterns) -> list[str]:
    """A line outside the roles that lists facts side by side ("Registered Nurse · Full driving
    licence") as its pieces; any other line whole. A piece of one word, or one naming an awarding
    body, that names no certificate after another piece ("| 2018 | Certified Safety Manager | ABCD
    |", "| 2013.11 | Six Sigma Green Belt | Korean Standards Association |") is the issuer of the
    piece before it, and stays with it."""
    if not (item.role is None and PIECES_RE.search(item.text) and (
            item.section != "experience" or CERT_HEADING_RE.search(_heading(item)))):
        return [item.text]  # a role's line, or a line of the work history
    split = [piece.strip() for piece in PIECES_RE.split(item.text) if piece.strip()]
    # a row with a cell that is only a date ("| Master (FG) | MMD Mumbai | 14.04.2009 |") is a
    # table's row of one certificate: its date cells go, and every later cell that names no
    # certificate (the issuer, a status: "Superseded") stays with the certificate before it
    dated = any(not re.search(r"[^\W\d_]", piece) for piece in split)
    pieces: list[str] = []
    for piece in split:
        if dated and (not re.search(r"[^\W\d_]", piece) or (
                pieces and _topic_cell(piece, patterns))):
            continue  # a date's cell; after the name, a topic's or a country's cell
        names = (patterns.certifications.search(piece) or rungs_in(piece, patterns)
                 or CERTIFICATE_WORDS_RE.search(piece))
        if (pieces and re.search(r"[^\W\d_]", pieces[-1])
                and (dated or len(piece.split()) == 1 or _awarding_body(piece, patterns))
                and re.search(r"[^\W\d_]", piece) and not names):
            pieces[-1] = f"{pieces[-1]}, {piece}"
            continue
        pieces.append(piece)
    return pieces


def _topic_cell(piece: str, patterns: FitPatterns) -> bool:
    """A cell of a table of certificates or courses that only describes or locates one: mostly
    words in lower case ("Building & fire safety", "SMV, method analysis"), or a country alone."""
    if patterns.countries.fullmatch(piece.strip(" .")):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", piece) if not word.isupper()]
    return len(words) >= 2 and 2 * sum(1 for word in words if word[0].islower()) > len(words)


def _cue(name: str, text: str, patterns: FitPatterns) -> bool:
    return any(pattern.search(text) for pattern in patterns.evidence.get(name, ()))


def _academic(text: str, patterns: FitPatterns) -> bool:
    """An award a place of study confers, named with the place ("Graduate Certificate in X –
    University of Y"): education."""
    return _cue("institution", text, patterns) and _cue("academic_award", text, patterns)


MEMBERSHIP_HEADING_RE = re.compile(r"(?i)membership|affiliation|professional bodies|associations")


def _plain_membership(text: str, heading: str, patterns: FitPatterns) -> bool:
    """A membership that is no qualification: the line says the candidate belongs (or sits under
    a heading of memberships alone) and names no grade, registration or certificate."""
    member = _cue("membership", text, patterns) or (
        MEMBERSHIP_HEADING_RE.search(heading) is not None
        and not re.search(r"(?i)certif|licen|qualif|accredit|zertifi", heading))
    if not member:
        return False
    return not (_cue("member_grade", text, patterns) or _cue("registration", text, patterns)
                or patterns.certifications.search(text) or REGISTRATION_NUMBER_RE.search(text))


REGISTRATION_NUMBER_RE = re.compile(
    r"(?i)\b(?:registration|licen[cs]e|reg\.)\s*(?:no\.?|number|n[°º]\.?|#)\s*[:#]?\s*[A-Z\d/-]*\d")
"""The number a regulator gives the holder of a registration or a licence ("registration no.
612904", "Licence No. ABC/P/123", "Reg. N° 98421"): a credential held, whatever the line's other
words."""


def _only_place(text: str, patterns: FitPatterns) -> bool:
    """A line that, its dates set aside, names only a place ("10/2010 – 07/2011 – Vigo,
    Spain"): where a study or a course was, not a study or a certificate of its own."""
    rest = _without_dates(text).strip(" –—-|,")
    if not rest:
        return False
    parts = [part.strip() for part in rest.split(",")]
    if len(parts) == 2 and patterns.countries.fullmatch(parts[1]) and is_town(parts[0]):
        return True  # "A Coruña, Spain": a town the gazetteer knows, and its country
    return is_place(rest, patterns)


def _contact_detail(text: str) -> bool:
    """A line of the contact or personal block ("Mobile: +63 917 …", "E-mail: …", "Nationality:
    Indian", "Address: …"): an e-mail, a web address, a phone's or an address's label, or a
    personal detail's label. A registration with its number ("PRC License No. 0003612") and a
    list of numbered modules ("CMFAS Modules 1A, 5, 6 and 6A") are none of these."""
    return (CONTACT_LINE_RE.search(text) is not None
            or PERSONAL_LABEL_RE.match(text.strip(" *_-•")) is not None)


CONTACT_LINE_RE = re.compile(
    r"[\w.+-]@[\w-]+\.\w|https?://|www\.|linkedin|(?i:^\W*(?:mobile|phone|tel(?:ephone)?|cell|"
    r"e-?mail|whatsapp|skype|address)\b\s*(?:no\.?|number)?\s*[:|])|^\W*\+\d[\d ()-]{6,}\d")
"""What only a contact line holds: an e-mail or web address, a phone's or address's label, or
a line opening with an international number."""


def _is_certification(item: _Line, text: str, number: int, patterns: FitPatterns) -> bool:
    if _contact_detail(text):
        return False
    if NOT_A_CERTIFICATE_RE.search(text) or _heading_line(item) or _top_line(
            item, number) or _tool_list(text, patterns) or _names_schooling(text, patterns):
        return False
    if _only_place(text, patterns):
        return False
    if _cue("attended", text, patterns) or _academic(text, patterns):
        return False  # training attended; an award of a place of study (education)
    if _plain_membership(text, _heading(item), patterns):
        return False
    in_role = item.section == "experience" or item.role is not None
    named = patterns.certifications.search(text) is not None or bool(
        personal_rungs_in(text, patterns)) or (
        not in_role and _cue("registration", text, patterns))
    worded = CERTIFICATE_WORDS_RE.search(text) is not None or _body_diploma(text, patterns)
    if in_role and not item.bullet and CERTIFICATE_WORDS_RE.search(without_blurb(text)) is None:
        # "Acme Hospital, Leeds (400-bed, JCI-accredited)": the word is in the blurb about
        # the employer on a role's line
        worded = False
    if _among_skills(item, patterns) and not worded:
        # "Lean / continuous improvement (Green Belt)" in a list of skills: a skill that names a
        # certificate, read as held only where the résumé lists it (or when the item is the
        # certificate and nothing else: "PRINCE2 Practitioner").
        return _only_certificates(text, patterns)
    under = (CERT_HEADING_RE.search(_heading(item)) is not None or SHARED_HEADING_RE.match(
        _heading(item)) is not None) and item.role is None
    if under and EDUCATION_HEADING_RE.search(_heading(item)) and (
            FRAMEWORK_LEVEL_RE.match(text) or (_cue("institution", text, patterns) and not (
                named or worded or _cue("academic_award", text, patterns)))):
        # "Education and training": a place of study's line, or a degree's framework level
        # ("EQF level 7"), is no certificate
        return False
    if under and MIXED_HEADING_RE.search(_heading(item)) and not (
            named or worded or _cue("member_grade", text, patterns)):
        return False  # "Awards & Certifications": an award, a skill or an honour listed beside them
    if under:
        return not (_names_degree(text, patterns) and not (
            CERTIFICATE_WORDS_RE.search(text) or _body_diploma(text, patterns)
            or _master_of_a_trade(text, patterns)))
    if not (worded if in_role else named or worded):
        return False
    if in_role and not item.bullet and RANGE_RE.search(text):
        return False  # a role's dated line ("Hallam Chartered Surveyors  2005 – 2008")
    if in_role and not item.bullet and not named and classify(text, patterns).kind == "employer":
        return False  # a role's employer line ("HALLAM CERTIFIED SURVEYORS LLP")
    if not (_short_fact(text) or (in_role and _several_named(text, patterns))) or (
            in_role and _tells_what_happened(text)):
        return False  # a result ("Led the site to its ISO 9001 certification")
    return not (_names_degree(text, patterns) and not worded)  # a degree: education


MIXED_HEADING_RE = re.compile(r"(?i)award|honou?r|skill|achievement|interest|activit|"
                              r"publication|recognition|prize")
"""A heading that lists certificates with something else ("Awards & Certifications", "Skills and
Certifications"): under it a line counts only when it names a certificate."""
FRAMEWORK_LEVEL_RE = re.compile(r"(?i)^\W*(?-i:[A-Z]{0,4}QF)\s+level\s+\d+\W*$")
"""A qualification framework's level alone ("EQF level 7", "AQF level 9"): a note on a degree."""


def _among_skills(item: _Line, patterns: FitPatterns) -> bool:
    """A line under a heading of skills, or one labelled as a list of skills ("Core
    Competencies: …")."""
    label = item.text.split(":", 1)[0] if ":" in item.text[:40] else ""
    return any(_cue("skills_label", text, patterns) for text in (_heading(item), label) if text)


LEFTOVER_WORDS = 1


def _only_certificates(text: str, patterns: FitPatterns) -> bool:
    """A piece that names a certificate at a level and little else ("PRINCE2 Practitioner")."""
    if not rungs_in(text, patterns):
        return False
    rest = patterns.certifications.sub(" ", text.split(":", 1)[-1])
    for rung in rungs_in(text, patterns):
        rest = re.sub(rf"(?i)\b{re.escape(rung.name)}\b", " ", rest)
        for word in family_words(text, rung.ladder, patterns).split():
            rest = re.sub(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", " ", rest)
    return len(re.findall(r"[^\W\d_]{3,}", rest)) <= LEFTOVER_WORDS


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _tells_what_happened(text: str) -> bool:
    """A role's line whose main verb is finite, with its subject ("Ward accreditation moved
    from Bronze to Gold"): a result told, not a certificate named."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    return any(token.dep_ == "ROOT" and token.tag_ in FINITE_TAGS and token.i > 0
               and not CERTIFICATE_WORDS_RE.search(token.text)  # "PRINCE2 Practitioner certified"
               and any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
               for token in doc)


ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9-]{1,}\b")
LISTED_WORDS = 3


def _listed(text: str, patterns: FitPatterns, *, labelled: bool = False) -> list[str]:
    """A line listing several certificates by their letters ("CCRN, BLS, ACLS") as its items, or
    several certificates each named in full ("PRINCE2 Practitioner; ITIL 4 Foundation"); any
    other line as it is ("Registered Nurse, State of Ohio" names one licence)."""
    named = _each_named(text, patterns, labelled=labelled)
    if named:
        return named
    paired = PAIRED_RE.fullmatch(text.strip())
    if paired is not None:
        # "Basic Life Support (BLS) and Advanced Cardiac Life Support (ACLS), AHA": two
        # certificates, each named with its letters, from one body
        issuer = paired.group("issuer") or ""
        return [f"{paired.group('first').strip()}{issuer}", f"{paired.group('second').strip()}{issuer}"]
    parts = [part.strip() for part in text.split(",")]
    # two parts are two certificates only when each is letters alone ("CCRN, BLS"); otherwise
    # the second names the body that awarded the first ("QSIR Practitioner, NHS England")
    if len(parts) > 1 and all(part and len(part.split()) <= LISTED_WORDS and ACRONYM_RE.match(part)
                              for part in parts) and (len(parts) > 2 or all(
                                  len(part.split()) == 1 for part in parts)):
        return parts
    return [text]


def _each_named(text: str, patterns: FitPatterns, *, labelled: bool = False) -> list[str]:
    """The parts of a line split at semicolons and commas (outside brackets), when there are at
    least two and each names a certificate in more than its letters (by the list of
    certificates, a rung of a ladder or a certificate's word): "PMP, ITIL 4 Foundation, Lean Six
    Sigma Green Belt". A part that names none (an issuer, a place) makes the line one item, and
    so does a part of one word, unless ``labelled`` (the line's label names its certificates)
    and the word is a certificate's letters."""
    parts = [part.strip(" .") for part in re.split(r"[;,](?![^()]*\))", text) if part.strip(" .")]
    if len(parts) < 2:
        return []
    for part in parts:
        if len(part.split()) == 1 and not (labelled and patterns.certifications.fullmatch(part)):
            # "CPA, CA – Chartered …": letters beside a name are one certificate's, unless the
            # line is labelled as a list of certificates ("Certifications: PMP, ITIL 4 …")
            return []
        named = (patterns.certifications.search(part) is not None
                 or bool(personal_rungs_in(part, patterns))
                 or CERTIFICATE_WORDS_RE.search(part) is not None)
        if not named:
            return []
        if BODY_WORDS_RE.search(part) and not patterns.certifications.search(part):
            return []  # "…, Chartered Institute of …": the body, not a second certificate
    return parts


PAIRED_RE = re.compile(r"(?P<first>[^,()]+\((?-i:[A-Z][A-Z0-9-]+)\))\s+(?:and|&)\s+"
                       r"(?P<second>[^,()]+\((?-i:[A-Z][A-Z0-9-]+)\))(?P<issuer>,\s*[^,]{2,40})?")
"""Two certificates on one line, each with its letters in brackets, and the body after them."""


TOP_LINES = 3
TOOL_LIST = 2


NAME_LINE_WORDS = 16
"""The first line of a résumé up to this many words is its name line."""


def _top_line(item: _Line, number: int) -> bool:
    """A short line at the top of the page before any heading: the name with its letters
    ("Jane Roe BSc (Hons) MCIPD"), not a qualification listed. The very first line is the name
    even with a rank and many letters ("Cdr (Retd) John A. Smith OBE BEng (Hons) MSc CEng")."""
    if _heading(item) or number >= TOP_LINES:
        return False
    return len(item.text.split()) <= (NAME_LINE_WORDS if number == 0 else 8)


def _tool_list(text: str, patterns: FitPatterns) -> bool:
    """A list of software ("SAP, MS Office, Power BI"): never a degree or a certificate."""
    return len(patterns.tools_in(text)) >= TOOL_LIST and not CERTIFICATE_WORDS_RE.search(text)


def _heading(item: _Line) -> str:
    return item.heading


def _heading_line(item: _Line) -> bool:
    """The line that is itself the heading of its part."""
    return bool(_heading(item)) and item.text == _heading(item)


def _several_named(text: str, patterns: FitPatterns) -> bool:
    """A line that lists certificates side by side, each named, and nothing else ("Certified
    PRINCE2 Practitioner; APM Project Professional Qualification"): a fact, however long."""
    parts = _each_named(text, patterns)
    return len(text.split()) <= 2 * SHORT_FACT_WORDS and len(parts) > 1 and not any(
        _names_degree(part, patterns) for part in parts)


def _short_fact(text: str) -> bool:
    """A line short enough to name a thing and not a sentence telling what was done."""
    if len(text.split()) > SHORT_FACT_WORDS or ";" in text:
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    return not (len(doc) > 0 and doc[0].tag_ in EVENT_TAGS)


def _names_schooling(text: str, patterns: FitPatterns) -> bool:
    """True when ``text`` names a school-leaving qualification ("A Levels", "Abitur", "HSC")."""
    return any(pattern.search(text) for pattern in patterns.evidence.get("schooling", ()))


MASTER_RE = re.compile(r"(?i)\bmaster\b(?!\s*(?:'s|’s|of|in|en|degree|studies|\())|(?-i:\bMaster\s*\()")
"""The word "master" naming a rank or a trade's top grade ("Master (Foreign-Going)", "Master
Mariner", "Master Electrician"), not a degree ("Master of Science", "Master's in …")."""


def _master_of_a_trade(text: str, patterns: FitPatterns) -> bool:
    """True when the only degree word of a line under a heading of certificates is "master" as
    a rank or a trade's grade ("Master (Foreign-Going), STCW II/2"): a certificate of
    competency, not a degree. "Master of Engineering" under the same heading stays a degree."""
    rest = MASTER_RE.sub(" ", text) if MASTER_RE.search(text) else text
    return rest != text and not _names_degree(rest, patterns)


def _names_degree(text: str, patterns: FitPatterns) -> bool:
    """A degree by its words or its letters, or a rung of the degree ladder ("DNP")."""
    return any(pattern.search(text) for pattern in patterns.evidence.get("degree", ())) or any(
        rung.ladder == "degree" for rung in rungs_in(text, patterns))


def _dated_aside(found: re.Match[str]) -> str:
    """A bracket that only dates the fact ("(2019)", "(renewed 2023)", "(since 03/2018)") goes;
    one that also names something keeps it without the date ("(Motorola University, 2015)")."""
    inside = found.group(1)
    if not DATES_RE.search(inside):
        return found.group(0)
    rest = DATES_RE.sub(" ", inside).split()
    if len(rest) <= 2 and all(word.islower() for word in rest):
        return " "
    return "(" + " ".join(rest).strip(" ,;:–—-") + ")"


EXPECTED_RE = re.compile(
    r"(?i)\b(?:expected|due|completion|complete|until|bis)\s+(?:(?:in|by)\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b")
"""When a study in progress is expected to end ("expected May 2027"): its date stays."""
KEPT_DIGITS = str.maketrans("0123456789", "\ue010\ue011\ue012\ue013\ue014\ue015\ue016\ue017\ue018\ue019")
"""Digits written as marks no date pattern reads, while the other dates are dropped."""
BACK_DIGITS = {value: key for key, value in KEPT_DIGITS.items()}


FORM_LABEL_RE = re.compile(
    r"(?i)^\W*(?:title of (?:the )?qualification awarded|qualification awarded|name (?:and type )?of "
    r"(?:the )?organi[sz]ation providing education and training|name of (?:the )?(?:institution|school|"
    r"university)|titolo della qualifica rilasciata|nome e tipo d['’]organizzazione erogatrice "
    r"dell['’]istruzione e formazione)\s*:\s*")
"""The labels a European CV form puts before a qualification and its place of study."""
ONLY_LABEL_RE = re.compile(r"(?i)^\W*(?:dates?|period|from|to|duration)\W*$")
"""What is left of a form's dated line once its dates are dropped ("Dates: 2004 – 2009")."""


def _form_value(text: str) -> str:
    """A line without the form's label before it."""
    return FORM_LABEL_RE.sub("", text, count=1)


MONTH_BEFORE_YEAR_RE = re.compile(rf"{MONTH_NAME}\s*[,'’]?\s*(?=(?:19[5-9]\d|20[0-4]\d)\b)",
                                  re.IGNORECASE)
"""A month's name written before its year ("April 2008"): part of the date, dropped with it."""


def _without_dates(text: str) -> str:
    text = EXPECTED_RE.sub(lambda hit: hit.group(0).translate(KEPT_DIGITS), text)
    text = MONTH_BEFORE_YEAR_RE.sub("", text)
    text = re.sub(r"\(([^()]*)\)", _dated_aside, text)
    text = DATES_RE.sub(" ", text)
    text = text.translate(BACK_DIGITS)
    text = re.sub(r"\(\s*\)", " ", text)
    return re.sub(r"\s+", " ", text).strip(" |,;:–—-")


def languages_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[tuple[str, str], ...]:
    """Languages with the level the résumé gives ("" when none), from lines outside the roles
    that state a level or are labelled as languages; in the order of the languages list, with
    the highest level the résumé claims anywhere ("Bilingual (English/Spanish)" in a profile)."""
    listed: dict[str, str] = {}
    mentioned: dict[str, str] = {}
    for item in lines:
        if item.section == "experience" or item.role is not None:
            continue
        labelled = LANGUAGES_LABEL_RE.match(item.text) is not None
        # a list of languages may write their names in lower case ("anglais courant")
        any_case = labelled or LANGUAGES_LABEL_RE.match(_heading(item)) is not None
        found = listed if labelled or item.section == "side" else mentioned
        pairs = languages_in(item.text, patterns, any_case=any_case)
        if any_case:
            # a list of languages names local ones the lexicon does not know ("Kikamba (mother
            # tongue)"): read by their place in the list
            pairs += unlisted_languages(LANGUAGES_LABEL_VALUE_RE.sub("", item.text), patterns)
        for language, level in pairs:
            if not (level or labelled or item.section == "side"):
                continue
            if not level and denies_language(item.text, language, patterns):
                continue  # "I do not speak Welsh but am keen to learn" lists no Welsh
            if language not in found or (level and not found[language]):
                found[language] = level
    for language, level in mentioned.items():
        # a level stated in the list of languages stands; a claim elsewhere ("Bilingual
        # (English/Spanish)" in a profile) gives a level the list leaves out
        if language not in listed or not listed[language]:
            listed[language] = level
    return tuple(listed.items())


LANGUAGES_LABEL_RE = re.compile(
    r"(?i)^\W*(?:(?:home|other|first|spoken)\s+languages?|languages?|language skills|sprachen|"
    r"sprachkenntnisse|langues|idiomas|lingue|talen(?:kennis)?)\b")
"""A line or heading that lists languages ("Languages: …", "Langues : …", "Home language |
…")."""
LANGUAGES_LABEL_VALUE_RE = re.compile(
    r"(?i)^\W*(?:(?:home|other|first|spoken)\s+languages?|languages?(?:\s+(?:skills|spoken))?|"
    r"sprachen|sprachkenntnisse|langues|idiomas|lingue|talen(?:kennis)?)\W*[:|]\s*")
"""The label before a list of languages on its line ("Languages: ", "Other languages | ")."""


LIVES_IN_RE = re.compile(r"(?i)^[^\w📍]*(?:(?:based|living|resident|residing|located|domiciled)\s+in\s+"
                         r"(?=[A-ZÀ-Þ])|📍\s*)")
"""A contact line telling where the candidate lives in words ("Based in Porto, Portugal")."""
VALUE_END_RE = re.compile(r"\s*(?:[;|·•\t]|\s{3,})")


def _place_value(value: str) -> str:
    """A labelled place without what follows it on the line: a contact detail, an aside, a
    remark after a semicolon ("Lisbon, Portugal; open to relocation" → "Lisbon, Portugal")."""
    contact = next((hit for hit in CONTACT_RE.finditer(value)
                    if not POSTCODE_RE.fullmatch(hit.group(0).strip())
                    and not _unit_number(value, hit)), None)
    if contact:  # a postcode written with a hyphen ("7520-109 Sines") is no phone number
        value = re.sub(r"\S*$", "", value[: contact.start()])  # "… M20 2AB tom@…": the address
    return VALUE_END_RE.split(value.strip(" |:"), maxsplit=1)[0].strip(" ,.")


def _unit_number(value: str, hit: re.Match[str]) -> bool:
    """True for digits that open an address and end at its first comma: a building and a flat
    ("204-1102, 335 Munsu-ro, …"), no phone number."""
    return not value[: hit.start()].strip() and value[hit.end():].lstrip().startswith(",")


ADDRESS_LINE_WORDS = 4
"""A town's or a postcode's line under a street line is short."""


def _address_blocks(header: list[str]) -> list[str]:
    """The header with a postal address written over several lines (the street, then the town,
    then the postcode) joined into one line with commas, as an address written on one line is;
    the block starts at a street line (a house number and a street) with no contact detail and no
    comma (a street line with its town after a comma is read as it is)."""
    joined: list[str] = []
    number = 0
    while number < len(header):
        text = header[number]
        if STREET_ADDRESS_RE.match(text) and not CONTACT_RE.search(text) and "," not in text:
            parts = [text.strip(" ,")]
            following = number + 1
            while following < len(header) and len(parts) < 3:
                line = header[following].strip(" ,")
                if (not line or CONTACT_RE.search(line) or len(line.split()) > ADDRESS_LINE_WORDS
                        or re.search(r"[|·•\t:]", line)):
                    break
                parts.append(line)
                following += 1
            joined.append(", ".join(parts))
            number = following
            continue
        joined.append(text)
        number += 1
    return joined


def location_of(lines: Sequence[_Line], patterns: FitPatterns) -> str:
    """Where the candidate lives, from the résumé's header: a labelled line, else the town of an
    address line (read by its structure: see ``places.town_of``), else a place on the contact
    lines (spaCy's place entities, a country, or "City, ST"); never a personal detail. A town
    written in its own language carries its English name after it ("Milano (Milan)")."""
    return with_english_name(_place_of(lines, patterns))


HEADER_LINES = 8
"""The lines under the name where an unlabelled address or town stands."""
LABELLED_LINES = 30
"""The lines before the roles searched for a labelled place ("Current location | …")."""


def _place_of(lines: Sequence[_Line], patterns: FitPatterns) -> str:
    header: list[str] = []
    for item in lines[:LABELLED_LINES]:
        if item.role is not None or item.section in ("experience", "side"):
            break  # the roles, or a skills list ("Capital works delivery, NEC3/NEC4")
        if not header and DOCUMENT_TITLE_RE.match(item.text):
            continue  # "Curriculum Vitae" above the name: the name is the next line
        header.append(item.text)
    for text in header:  # a labelled place may stand low in a table of personal details
        text = text.lstrip("| ")  # a table's row ("| Address | 204-1102, …, Ulsan, …")
        label = LABEL_RE.match(text) or LIVES_IN_RE.match(text)
        if label and label.end() < len(text):
            value = _place_value(text[label.end():])
            if value:
                return town_of(value) or value
    header = _address_blocks(header[:HEADER_LINES])
    known = known_places()
    candidates: list[tuple[str, bool, bool]] = []
    """(the place, on a contact line, read as an address's town)"""
    for number, text in enumerate(header):
        pieces = [piece.strip(" ,") for piece in PIECE_SPLIT_RE.split(text) if piece.strip(" ,")]
        contact = CONTACT_RE.search(text) is not None or len(pieces) > 1
        if number == 0 and not contact:
            continue  # the candidate's name
        if PERSONAL_LABEL_RE.match(text.strip(" |*")) or _only_letters(text):
            continue  # a date or place of birth, a nationality; the letters after the name
        if RANGE_RE.search(text) and not CONTACT_RE.search(text):
            continue  # a role's row ("| 2020 - Present | Head of … | Taguig City |"): no home
        if not CONTACT_RE.search(text) and not re.search(r"[|·•\t]", text):
            pieces = [text.strip(" ,")]  # one address line ("…, Hyderabad – 500090, Telangana")
        for piece in pieces:
            piece = PO_BOX_RE.sub("", piece).strip(" ,")
            if not piece or piece.endswith(":"):
                continue  # a label ("Name:")
            # "(open to relocation)" goes; a place's other name stays ("… (Aurangabad)").
            piece = re.sub(r"\s*\([^()]*\)", lambda hit: hit.group(0) if ALIAS_RE.fullmatch(
                hit.group(0).strip()) else "", piece).strip(" ,.")
            if NOT_A_PLACE_RE.search(piece) or OPEN_END_RE.fullmatch(piece):
                continue  # a personal detail ("Married, 2 children"), a licence, a contract,
                # a date's open end ("Present")
            if known.city_of_postcode(piece) and not CONTACT_RE.search(piece):
                candidates.append((town_of(piece, known), True, True))  # "Essendon VIC 3040"
                continue
            if not CONTACT_RE.search(piece) and (
                    len(piece.split()) <= ADDRESS_WORDS or _ends_in_country(piece)
                    or _address_shaped(piece)) and (
                    (POSTCODE_RE.search(piece) and ("," in piece or re.match(r"\d", piece)))
                    or ("," in piece and STREET_RE.search(piece))):
                piece = town_of(piece, known)  # a street address: its town
                if piece and piece[:1].isupper():
                    candidates.append((piece, True, True))
                    continue
            if CONTACT_RE.search(piece) or (len(piece.split()) > 5 and not _ends_in_country(
                    piece)) or NOT_A_PLACE_RE.search(
                    piece) or any(pattern.search(piece) for pattern in patterns.title_words):
                continue
            if not re.match(r"[^\W\d_]", piece) or not piece[:1].isupper():
                continue
            candidates.append((piece, contact, False))
    if not candidates:
        return _place_line(lines)
    for piece, _, address in candidates:
        if address:
            return piece
        if patterns.countries.search(piece) or US_STATE_RE.search(piece) or names_place(piece):
            return town_of(piece) or piece
    for piece, contact, _ in candidates:
        if contact:
            return town_of(piece) or piece
    return ""


LETTERS_RE = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.?){1,4}(?:\s*\([^()]*\))?")
"""One set of letters after a name ("ACS", "LL.B.", "MSc", "FCIPD")."""


def _only_letters(text: str) -> bool:
    """True for a line listing only letters after a name ("ACS, LL.B., CAMS"): no place."""
    parts = [part.strip(" .") for part in re.split(r"[,|/]", text.strip(" *_")) if part.strip(" .")]
    return len(parts) >= 2 and all(LETTERS_RE.fullmatch(part + ".") or LETTERS_RE.fullmatch(part)
                                   or COMPOUND_AWARD_RE.fullmatch(part)
                                   or LEVELLED_AWARD_RE.fullmatch(part)
                                   for part in parts) and any(part.isupper() for part in parts)


DOCUMENT_TITLE_RE = re.compile(r"(?i)^[\W_]*(?:curriculum vitae|r[ée]sum[ée]|cv|lebenslauf|"
                               r"professional profile)[\W_]*$")
"""A document's title above the candidate's name."""
COMPOUND_AWARD_RE = re.compile(r"(?:[A-Z][a-z]*){3,}")
"""An award's letters written as one word of several capitalised parts ("PGCertHealthLeadership")."""
LEVELLED_AWARD_RE = re.compile(r"[A-Z]{2,6}\s+(?:Level|Lvl\.?)\s*\d{1,2}")
"""An award named by its body's letters and its level ("CIH Level 5", "ILM Level 7")."""
OPEN_END_RE = re.compile(OPEN_END, re.IGNORECASE)
"""A date's open end said alone ("Present", "current"): no place."""


ADDRESS_PART_WORDS = 5
SMALL_WORDS = frozenset({"de", "da", "di", "del", "la", "le", "of", "the", "and", "am", "an", "upon"})


def _address_shaped(text: str) -> bool:
    """A long line shaped as an address, not prose: three or more short comma-separated parts of
    capitalised words and numbers ("No. 12-3, Residensi Kiara Hijau, Jalan Kiara 3, Mont Kiara,
    50480 Kuala Lumpur")."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) < 3 or any(len(part.split()) > ADDRESS_PART_WORDS for part in parts):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in SMALL_WORDS
               for part in parts for word in part.split())


def _ends_in_country(text: str) -> bool:
    return known_places().countries.fullmatch(text.rsplit(",", 1)[-1].strip(" .")) is not None


PLACE_LINE_WORDS = 6


def _place_line(lines: Sequence[_Line]) -> str:
    """A line outside the roles that is only a place, "Town, Region, Country" (a profile export
    that puts the name and where the person lives under a column of skills): its first part a
    town the gazetteer knows, its last a country."""
    for item in lines:
        if item.role is not None or item.section == "experience":
            continue
        text = item.text.strip(" *_")
        parts = [part.strip() for part in text.split(",")]
        if (len(parts) < 2 or len(text.split()) > PLACE_LINE_WORDS or re.search(r"\d", text)
                or not all(part[:1].isupper() for part in parts) or not _ends_in_country(text)):
            continue
        if is_town(parts[0]):
            return text
    return ""


def names_place(text: str) -> bool:
    """True when spaCy's entities read ``text`` as a place (a town, a region, a country)."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(entities=True)(text)
    return any(entity.label_ in ("GPE", "LOC") for entity in doc.ents)


PERSONAL_LABEL_RE = re.compile(
    r"^(?:(?:full )?name|date of birth|d\.?o\.?b\.?|birth ?date|born|geburtsdatum|date de naissance|"
    r"surname|family name|first names?|given names?|identity number|id number|gender|"
    r"fecha de nacimiento|geboortedatum|nationality|marital status|passport|gender|"
    r"place of birth|birth ?place|lieu de naissance|geburtsort|lugar de nacimiento|citizenship|"
    r"nationalit[ée]|staatsangeh[öo]rigkeit)\s*[:|]",
    re.IGNORECASE)
"""A personal detail ("Date of birth: 12-03-1985"): its date is no study."""


def _not_a_study(text: str) -> bool:
    """True for a line that cannot name a study: a personal detail, contact details (a referee's
    phone number), or a table's header row ("Qualification | University | Year | %"). A number a
    body gives the holder ("registration: 1234-2019-56789" after a degree) is no phone number."""
    from poise.fit.cert_filter import HOLDER_NUMBER_RE

    unnumbered = HOLDER_NUMBER_RE.sub(" ", DATES_RE.sub(" ", text))
    if PERSONAL_LABEL_RE.match(text.strip(" |*")) or CONTACT_RE.search(unnumbered):
        return True
    cells = [cell for cell in text.strip(" |").split("|") if cell.strip()]
    return len(cells) >= 3 and not re.search(r"\d", text)


def education_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[str, ...]:
    """Degrees, diplomas and schooling as the résumé names them (dates dropped): the dated lines
    and the lines naming a degree under an education heading, an award of a place of study
    listed among certificates, and any line outside the roles that names a degree; never the
    letters after the name at the top ("Jane Roe MSc", "BEng (Hons), MABC"). A line naming only
    the place of study under a degree is that degree's, not another."""
    found: list[str] = []
    studied_at: list[bool] = []
    """Per study found: whether its line named only the place of study (its degree may follow)."""
    last = -2
    dates_above = -2
    """The line that held a study's dates alone ("**2004 – 2009**" over the degree)."""
    place_first: bool | None = None
    """Whether the education part names each place of study on a line over its degree (its
    first study opens with the place alone): a later such line then opens the next study."""
    studies_listed = _studies_listed(lines, patterns)
    for number, item in enumerate(lines):
        if item.role is not None or item.section == "experience" or _heading_line(item):
            continue
        if ONLY_LABEL_RE.match(_without_dates(item.text)) or _skipped_label(item.text):
            continue  # a form's dated line or its other fields: the study is on the lines below
        if FORM_LABEL_RE.match(item.text):
            item = _Relabelled(item, _form_value(item.text))
        heading = _heading(item)
        if _top_line(item, number) or _tool_list(item.text, patterns) or _not_a_study(item.text):
            continue
        if _letters_line(item, number, patterns):
            continue  # the letters after the name
        studied = EDUCATION_HEADING_RE.search(heading) is not None or (
            not heading and item.section == "education")
        if _cue("registration", item.text, patterns) and not (_names_degree(
                item.text, patterns) or _names_schooling(item.text, patterns) or (
                studied and _cue("institution", item.text, patterns))):
            continue  # a licence or a title conferred: a certification; not a study at a place
            # of study that names the licence it led to
        if _cue("course_length", item.text, patterns) and not _cue("academic_award", item.text,
                                                                     patterns):
            continue  # a course of so many days: training attended
        under = studied
        if under and DATES_RE.search(item.text) and not re.search(
                r"[^\W\d_]", _without_dates(item.text)):
            dates_above = number
            continue
        if under and last == number - 1 and found and not place_first and institution_only(
                item.text, patterns):
            found[-1] = f"{found[-1]}, {_without_dates(item.text)}"  # the degree's place of study
            last = number
            continue
        if under and last == number - 1 and found and _detail_of_above(item, patterns):
            # "Degree: Dipl.-Ing." or "Thesis: …" under a dated study: that study's detail
            found[-1] = f"{found[-1]}; {_without_dates(item.text)}"
            last = number
            continue
        degree = _names_degree(item.text, patterns) or _names_schooling(item.text, patterns)
        dated_study = DATES_RE.search(item.text) is not None
        if under and last == number - 1 and found and not item.bullet and studied_at[-1] and (
                (degree and not dated_study) or (place_first and (degree or dated_study))):
            # "2009 – 2011 Northgate University, Leeds" over "Master's degree in Logistics": the
            # degree taken at the place of study dated above it (or named above it, when every
            # study names its place first: "Northgate University" over "BSc Logistics, 2008")
            found[-1] = f"{_without_dates(item.text)}, {found[-1]}"
            studied_at[-1] = False
            last = number
            continue
        if under and last == number - 1 and found and not degree and _progress_of_above(
                item, patterns):
            # "2023 – present (120 of 180 credits done)" under a degree: how that study went
            found[-1] = f"{found[-1]}; {_without_dates(item.text).strip(' ()')}"
            last = number
            continue
        academic = _academic(item.text, patterns)
        if under and _only_place(item.text, patterns):
            continue  # "10/2010 – 07/2011 – Vigo, Spain": where the study was, dated
        if under and SHARED_HEADING_RE.match(heading) and not (
                degree or academic or _cue("institution", item.text, patterns)):
            continue  # "June 2023  TOEIC … 820" under "Qualifications": no study
        if under:
            dated = (DATES_RE.search(item.text) is not None or dates_above == number - 1) and (
                not item.bullet or _cue("institution", item.text, patterns)
                or _cue("study_programme", item.text, patterns))
            if not (degree or dated or (place_first and institution_only(item.text, patterns))):
                continue
            certificate = CERTIFICATE_WORDS_RE.search(item.text) or patterns.certifications.search(
                item.text) or rungs_in(item.text, patterns)
            if BODY_LEVEL_RE.search(item.text) and not academic:
                continue  # a professional body's award at a framework level: a certification
            if certificate and not degree and not (dated and _cue("institution", item.text, patterns)):
                continue  # a certificate listed with the degrees; not a dated study at a place
                # of study that names the licence it led to
        elif not degree or ((item.section == "side" or CERT_HEADING_RE.search(heading))
                            and not academic):
            continue  # a skills or memberships list ("MS Office, SAP") names no degree
        elif item.section == "summary" and studies_listed:
            continue  # the profile's mention of a degree the education section lists
        name = _without_dates(_without_holder_number(item.text))
        if name and name not in found and len(name.split()) <= (EDUCATION_LINE_WORDS if under
                                                                  else 20):
            found.append(name)
            studied_at.append(under and institution_only(name, patterns))
            if under and place_first is None:
                place_first = studied_at[-1]
            last = number
    return tuple(found)


def _without_holder_number(text: str) -> str:
    """A study without its sentence giving the number a body registered it under ("…, 2006.
    Ministry registration: 1234-56-789."): that number names no study."""
    from poise.fit.cert_filter import HOLDER_NUMBER_RE

    sentences = SENTENCE_END_RE.split(text)
    kept = [sentence for sentence in sentences if not HOLDER_NUMBER_RE.search(sentence)]
    return ". ".join(sentence.strip(" .") for sentence in kept) if kept and len(kept) < len(
        sentences) else text


SKIPPED_LABEL_RE = re.compile(
    r"(?i)^\W*(?:principal subjects(?:/occupational skills)? covered|level in national or "
    r"international classification|main activities and responsibilities|type of business or "
    r"sector)\s*:")
"""A form's field that names no study ("Principal subjects covered: …")."""


def _skipped_label(text: str) -> bool:
    return SKIPPED_LABEL_RE.match(text) is not None


@dataclass(frozen=True)
class _Relabelled:
    """A line read without its form's label."""

    line: _Line
    text: str

    @property
    def section(self) -> str:
        return self.line.section

    @property
    def role(self) -> int | None:
        return self.line.role

    @property
    def bullet(self) -> bool:
        return self.line.bullet

    @property
    def heading(self) -> str:
        return self.line.heading


EDUCATION_LINE_WORDS = 32
"""Under an education heading a line this long is still one study with its school and its
specialism ("Diplôme d'ingénieur (…), specialisation … – École …, Rennes")."""
DETAIL_LABEL_RE = re.compile(r"^\W*([^\W\d_][\w.-]*(?: [\w.-]+){0,2})\s*:\s*\S")
"""A short label and its value ("Degree: …", "Thesis: …", "Grade: …")."""


def _detail_of_above(item: _Line, patterns: FitPatterns) -> bool:
    """An undated labelled line that is no list item, right under a study read: a detail of
    that study (its award, thesis or grade), not another study."""
    label = DETAIL_LABEL_RE.match(item.text)
    if item.bullet or label is None or DATES_RE.search(item.text) is not None:
        return False
    # "A Levels: Maths (A), …" names a study of its own, not a detail of the one above
    return not (_names_schooling(label.group(1), patterns) or any(
        rung.ladder == "degree" for rung in rungs_in(label.group(1), patterns)))


def _progress_of_above(item: _Line, patterns: FitPatterns) -> bool:
    """A line that is no list item under a study read, naming no degree, no school, no place of
    study and no certificate, and reading as a note rather than a name (an aside in brackets,
    words in lower case, or a verb of what was done: "Passed the licensing exam"): how that
    study went, not a study of its own."""
    text = _without_dates(item.text).strip()
    if item.bullet or not text or (
            _cue("institution", text, patterns) or CERTIFICATE_WORDS_RE.search(text)
            or patterns.certifications.search(text) or rungs_in(text, patterns)
            or _names_schooling(text, patterns) or DETAIL_LABEL_RE.match(item.text)):
        return False
    if text.startswith("(") or text[:1].islower():
        return True
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    return len(doc) > 1 and doc[0].tag_ in EVENT_TAGS


def _studies_listed(lines: Sequence[_Line], patterns: FitPatterns) -> bool:
    """True when an education section lists a degree or a school qualification."""
    return any(EDUCATION_HEADING_RE.search(_heading(item)) and item.role is None and (
        _names_degree(item.text, patterns) or _names_schooling(item.text, patterns))
        for item in lines if not _heading_line(item))


LETTERS_LINES = 8
"""The name, its letters and the contact details sit within this many lines of the top."""
CONNECTOR_RE = re.compile(r"(?i)\b(?:of|in|at|from|for|für|de|en)\b|[–—]|\d")


def _letters_line(item: _Line, number: int, patterns: FitPatterns) -> bool:
    """A line at the top, before any section, that only lists a name and the letters after it
    ("Dr. Jo Bloggs, MSc", "BEng (Hons), MABC"): post-nominals, not a study listed. A degree
    written out ("Bachelor of …"), a place of study or a date make it a study."""
    if number >= LETTERS_LINES or item.section != "summary" or EDUCATION_HEADING_RE.search(
            _heading(item)):
        return False
    text = re.sub(r"\([^()]*\)", " ", item.text)
    return CONNECTOR_RE.search(text) is None and not _cue("institution", text, patterns) and (
        len(text.split()) <= NAME_LINE_WORDS)


INSTITUTION_WORDS = 8


FACULTY_RE = re.compile(r"(?i)^\s*(?:faculty|school|department|college|institute|fakult\w*|"
                        r"facult[ée]|facoltà|facultad)\b")
"""The part of a place of study named after its comma ("…, Faculty of Civil Engineering")."""


def institution_only(text: str, patterns: FitPatterns) -> bool:
    """A short line naming a place of study and no award ("Northgate University, Leeds"); its
    faculty or school after a comma is part of that place ("Northgate University (NU), Faculty
    of Civil Engineering"), not counted in its length."""
    name, _, rest = text.partition(",")
    short = len(name.split()) <= INSTITUTION_WORDS and (
        len(text.split()) <= INSTITUTION_WORDS or FACULTY_RE.match(rest) is not None)
    return (_cue("institution", text, patterns) and not _cue("academic_award", text, patterns)
            and not any(rung.ladder == "degree" for rung in rungs_in(text, patterns))
            and not CERTIFICATE_WORDS_RE.search(text) and not re.search(r"\d", text) and short)
