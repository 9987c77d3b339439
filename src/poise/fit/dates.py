"""Dates on a résumé: months, ranges ("Mar 2018 – present", "since 09/2017", "2019 – 2021")."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
SHORT_YEAR = r"['’]\s?\d{2}(?!\d)"
"""A year written with two digits after an apostrophe, as in "Apr'19"."""
POINT = (rf"(?:{MONTH_NAME}\s*,?\s*{YEAR}|{MONTH_NAME}\s*{SHORT_YEAR}|(?:0?[1-9]|1[0-2])\s*[/.]\s*{YEAR}|"
         rf"{YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?!\d)|{YEAR})")
OPEN_END = (r"(?:present|current|now|today|date|ongoing|to date|till date|till now|heute|"
            r"aujourd['’]hui|actuel|hoy|oggi|dato)")
RANGE_RE = re.compile(
    rf"(?P<start>{POINT})\s*(?:–|—|-|to|until|till|bis|→|>)\s*(?P<end>{POINT}|{OPEN_END})\b",
    re.IGNORECASE,
)
SINCE_RE = re.compile(rf"\b(?:since|from|seit|depuis|desde|dal)\s+(?P<start>{POINT})\b"
                      r"(?!\s*(?:–|—|-|to\b))", re.IGNORECASE)
POINT_PARTS_RE = re.compile(
    rf"^(?:(?P<mname>{MONTH_NAME})\s*,?\s*(?P<y1>{YEAR})|(?P<mname5>{MONTH_NAME})\s*['’]\s?(?P<y5>\d{{2}})|(?P<m2>\d{{1,2}})\s*[/.]\s*(?P<y2>{YEAR})|"
    rf"(?P<y3>{YEAR})\s*[/.-]\s*(?P<m3>\d{{2}})|(?P<y4>{YEAR}))$",
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


def parse_point(text: str) -> Month | None:
    """A date point such as 'Mar 2018', '03/2018', '2018-03' or '2018'."""
    hit = POINT_PARTS_RE.match(text.strip().rstrip("."))
    if not hit:
        return None
    if hit.group("mname5"):
        month = MONTHS[hit.group("mname5")[:3].lower()]
        short = int(hit.group("y5"))
        return Month((2000 + short if short < 50 else 1900 + short) * 12 + month - 1, True)
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
