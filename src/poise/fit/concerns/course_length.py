"""A course asked for with a minimum length ("a certificate in a leadership course lasting not
less than six weeks") against the lengths the résumé gives its own courses ("Management
Course – 4 weeks"): when every course whose length the résumé states is shorter than the
minimum, the credential is held at a lower level than the post asks, a certification concern.

Both lengths are read as quantities with their unit (days, weeks, months), so "not less than
four (4) weeks" and "(3 weeks)" compare in days. A résumé that names the course asked (its
name or its initials) answers the line, and one stating no course length leaves the line to
the fit map.
"""

from __future__ import annotations

import re

from poise.fit.concerns.answered import answered_by_name
from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.match import NONE, Verdict
from poise.fit.text import NUMBER_WORDS, to_number

COUNT = r"(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
UNIT = r"(?P<unit>days?|weeks?|months?)"
DAYS = {"day": 1, "week": 7, "month": 30}
ASKED_RE = re.compile(r"(?i)\b(?:not\s+less\s+than|no\s+less\s+than|at\s+least|a\s+minimum\s+of|"
                      r"minimum(?:\s+of)?|min\.?)\s+" + COUNT + r"\s*(?:\(\d{1,3}\)\s*)?" + UNIT
                      + r"(?!\s+(?:of|in)\s+(?:experience|service|work))")
"""A minimum length a line asks of something it names ("lasting not less than four (4) weeks");
not a span of experience ("at least six months of experience")."""
HELD_RE = re.compile(r"(?i)(?<![\w-])" + COUNT + r"[\s-]*" + UNIT + r"(?![\w-])")
"""A length the résumé gives an item ("(3 weeks)", "– 4 weeks", "a six-week programme")."""
COURSE_RE = re.compile(r"(?i)\b(?:course|programme|program|certificate|training|diploma|"
                       r"module|curriculum)s?\b")
"""Words naming a course of study, on the line asking and on the résumé's item."""
HELD_SECTIONS = frozenset({"education", "side"})
"""Résumé sections outside the roles and the summary, where courses held are listed."""
NICE_PENALTY = 10


def _days(count: str, unit: str) -> float | None:
    number = to_number(count)
    if number is None:
        return None
    return number * DAYS[unit.lower().rstrip("s")]


def asked_length(text: str) -> float | None:
    """The minimum length in days a line asks of a course it names, or None."""
    if not COURSE_RE.search(text):
        return None
    hit = ASKED_RE.search(text)
    return _days(hit.group("n"), hit.group("unit")) if hit else None


def held_courses(context: Context) -> list[tuple[float, str]]:
    """The résumé's courses of study with the length each states, in days: its certifications,
    education, and lines outside its roles that name a course and a length."""
    resume = context.resume
    items = [*resume.certifications, *resume.education,
             *(line.text for line in resume.lines if line.section in HELD_SECTIONS)]
    held: list[tuple[float, str]] = []
    for item in dict.fromkeys(items):
        if not COURSE_RE.search(item):
            continue
        for hit in HELD_RE.finditer(item):
            days = _days(hit.group("n"), hit.group("unit"))
            if days is not None:
                held.append((days, item))
                break
    return held


def course_length_draft(context: Context) -> Draft | None:
    """A certification-level concern for the first requirement asking a course of a minimum
    length longer than every course the résumé states a length for; None when the résumé states
    no course length, holds one long enough, or names the course the line asks."""
    held = held_courses(context)
    if not held:
        return None
    longest, item = max(held)
    for requirement in context.job.requirements:
        wanted = asked_length(requirement.text)
        if wanted is None or longest >= wanted:
            continue
        if answered_by_name(requirement.text, context.resume):
            continue
        verdict = Verdict(kind="certification", strength=NONE, reason="")
        draft = simple_draft("certification_level", requirement, verdict, context)
        draft.values.update({"cert": _length_asked(requirement.text),
                             "cert_have": _short(item)})
        draft.key = "certification_level"
        if not requirement.must:
            draft.score -= NICE_PENALTY
        return draft
    return None


def _length_asked(text: str) -> str:
    hit = ASKED_RE.search(text)
    return f"a course of at least {hit.group('n')} {hit.group('unit')}" if hit else "a longer course"


def _short(item: str) -> str:
    """A held course without its year and place."""
    text = re.sub(r"^\W*(?:\*\*)?\d{4}\s*:?\s*(?:\*\*)?\s*:?\s*", "", item.strip(" -•*"))
    return re.split(r"\s*[,|]\s*", text)[0]
