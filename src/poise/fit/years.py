"""Years of a kind: the later span of a requirement that asks two ("15+ years in operations,
including 5+ years leading managers") and the months of the résumé's roles that show that kind.

The kind is a leadership level (content/fit/lexicons.yaml: leadership_levels): the people the span
says are led, named by title ("leading managers", "through site managers": one level above
them), or the level it names itself ("as director", "at VP level"). Years of that kind count only
from roles at that level or above (``Role.level``), never from the whole career. A span that names
no level ("5+ years leading teams") is management in general: the résumé's management months.
Pure: reads what the fit already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.ladders import MANAGER_OF_MANAGERS, leadership_level, leadership_rank, reports_rank
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeProfile
from poise.fit.text import to_number

SPAN_RE = re.compile(r"(?i)\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*"
                     r"(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:full\s+)?(?:years?\b|(?=\s+(?:as|at|in)\b))")
"""A span of years ("5+ years", "3-5 years", "5+ as director" where the word is left out)."""
SPAN_END_RE = re.compile(r"(?i)[,;()]|\bincl(?:uding|\.)|\bwith\b|\band\b(?=\s+(?:(?:nearly|almost|"
                         r"about|around|over|some|another|a further)\s+)?(?:\d|(?:one|two|three|"
                         r"four|five|six|seven|eight|nine|ten)\b))")
"""Where a span's own words end: the next clause, or the next span ("13 years in IT and nearly 9
in information security": the first span's words are "in IT")."""
LEVEL_WORD_RE = re.compile(r"(?i)\b(?:(?P<team>team[- ])?(?P<word>management|leadership)\b"
                           r"|(?P<executive>(?:senior[- ])?executive"
                           r"(?= (?:level|role|position|leadership|capacity)\b)|c-(?:suite|level)\b))")
"""Words that name a level without a title: "senior management" (a senior manager), "a senior
leadership role" (a senior manager: leading is managing), "team leadership" (a team leader), "at
the executive level" or "C-suite" (a chief)."""
PLURAL_LED_RE = re.compile(r"(?i)\b(?:managers|leads|leaders|directors|supervisors|heads|vps|"
                           r"vice[- ]presidents)\b")
"""People led, named by a title in the plural: a span in the singular ("as director") names the
level of the role itself."""
ALTERNATIVES_RE = re.compile(r"(?i)\s*(?:/|\bor\b|,)\s*")
BARE_LEADERS_RE = re.compile(r"(?i)(?<!team )(?<!team-)\bleaders\b")
"""'Leaders' with no title of their own: leaders of leaders are managers of managers."""


@dataclass(frozen=True)
class YearsOfKind:
    """The years the résumé shows of the kind a later span asks, and that kind in words."""

    years: float
    asked: float
    what: str
    level: str
    """The leadership level asked ("" when the span names management in general)."""


def later_span(text: str) -> tuple[float, str] | None:
    """The years the second span of ``text`` asks and its words (after its number, up to the
    next clause); None when it asks one span."""
    spans = list(SPAN_RE.finditer(text))
    if len(spans) < 2:
        return None
    value = to_number(spans[1].group("n"))
    if not value:
        return None
    rest = text[spans[1].end():]
    end = SPAN_END_RE.search(rest)
    return value, (rest[: end.start()] if end else rest).strip(" .:-–")[:80]


def span_level(phrase: str, patterns: FitPatterns) -> str:
    """The leadership level a span of years asks: one above the people it says are led, or the
    level it names itself (the higher of the two); "" when it names none."""
    if not phrase:
        return ""
    ranks = []
    if PLURAL_LED_RE.search(phrase):
        led = reports_rank(BARE_LEADERS_RE.sub("managers", phrase), patterns)
        if led >= 0:
            ranks.append(led + 1)
    # Titles offered as alternatives ("as Plant Head / Works Manager"): the lowest one named is
    # enough.
    named = [leadership_rank(level, patterns) for part in ALTERNATIVES_RE.split(phrase)
             if (level := leadership_level(LEVEL_WORD_RE.sub(_as_title, part), [], patterns))
             and level != "individual_contributor"]
    if named:
        ranks.append(min(named))
    if not ranks:
        return ""
    levels = [level.id for level in patterns.content.lexicons.leadership_levels]
    return levels[min(max(ranks), len(levels) - 1)]


def _as_title(found: re.Match[str]) -> str:
    """The title a level word names ('senior management' → 'senior manager', 'senior leadership' →
    'senior manager', 'team leadership' → 'team leader', 'executive level' → 'chief level')."""
    if found.group("executive"):
        return "chief"
    if found.group("team"):
        return found.group("team") + ("leader" if found.group("word").lower() == "leadership"
                                      else "manager")
    return "manager"


def months_at_level(resume: ResumeProfile, level: str, patterns: FitPatterns) -> int:
    """Months of the roles at ``level`` or above (overlapping roles counted once)."""
    floor = leadership_rank(level, patterns)
    if floor < 0:
        return 0
    months: set[int] = set()
    for role in resume.roles:
        if role.start_min is None or leadership_rank(role.level, patterns) < floor:
            continue
        months.update(range(role.start_min, role.start_min + role.months))
    return len(months)


def years_of_kind(text: str, resume: ResumeProfile, patterns: FitPatterns) -> YearsOfKind | None:
    """The years the résumé shows of the leadership level the later span of ``text`` asks; None
    when it asks no level above a manager (management in general is counted as before)."""
    span = later_span(text)
    if span is None:
        return None
    level = span_level(span[1], patterns)
    if not level or leadership_rank(level, patterns) < leadership_rank(MANAGER_OF_MANAGERS, patterns):
        return None
    name = next((item.name for item in patterns.content.lexicons.leadership_levels
                 if item.id == level), level)
    what = "leading managers" if level == MANAGER_OF_MANAGERS else f"at {name} level or above"
    return YearsOfKind(months_at_level(resume, level, patterns) / 12, span[0], what, level)


LEADING_WORD_RE = re.compile(r"(?i)\blead|\bmanag")
LAST_SPAN_RE = re.compile(r"(?i)\bthe (?:last|past|latest) (?P<n>\d{1,2}|two|three|four|five|six|seven|"
                          r"eight|nine|ten)\b(?:\s+years?\b)?(?P<rest>[^,;.]{0,40})")
"""A later span written as the last part of a career ("19 years in software, the last six leading
managers")."""


def stated_leading_years(statement: str) -> float | None:
    """The years a résumé's statement of its years ("16 years of B2B sales, including 6 years
    leading sales teams"; "19 years in software, the last six leading managers") says were spent
    leading or managing: the later span's when it has two (or a "the last N" part) and that one
    leads, the whole statement's when it has one that says so; None otherwise."""
    spans = list(SPAN_RE.finditer(statement))
    if not spans:
        return None
    last = LAST_SPAN_RE.search(statement, spans[0].end())
    if last is not None and LEADING_WORD_RE.search(last.group("rest")):
        return to_number(last.group("n"))
    if len(spans) >= 2:
        span = later_span(statement)
        if span is not None and LEADING_WORD_RE.search(span[1]):
            return span[0]
        return None
    if not LEADING_WORD_RE.search(statement):
        return None
    return to_number(spans[0].group("n"))


def first_span(text: str) -> tuple[float, str] | None:
    """The years the first span of ``text`` asks and its words up to the next clause ("10 years in
    information security, including 5 managing teams" → (10, "in information security")); None
    when it asks none."""
    spans = list(SPAN_RE.finditer(text))
    if not spans:
        return None
    value = to_number(spans[0].group("n"))
    rest = text[spans[0].end():]
    end = SPAN_END_RE.search(rest)
    return (value, (rest[: end.start()] if end else rest).strip(" .:-–'’")[:80]) if value else None


def only_span(text: str) -> tuple[float, str] | None:
    """The years a requirement asking a single span gives ("10+ years' post-qualification
    experience") and its words up to the next clause; None when it asks none or several."""
    spans = list(SPAN_RE.finditer(text))
    if len(spans) != 1:
        return None
    value = to_number(spans[0].group("n"))
    rest = text[spans[0].end():]
    end = SPAN_END_RE.search(rest)
    return (value, (rest[: end.start()] if end else rest).strip(" .:-–'’")[:80]) if value else None


def stated_spans(statement: str, *, first: bool = False) -> list[tuple[float, str]]:
    """The later spans a résumé's statement of its years gives, each with its words ("16 years of
    B2B sales, including 6 years leading sales teams" → (6, "leading sales teams"); "…, the last
    eight in private banking" → (8, "in private banking")); the first span (the whole career) is
    one of them only with ``first``."""
    spans = list(SPAN_RE.finditer(statement))
    if not spans:
        return []
    found = []
    for span in spans if first else spans[1:]:
        value = to_number(span.group("n"))
        rest = statement[span.end():]
        end = SPAN_END_RE.search(rest)
        if value:
            found.append((value, re.split(r"\.\s", (rest[: end.start()] if end else rest))[0]
                          .strip(" .:-–'’")[:80]))
    for last in LAST_SPAN_RE.finditer(statement, spans[0].end()):
        value = to_number(last.group("n"))
        if value:
            found.append((value, last.group("rest").strip(" .:-–")))
    return found
