"""Dates on a résumé: months, ranges ("Mar 2018 – present", "since 09/2017", "2019 – 2021")."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

MONTH_FORMS = {
    1: ("jan", "january", "janv", "janvier", "januar", "jänner", "jaenner", "ene", "enero", "gen",
        "gennaio", "januari", "janeiro"),
    2: ("feb", "february", "febr", "februar", "févr", "fevr", "fév", "fev", "février", "fevrier",
        "febrero", "febbraio", "februari", "fevereiro"),
    3: ("mar", "march", "mär", "märz", "maerz", "mrz", "mars", "marzo", "maart", "mrt", "março",
        "marco", "maret"),
    4: ("apr", "april", "avr", "avril", "abr", "abril", "aprile"),
    5: ("may", "mai", "mayo", "mag", "maggio", "mei", "maio"),
    6: ("jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho"),
    7: ("jul", "july", "juli", "juil", "juillet", "julio", "lug", "luglio", "julho"),
    8: ("aug", "august", "août", "aout", "ago", "agosto", "augustus", "agustus", "ogos"),
    9: ("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro"),
    10: ("oct", "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "outubro"),
    11: ("nov", "november", "novembre", "noviembre", "novembro"),
    12: ("dec", "december", "dez", "dezember", "déc", "dec", "décembre", "decembre", "dic",
         "diciembre", "dicembre", "dezembro", "desember", "disember"),
}
"""Month names and their short forms in English, German, French, Spanish, Italian, Dutch,
Portuguese, Indonesian and Malay."""
MONTHS = {form: number for number, forms in MONTH_FORMS.items() for form in forms}
MONTH_NAME = (r"(?<![^\W\d_])(?:"
              + "|".join(sorted({re.escape(form) for form in MONTHS}, key=len, reverse=True))
              + r")(?![^\W\d_])\.?")
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
SHORT_YEAR = r"['’]\s?\d{2}(?!\d)"
"""A year written with two digits after an apostrophe, as in "Apr'19"."""
SHORT_NUMERIC = r"(?<![\d/.])(?:0[1-9]|1[0-2])/\d{2}(?![\d/])"
"""A month and a two-digit year, both with two digits, as in "03/19"."""
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
ORDINAL = r"(?:st|nd|rd|th)?"
DAY_POINT = (rf"{DAY}{ORDINAL}(?:\.?\s+{MONTH_NAME}\s*,?\s*|-{MONTH_NAME}-){YEAR}|"
             rf"{MONTH_NAME}\s+{DAY}{ORDINAL},?\s+{YEAR}|"
             rf"(?<![\d/.]){DAY}\s*[./]\s*{DAY}\s*[./]\s*{YEAR}|{YEAR}-(?:0[1-9]|1[0-2])-{DAY}(?!\d)")
"""A point with its day: "1 March 2017", "15-Jan-2011", "March 1, 2017", "01.03.2017",
"2017-03-01"."""
POINT = (rf"(?:{DAY_POINT}|"
         rf"{MONTH_NAME}(?:\s*[,'’]?\s*|[/-]){YEAR}|{MONTH_NAME}\s*{SHORT_YEAR}|(?:0?[1-9]|1[0-2])\s*[/.]\s*{YEAR}|"
         rf"{YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)|{YEAR}|{SHORT_NUMERIC})")
OPEN_END = (r"(?:present|current|now|today|date|ongoing|to date|till date|till now|heute|jetzt|"
            r"aktuell|laufend|aujourd['’]hui|à ce jour|en cours|actuel|actual(?:idad|mente)?|hoy|presente|"
            r"la fecha|oggi|dato|heden|nu|huidig|atual(?:mente)?|o momento|obecnie|nadal|idag|nå|"
            r"sekarang|saat ini|kini)")
DASH = r"(?:–|—|‒|―|−|-)"
TILDE = r"(?:~|～|〜)"
"""The separator of a range in Korean, Japanese and Chinese résumés ("2015.03 ~ 2020.02")."""
OPEN_DASH_END = r"(?=\s*(?:$|[|)\]·•;]|\s{2,}|\t))"
"""Where a range written with its dash and no end ("2019 –", "03/2019-") stops: the end of the
line or of its cell, a closing bracket, or the wide gap before the next piece."""
GLUED_OPEN_DASH = (rf"(?<=\d){DASH}(?=\s+(?!{MONTH_NAME}|(?:to|until|till)\b|{OPEN_END}\b)[^\W\d_])")
"""A range still running whose dash is glued to its start and followed by the post's words
("1/2023– IT Director", where the gap after the dash was a wide one in the original layout)."""
SHORT_STOP = r"(?=\s*(?:$|[)\]|,;·•:]|\s{2,}|\t))"
SHORT_END = (rf"(?<=[–—‒―−])\s*(?P<endyy>\d{{2}}){SHORT_STOP}|"
             rf"(?<=\s-)\s+(?P<endyy2>\d{{2}}){SHORT_STOP}")
"""A range's end year written with two digits after a dash ("2004–08", "2004 - 08"), where the
range's piece ends (a bracket, a separator, the line's end): "2015 – 16 staff" is no range."""
RANGE_RE = re.compile(
    rf"(?P<start>{POINT})\s*(?:{DASH}\s*(?:{SHORT_END})|(?:{DASH}|{TILDE}|(?:to|until|till|bis|à|au|al|ad|a|hasta|tot|até|do)(?:\s*:)?|→|>)\s*"
    rf"(?P<end>{POINT}|{OPEN_END})(?![^\W_])|{DASH}{OPEN_DASH_END}|{GLUED_OPEN_DASH})",
    re.IGNORECASE | re.MULTILINE,
)
"""A range: a start, a separator and an end ("Mar 2018 – present", "2015 to 2019"), or a start
with a dash and nothing after it, still running ("2019 –", "03/2019-")."""
SINCE_WORDS = r"(?:since|from|seit|ab|depuis|desde|dal|dall['’]|sinds|vanaf|od)"
"""The words that open a range with no end, in the languages résumés are written in."""
SINCE_RE = re.compile(rf"\b{SINCE_WORDS}\s+(?:(?:le|el|il)\s+)?"
                      rf"(?P<start>{POINT})\b"
                      rf"(?!\s*(?:–|—|-|to\b)\s*(?:{POINT}|{OPEN_END}))", re.IGNORECASE)
"""An open range ("since 09/2017", "seit 2019 — Leiter …"); "from 2015 – 2019" is a range."""
FROM_RANGE_RE = re.compile(rf"(?:\b{SINCE_WORDS}\s+(?:(?:le|el|il)\s+)?)?(?:{RANGE_RE.pattern})",
                           re.IGNORECASE | re.MULTILINE)
"""A range with the word that may open it ("From March 2011 to August 2015", "since 2015 –
2019"): the word belongs to the dates, so what is left of the line names the post alone."""
POINT_PARTS_RE = re.compile(
    rf"^(?:(?P<d7>{DAY}){ORDINAL}(?:\.?\s+(?P<mname7>{MONTH_NAME})\s*,?\s*|-(?P<mname11>{MONTH_NAME})-)"
    rf"(?P<y7>{YEAR})|"
    rf"(?P<mname8>{MONTH_NAME})\s+{DAY}{ORDINAL},?\s+(?P<y8>{YEAR})|"
    rf"(?P<a9>{DAY})\s*(?P<sep9>[./])\s*(?P<b9>{DAY})\s*[./]\s*(?P<y9>{YEAR})|"
    rf"(?P<y10>{YEAR})-(?P<m10>\d{{2}})-{DAY}|(?P<mname>{MONTH_NAME})(?:\s*[,'’]?\s*|[/-])(?P<y1>{YEAR})|(?P<mname5>{MONTH_NAME})\s*['’]\s?(?P<y5>\d{{2}})|(?P<m2>\d{{1,2}})\s*[/.]\s*(?P<y2>{YEAR})|"
    rf"(?P<y3>{YEAR})\s*[/.-]\s*(?P<m3>\d{{2}})|(?P<y4>{YEAR})|(?P<m6>0[1-9]|1[0-2])/(?P<y6>\d{{2}}))$",
    re.IGNORECASE,
)


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


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


SLASH_ORDER: ContextVar[str] = ContextVar("slash_order", default="day")
"""Which number comes first in a date written with slashes in the document being read: "day"
(14/03/2019, most of the world) or "month" (03/14/2019, the United States); see
``slash_order``."""
SLASH_DATE_RE = re.compile(rf"(?<![\d/.])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{YEAR}(?!\d)")
MONTH_FIRST_COUNTRY_RE = re.compile(
    r"\b(?:United States|USA|U\.S\.A?\.)(?![\w.])|(?<![\w+])\+1[\s(-]+\d{3}\b|"
    r",\s*(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|"
    r"S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}\b")
"""A US address or telephone number ("Austin, TX 78701", "+1 512 …"): where the country's
dates put the month first."""


def slash_order(text: str) -> str:
    """Which number comes first in the document's slash dates: decided by its dates that can be
    read one way only (a first number above 12 is a day, a second above 12 puts the month
    first), else by a US address or telephone number (month first), else the day first."""
    day_first = month_first = 0
    for hit in SLASH_DATE_RE.finditer(text):
        first, second = int(hit.group("a")), int(hit.group("b"))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
    if day_first != month_first:
        return "day" if day_first > month_first else "month"
    return "month" if MONTH_FIRST_COUNTRY_RE.search(text) else "day"


def _numeric_month(first: int, second: int, separator: str) -> int | None:
    """The month of a date written in figures with its day: with dots the day comes first
    ("01.03.2017"); with slashes as the document writes them (``SLASH_ORDER``), unless only one
    of the numbers can be a month ("03/30/2017", "30/03/2017"); None when neither can be."""
    if separator == "/" and first <= 12 and (second > 12 or SLASH_ORDER.get() == "month"):
        return first
    return second if second <= 12 else None


def parse_point(text: str) -> Month | None:
    """A date point such as 'Mar 2018', '03/2018', '2018-03', '03/18' or '2018'."""
    hit = POINT_PARTS_RE.match(text.strip().rstrip("."))
    if not hit:
        return None
    if hit.group("mname7") or hit.group("mname8") or hit.group("mname11"):
        month = _month_number(hit.group("mname7") or hit.group("mname8") or hit.group("mname11"))
        return Month(int(hit.group("y7") or hit.group("y8")) * 12 + month - 1, True)
    if hit.group("y9"):
        numeric = _numeric_month(int(hit.group("a9")), int(hit.group("b9")), hit.group("sep9"))
        return Month(int(hit.group("y9")) * 12 + numeric - 1, True) if numeric else None
    if hit.group("y10"):
        return Month(int(hit.group("y10")) * 12 + int(hit.group("m10")) - 1, True)
    if hit.group("mname5"):
        month = _month_number(hit.group("mname5"))
        short = int(hit.group("y5"))
        return Month((2000 + short if short < 50 else 1900 + short) * 12 + month - 1, True)
    if hit.group("mname"):
        month = _month_number(hit.group("mname"))
        return Month(int(hit.group("y1")) * 12 + month - 1, True)
    if hit.group("m2"):
        month = int(hit.group("m2"))
        return Month(int(hit.group("y2")) * 12 + month - 1, True) if 1 <= month <= 12 else None
    if hit.group("m6"):
        short = int(hit.group("y6"))
        return Month((2000 + short if short < 50 else 1900 + short) * 12 + int(hit.group("m6")) - 1,
                     True)
    if hit.group("y3"):
        return Month(int(hit.group("y3")) * 12 + int(hit.group("m3")) - 1, True)
    return Month(int(hit.group("y4")) * 12 + 5, False)


MAX_SHORT_SPAN = 40
"""The longest span a two-digit end year is read as ("2004–08" is 2004 to 2008)."""


def date_range(text: str, today: int) -> tuple[Month, Month | None, bool, re.Match[str]] | None:
    """The first date range in a line: (start, end, current, match); end None when open. The
    match holds the word that opens the range ("From 2015 to date") with it."""
    hit = FROM_RANGE_RE.search(text)
    if hit:
        start = parse_point(hit.group("start"))
        end_text = hit.group("end")
        if start is None:
            return None
        short = hit.group("endyy") or hit.group("endyy2")
        if short is not None:
            year = start.year // 100 * 100 + int(short)
            year += 100 if year < start.year else 0
            if year - start.year > MAX_SHORT_SPAN or start.precise:
                return None
            return start, Month(year * 12 + 5, False), False, hit
        if end_text is None:
            return start, None, True, hit
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


MONTH_SPAN_RE = re.compile(
    rf"(?P<first>{MONTH_NAME})\s*(?:{DASH}|to|until|till)\s*(?P<last>{MONTH_NAME})\s*,?\s*"
    rf"(?P<year>{YEAR})(?!\d)", re.IGNORECASE)
"""Months of one year written with the year once, after the last ("January–June 2014", "Mar to
May 2019")."""


def month_span(text: str) -> tuple[Month, Month, re.Match[str]] | None:
    """The first span of months inside one year a line writes with the year once ("Parental leave
    January–June 2014"), or None; a span whose last month comes before its first is none."""
    for hit in MONTH_SPAN_RE.finditer(text):
        year = int(hit.group("year"))
        first, last = _month_number(hit.group("first")), _month_number(hit.group("last"))
        if first <= last:
            return Month(year * 12 + first - 1, True), Month(year * 12 + last - 1, True), hit
    return None
