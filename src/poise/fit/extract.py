"""Pure extraction: a job text → requirements and level; a résumé text → roles, scope and evidence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.fit.lexicon import FitPatterns, any_match, patterns_for

# --- Text helpers -----------------------------------------------------------------------------

BULLET_RE = re.compile(r"^\s*(?:[-*•·▪◦‣–+●○■□►▸➢➤✓✔❖◆◇]|\d{1,2}[.)])\s*(?=\S)")
MARKUP_RE = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]+\)")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")
WORD_RE = re.compile(r"[^\W_]+(?:['’&.-][^\W_]+)*", re.UNICODE)
LONG_LINE_WORDS = 28

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12,
}
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + r")"
APPROX = r"(?:(?:about|around|over|some|up to|nearly|almost|more than|approximately|c\.|~)\s*)?"

YEARS_RE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*\+?\s*(?:(?:-|–|to)\s*(?P<m>\d{{1,2}})\s*\+?\s*)?"
    r"(?:full\s+)?years?\b",
    re.IGNORECASE,
)
SUMMARY_YEARS_RE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*\+?\s*years?(?:['’]s?)?\s+(?:of\s+)?"
    r"(?:[\w&/,-]+\s+){0,4}?(?:experience|leading|managing|running|in\b)",
    re.IGNORECASE,
)

MANAGING_RE = re.compile(
    r"^['’]?s?\s*(?:of\s+)?(?:[\w&/,-]+\s+){0,4}?(?:lead|leading|led|manag|leadership|people management|"
    r"senior|as (?:a |an )?(?:manager|director|head|leader))", re.IGNORECASE)
CURRENCY = (r"(?:[€$£₹]|A\$|C\$|EUR\b|USD\b|GBP\b|CHF\b|SEK\b|NOK\b|DKK\b|AUD\b|CAD\b|INR\b|"
            r"Rs\.?(?=\s?\d))")
UNIT = r"(?:k|K|m|M|mn|MM|million|bn|BN|billion|b|crores?|lakhs?|lacs?)\b"
AMOUNT_RES = (
    re.compile(rf"(?P<cur>{CURRENCY})\s?(?P<num>\d+(?:[.,]\d+)*)\s?(?P<unit>{UNIT})?"),
    re.compile(
        rf"(?<![\w.])(?P<num>\d+(?:[.,]\d+)?)\s?(?P<unit>{UNIT})\s?"
        rf"(?P<cur>{CURRENCY}|euros?\b|dollars?\b|pounds?\b)",
        re.IGNORECASE,
    ),
)
UNIT_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
              "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
              "billion": 1e9}
CURRENCY_NAMES = {"€": "EUR", "$": "USD", "£": "GBP", "₹": "INR", "rs": "INR", "rs.": "INR",
                  "a$": "AUD", "c$": "CAD", "euro": "EUR", "euros": "EUR",
                  "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP"}
AMOUNT_CUES = (
    ("pnl", re.compile(r"\bP\s?&\s?L\b|\bprofit (?:and|&) loss\b|\bbottom[- ]line\b|\bprofit[- ]cent",
                       re.IGNORECASE)),
    ("budget", re.compile(r"\bbudgets?\b|\bspend\b|\bcost base\b|\bopex\b|\bcapex\b|\bcost cent|"
                          r"\bcosts? of\b|\bportfolio of\b|\bprogramme of\b|\bprogram of\b",
                          re.IGNORECASE)),
    ("saving", re.compile(r"\bsav(?:ed|ing|ings)\b|\bcut\b|\breduc|\blower(?:ed)?\b|\bavoid",
                          re.IGNORECASE)),
    ("revenue", re.compile(r"\brevenue|\bsales\b|\bturnover\b|\bARR\b|\bbookings\b|\bGMV\b|\bgrew\b|"
                           r"\bpipeline\b|\braised\b|\bfunding\b|\bvaluation\b", re.IGNORECASE)),
)

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
POINT = (rf"(?:{MONTH_NAME}\s*,?\s*{YEAR}|(?:0?[1-9]|1[0-2])\s*[/.]\s*{YEAR}|"
         rf"{YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)|{YEAR})")
OPEN_END = r"(?:present|current|now|today|date|ongoing|to date|till date|till now|heute)"
RANGE_RE = re.compile(
    rf"(?P<start>{POINT})\s*(?:–|—|-|to|until|till|→|>)\s*(?P<end>{POINT}|{OPEN_END})\b",
    re.IGNORECASE,
)
SINCE_RE = re.compile(rf"\b(?:since|from)\s+(?P<start>{POINT})\b(?!\s*(?:–|—|-|to\b))", re.IGNORECASE)
POINT_PARTS_RE = re.compile(
    rf"^(?:(?P<mname>{MONTH_NAME})\s*,?\s*(?P<y1>{YEAR})|(?P<m2>\d{{1,2}})\s*[/.]\s*(?P<y2>{YEAR})|"
    rf"(?P<y3>{YEAR})\s*[/.-]\s*(?P<m3>\d{{2}})|(?P<y4>{YEAR}))$",
    re.IGNORECASE,
)
HEADER_SPLIT_RE = re.compile(
    r"\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|,\s+|\s+at\s+|\s+@\s+|\s*[()]\s*|\t+|\s{3,}")
STOPWORDS = frozenset(re.findall(r"\S+", """
a an and are as at be been being by can do for from has have having in into is it its of on or our
such that the their this to was we were will with within you your yours who whom which what while
about across also any based both each etc per plus than then there these they those through under
up via well more most other own same so some very just including include includes ideally
strong proven excellent good great solid deep broad clear demonstrable demonstrated track record
ability able experience experienced years year skills skill knowledge understanding role roles
must required requirement requirements essential preferred desirable nice plus bonus advantage
"""))


def clean(line: str) -> str:
    """A line without its bullet, markdown emphasis, links or extra spaces."""
    text = BULLET_RE.sub("", line.strip())
    text = text.lstrip("#").strip()
    text = LINK_RE.sub(r"\1", text)
    text = MARKUP_RE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" *_>")


def is_bullet(line: str) -> bool:
    """True for a list item."""
    return bool(BULLET_RE.match(line))


def to_number(text: str) -> float | None:
    """A number written in digits (with thousands separators) or as a word."""
    lowered = text.lower().strip()
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS[lowered])
    digits = lowered.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def content_words(text: str) -> set[str]:
    """Lower-case, crudely stemmed content words (for lexical overlap)."""
    words = set()
    for word in WORD_RE.findall(text.lower()):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        words.add(stem(word))
    return words


def stem(word: str) -> str:
    """A crude English stem: enough to match 'leading', 'leads' and 'led' with 'lead'."""
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


UNFINISHED_RE = re.compile(r"(?:,|&|\b(?:to|of|and|the|a|an|in|for|with|by|from|on|at|across|"
                           r"into|over|under|than|per|or))$", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"[.!?:;]$")
TAIL_CHARS = 40
"""How much of a growing joined line is looked at to decide whether the next line continues it:
the cues sit at its very end, and reading only the tail keeps joining linear in the text's size."""


def join_wrapped(text: str, *, paragraphs: bool) -> list[tuple[int, str]]:
    """Lines with wrapped continuations joined to the line they continue, with the source index.

    An indented line after a list item continues it; with ``paragraphs`` (job texts) a line also
    continues the one before when that one does not end a sentence, as in text pulled from a PDF.
    Linear in the size of the text: a joined line is kept as its parts and only its tail is read.
    """
    starts: list[int] = []
    parts: list[list[str]] = []
    previous_open = False
    for index, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if not stripped:
            previous_open = False
            continue
        has_range = RANGE_RE.search(stripped) is not None
        starts_block = is_bullet(raw) or stripped.startswith("#") or has_range
        indented = raw[:1].isspace()
        lower = stripped[:1].islower()
        last = _tail(parts[-1]) if parts else ""
        title_like = _title_like(stripped)
        unfinished = UNFINISHED_RE.search(last) is not None
        continues = previous_open and not starts_block and (
            indented or lower or unfinished
            or (paragraphs and not title_like and not SENTENCE_END_RE.search(last)))
        if continues and parts:
            parts[-1].append(stripped)
        else:
            starts.append(index)
            parts.append([raw])
        heading_like = stripped.startswith("#") or re.fullmatch(r"(\*\*|__).+?\1:?", stripped) is not None
        wrapped_prose = len(stripped.split()) >= 6 and not SENTENCE_END_RE.search(stripped)
        heading_like = heading_like or (title_like and not continues and not is_bullet(raw))
        previous_open = not heading_like and not has_range and (
            is_bullet(raw) or paragraphs or wrapped_prose or (previous_open and continues))
    joined: list[tuple[int, str]] = []
    for start, pieces in zip(starts, parts, strict=True):
        if len(pieces) == 1:
            joined.append((start, pieces[0]))
        else:
            joined.append((start, pieces[0].rstrip() + " " + " ".join(pieces[1:])))
    return joined


def _tail(pieces: list[str]) -> str:
    """The last characters of a joined line (its parts joined by spaces), without trailing space."""
    last = pieces[-1] if len(pieces) > 1 else pieces[-1].rstrip()
    if len(last) >= TAIL_CHARS or len(pieces) == 1:
        return last[-TAIL_CHARS:]
    return (pieces[-2].rstrip() + " " + last)[-TAIL_CHARS:]


def _title_like(line: str) -> bool:
    """A short line that starts with a capital and does not end a sentence: a heading or a title."""
    text = clean(line)
    return bool(text) and len(text.split()) <= 6 and text[:1].isupper() and not re.search(
        r"[.!?;,]$", text)


def sentences_of(text: str) -> list[str]:
    """A long paragraph split into sentences; a short line is one sentence."""
    if len(text.split()) <= LONG_LINE_WORDS:
        return [text]
    parts = []
    for part in SENTENCE_SPLIT_RE.split(text):
        if part.strip():
            parts.append(part.strip())
    return parts


# --- Quantities ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number read from a line: a team size, or an amount of money with what it measures."""

    value: float
    quote: str
    kind: str = "team"
    currency: str = ""
    line: int = -1

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"value": _plain(self.value), "quote": self.quote}
        if self.kind != "team":
            data["kind"] = self.kind
            data["currency"] = self.currency
        return data


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


HIRING_RE = re.compile(r"\b(?:add|adding|hire|hiring|recruit|recruiting|onboard|onboarding|train|"
                       r"training|serve|serving|support|supporting|with|alongside|partner|partnering)\b",
                       re.IGNORECASE)


ENTITY_RE = re.compile(r"\b(?:plants?|company|companies|business|division|group|sites?|stores?|"
                       r"organi[sz]ation|hospitals?|factory|factories|employer|country|region|"
                       r"network|centres?|centers?)\s+with\b", re.IGNORECASE)


FIRST_PERSON_RE = re.compile(r"(?:^|\bI|\band|\bthen|[;,:])\s*$")


LEAD_VERBS = (r"(?:led|lead|leads|leading|managed|manage|manages|managing|ran|run|runs|running|"
              r"supervised|supervise|supervising|oversaw|oversee|oversees|overseeing|built|build|"
              r"building|grew|grow|growing|scaled|scale|scaling|headed|head|heading|directed|direct|"
              r"directing|responsible for|in charge of)")


@lru_cache(maxsize=4)
def _loose_team_re(people: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?P<n>{NUM})\s*\+?\s*(?:[\w-]+\s+){{0,2}}?(?:{people})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _team_res(people: str) -> tuple[re.Pattern[str], ...]:
    verbs = LEAD_VERBS
    return (
        re.compile(rf"\b(?:team|organi[sz]ation|department|function|workforce|unit|group|division|"
                   rf"staff|crew|headcount|practice|office|branch|operation)\s+of\s+{APPROX}(?P<n>{NUM})\b(?!\s*(?:%|years?|"
                   rf"months?|sites|countries|stores|clients|customers|projects))", re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s*\+?\s*[- ]?(?:person|people|strong|member|FTE|headcount)\s+"
                   r"(?:[\w-]+\s+)?(?:team|organi[sz]ation|function|department|unit|workforce|group|"
                   r"operation|practice)", re.IGNORECASE),
        re.compile(rf"\b{verbs}\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:(?:[\w-]+\s+){{0,3}}?"
                   rf"(?:team|organi[sz]ation|function|department|group|office|branch|practice)s?\s+of\s+)?"
                   rf"{APPROX}"
                   rf"(?P<n>{NUM})\s*\+?\s*(?:[\w-]+\s+){{0,2}}?(?:{people})\b", re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s+(?:direct\s+and\s+indirect\s+|direct\s+|indirect\s+|total\s+)?"
                   r"reports\b", re.IGNORECASE),
        re.compile(rf"\bheadcount\s*:?\s+(?:of\s+|from\s+{NUM}\s+to\s+)?{APPROX}(?P<n>{NUM})\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?:team|organi[sz]ation|function|department|headcount)\s+(?:\w+\s+)?from\s+"
                   rf"{NUM}\s+to\s+(?P<n>{NUM})\b", re.IGNORECASE),
        re.compile(rf"\bfrom\s+{NUM}\s+to\s+(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        re.compile(rf"\b{verbs}\s+[^.;]{{0,40}}?\band\s+{APPROX}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\s+(?:through|via|reporting|who report|"
                   r"in (?:my|the) team|under me)\b", re.IGNORECASE),
        re.compile(rf"^{verbs}\b[^.;]{{0,80}}?[:–—-]\s*{APPROX}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        re.compile(rf"\b{verbs}\b[^.;]{{0,60}}?\bwith\s+(?:a\s+team\s+of\s+)?{APPROX}(?P<n>{NUM})\s+"
                   rf"(?:[\w-]+\s+)?(?:{people})\b", re.IGNORECASE),
    )


@lru_cache(maxsize=4)
def _composition_re(people: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?:team|organi[sz]ation|function|department)\s+of|{LEAD_VERBS})\s+(?P<a>{NUM})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{people})\s*(?:,|and|&|plus)\s*(?P<b>{NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:{people})\b",
        re.IGNORECASE)


def team_sizes_in(text: str, patterns: FitPatterns, *, loose: bool = False) -> list[float]:
    """Team sizes stated in a line ("team of 12", "led 45 people"); ``loose`` adds bare
    "45 engineers" (job lines only: in a résumé "trained 200 staff" is not a team)."""
    found: list[float] = []
    res = _team_res(patterns.people)
    extra = (_loose_team_re(patterns.people),) if loose else ()
    for regex in (*res, *extra):
        for hit in regex.finditer(text):
            if regex in extra and HIRING_RE.search(text[max(0, hit.start() - 25): hit.start()]):
                continue
            if regex is res[-1] and (ENTITY_RE.search(hit.group(0)) or not FIRST_PERSON_RE.search(
                    text[: hit.start()])):
                continue
            value = to_number(hit.group("n"))
            plausible = value is not None and 2 <= value <= 500_000 and not 1950 <= value <= 2049
            if plausible and value is not None and value not in found:
                found.append(value)
    for hit in _composition_re(patterns.people).finditer(text):
        first, second = to_number(hit.group("a")), to_number(hit.group("b"))
        if first is not None and second is not None and first + second not in found:
            found.append(first + second)
    return found


def amounts_in(text: str) -> list[tuple[float, str, str]]:
    """Money amounts in a line as (value, currency, kind) with kind pnl/budget/saving/revenue/other."""
    found: list[tuple[float, str, str]] = []
    spans: list[tuple[int, int]] = []
    for regex in AMOUNT_RES:
        for hit in regex.finditer(text):
            if any(start <= hit.start() < end for start, end in spans):
                continue
            number = hit.group("num")
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
                number = number.replace(",", "")
            value = to_number(number.replace(",", ".")) if "," in number else to_number(number)
            if value is None:
                continue
            unit = (hit.group("unit") or "").lower()
            value *= UNIT_SCALE.get(unit, 1.0)
            if value < 1000:
                continue
            currency_raw = hit.group("cur")
            currency = CURRENCY_NAMES.get(currency_raw.lower(), currency_raw.upper())
            spans.append((hit.start(), hit.end()))
            found.append((value, currency, _amount_kind(text, hit.start(), hit.end())))
    return found


SIZE_OF_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:brand|business|company|category|account|market|"
                        r"turnover|revenue|retailer|group)\b", re.IGNORECASE)


def _amount_kind(text: str, start: int, end: int) -> str:
    if SIZE_OF_RE.match(text[end:end + 40]):
        return "revenue"
    if re.search(r"\b(?:by|of up to|saving|savings of)\s*$", text[:start], re.IGNORECASE):
        return "saving"
    best, best_distance = "other", 10_000
    for kind, regex in AMOUNT_CUES:
        for hit in regex.finditer(text):
            if hit.end() <= start:
                distance = start - hit.end()
            elif hit.start() >= end:
                distance = hit.start() - end + 5  # a cue before the amount reads more naturally
            else:
                distance = 0
            if distance < best_distance:
                best, best_distance = kind, distance
    return best if best_distance <= 60 else "other"


# --- The job --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Requirement:
    """One thing the job asks for: the job's own line, its kind, must-have or not, its numbers."""

    id: str
    text: str
    kind: str
    must: bool
    numbers: dict[str, float] = field(default_factory=dict)
    kinds: tuple[str, ...] = ()
    section: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "must": self.must,
            "numbers": {name: _plain(value) for name, value in self.numbers.items()},
            "kinds": list(self.kinds),
            "section": self.section,
        }


@dataclass(frozen=True)
class JobProfile:
    """What a job description asks for."""

    title: str
    level: str
    requirements: tuple[Requirement, ...]
    industries: tuple[tuple[str, int], ...]
    """Industry ids with their number of mentions, most mentioned first."""
    industry_quotes: dict[str, str]
    model: str | None
    """The business model the job is set in (b2b / b2c), when the text says so."""
    model_quote: str
    text: str
    location: str = ""
    """Where the job is based, when a labelled line says so ("Location: Pune")."""


JOB_LOCATION_RE = re.compile(r"^(?:location|based(?: in| at)?|place of work|work location|"
                             r"office|site|arbeitsort|standort)\s*:\s*(?P<place>.+)$", re.IGNORECASE)


def _job_location(lines: list[str]) -> str:
    for raw in lines[:40]:
        hit = JOB_LOCATION_RE.match(clean(raw))
        if hit:
            return hit.group("place").strip(" .;")
    return ""


NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,4})[.)]\s+|^\s*\d{1,2}\s+(?=[A-Z])")
SYMBOL_BULLET_RE = re.compile(r"^\s*[-*•·▪◦‣–+●○■□►▸➢➤✓✔❖◆◇]")


def heading_key(text: str) -> str:
    """A heading as its meaning is matched: straight apostrophes, no numbering, no colon or
    markup, single spaces ("2. What You’ll Bring:" → "What You'll Bring")."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = NUMBERING_RE.sub("", text.strip().lstrip("#").strip())
    text = MARKUP_RE.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" :*_|–—-")


def _names_a_section(text: str, patterns: dict[str, Any]) -> bool:
    key = heading_key(text)
    return any(any_match(section_patterns, key) for section_patterns in patterns.values())


def _heading(raw: str, patterns: dict[str, Any]) -> str | None:
    """The text of a heading line, or None when the line is not one. A heading is found by its
    form (markdown, bold, a closing colon, capitals) or by naming a known section."""
    stripped = raw.strip()
    if not stripped:
        return None
    if stripped.startswith("#"):
        return heading_key(clean(stripped))
    bold = re.fullmatch(r"(\*\*|__)(.+?)\1\s*:?", stripped)
    if bold:
        return heading_key(clean(bold.group(2)))
    if SYMBOL_BULLET_RE.match(stripped):
        return None
    numbered = is_bullet(stripped)
    text = heading_key(stripped if numbered else clean(stripped))
    words = text.split()
    if not words:
        return None
    if not numbered and stripped.endswith(":") and len(words) <= 10:
        return text
    short = len(words) <= 6 and not re.search(r"[.!?;,]$", text) and text[:1].isupper()
    if short and _names_a_section(text, patterns):
        return text
    if short and not numbered and text.isupper() and len(text) > 3:
        return text
    return None


def _job_section(heading: str, patterns: FitPatterns) -> str:
    key = heading_key(heading)
    for name in ("nice", "must", "duties", "ignore"):
        if any_match(patterns.headings[name], key):
            return name
    return "unknown"


def _title_of(lines: list[str], patterns: FitPatterns) -> str:
    for raw in lines[:12]:
        text = clean(raw)
        labelled = re.match(r"(?i)^(?:job title|title|position|role)\s*:\s*(.+)$", text)
        if labelled:
            return labelled.group(1).strip()
    for raw in lines[:6]:
        text = clean(raw)
        if text and len(text.split()) <= 14 and patterns.level_of(text):
            return text
    for raw in lines:
        text = clean(raw)
        if text:
            return text[:120]
    return ""


def read_job(text: str, *, kb: KnowledgeBase | None = None) -> JobProfile:
    """The requirements of a job description, its title, level, industry and business model."""
    patterns = patterns_for(kb)
    raw_lines = [line for _, line in join_wrapped(text, paragraphs=True)]
    title = _title_of(raw_lines, patterns)
    section = "other"
    section_count = 0
    requirements: list[Requirement] = []
    seen: set[str] = set()
    for raw in raw_lines:
        heading = _heading(raw, patterns.headings)
        if heading is not None:
            section = _job_section(heading, patterns)
            if section == "unknown" and ((not requirements and section_count == 0) or
                                         heading == heading_key(title)):
                section = "other"  # the job title or the employer's name above the advert
            section_count += 1
            continue
        line = clean(raw)
        if not line or section == "ignore":
            continue
        for sentence in _clauses(sentences_of(line), patterns):
            requirement = _requirement(sentence, section, len(requirements) + 1, patterns,
                                       bullet=is_bullet(raw))
            if requirement is None or requirement.text.lower() in seen:
                continue
            seen.add(requirement.text.lower())
            requirements.append(requirement)
    level = patterns.level_of(title) or _level_from_lines(raw_lines, patterns)
    if level is None:
        level = "director" if any(r.kind == "leadership" for r in requirements) else "manager"
    industries, quotes = _industries(text, patterns)
    model, model_quote = _model(text, patterns, industries)
    return JobProfile(
        title=title,
        level=level,
        requirements=tuple(requirements),
        industries=industries,
        industry_quotes=quotes,
        model=model,
        model_quote=model_quote,
        text=text,
        location=_job_location(raw_lines),
    )


def _clauses(sentences: list[str], patterns: FitPatterns) -> list[str]:
    """Sentences split at semicolons when one part is only nice to have ("French; German is a plus")."""
    found: list[str] = []
    for sentence in sentences:
        parts = [part.strip() for part in sentence.split(";") if part.strip()]
        mixed = len(parts) > 1 and any(any_match(patterns.nice, part) for part in parts) and not all(
            any_match(patterns.nice, part) for part in parts)
        if mixed and all(len(part.split()) >= 2 for part in parts):
            found.extend(part if part.endswith(".") else part + "." for part in parts)
        else:
            found.append(sentence)
    return found


def _level_from_lines(lines: list[str], patterns: FitPatterns) -> str | None:
    for raw in lines[:5]:
        text = clean(raw)
        if text and len(text.split()) <= 14:
            level = patterns.level_of(text)
            if level:
                return level
    return None


def _requirement(
    text: str, section: str, number: int, patterns: FitPatterns, *, bullet: bool = False
) -> Requirement | None:
    words = text.split()
    if len(words) > 80:
        return None
    kinds = patterns.kinds_of(text)
    if "scope_team" not in kinds and team_sizes_in(text, patterns, loose=True):
        kinds.append("scope_team")
    from poise.fit.ladders import regimes_in

    if "regulation" not in kinds and regimes_in(text, patterns):
        kinds.append("regulation")
    listed = section in ("must", "nice", "duties")
    # A short line under a requirements heading still asks for something ("Fluent German.",
    # "PRINCE2."); elsewhere a line needs three words to be read as one.
    shortest = (1 if kinds else 2) if listed else 3
    if len(words) < shortest:
        return None
    nice_cue = any_match(patterns.nice, text) is not None
    must_cue = any_match(patterns.must, text) is not None
    if any_match(patterns.not_requirements, text):
        return None
    if section in ("must", "nice", "duties"):
        # Every line under a requirements or duties heading is one; an unknown kind stays "other".
        keep = True
    elif section == "unknown":
        keep = bullet or (bool(kinds) and (any_match(patterns.role, text) is not None or must_cue
                                          or nice_cue))
    else:
        keep = bool(kinds) and (any_match(patterns.role, text) is not None or must_cue or nice_cue)
    if not keep:
        return None
    if nice_cue:
        must = False
    elif must_cue:
        must = True
    else:
        must = section != "nice"
    numbers = _numbers(text, kinds, patterns)
    return Requirement(
        id=f"r{number}",
        text=text,
        kind=kinds[0] if kinds else "other",
        must=must,
        numbers=numbers,
        kinds=tuple(kinds) or ("other",),
        section=section,
    )


def _numbers(text: str, kinds: list[str], patterns: FitPatterns) -> dict[str, float]:
    numbers: dict[str, float] = {}
    if "years_experience" in kinds:
        found = []
        for hit in YEARS_RE.finditer(text):
            value = to_number(hit.group("n"))
            if value is not None and value <= 40:
                managing = MANAGING_RE.match(text[hit.end(): hit.end() + 50]) is not None
                found.append((value, managing))
        if found:
            value, managing = found[0]
            numbers["years"] = value
            if managing and len(found) == 1:
                numbers["years_managing"] = value
            for later, later_managing in found[1:]:
                if later_managing:
                    numbers["years_managing"] = later
                    break
    if "scope_team" in kinds or "leadership" in kinds:
        sizes = team_sizes_in(text, patterns, loose=True)
        if sizes:
            numbers["team"] = max(sizes)
    if "savings" in kinds:
        savings = [value for value, _, kind in amounts_in(text) if kind in ("saving", "other")]
        if savings:
            numbers["savings"] = max(savings)
    amounts = [item for item in amounts_in(text) if item[2] in ("budget", "pnl", "other")]
    if amounts and ("scope_budget" in kinds or "scope_pnl" in kinds):
        numbers["budget"] = max(value for value, _, _ in amounts)
    return numbers


def _industries(
    text: str, patterns: FitPatterns
) -> tuple[tuple[tuple[str, int], ...], dict[str, str]]:
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for raw in text.splitlines():
        line = clean(raw)
        if not line:
            continue
        for matcher in patterns.industries:
            hits = matcher.regex.findall(line)
            if hits:
                counts[matcher.industry.id] += len(hits)
                quotes.setdefault(matcher.industry.id, line)
    ranked = tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return ranked, quotes


def _model(
    text: str, patterns: FitPatterns, industries: tuple[tuple[str, int], ...]
) -> tuple[str | None, str]:
    """The business model a text speaks of: explicit words first, else its main industry's."""
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for raw in text.splitlines():
        line = clean(raw)
        for model, regex in patterns.models.items():
            hits = regex.findall(line)
            if hits:
                counts[model] += len(hits)
                quotes.setdefault(model, line)
    if counts:
        model, top = counts.most_common(1)[0]
        others = [value for key, value in counts.items() if key != model]
        if top >= 2 and (not others or top >= 2 * max(others)):
            return model, quotes[model]
    return None, ""


# --- The résumé -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Month:
    """A month on the calendar (``index`` = year * 12 + month - 1) and whether the month was given."""

    index: int
    precise: bool

    @property
    def year(self) -> int:
        return self.index // 12

    def iso(self) -> str:
        return f"{self.index // 12:04d}-{self.index % 12 + 1:02d}" if self.precise else f"{self.year:04d}"


@dataclass(frozen=True)
class ResumeLine:
    """A non-empty résumé line, where it sits and which role it belongs to."""

    index: int
    text: str
    section: str
    bullet: bool
    role: int | None = None


@dataclass(frozen=True)
class Role:
    """One job on the résumé with its dates."""

    title: str
    employer: str
    start: Month | None
    end: Month | None
    current: bool
    months: int
    header: str
    line: int
    lines: tuple[int, ...]
    short_by_design: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "employer": self.employer,
            "start": self.start.iso() if self.start else None,
            "end": "present" if self.current else (self.end.iso() if self.end else None),
            "months": self.months,
        }

    @property
    def start_min(self) -> int | None:
        """The earliest month the role can have started."""
        if self.start is None:
            return None
        return self.start.index if self.start.precise else self.start.year * 12

    @property
    def end_max(self) -> int | None:
        """The latest month the role can have ended."""
        if self.end is None:
            return None
        return self.end.index if self.end.precise else self.end.year * 12 + 11


@dataclass(frozen=True)
class Period:
    """Dated time outside a job: study, a career break, a board seat."""

    start: int
    end: int
    quote: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end), "explained": self.kind == "break",
                "quote": self.quote}


def _iso(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


BREAK_MONTHS = 6
"""A stretch between roles this long or longer counts as a career break."""


@dataclass(frozen=True)
class ResumeProfile:
    """What a résumé shows."""

    lines: tuple[ResumeLine, ...]
    roles: tuple[Role, ...]
    periods: tuple[Period, ...]
    team_sizes: tuple[Quantity, ...]
    budgets: tuple[Quantity, ...]
    industries: tuple[tuple[str, int], ...]
    industry_quotes: dict[str, str]
    model: str | None
    models: tuple[str, ...]
    model_quotes: dict[str, str]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    tools: tuple[str, ...]
    achievements: tuple[str, ...]
    career_months: int
    management_months: int
    stated_years: float | None
    level: str | None
    today: int
    certifications: tuple[str, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()
    """(language, level) pairs; level "" when the résumé gives none."""
    location: str = ""

    @property
    def breaks(self) -> tuple[Period, ...]:
        """Career breaks: dated time out the résumé explains, and unexplained stretches of at
        least ``BREAK_MONTHS`` between roles (kind "gap")."""
        found = [period for period in self.periods if period.kind == "break"]
        spans = sorted((role.start_min, role.end_max if role.end_max is not None else self.today)
                       for role in self.roles if role.start_min is not None and not role.current)
        spans += sorted((role.start_min, self.today) for role in self.roles
                        if role.start_min is not None and role.current)
        spans.sort()
        covered_to: int | None = None
        for start, end in spans:
            if covered_to is not None and start - covered_to - 1 >= BREAK_MONTHS:
                explained = any(period.start <= covered_to + 2 and period.end >= start - 2
                                for period in self.periods if period.kind in ("break", "education"))
                if not explained:
                    found.append(Period(covered_to + 1, start - 1, "", "gap"))
            covered_to = end if covered_to is None else max(covered_to, end)
        found.sort(key=lambda period: period.start)
        return tuple(found)

    def line(self, index: int) -> ResumeLine:
        """The résumé line at a source line index."""
        for item in self.lines:
            if item.index == index:
                return item
        raise KeyError(index)

    def evidence_lines(self) -> list[ResumeLine]:
        """Lines worth quoting as evidence (more than two words)."""
        found = []
        for item in self.lines:
            if len(item.text.split()) >= 3:
                found.append(item)
        return found

    def employer_of(self, item: ResumeLine) -> str:
        """The employer of the role a line belongs to ('' when none)."""
        if item.role is None:
            return ""
        return self.roles[item.role].employer

    def to_dict(self) -> dict[str, Any]:
        names = {}
        for matcher_id, _ in self.industries:
            names[matcher_id] = matcher_id
        return {
            "roles": [role.to_dict() for role in self.roles],
            "team_sizes": [item.to_dict() for item in self.team_sizes],
            "budgets": [item.to_dict() for item in self.budgets],
            "industries": [industry for industry, _ in self.industries],
            "business_models": list(self.models),
            "countries": list(self.countries),
            "tools": list(self.tools),
            "achievements": list(self.achievements),
            "years": round(self.career_months / 12, 1),
        }


def parse_point(text: str) -> Month | None:
    """A date point such as 'Mar 2018', '03/2018', '2018-03' or '2018'."""
    hit = POINT_PARTS_RE.match(text.strip().rstrip("."))
    if not hit:
        return None
    if hit.group("mname"):
        month = MONTHS[hit.group("mname")[:3].lower()]
        return Month(int(hit.group("y1")) * 12 + month - 1, True)
    if hit.group("m2"):
        month = int(hit.group("m2"))
        return Month(int(hit.group("y2")) * 12 + month - 1, True) if 1 <= month <= 12 else None
    if hit.group("y3"):
        return Month(int(hit.group("y3")) * 12 + int(hit.group("m3")) - 1, True)
    return Month(int(hit.group("y4")) * 12 + 5, False)


def date_range(text: str, today: int) -> tuple[Month, Month | None, bool, re.Match[str]] | None:
    """The first date range in a line: (start, end, current, match); end None when open."""
    hit = RANGE_RE.search(text)
    if hit:
        start = parse_point(hit.group("start"))
        end_text = hit.group("end")
        if start is None:
            return None
        if re.fullmatch(OPEN_END, end_text.strip(), re.IGNORECASE):
            return start, None, True, hit
        end = parse_point(end_text)
        if end is None or end.index < start.index - 11:
            return None
        return start, end, False, hit
    hit = SINCE_RE.search(text)
    if hit:
        start = parse_point(hit.group("start"))
        if start is not None:
            return start, None, True, hit
    return None


def _resume_section(text: str, patterns: FitPatterns) -> str | None:
    if len(text.split()) > 5 or RANGE_RE.search(text):
        return None
    for name in ("summary", "experience", "education", "side"):
        if any_match(patterns.resume_headings[name], text):
            return name
    return None


def read_resume(
    text: str, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> ResumeProfile:
    """Roles with dates, team sizes, budgets, industries, places, tools and achievements."""
    patterns = patterns_for(kb)
    now = today or date.today()
    today_index = now.year * 12 + now.month - 1
    items = _resume_lines(text, patterns)
    has_experience = any(item.section == "experience" for item in items)
    anchors: list[tuple[int, Month, Month | None, bool, str]] = []
    periods: list[Period] = []
    for position, item in enumerate(items):
        found = date_range(item.text, today_index)
        if found is None:
            continue
        start, end, current, hit = found
        end_index = today_index if current or end is None else (
            end.index if end.precise else end.year * 12 + 11)
        start_index = start.index if start.precise else start.year * 12
        explains = any_match(patterns.evidence["gap_explained"], item.text) is not None
        in_jobs = item.section == "experience" or (
            not has_experience and item.section not in ("education", "side"))
        if explains or item.section == "education" or not in_jobs:
            kind = "break" if explains else item.section
            periods.append(Period(start_index, end_index, item.text, kind))
            continue
        anchors.append((position, start, end, current, item.text[: hit.start()] + item.text[hit.end():]))
    roles, owners = _roles(items, anchors, patterns, today_index)
    lines = []
    for position, item in enumerate(items):
        lines.append(ResumeLine(item.index, item.text, item.section, item.bullet, owners.get(position)))
    profile = _profile(tuple(lines), roles, tuple(periods), patterns, today_index)
    from poise.fit.resume_facts import certifications_of, languages_of, location_of

    return replace(profile, certifications=certifications_of(lines, patterns),
                   languages=languages_of(lines, patterns), location=location_of(lines, patterns))


HEADING_FILLER = frozenset({"and", "&", "of", "/", "professional", "work", "key", "relevant",
                            "selected", "other", "additional", "my", "recent", "further", "known",
                            "summary", "profile", "details", "personal", "history", "record"})


def _only_section_words(line: str, patterns: FitPatterns) -> bool:
    """True when a short plain line holds only a section name and filler ("Work History",
    "Education and Training"), not a line that mentions one ("SAP PP end-user training")."""
    text = line.rstrip(":").strip()
    for name in ("summary", "experience", "education", "side"):
        for pattern in patterns.resume_headings[name]:
            text = pattern.sub(" ", text)
    left = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text)
            if word.lower() not in HEADING_FILLER]
    return len(left) <= 1 and not re.search(r"\d", line)


def _resume_lines(text: str, patterns: FitPatterns) -> list[ResumeLine]:
    items: list[ResumeLine] = []
    section = "summary"
    for index, raw in join_wrapped(text, paragraphs=False):
        stripped = raw.strip()
        line = clean(re.sub(r"\t+|(?<=\S) {3,}(?=\S)", " | ", stripped))
        if not line:
            continue
        formatted = stripped.startswith("#") or line.isupper() or line.endswith(":") or (
            re.fullmatch(r"(\*\*|__).+?\1:?", stripped) is not None)
        looks_heading = formatted or (len(line.split()) <= 4 and _only_section_words(line, patterns))
        if looks_heading and not is_bullet(stripped):
            named = _resume_section(line.rstrip(":"), patterns)
            if named is not None:
                section = named
                continue
        labelled = re.match(r"^([A-Za-z][A-Za-z &/]{2,30}):\s+\S", line)
        inline = _resume_section(labelled.group(1), patterns) if labelled else None
        items.append(ResumeLine(index, line, inline or section, is_bullet(stripped)))
    return items


def _roles(
    items: list[ResumeLine],
    anchors: list[tuple[int, Month, Month | None, bool, str]],
    patterns: FitPatterns,
    today: int,
) -> tuple[tuple[Role, ...], dict[int, int]]:
    """Roles from their date lines; each owns the lines up to the next role's header."""
    headers: list[tuple[int, str]] = []
    anchor_positions = {position for position, *_ in anchors}
    claimed: set[int] = set()
    splits: list[tuple[str, str] | None] = []
    for position, _start, _end, _current, rest in anchors:
        rest = "" if DATE_LABEL_RE.match(_strip_header(rest)) else rest
        parts = [] if _is_blank_header(rest) else [_strip_header(rest)]
        first = position
        walk = position - 1
        while walk >= 0 and position - walk <= 2:
            previous = items[walk]
            if (previous.bullet or walk in anchor_positions or walk in claimed
                    or previous.section != items[position].section
                    or len(previous.text.split()) > 14 or previous.text.endswith(".")
                    or items[walk + 1].index - previous.index > 1):
                break
            complete = parts and _has_title(" ".join(parts), patterns) and _piece_count(
                " ".join(parts)) >= 2 and not _function_tail(" ".join(parts), patterns)
            if complete and not _employer_like(previous.text, patterns):
                break
            parts.insert(0, _strip_header(previous.text))
            first = walk
            walk -= 1
        header = " | ".join(part for part in parts if part)
        header, split = _header_with_next_lines(items, position, header, anchor_positions, claimed,
                                                patterns)
        headers.append((first, header))
        splits.append(split)
    roles: list[Role] = []
    owners: dict[int, int] = {}
    last_employer = ""
    for number, (position, start, end, current, _rest) in enumerate(anchors):
        first, header = headers[number]
        limit = headers[number + 1][0] if number + 1 < len(anchors) else len(items)
        owned = []
        for owned_position in range(first, limit):
            if items[owned_position].section != items[position].section:
                break
            owners[owned_position] = number
            owned.append(items[owned_position].index)
        title, employer = splits[number] or _labelled_header(header) or _title_employer(header,
                                                                                     patterns)
        employer = employer or last_employer
        last_employer = employer
        if end is None or current:
            months = max(1, today - start.index + 1)
        elif start.precise and end.precise:
            months = max(1, end.index - start.index + 1)
        else:
            months = max(6, (end.year - start.year) * 12)
        block_text = " ".join(items[p].text for p in range(first, limit) if owners.get(p) == number)
        by_design = any_match(patterns.evidence["short_by_design"], header + " " + block_text)
        roles.append(Role(
            title=title,
            employer=employer,
            start=start,
            end=end,
            current=current or end is None,
            months=months,
            header=header,
            line=items[position].index,
            lines=tuple(owned),
            short_by_design=by_design is not None,
        ))
    return tuple(roles), owners


NAME_JOINERS = frozenset({"of", "and", "&", "the", "de", "du", "la", "le", "von", "van", "der", "für",
                          "und", "y", "e", "at", "for", "in"})


def _name_like(text: str) -> bool:
    """A short line in title case ("Harbor Pay, Austin, TX"): a company, a place or a title."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", text)
    if not words or len(text.split()) > 8 or text.rstrip().endswith("."):
        return False
    return all(not (word[0].islower() and word.lower() not in NAME_JOINERS) for word in words)


def _header_with_next_lines(
    items: list[ResumeLine],
    position: int,
    header: str,
    anchor_positions: set[int],
    claimed: set[int],
    patterns: FitPatterns,
) -> tuple[str, tuple[str, str] | None]:
    """The header of a role completed from the lines after its dates: the title and employer when
    the dates stand on their own line, or the employer's line under "Title   dates" (then also
    the (title, employer) split, as the title's line is the whole title)."""
    following: list[int] = []
    walk = position + 1
    while walk < len(items) and len(following) < 2:
        item = items[walk]
        if (item.bullet or walk in anchor_positions or item.section != items[position].section
                or not _name_like(item.text) or item.index - items[walk - 1].index > 2):
            break
        following.append(walk)
        walk += 1
    if not following:
        return header, None
    texts = [_strip_header(items[walk].text) for walk in following]
    if not header:
        claimed.update(following)
        return " | ".join(texts), None
    _title, employer = _title_employer(header, patterns)
    nxt = texts[0]
    if _has_title(nxt, patterns) and not _employer_like(nxt, patterns):
        return header, None
    if not employer or _employer_like(nxt, patterns) or not _employer_like(employer, patterns):
        claimed.add(following[0])
        whole = _strip_header(header).replace(" | ", ", ")
        _, next_employer = _title_employer(nxt, patterns)
        return f"{whole} | {nxt}", (whole, next_employer or nxt)
    return header, None


TITLE_LABEL_RE = re.compile(r"^(?:designation|position|role|job title|title|post)\s*:\s*(.+)$",
                            re.IGNORECASE)
EMPLOYER_LABEL_RE = re.compile(r"^(?:company|employer|organi[sz]ation|firm)\s*:\s*(.+)$",
                               re.IGNORECASE)
DATE_LABEL_RE = re.compile(r"^(?:duration|period|dates?|tenure|from)\s*:?\s*$", re.IGNORECASE)


def _labelled_header(header: str) -> tuple[str, str] | None:
    """Title and employer from labelled lines ("Company: …", "Designation: …"), else None."""
    title = employer = ""
    for piece in header.split(" | "):
        titled = TITLE_LABEL_RE.match(piece.strip())
        if titled:
            title = titled.group(1).strip(" ,;")
        named = EMPLOYER_LABEL_RE.match(piece.strip())
        if named:
            employer = re.sub(r",\s*[^,]+$", "", named.group(1).strip(" ,;")) if "," in named.group(
                1) else named.group(1).strip(" ,;")
    if not title and not employer:
        return None
    return title, employer


def _is_blank_header(rest: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", rest)) == 0


def _strip_header(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" |,–—-·:;()")


def _has_title(text: str, patterns: FitPatterns) -> bool:
    return any_match(patterns.title_words, text) is not None


def _piece_count(text: str) -> int:
    return len([piece for piece in HEADER_SPLIT_RE.split(text) if piece and piece.strip(" |,")])


COMPANY_RE = re.compile(r"\b(?:inc|ltd|llc|llp|plc|gmbh|corp|corporation|co|company|group|s\.?a|ag|bv|"
                        r"nv|sas|srl|limited|holdings)\b\.?", re.IGNORECASE)
US_PLACE_RE = re.compile(r",\s*[A-Z]{2}$")


def _is_place(piece: str, patterns: FitPatterns) -> bool:
    """A header piece made only of countries and regions ("UK & Ireland", "EMEA")."""
    parts = [part for part in re.split(r"\s*(?:&|\band\b|/|\+)\s*", piece) if part]
    return bool(parts) and all(
        patterns.countries.fullmatch(part) or patterns.regions.fullmatch(part) for part in parts)


def _employer_like(text: str, patterns: FitPatterns) -> bool:
    """A line that names a company: in capitals, with a company suffix, or 'Name, City, ST'."""
    if _has_title(text, patterns):
        return False
    letters = re.sub(r"[^A-Za-z]", "", text)
    return (len(letters) >= 3 and letters.isupper()) or bool(COMPANY_RE.search(text)) or bool(
        US_PLACE_RE.search(text))


def _function_tail(text: str, patterns: FitPatterns) -> bool:
    """True when the last piece of a header only names a function ("..., Logistics")."""
    pieces = [piece for piece in HEADER_SPLIT_RE.split(text) if piece and piece.strip(" |,")]
    return bool(pieces) and patterns.functions.fullmatch(pieces[-1].strip(" |,–—-·:;")) is not None


TITLE_QUALIFIER_RE = re.compile(
    r"^(?P<title>[^,|–—]+?)\s+[–—-]\s+(?P<qualifier>[^,|–—()]+?)\s*,\s*(?P<rest>[^|]+)$")


SCOPE_WORD_RE = re.compile(r"(?i)\b(?:north|south|east|west|central|region|regional|area|division|"
                           r"national|global|international|europe|americas|group)\b")


def _qualifies_title(qualifier: str, rest: str, patterns: FitPatterns) -> bool:
    """In "Title – X, Y": X names the title's scope (a region) rather than the employer when it
    reads as a place or scope, or when Y is more than a one-word city ("Brand, Lyon" keeps the
    brand as the employer)."""
    if _is_place(qualifier, patterns) or SCOPE_WORD_RE.search(qualifier):
        return True
    words = rest.strip().split()
    return len(words) > 1 or "(" in rest or _employer_like(rest, patterns)


def _title_employer(header: str, patterns: FitPatterns) -> tuple[str, str]:
    state = US_PLACE_RE.search(header)
    if state:
        header = header[: state.start()]  # "…, Denver, CO": the state code is no company suffix
    qualified = TITLE_QUALIFIER_RE.match(header)
    if qualified and _has_title(qualified.group("title"), patterns) and not _has_title(
            qualified.group("qualifier"), patterns) and not _employer_like(
            qualified.group("qualifier"), patterns) and _qualifies_title(
            qualified.group("qualifier"), qualified.group("rest"), patterns):
        # "Area Manager – North West, Company": the dash joins a region or scope to the title.
        whole = f"{qualified.group('title')} – {qualified.group('qualifier')}"
        _, employer = _title_employer(qualified.group("rest"), patterns)
        return whole, employer or qualified.group("rest").split(",")[0].strip()
    pieces = []
    for piece in HEADER_SPLIT_RE.split(header):
        piece = piece.strip(" |,–—-·:;")
        if piece and re.search(r"[^\W\d_]", piece):
            pieces.append(piece)
    title = ""
    employer = ""
    named = next((piece for piece in pieces if _employer_like(piece, patterns)), "")
    title_open = False
    for piece in pieces:
        if not title and _has_title(piece, patterns) and not _employer_like(piece, patterns):
            title = piece
            title_open = True
            continue
        joins_title = patterns.functions.fullmatch(piece) or _is_place(piece, patterns) or (
            named and piece != named)
        if title_open and joins_title:
            if not _is_place(piece, patterns) or patterns.functions.fullmatch(piece):
                title = f"{title}, {piece}"
            elif named:
                continue
            else:
                title = f"{title}, {piece}"
            continue
        title_open = False
        if named:
            employer = named
            continue
        title_open = False
        if employer:
            continue
        if _is_place(piece, patterns) or re.fullmatch(r"(?i)remote|hybrid|on-?site", piece):
            continue
        employer = piece
    if not title and pieces:
        title = pieces[0] if pieces[0] != employer else ""
    return title, employer


def _profile(
    lines: tuple[ResumeLine, ...],
    roles: tuple[Role, ...],
    periods: tuple[Period, ...],
    patterns: FitPatterns,
    today: int,
) -> ResumeProfile:
    team_sizes: list[Quantity] = []
    budgets: list[Quantity] = []
    achievements: list[str] = []
    countries: list[str] = []
    regions: list[str] = []
    tools: list[str] = []
    industry_counts: Counter[str] = Counter()
    summary_counts: Counter[str] = Counter()
    industry_quotes: dict[str, str] = {}
    model_counts: Counter[str] = Counter()
    model_quotes: dict[str, str] = {}
    stated_years: float | None = None
    from poise.fit.quantities import led_headcounts

    by_pattern = [team_sizes_in(item.text, patterns) for item in lines]
    unread = [number for number, sizes in enumerate(by_pattern) if not sizes]
    parsed = led_headcounts([lines[number].text for number in unread], patterns)
    for number, sizes in zip(unread, parsed, strict=True):
        by_pattern[number] = sizes
    for item, sizes in zip(lines, by_pattern, strict=True):
        text = item.text
        for size in sizes:
            team_sizes.append(Quantity(size, text, line=item.index))
        for value, currency, kind in amounts_in(text):
            if kind in ("budget", "pnl"):
                budgets.append(Quantity(value, text, kind=kind, currency=currency, line=item.index))
        if item.bullet and item.section in ("experience", "summary") and _has_number(text):
            achievements.append(text)
        for hit in patterns.countries.finditer(text):
            name = _country_name(hit.group(0))
            if name not in countries:
                countries.append(name)
        for hit in patterns.regions.finditer(text):
            if hit.group(0) not in regions:
                regions.append(hit.group(0))
        for tool in patterns.tools_in(text):
            if tool.name not in tools:
                tools.append(tool.name)
        if item.section in ("experience", "summary"):
            counts = summary_counts if item.section == "summary" else industry_counts
            for matcher in patterns.industries:
                hits = matcher.regex.findall(text)
                if hits:
                    counts[matcher.industry.id] += len(hits)
                    industry_quotes.setdefault(matcher.industry.id, text)
            for model, regex in patterns.models.items():
                hits = regex.findall(text)
                if hits:
                    model_counts[model] += len(hits)
                    model_quotes.setdefault(model, text)
        if stated_years is None and item.section in ("summary", "side"):
            years = SUMMARY_YEARS_RE.search(text)
            if years:
                stated_years = to_number(years.group("n"))
    # The career (the roles) says which industries the candidate knows; the summary only when the
    # roles name none.
    counted = industry_counts or summary_counts
    industries = tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0])))
    models = []
    for model, _count in model_counts.most_common():
        models.append(model)
    for industry_id, count in industries:
        model = _industry_model(industry_id, patterns)
        if model in ("b2b", "b2c") and model not in models and count >= 2:
            models.append(model)
            model_quotes.setdefault(model, industry_quotes[industry_id])
    main_model = models[0] if models else None
    career, management = _months(roles, patterns)
    levels = [patterns.level_of(role.title) for role in roles if role.title]
    level = None
    for candidate in ("executive", "director", "manager"):
        if candidate in levels:
            level = candidate
            break
    return ResumeProfile(
        lines=lines,
        roles=roles,
        periods=periods,
        team_sizes=tuple(team_sizes),
        budgets=tuple(budgets),
        industries=industries,
        industry_quotes=industry_quotes,
        model=main_model,
        models=tuple(models),
        model_quotes=model_quotes,
        countries=tuple(countries),
        regions=tuple(regions),
        tools=tuple(tools),
        achievements=tuple(achievements),
        career_months=career,
        management_months=management,
        stated_years=stated_years,
        level=level,
        today=today,
    )


def _industry_model(industry_id: str, patterns: FitPatterns) -> str:
    for matcher in patterns.industries:
        if matcher.industry.id == industry_id:
            return matcher.industry.model
    return "mixed"


COUNTRY_ALIASES = {"UK": "United Kingdom", "USA": "United States", "US": "United States",
                   "UAE": "United Arab Emirates", "Czechia": "Czech Republic"}


def _country_name(name: str) -> str:
    return COUNTRY_ALIASES.get(name, name)


def _has_number(text: str) -> bool:
    stripped = RANGE_RE.sub(" ", text)
    return bool(re.search(r"\d|[€$£%]", stripped))


def _months(roles: tuple[Role, ...], patterns: FitPatterns) -> tuple[int, int]:
    """Months covered by all roles, and by roles with a management title (overlaps counted once)."""

    def covered(selected: list[Role]) -> int:
        spans = []
        for role in selected:
            if role.start is None:
                continue
            end = role.start.index + role.months - 1
            spans.append((role.start.index, end))
        spans.sort()
        total, current_start, current_end = 0, None, None
        for start, end in spans:
            if current_end is None or start > current_end + 1:
                if current_end is not None and current_start is not None:
                    total += current_end - current_start + 1
                current_start, current_end = start, end
            else:
                current_end = max(current_end, end)
        if current_end is not None and current_start is not None:
            total += current_end - current_start + 1
        return total

    managing = [role for role in roles if role.title and patterns.level_of(role.title)]
    return covered(list(roles)), covered(managing)
