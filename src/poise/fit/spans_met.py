"""Both spans of years a requirement asks, met at the level its later span names, read by rule.

A requirement may ask two spans of years, the second at a level ("At least 10 years in the water
sector, including at least 5 years at director level"; "15 years in process industry, of which 5
leading managers"). A recruiter reads it as met when the career is long enough and the roles at the
level asked (``Role.level``, the leadership ladder of content/fit/lexicons.yaml) last as long as the
later span. The years check (``match``) already counts both; the verdict head weighs the
requirement's words as well and leaves most of these partial. This rule settles the plain case:

- **the later span** names a leadership level (``years.span_level``: "at director level", "in
  senior management positions", "in a senior leadership role", "at the executive level", "leading
  managers"), and the roles at that level or above last at least as long as it asks
  (``years.months_at_level``);
- **the checks**: the years check says strong (the whole span met, the candidate's own count of
  leading years included) and every other kind check says strong too (a domain, a scope, leaders);
- **a post named** ("5 years as Plant Manager or Production Director") is held by that title:
  only the roles whose title names one of the posts count, not every role of the level (a
  production manager under a plant director has not run a plant);
- **nothing else asked**: the words after the later span hold no figure (a plant "of 2,000
  operators", a business "with $1B+ revenue" is a scale the level does not show) nor a setting
  ("in a multi-site group", "at an outsourcing company": a kind of organisation; a role or
  position is the level itself, not a setting) nor a sector or scope the level is narrowed to
  ("within sterile manufacturing", "covering several sites"), and the
  requirement names no item or proper name the résumé never writes (``measure_moved.unwritten``).

Only strong is settled here, by ``verdict_head.apply_head``; a shortfall still lowers it
afterwards (``poise.fit.shortfall.cap``). Pure: reads what the fit already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.ladders import MANAGER_OF_MANAGERS
from poise.fit.lexicon import FitPatterns
from poise.fit.match import STRONG, Match
from poise.fit.measure_moved import unwritten
from poise.fit.resume_reader import ResumeProfile
from poise.fit.text import content_words
from poise.fit.years import SPAN_RE, later_span, months_at_level, span_level

YEARS_CHECK = "years_experience"
"""The kind of the check that counts the spans of years (``match``)."""
MAX_TEXT = 600
"""Longer requirements are read only this far (bounded work on odd input)."""
FIGURE_RE = re.compile(r"\d")
POST_RE = re.compile(r"(?i)^as\s+(?:an?\s+|the\s+)?")
"""A later span that names the post itself ("5 years as Plant Manager or Production Director")."""
ALTERNATIVE_RE = re.compile(r"(?i)\s*(?:/|,|\bor\b)\s*")
LENIENT_RE = re.compile(r"(?i)\b(?:equivalent|similar|comparable|position|role|level)\b")
"""Words of an alternative that offer any post of the level, not a post by its name."""
SETTING_RE = re.compile(r"(?i)\b(?:in|at|of|for|within|across)\s+(?:a|an)\s+(?!(?:senior|executive|"
                        r"management|leadership|managerial|supervisory|director|leading|equivalent|"
                        r"similar|comparable)\b)(?!(?:[\w-]+\s+){0,3}?(?:role|position|post|capacity)s?\b)")
"""A setting the later span names for its level ("at director level in a multi-hospital system",
"at an IT services company"): a kind of organisation the level alone does not show. A role or
position ("in an administrative role", "or in an equivalent position") is the level itself, not a
setting."""
SCOPE_RE = re.compile(r"(?i)\b(?:within|covering|spanning)\b")
"""A sector or scope the later span narrows its level to ("in a site leadership role within
sterile manufacturing", "in a leadership role covering several sites"): more than the level
shows."""


@dataclass(frozen=True)
class SpansMet:
    """The later span asked, its level, and the years the résumé shows at that level."""

    asked: float
    level: str
    years: float
    what: str
    """The years shown, in words ("at manager level or above")."""


def posts_named(words: str) -> list[frozenset[str]]:
    """The posts a later span names by title ("as Plant Manager, Production Director or
    equivalent" → the words of "Plant Manager" and of "Production Director"); none when it names
    a level instead ("at director level", "leading managers")."""
    found = POST_RE.match(words)
    if found is None:
        return []
    posts = []
    for part in ALTERNATIVE_RE.split(words[found.end():]):
        if part.strip() and not LENIENT_RE.search(part) and content_words(part):
            posts.append(frozenset(content_words(part)))
    return posts


def months_as(resume: ResumeProfile, posts: list[frozenset[str]]) -> int:
    """Months of the roles whose title names one of ``posts`` (every word of it; overlapping
    roles counted once): a post asked by name is held by that title, not by any title of its
    level ("Production Manager under a Plant Director" is not "Plant Manager")."""
    months: set[int] = set()
    for role in resume.roles:
        title = content_words(role.title)
        if role.start_min is None or not any(post <= title for post in posts):
            continue
        months.update(range(role.start_min, role.start_min + role.months))
    return len(months)


def spans_met(text: str, match: Match, resume: ResumeProfile, patterns: FitPatterns,
              resume_text: str) -> SpansMet | None:
    """The reading of a requirement asking two spans of years met at the later span's level (see
    the module's docstring); None when it asks no such spans or they are not plainly met."""
    text = text[:MAX_TEXT]
    checks = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    if not any(verdict.kind == YEARS_CHECK for verdict in checks) \
            or any(verdict.strength != STRONG for verdict in checks):
        return None
    later = later_span(text)
    spans = list(SPAN_RE.finditer(text))
    if later is None or len(spans) < 2:
        return None
    asked, words = later
    level = span_level(words, patterns)
    rest = text[spans[1].end():]
    if not level or FIGURE_RE.search(rest) or SETTING_RE.search(rest) or SCOPE_RE.search(rest) \
            or unwritten(text, resume_text):
        return None
    posts = posts_named(words)
    years = (months_as(resume, posts) if posts else months_at_level(resume, level, patterns)) / 12
    if years < asked:
        return None
    name = next((item.name for item in patterns.content.lexicons.leadership_levels
                 if item.id == level), level)
    what = "leading managers" if level == MANAGER_OF_MANAGERS else f"at {name} level or above"
    return SpansMet(asked, level, years, what)
