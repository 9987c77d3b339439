"""The month a role's own lines tell when its heading gives the year alone: "2015 – 2023" over
"Joined in March 2015 to set up the lab" starts in March 2015, "Since July 2024 advising …" in
July 2024. Only a month of the heading's own year is taken, and only after words that say the
post began or ended there (``start_told`` and ``end_told`` in fit/cues.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from poise.fit.dates import MONTH_NAME, YEAR, Month, parse_point
from poise.fit.lexicon import FitPatterns

MONTH_POINT_RE = re.compile(
    rf"(?<![\w/.-])(?:{MONTH_NAME}\s*,?\s*{YEAR}|(?:0?[1-9]|1[0-2])\s*[/.]\s*{YEAR})(?![\w/.-])",
    re.IGNORECASE)
"""A month with its year in running text ("March 2016", "03/2016"), no day."""
BEFORE_CHARS = 60
"""How far before a month its cue may start."""
MAX_LINE_CHARS = 2000
"""Only the start of a very long line is read."""


def told_month(year: Month | None, lines: Iterable[str], patterns: FitPatterns, cue: str
               ) -> Month | None:
    """The month of ``year`` (a point given to the year alone) that one of ``lines`` tells after
    words of the ``cue`` kind ("start_told" or "end_told"), the first one told; None when the
    point is already precise, or no line tells its month."""
    if year is None or year.precise:
        return None
    cues = patterns.evidence.get(cue, ())
    if not cues:
        return None
    for line in lines:
        text = line[:MAX_LINE_CHARS]
        for hit in MONTH_POINT_RE.finditer(text):
            point = parse_point(hit.group(0))
            if point is None or not point.precise or point.year != year.year:
                continue
            before = text[max(0, hit.start() - BEFORE_CHARS):hit.start()]
            if any(pattern.search(before) for pattern in cues):
                return point
    return None
