"""The time a question asks about, against the time the answer's story is set in.

A coach hears "you answered another question" when the question bounds its time ("in the last
18 months", "over the past two years", "recently") and the answer tells a story from long
before: the interviewer asked what the speaker does now and heard what they did then. Both sides
are read from the words:

- the question's window: "the last/past N months/years" (a number or a number word; "the last
  year or two" reads as two years; "on last year" compares, it bounds nothing), "this year", or
  "recently", "lately", "a recent example" (read as two years; "your most recent role" names a
  job, not a time);
- the answer's dates: a year named after a word that dates an event ("in 2014", "since 2012",
  "mid-2015", "in March 2013"), or "N years ago";
- the answer's recency: a word that sets something in the window ("last year", "this quarter",
  "recently", "a few months ago", "currently") means the story reaches into it.

The story is old when every date told is older than the window by more than a year, reading a
named year as two years further back than the calendar says (an answer may have been written a
while before it is read), and no word of recency is told. Pure functions; the rule passes the
calendar year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "few": 3, "couple": 2,
    "several": 3,
}
"""Number words a window or an age is told with ("the last two years", "a few years ago")."""
RECENT_YEARS = 2.0
"""The window "recently" or "lately" stands for."""
WRITING_LAG = 2
"""Years a named year is read further back than the calendar says."""
SLACK = 1.0
"""Years a date may lie outside the window before the story is called old."""

_NUMBER = r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)"
WINDOW = re.compile(
    rf"\bthe\s+(?:last|past)\s+(?:(?:a\s+)?(?P<n>{_NUMBER})\s+(?:of\s+)?)?(?P<unit>months?|years?)"
    rf"(?P<or>\s+or\s+(?P<m>{_NUMBER}))?\b", re.IGNORECASE)
THIS_YEAR = re.compile(r"\bthis\s+(?:year|past\s+year)\b", re.IGNORECASE)
RECENT = re.compile(r"\b(?:recently|lately|recent\s+(?:example|time|case|situation|occasion|instance))\b",
                    re.IGNORECASE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|spring|summer|autumn|fall|winter")
YEAR = re.compile(
    rf"\b(?:in|since|from|by|until|till|during|around|of|early|late|mid|back\s+in|(?:{_MONTHS}))"
    r"(?:\s+of)?[\s-]+(?P<y>(?:19[6-9]|20[0-4])\d)\b(?![%\d,.]\d)", re.IGNORECASE)
AGO = re.compile(rf"\b(?P<n>{_NUMBER})\s+years?\s+ago\b", re.IGNORECASE)
NOW = re.compile(
    r"\b(?:(?:last|this|past)\s+(?:year|month|quarter|spring|summer|autumn|winter|week)|recently|"
    rf"lately|currently|so\s+far\s+this|(?:{_NUMBER})\s+(?:months?|weeks?)\s+ago|this\s+time\s+last)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Window:
    """The time the question asks about: ``years`` back from now, and its words."""

    years: float
    words: str


@dataclass(frozen=True)
class OldStory:
    """The dates an old story is told with: the sentences that name them and the newest one."""

    sentences: tuple[int, ...]
    newest: str


def _number(word: str | None) -> float | None:
    if word is None:
        return 1.0
    lowered = word.lower()
    if lowered.isdigit():
        return float(lowered)
    return float(NUMBERS[lowered]) if lowered in NUMBERS else None


def asked_window(question: str) -> Window | None:
    """The window of time the question bounds its story to, or None when it bounds none."""
    found = WINDOW.search(question)
    if found:
        count = _number(found.group("n"))
        if found.group("or"):
            count = _number(found.group("m"))  # "the last year or two": the wider bound
        if count is not None:
            years = count / 12 if found.group("unit").lower().startswith("month") else count
            return Window(years, found.group(0).strip())
    found = THIS_YEAR.search(question)
    if found:
        return Window(1.0, found.group(0))
    found = RECENT.search(question)
    if found:
        return Window(RECENT_YEARS, found.group(0))
    return None


def old_story(sentences: list[tuple[int, str]], window: Window, year_now: int) -> OldStory | None:
    """The dates of the answer (``sentences``: index and text) when every date told lies more
    than ``SLACK`` years outside ``window`` and no word sets anything in it; None otherwise, and
    when the answer dates nothing."""
    dated: list[int] = []
    ages: list[tuple[float, str]] = []
    for index, text in sentences:
        if NOW.search(text):
            return None
        told = [(float(year_now - int(match.group("y")) - WRITING_LAG), match.group("y"))
                for match in YEAR.finditer(text)]
        for match in AGO.finditer(text):
            count = _number(match.group("n"))
            if count is not None:
                told.append((count, match.group(0)))
        if told:
            dated.append(index)
            ages.extend(told)
    if not ages:
        return None
    youngest = min(ages, key=lambda item: item[0])
    if youngest[0] <= window.years + SLACK or any(age < 0 for age, _ in ages):
        return None
    return OldStory(tuple(dated), youngest[1])
