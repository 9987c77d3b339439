"""Promotions written in one role's title ("Analyst → Senior Analyst", "Senior Officer / Officer")
split into their steps by the dates the role's own list gives them ("Promoted to Senior Analyst in
2019", "Officer (2004–2007), Senior Officer (2008–2011)")."""

from __future__ import annotations

import re
from functools import lru_cache

from poise.fit.dates import POINT, Month, date_range, parse_point
from poise.fit.lexicon import FitPatterns, fit_content
from poise.fit.role_header import ARROW_RE, has_title

SLASH_RE = re.compile(r"\s+/\s+")
"""Two titles of one post joined by a spaced slash ("Senior Officer / Officer")."""
STEP_POINT_RE = re.compile(
    rf"\s*,?\s*(?:in|from|since|effective|as of|on)\s+(?P<point>{POINT})", re.IGNORECASE)
"""A step's start written after its name ("… to Senior Analyst in 2019")."""
POINT_BEFORE_RE = re.compile(
    rf"(?:in|from|since|effective|as of)\s+(?P<point>{POINT})\s*,?\s+as\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE)
"""A step's start written before its name ("… since 2022 as Director")."""
STEP_BRACKET_RE = re.compile(
    r"(?:\s+(?:for|of|in|at|on)\s+(?:[a-z][\w&-]*\s*){1,5}?)?\s*\((?P<dates>[^()]{4,40})\)")
"""A step's dates in brackets after its name ("Officer (2004–2007)"), or after the scope of the
post written in lower case ("Production Manager for butter and powders (2008–2011)")."""
COMMA_RE = re.compile(r",\s+")
SEMICOLON_RE = re.compile(r"\s*;\s+")
"""Two titles of one post joined by a semicolon ("Claims Examiner; Claims Supervisor"), each a
title of its own."""
"""Two titles of one post joined by a comma, each a title of its own ("Continuous Improvement
Manager, Production Manager"; not "Senior Manager, Infrastructure & Operations")."""

RUNNING_RE = re.compile(r"[–—-]|\bto\b", re.IGNORECASE)
"""A dash or "to" in an open range: the step runs on ("2019 – present"), not only starts there
("from 2006")."""

Step = tuple[str, Month, Month | None, bool]


def _names(step: str, others: list[str]) -> list[str]:
    """The ways a note names a step: in full, by the title before its scope ("Senior Director,
    Surgical Services" → "Senior Director"), or by what sets it apart from the other steps with
    its last word ("Senior Mortgage Adviser" beside "Mortgage Adviser" → "Senior Adviser")."""
    head = step.split(",")[0].strip()
    names = [step] if head == step or len(head) < 4 else [step, head]
    words = head.split()
    shared = {word.lower() for other in others for word in other.split(",")[0].split()}
    if len(words) >= 3:
        kept = [word for word in words[:-1] if word.lower() not in shared]
        if kept and len(kept) < len(words) - 1:
            names.append(" ".join([*kept, words[-1]]))
    return names


def _led_by_capital(text: str, at: int) -> bool:
    """True when the word just before a position starts with a capital ("Senior" before
    "Officer"): the name found is part of a longer title."""
    before = text[:at].rstrip()
    words = re.findall(r"[^\W\d_][\w'’-]*$", before)
    return bool(words) and words[0][0].isupper()


def _step_dates(name: str, notes: list[str], today: int) -> tuple[Month, Month | None, bool] | None:
    """The dates a role's notes give one named step, or None."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    for note in notes:
        for hit in pattern.finditer(note):
            if _led_by_capital(note, hit.start()):
                continue
            after = note[hit.end():]
            bracket = STEP_BRACKET_RE.match(after)
            if bracket is not None:
                dated = date_range(bracket.group("dates"), today)
                if dated is not None and dated[3].group(0).strip() == bracket.group("dates").strip():
                    if dated[1] is None and dated[2] and not RUNNING_RE.search(dated[3].group(0)):
                        return dated[0], None, False  # "(from 2006)": the step's start alone
                    return dated[0], dated[1], dated[2]
                point = parse_point(bracket.group("dates"))
                if point is not None:
                    return point, None, False
            said = STEP_POINT_RE.match(after) or POINT_BEFORE_RE.search(note[:hit.start()])
            if said is not None:
                point = parse_point(said.group("point"))
                if point is not None:
                    return point, None, False
    return None


def _rest_of_range(found: list[tuple[str, tuple[Month, Month | None, bool] | None]], start: Month,
                   end: Month | None, current: bool
                   ) -> list[tuple[str, tuple[Month, Month | None, bool] | None]] | None:
    """Two posts in any order, one dated by the notes: the other holds the rest of the role's
    range when the dated one opens it ("Production Manager (2008–2011)" in a role of 2008 – 2014:
    the other post from 2011) or closes it, or only its start is said after the role's ("promoted
    to Manager in 2006" in a role of 2003 – 2010: the other post until 2006); None when the dated
    one lies in its middle."""
    if len(found) != 2:
        return None
    (dated_step, dated), (other, _none) = sorted(found, key=lambda pair: pair[1] is None)
    if dated is None:
        return None
    begin, finish, ongoing = dated
    if begin.year == start.year and finish is not None and not ongoing and (
            current or end is None or finish.year <= end.year):
        return [(dated_step, (start if start.precise and not begin.precise else begin, finish,
                              False)), (other, (finish, end, current))]
    if (ongoing and current) or (finish is not None and end is not None
                                 and finish.year == end.year and begin.year > start.year) or (
            finish is None and not ongoing and start.year < begin.year <= (
                end.year if end is not None and not current else begin.year)):
        # "Promoted to Front Office Manager in 2006" in a role of 2003 – 2010: the other post
        # held the range until then
        before = Month(begin.index - 1, precise=True) if begin.precise else begin
        return [(other, (start, before, False)), (dated_step, (begin, end, current))]
    return None


def _split(title: str, patterns: FitPatterns | None) -> tuple[list[str], bool] | None:
    """A title's steps and whether they are written in order (arrows) or in any order (slash)."""
    steps = [step.strip() for step in ARROW_RE.split(title) if step.strip()]
    if len(steps) >= 2:
        return steps, True
    steps = [step.strip() for step in SLASH_RE.split(title) if step.strip()]
    if len(steps) == 2:
        return steps, False
    for joiner in (COMMA_RE, SEMICOLON_RE):
        steps = [step.strip() for step in joiner.split(title) if step.strip()]
        if patterns is not None and len(steps) == 2 and all(
                has_title(step, patterns) for step in steps):
            return steps, False
    return None


def promotion_steps(title: str, start: Month, end: Month | None, current: bool,
                    notes: list[str], today: int, patterns: FitPatterns | None = None
                    ) -> list[Step] | None:
    """A role whose title names several posts, split into one step per post, earliest first, when
    its notes date the later posts; None when they don't (the role stays one, titled as written).

    A step without dates of its own starts with the role's range and ends where the next begins;
    the first step starts and the last ends with the role wherever they fall in the same year."""
    split = _split(title, patterns)
    if split is None:
        return None
    steps, ordered = split
    found: list[tuple[str, tuple[Month, Month | None, bool] | None]] = []
    for step in steps:
        dated = None
        for name in _names(step, [other for other in steps if other != step]):
            dated = _step_dates(name, notes, today)
            if dated is not None:
                break
        found.append((step, dated))
    low = start.year
    high = today // 12 if current or end is None else end.year
    if any(dated is not None and not low <= dated[0].year <= high for _step, dated in found):
        return None
    if ordered:
        if not any(dated is not None for _step, dated in found[1:]):
            return None
    else:
        undated = [step for step, dated in found if dated is None]
        if len(undated) == len(found):
            return None
        if undated:
            filled = _rest_of_range(found, start, end, current)
            if filled is None:
                return None
            found = filled
        found.sort(key=lambda pair: pair[1][0].index if pair[1] is not None else 0)
    result: list[Step] = []
    for number, (step, dated) in enumerate(found):
        begin = dated[0] if dated is not None else None
        if number == 0 and (begin is None or (
                start.precise and not begin.precise and begin.year == start.year)):
            begin = start
        if begin is None:
            return None  # a middle step with no start: the chain is not dated enough to split
        step_end = dated[1] if dated is not None else None
        step_current = dated[2] if dated is not None else False
        if number == len(found) - 1:
            if step_end is None or step_current or (
                    end is not None and end.precise and not step_end.precise
                    and step_end.year == end.year):
                step_end, step_current = end, current
        elif step_end is None and not step_current:
            later = next((item[1][0] for item in found[number + 1:] if item[1] is not None), None)
            if later is None:
                return None
            step_end = Month(later.index - 1, precise=True) if later.precise else later
        result.append((step, begin, step_end, step_current))
    return result


@lru_cache(maxsize=1)
def _promoted_from() -> re.Pattern[str]:
    """A note naming the post held before the role's title and the month the title began
    (fit/lexicons.yaml ``promoted_from_words``): "Promoted from Analyst in 2019"."""
    words = "|".join(re.escape(word) for word in sorted(
        fit_content().lexicons.promoted_from_words or ["promoted from"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{words})\s+(?:an?\s+|the\s+)?(?P<earlier>[^\W\d_][^,;:.()]{{1,50}}?)"
        rf"(?:\s+to\s+(?:an?\s+|the\s+)?(?P<later>[^\W\d_][^,;:.()]{{1,50}}?))?\s*,?\s+"
        rf"(?:(?:in|from|since|effective|as of|on)\s+)?(?P<point>{POINT})", re.IGNORECASE)


def promoted_from_steps(title: str, start: Month, end: Month | None, current: bool,
                        notes: list[str], patterns: FitPatterns) -> list[Step] | None:
    """A role titled by one post whose note names the post held before it and when the title
    began ("Senior Engineer" with "Promoted from Engineer in 2010"), split into the two posts;
    None when no note says so, the earlier post is no title, the promotion falls outside the
    role's range or the note names another post as the later one."""
    for note in notes:
        hit = _promoted_from().search(note)
        if hit is None:
            continue
        earlier = hit.group("earlier").strip()
        later = (hit.group("later") or "").strip()
        point = parse_point(hit.group("point"))
        if point is None or not has_title(earlier, patterns) or earlier.lower() == title.lower():
            continue
        if later and later.lower() not in title.lower():
            continue  # "promoted from Analyst to Team Lead": a step this title does not name
        begin = point.index if point.precise else point.year * 12
        if begin <= (start.index if start.precise else start.year * 12 + 11):
            continue
        if end is not None and not current and begin > (end.index if end.precise else end.year * 12):
            continue
        first_end = Month(point.index - 1, precise=True) if point.precise else point
        return [(earlier, start, first_end, False), (title, point, end, current)]
    return None
