"""Reading a résumé: roles from every common layout, dated time out, scope, industries, tools,
certifications, languages and location."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.fit.dates import (
    FROM_RANGE_RE,
    POINT,
    RANGE_RE,
    SINCE_RE,
    SINCE_WORDS,
    SLASH_ORDER,
    Month,
    date_range,
    month_span,
    parse_point,
    slash_order,
)
from poise.fit.employer_spans import better_employer, normalised
from poise.fit.ladders import leadership_level, leadership_rank
from poise.fit.language_certificates import is_language_test, language_certificates_of
from poise.fit.lexicon import FitPatterns, any_match, patterns_for
from poise.fit.quantities import Quantity, amounts_in, led_headcounts, team_sizes_in
from poise.fit.resume_facts import (
    CONTACT_RE,
    certifications_of,
    education_of,
    languages_of,
    location_of,
)
from poise.fit.resume_posts import in_order, posts_in_block
from poise.fit.resume_promotions import promoted_from_steps, promotion_steps
from poise.fit.resume_prose import posts_in_prose
from poise.fit.role_header import (
    ARROW_RE,
    ASIDE_RE,
    LEGAL_SUFFIX_RE,
    Header,
    classify,
    employer_leads_below,
    employer_name,
    has_title,
    is_description,
    is_place,
    organisation_marked,
    pieces_of,
    plain_names,
    read_header,
    split_title_employer,
    title_with_aside,
)
from poise.fit.role_repeats import merge_repeated_roles
from poise.fit.role_tables import PostTables, TableRole, post_tables
from poise.fit.text import NUMBER_WORDS, clean, is_bullet, join_wrapped, to_number
from poise.fit.told_months import told_month

SUMMARY_YEARS_RE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*\+?\s*years?(?:['’]s?)?\s+(?:of\s+)?"
    r"(?:[\w&/,-]+\s+){0,4}?(?:experience|leading|managing|running|in\b)",
    re.IGNORECASE,
)



@dataclass(frozen=True)
class ResumeLine:
    """A non-empty résumé line, where it sits and which role it belongs to."""

    index: int
    text: str
    section: str
    bullet: bool
    role: int | None = None
    heading: str = ""
    """The heading of the part of the résumé the line is in ("Certifications", "Weiterbildung")."""
    marked: bool = False
    """The line is set out as a heading ("### Acme Hotel, London") inside its part."""


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
    level: str = ""
    """The leadership level the role shows (content/fit/lexicons.yaml: leadership_levels)."""
    in_prose: bool = False
    """Read from a sentence naming several posts: its employer is the sentence's own."""
    in_table: bool = False
    """Read from a row of a table of posts (fit/role_tables.py): its cells name its employer."""

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
    to_present: bool = False
    """A gap since the last role that runs to today: its end is written "present"."""
    leave: bool = False
    """A leave from a job one keeps ("unpaid leave", "sabbatical"): time out even when dated
    inside a role's range."""
    by_years: bool = False
    """A gap between roles dated by years alone ("2010 – 2012" then "2014 – 2019"): written by
    the years it lies between, since the months are not known."""

    def to_dict(self) -> dict[str, Any]:
        if self.by_years:
            return {"start": f"{self.start // 12 - 1:04d}", "end": f"{self.end // 12 + 1:04d}",
                    "explained": False, "quote": self.quote}
        return {"start": _iso(self.start), "end": "present" if self.to_present else _iso(self.end),
                "explained": self.kind == "break", "quote": self.quote}


def _iso(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


BREAK_MONTHS = 4
"""A stretch between roles this long or longer counts as a career break: four whole months out
("left in October, started again in March"), shorter than a season of notice and job search.
Whether an interviewer asks about it is the concerns' judgement, not the reader's."""
STANDING_MONTHS = 24
"""A dated line that began this long before a gap and still runs (a registration "since 2004")
is a credential held throughout, not what the candidate did in the gap."""
HELD_SHARE = 0.75
"""The share of a dated period that roles must surely cover for it to be time alongside work."""


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
    language_certificates: tuple[str, ...] = ()
    """Language tests and certificates of a language level ("IELTS 7.5, 2014"), apart from the
    professional certifications."""
    location: str = ""
    education: tuple[str, ...] = ()
    """Degrees and diplomas, as the résumé names them."""
    side_roles: tuple[Role, ...] = ()
    """Other roles dated outside the work history ("Trustee, Women's Aid (2018 –
    2021)" under "Other"): evidence of what the candidate did, never counted in tenure, career
    years or gaps."""

    def told_by(self, period: Period) -> tuple[ResumeLine, ...]:
        """The lines that tell a dated break: its dated line, then the lines under it that belong
        to no role, up to the next role, section or heading ("Relocated to care for my father…");
        none for a gap the résumé does not explain."""
        if not period.quote:
            return ()
        told: list[ResumeLine] = []
        for item in self.lines:
            if not told:
                if item.text == period.quote:
                    told.append(item)
                continue
            first = told[0]
            if item.role is not None or item.section != first.section or item.heading != first.heading:
                break
            if item.text != period.quote and any(other.quote == item.text for other in self.periods):
                break  # the next dated period
            told.append(item)
        return tuple(told)

    @property
    def breaks(self) -> tuple[Period, ...]:
        """Career breaks: dated time out the résumé explains, and unexplained stretches of at
        least ``BREAK_MONTHS`` between roles or since the last role ended (kind "gap")."""
        found = []
        dated = [period for period in self.periods if period.kind == "break"]
        for period in dated:
            # A date inside a break's own description ("volunteered as a trustee (2022 – 2024)")
            # is part of that break, not a second one. A leave from the job ("Unpaid leave
            # 03/2022 – 05/2022" under the role) is time out however the role's range runs.
            if not any(other.start < period.start <= other.end for other in dated) and not (
                    self._held_throughout(period) and not self._leave_from_work(period)):
                found.append(period)
        # each role's widest months, and whether its start and end name their months
        spans = sorted((role.start_min, role.end_max if role.end_max is not None else self.today,
                        bool(role.start and role.start.precise),
                        bool(role.end is None or role.end.precise))
                       for role in self.roles if role.start_min is not None and not role.current)
        spans += sorted((role.start_min, self.today, bool(role.start and role.start.precise), True)
                        for role in self.roles if role.start_min is not None and role.current)
        spans.sort()
        covered_to: int | None = None
        covered_precise = True
        for start, end, start_precise, end_precise in spans:
            if covered_to is not None and start - covered_to - 1 >= BREAK_MONTHS:
                explained = any(period.start <= covered_to + 2 and period.end >= start - 2
                                and not self._standing(period, covered_to)
                                for period in self.periods if period.kind in ("break", "education"))
                if not explained:
                    found.append(Period(covered_to + 1, start - 1, "", "gap",
                                        by_years=not covered_precise and not start_precise))
            if covered_to is None or end >= covered_to:
                covered_precise = end_precise if covered_to is None or end > covered_to else (
                    covered_precise or end_precise)
            covered_to = end if covered_to is None else max(covered_to, end)
        if covered_to is not None and self.today - covered_to - 1 >= BREAK_MONTHS:
            # No role runs to today: the time since the last one is a break, unless the résumé
            # tells what came after it (a dated break or study it returns from).
            explained = any(period.end > covered_to for period in self.periods
                            if period.kind in ("break", "education"))
            if not explained:
                found.append(Period(covered_to + 1, self.today, "", "gap", to_present=True))
        found.sort(key=lambda period: period.start)
        return tuple(found)

    def _leave_from_work(self, period: Period) -> bool:
        """Whether a dated period is a leave from the job held through it ("parental leave",
        "unpaid leave", "sabbatical": fit/cues.yaml ``leave_of_absence``), short of the whole
        role: time out of work, not time beside it."""
        if not period.leave:
            return False
        return not any(role.start_min is not None and role.start_min >= period.start
                       and (role.end_max or self.today) <= period.end for role in self.roles)

    def _standing(self, period: Period, gap_start: int) -> bool:
        """Whether a dated line is a standing credential rather than time out: it began well
        before the gap (``STANDING_MONTHS``) and runs to today ("Registered Nurse, NMC, since
        2004"), so it tells nothing of what filled the gap."""
        return period.end >= self.today - 1 and period.start <= gap_start - STANDING_MONTHS

    def _held_throughout(self, period: Period) -> bool:
        """Whether roles run through the whole of ``period``: a board seat or volunteering dated
        beside a job ("Board member (volunteer, 2019 – Present)") is time alongside work, not a
        break from it. Every month of the period lies in a role's widest reading, and most of it
        (``HELD_SHARE``) in their narrowest (a role "2016 – 2021" surely runs from December 2016
        to January 2021): a break dated "2019" between roles "2015 – 2019" and "2020 –" is not
        held, since only one of its months surely is."""
        loose: set[int] = set()
        sure: set[int] = set()
        for role in self.roles:
            if role.start is None or not role.title:
                continue  # an untitled role is the break's own dated line read as a post
            end_max = self.today if role.current or role.end_max is None else role.end_max
            loose.update(range(role.start.index if role.start.precise else role.start.year * 12,
                               end_max + 1))
            start = role.start.index if role.start.precise else role.start.year * 12 + 11
            end = self.today if role.current or role.end is None else (
                role.end.index if role.end.precise else role.end.year * 12)
            sure.update(range(start, end + 1))
        months = range(period.start, period.end + 1)
        return bool(months) and all(month in loose for month in months) and (
            sum(month in sure for month in months) >= HELD_SHARE * len(months))

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
            "side_roles": [role.to_dict() for role in self.side_roles],
            "team_sizes": [item.to_dict() for item in self.team_sizes],
            "budgets": [item.to_dict() for item in self.budgets],
            "industries": [industry for industry, _ in self.industries],
            "business_models": list(self.models),
            "countries": list(self.countries),
            "tools": list(self.tools),
            "achievements": list(self.achievements),
            "years": round(self.career_months / 12, 1),
            "breaks": [{**period.to_dict(), "lines": [item.text for item in self.told_by(period)]}
                       for period in self.breaks],
            "education": list(self.education),
            "certifications": list(self.certifications),
            "languages": [{"language": name, "level": level} for name, level in self.languages],
            "language_certificates": list(self.language_certificates),
            "location": self.location,
            "current_lines": [item.text for item in self.lines if item.role is not None
                              and self.roles[item.role].current],
        }


TRANSLATED_HEADING_RE = re.compile(r"(?P<head>[^()]+?)\s*\((?P<other>[^()]+)\)")
"""A heading written in two languages, the second in brackets ("IDIOMAS (Languages)")."""


def _resume_section(text: str, patterns: FitPatterns) -> str | None:
    if RANGE_RE.search(text):
        return None
    text = ENUMERATION_RE.sub("", text)  # "3. Details of Postings": the part's number
    if len(text.split()) > 5:
        # "Career history – Royal Navy, Fleet Air Arm": a section's name, then what it qualifies
        # ("Licensed Mining Engineer | Resident Mine Manager" is a headline of titles: its
        # head holds words beyond a section's name)
        translated = TRANSLATED_HEADING_RE.fullmatch(text.strip())
        head = translated.group("head") if translated else ""
        if translated and not has_title(head, patterns) and not organisation_marked(
                head, patterns) and len(head.split()) <= 5:
            # "FORMACIÓN Y CURSOS (Education and courses)": the name, then its translation; a
            # title or a company before the brackets is a post or an employer, not a heading
            other = translated.group("other")
            if len(other.split()) <= 5 and _only_section_words(other, patterns):
                return _resume_section(other, patterns)
            if _only_section_words(head, patterns) and not _only_section_words(other, patterns):
                # "Details of Postings (in reverse chronological order)": the name, then how
                # the part is ordered
                return _resume_section(head, patterns)
        head = HEADING_QUALIFIER_RE.split(text, maxsplit=1)[0]
        if head == text or not _only_section_words(head, patterns):
            return None
        return _resume_section(head, patterns)
    for name in ("summary", "experience", "education", "side"):
        hit = any_match(patterns.resume_headings[name], text)
        if hit and not _modified(text[: hit.start()]) and _starts_a_word(text, hit):
            return name
    return None


def _modified(before: str) -> bool:
    """True when the words before a section's word qualify it as a job or a topic ("Manager
    of"), not as a heading's filler ("Details of")."""
    modifier = MODIFIER_BEFORE_RE.search(before)
    return modifier is not None and not all(
        word.lower() in HEADING_FILLER for word in re.findall(r"[^\W\d_]+", before))


def _starts_a_word(text: str, hit: re.Match[str]) -> bool:
    """True when a section's word begins a word of the line ("Formation"), or the line is one
    compound word ("Schulausbildung"); never the inside of another word ("Transformation
    Manager" names no education)."""
    return hit.start() == 0 or not text[hit.start() - 1].isalpha() or len(text.split()) == 1


MODIFIER_BEFORE_RE = re.compile(r"[^\W\d_]{2,}\s+(?:in|of|for|on|at|en|im|in der)\s*$", re.IGNORECASE)
"""Words and a preposition before a section's word: the word then qualifies a job or a topic
("Graduate Engineer in Training", "Manager of Volunteers"), and the line is no section's name."""
HEADING_QUALIFIER_RE = re.compile(r"\s+[–—|-]\s+|:\s+")
"""The separator between a heading's section name and its qualifier ("Experience – Acme")."""


def heading_employer(heading: str, patterns: FitPatterns) -> str:
    """The employer a work history's heading names after its section name ("Career history –
    Royal Navy" → "Royal Navy"), when that part is marked as an organisation; "" otherwise
    ("Experience – last ten years")."""
    parts = HEADING_QUALIFIER_RE.split(heading, maxsplit=1)
    if len(parts) < 2 or _resume_section(parts[0], patterns) != "experience":
        return ""
    qualifier = parts[1].strip(" :")
    if not qualifier or classify(qualifier, patterns).kind != "employer":
        return ""
    return employer_name(qualifier, patterns)


def read_resume(
    text: str, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> ResumeProfile:
    """Roles with dates, team sizes, budgets, industries, places, tools and achievements. Dates
    written with slashes are read in the order the whole document writes them (``slash_order``)."""
    token = SLASH_ORDER.set(slash_order(text))
    try:
        return _read_resume(text, kb=kb, today=today)
    finally:
        SLASH_ORDER.reset(token)


def _read_resume(
    text: str, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> ResumeProfile:
    patterns = patterns_for(kb)
    today_index = _month_of(today or date.today())
    items = _resume_lines(text, patterns)
    anchors, side_anchors, periods = _anchors(items, patterns, today_index)
    tables = _post_tables(text, patterns, today_index)
    anchors = _outside_tables(anchors, items, tables)
    side_anchors = _outside_tables(side_anchors, items, tables)
    periods = [period for period in periods if period.quote not in {note.text for note in tables.notes}]
    periods += [Period(note.start.index if note.start.precise else note.start.year * 12,
                       _end_index(note.end, note.current, today_index), note.text, "break")
                for note in tables.notes]
    roles, owners = _with_table_roles(*_roles(items, anchors, patterns, today_index), items,
                                      list(tables.roles), patterns, today_index)
    side_roles = tuple(_side_role_of(items[anchor[0]], anchor, patterns, today_index)
                       for anchor in side_anchors)
    roles, side_roles = _scored_employers(roles, side_roles, patterns)
    roles = _with_told_months(roles, items, owners, patterns, today_index)
    lines = []
    for position, item in enumerate(items):
        lines.append(ResumeLine(item.index, item.text, item.section, item.bullet, owners.get(position),
                                item.heading))
    profile = _profile(tuple(lines), roles, tuple(periods), patterns, today_index)
    # a language test ("IELTS 7.5", "Goethe-Zertifikat B1") shows a language's level: it is
    # listed apart, never counted as a professional certification
    certifications = tuple(item for item in certifications_of(lines, patterns)
                           if not is_language_test(item, patterns))
    return replace(profile, certifications=certifications,
                   language_certificates=language_certificates_of(lines, patterns),
                   education=education_of(lines, patterns),
                   languages=languages_of(lines, patterns), location=location_of(lines, patterns),
                   side_roles=side_roles)


def _with_told_months(roles: tuple[Role, ...], items: list[ResumeLine], owners: dict[int, int],
                      patterns: FitPatterns, today: int) -> tuple[Role, ...]:
    """The roles whose heading gives years alone with the months their own lines tell ("Joined
    in March 2015", "Since July 2024 …": fit/told_months.py)."""
    bodies: dict[int, list[str]] = {}
    for position, owner in owners.items():
        bodies.setdefault(owner, []).append(items[position].text)
    found = list(roles)
    for number, role in enumerate(roles):
        if role.in_table or role.in_prose or role.start is None or number not in bodies:
            continue
        start = told_month(role.start, bodies[number], patterns, "start_told") or role.start
        end = role.end if role.current else (
            told_month(role.end, bodies[number], patterns, "end_told") or role.end)
        if (start, end) == (role.start, role.end) or (
                end is not None and end.precise and start.precise and end.index < start.index):
            continue
        found[number] = replace(role, start=start, end=end,
                                months=_span_months(start, end, role.current, today))
    return tuple(found)


def _scored_employers(roles: tuple[Role, ...], side_roles: tuple[Role, ...], patterns: FitPatterns
                      ) -> tuple[tuple[Role, ...], tuple[Role, ...]]:
    """The roles with the employer the learned span scorer prefers where it finds another span of
    the header far likelier than the rules' (fit/employer_spans.py); self-employment stays."""
    every = (*roles, *side_roles)
    headers = [normalised(role.header) for role in every]

    def checked(role: Role, number: int) -> Role:
        if role.employer == SELF_EMPLOYED or role.in_prose or role.in_table:
            return role
        others = tuple(header for at, header in enumerate(headers)
                       if at != number and header != headers[number])
        employer = better_employer(role.header, role.employer, patterns, others)
        if not role.employer and normalised(employer) and (
                f" {normalised(employer)} " in f" {normalised(role.title)} "):
            # where the rules read no employer, none is made up from the title or a part of it
            # ("Deputy Governor (Band 10)": the grade in brackets names no employer)
            return role
        if role.employer and normalised(employer) and normalised(employer) != normalised(role.title) and (
                f" {normalised(employer)} " in f" {normalised(role.title)} "):
            # "Rektorin" of "Rektorin (Head Teacher)": a word of the title, no employer; the whole
            # "title" is another matter (an employer's line read as the title: the scorer knows it)
            return role
        return role if employer == role.employer else replace(role, employer=employer)

    checked_roles = tuple(checked(role, number) for number, role in enumerate(every))
    return checked_roles[: len(roles)], checked_roles[len(roles):]


def read_roles(text: str, *, kb: KnowledgeBase | None = None, today: date | None = None
               ) -> tuple[Role, ...]:
    """The roles of a résumé alone (title, employer, dates), as ``read_resume`` reads them,
    without the rest of the profile: what a layout benchmark measures."""
    patterns = patterns_for(kb)
    today_index = _month_of(today or date.today())
    items = _resume_lines(text, patterns)
    anchors, _side, _periods = _anchors(items, patterns, today_index)
    tables = _post_tables(text, patterns, today_index)
    anchors = _outside_tables(anchors, items, tables)
    roles = _with_table_roles(*_roles(items, anchors, patterns, today_index), items,
                              list(tables.roles), patterns, today_index)[0]
    return _scored_employers(roles, (), patterns)[0]


def _post_tables(text: str, patterns: FitPatterns, today: int) -> PostTables:
    """The résumé's tables of posts, read from its lines as ``_resume_lines`` numbers them."""
    return post_tables(expand_line_breaks(decode_entities(text)).splitlines(), patterns, today)


def _outside_tables(anchors: list[Anchor], items: list[ResumeLine], tables: PostTables
                    ) -> list[Anchor]:
    """The dated lines that are no row of a table of posts (those rows are read by their head)."""
    return [anchor for anchor in anchors if items[anchor[0]].index not in tables.rows]


def _with_table_roles(roles: tuple[Role, ...], owners: dict[int, int], items: list[ResumeLine],
                      posts: list[TableRole], patterns: FitPatterns, today: int
                      ) -> tuple[tuple[Role, ...], dict[int, int]]:
    """The roles read by layout and those read from tables of posts, in document order, with
    ``owners`` (line position → role number) renumbered: each table row owns its own line."""
    if not posts:
        return roles, owners
    every = list(roles)
    owned = dict(owners)
    position_of = {item.index: position for position, item in enumerate(items)}
    for post in posts:
        # the employer's cell may carry its place and a blurb ("Acme s.r.o., Cheb – subsidiary of
        # Acme Group"): its name is read from it as from any header
        employer = read_header([post.employer], patterns).employer or post.employer
        every.append(Role(
            title=post.title, employer=employer, start=post.start, end=post.end,
            current=post.current or post.end is None,
            months=_span_months(post.start, post.end, post.current, today), header=post.text,
            line=post.line, lines=(post.line,), level=leadership_level(post.title, [], patterns),
            in_table=True))
        if post.line in position_of:
            owned[position_of[post.line]] = len(every) - 1
    order = sorted(range(len(every)), key=lambda number: every[number].line)
    renumber = {number: rank for rank, number in enumerate(order)}
    return (tuple(every[number] for number in order),
            {position: renumber[number] for position, number in owned.items()})


def _month_of(day: date) -> int:
    return day.year * 12 + day.month - 1


FISCAL_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:FY|F\.\s?Y\.|fiscal(?:\s+year)?|"
                              r"financial\s+year)\s*['’]?\s*$")
"""Words that make the range after them a company's reporting year ("FY 2023–24"), no post."""


def _anchors(items: list[ResumeLine], patterns: FitPatterns, today_index: int
             ) -> tuple[list[Anchor], list[Anchor], list[Period]]:
    """The dated lines of a résumé: the anchors of its roles, of its side roles, and the periods
    that are no role (a break, a course, education)."""
    has_experience = any(item.section == "experience" for item in items)
    anchors: list[Anchor] = []
    side_anchors: list[Anchor] = []
    periods: list[Period] = []
    for position, item in enumerate(items):
        found = date_range(item.text, today_index)
        if found is None and any_match(patterns.evidence["gap_explained"], item.text) is not None:
            # "Parental leave January–June 2014": months of one year, the year written once
            span = month_span(item.text)
            found = (span[0], span[1], False, span[2]) if span is not None else None
        if found is None:
            single = _single_dated_break(item, patterns)
            if single is not None:
                periods.append(Period(single[0], single[1], item.text, "break"))
            continue
        start, end, current, hit = found
        if FISCAL_BEFORE_RE.search(item.text[: hit.start()]):
            continue  # "Turnover: ₹ 310 Crores (FY 2023–24)": the company's year, no job
        end_index = today_index if current or end is None else (
            end.index if end.precise else end.year * 12 + 11)
        start_index = start.index if start.precise else start.year * 12
        rest = _without_other_fields(item.text[: hit.start()] + item.text[hit.end():], patterns)
        if (RANGE_RE.search(item.text) is None and not _date_leads(item.text, hit)
                and is_description(rest)):
            continue  # "412-bed hospital; trauma centre since 2004": the company's date, no job
        if _steps_over_range(items, position, today_index) is not None:
            continue  # "Team Leader (from July 2012), previously Engineer" over its range
        explains = any_match(patterns.evidence["gap_explained"], item.text) is not None or (
            not item.bullet and (_is_event(rest, patterns) or _break_title(rest, patterns))) or (
            _break_above(items, position, rest, patterns)) or (
            _break_below(items, position, rest, patterns))
        in_jobs = item.section == "experience" or (
            not has_experience and item.section not in ("education", "side"))
        course = in_jobs and not explains and not item.bullet and _is_course(rest, patterns)
        if explains or course or item.section == "education" or not in_jobs:
            kind = "break" if explains else "education" if course else item.section
            leave = explains and any_match(
                patterns.evidence.get("leave_of_absence", ()), item.text) is not None
            periods.append(Period(start_index, end_index, item.text, kind, leave=leave))
            if not explains and _side_role(item, rest, patterns):
                side_anchors.append((position, start, end, current, rest))
            continue
        anchors.append((position, start, end, current, rest))
    return _without_asides(anchors, items, patterns, today_index), side_anchors, periods


BRACKETED_RE = re.compile(r"\([^()]*\)")
YEARS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
ASIDE_REACH = 3
"""How many lines a dated aside may stand from the dated line of the post it belongs to."""


def _dated_in_brackets(text: str) -> bool:
    """True when every year of a line stands in brackets ("Executive, Warehouse (2006 – 2008)",
    "(joined as site engineer; project manager from 2007)")."""
    return not YEARS_RE.search(BRACKETED_RE.sub(" ", text)) and any(
        YEARS_RE.search(aside.group(0)) for aside in BRACKETED_RE.finditer(text))


def _without_dated_brackets(text: str) -> str:
    """A line without the brackets that hold its years ("Resident Manager (2013 – 2016)" →
    "Resident Manager")."""
    return re.sub(r"\s+", " ", BRACKETED_RE.sub(
        lambda found: " " if YEARS_RE.search(found.group(0)) else found.group(0), text)).strip()


def _holds_aside(items: list[ResumeLine], aside: Anchor, owner: Anchor, patterns: FitPatterns,
                 today: int) -> bool:
    """True when a line dated only in brackets belongs to the post of a dated line near it: the
    two stand in one block (no blank line, no list item between, at most ASIDE_REACH lines apart),
    the owner's line names a title or nothing but its dates (no employer heading over several
    posts), and the aside starts within the owner's range."""
    first, last = sorted((aside[0], owner[0]))
    if items[last].index - items[first].index > ASIDE_REACH or any(
            items[at].bullet or items[at].section != items[first].section
            or items[at + 1].index != items[at].index + 1 for at in range(first, last)):
        return False
    if _dated_in_brackets(items[owner[0]].text):
        return False
    rest = _strip_header(owner[4])
    if rest and not has_title(rest, patterns):
        return False
    low = _start_index(owner[1])
    high = _end_index(owner[2], owner[3], today)
    start = aside[1].index if aside[1].precise else aside[1].year * 12 + 11
    same_range = (not rest and aside[1] == owner[1] and aside[2] == owner[2]
                  and aside[3] == owner[3])
    """"2010 – 2016" alone over "Resident Manager (2010 – 2016)": the post the dates head."""
    return low <= start <= high and (owner[1].year < aside[1].year or owner[2] is None
                                     or owner[3] or aside[2] is None or aside[3]
                                     or aside[2].year < owner[2].year or same_range)


def _without_asides(anchors: list[Anchor], items: list[ResumeLine], patterns: FitPatterns,
                    today: int) -> list[Anchor]:
    """The anchors without the dated asides inside a post's block ("Executive, Warehouse (2006 –
    2008)" over "Apr 2006 – Jun 2011"; "(joined as site engineer; project manager from 2007)"
    under "2004 – 2011"): they date earlier posts of that block (fit/resume_posts.py), not
    roles of their own."""
    kept = []
    for number, anchor in enumerate(anchors):
        item = items[anchor[0]]
        if not item.bullet and _dated_in_brackets(item.text) and any(
                _holds_aside(items, anchor, anchors[other], patterns, today)
                for other in _owners_beside(anchors, items, number)):
            continue
        kept.append(anchor)
    return kept


def _owners_beside(anchors: list[Anchor], items: list[ResumeLine], number: int) -> list[int]:
    """The anchors next to anchor ``number`` that may own it as an aside: the nearest on each
    side, looking past other lines dated only in brackets ("Resident Manager (2013 – 2016)" over
    "Director of Rooms (2010 – 2013)" under "2010 – 2016": both date posts of that block)."""
    owners = []
    for step in (-1, 1):
        other = number + step
        while 0 <= other < len(anchors) and not items[anchors[other][0]].bullet and (
                _dated_in_brackets(items[anchors[other][0]].text)):
            other += step
        if 0 <= other < len(anchors):
            owners.append(other)
    return owners


def _date_leads(text: str, hit: re.Match[str]) -> bool:
    """True when a date opens its line or stands in a cell of its own ("seit 03/2019 | Acme
    s.r.o., automotive supplier | Plant Manager"): the date of the row, not of a phrase about
    the company."""
    before, after = text[: hit.start()], text[hit.end():]
    return not re.search(r"[^\W_]", before.split("|")[-1]) and (
        not before.strip() or not re.search(r"[^\W_]", after.split("|")[0]))


BREAK_TITLE_WORDS = 5
ONE_POINT_RE = re.compile(rf"(?<![\w/.]){POINT}(?![\w/.])", re.IGNORECASE)
SINGLE_BREAK_WORDS = 12
"""A row naming a break is short; a longer line is a sentence about one."""


def _single_dated_break(item: ResumeLine, patterns: FitPatterns) -> tuple[int, int] | None:
    """A line that is no list item, names time out and gives one date alone ("**Career break** |
    Relocation | 2009"): the break runs over that year (or that month); None for any other."""
    if (item.bullet or item.section == "summary" or len(item.text.split()) > SINGLE_BREAK_WORDS
            or not _names_time_out(item.text, patterns)):
        return None  # a profile's sentence ("returned in 2021 after a career break") dates no row
    points = ONE_POINT_RE.findall(item.text)
    if len(points) != 1:
        return None
    point = parse_point(points[0])
    if point is None:
        return None
    if point.precise:
        return point.index, point.index
    return point.year * 12, point.year * 12 + 11



def _break_title(rest: str, patterns: FitPatterns) -> bool:
    """A dated row whose whole title names time out and no job, with no employer beside it
    ("10/2017 – 02/2018 | Career reorientation"; "2019 | Retraining"): the row is a break, and
    the lines under it tell how it was spent. A piece holding a job-title word or an
    organisation ("Travel Manager", "Pause GmbH") is a job."""
    pieces = pieces_of(_strip_header(rest))
    if len(pieces) != 1 or len(pieces[0].split()) > BREAK_TITLE_WORDS:
        return False
    title = pieces[0]
    names_time_out = any(any_match(patterns.evidence[kind], title) is not None
                         for kind in ("break_titles", "gap_explained"))
    # a short row naming a leave ("Maternity leave") is as much a break as "Career break"
    return (names_time_out
            and not has_title(title, patterns) and not organisation_marked(title, patterns))


DATES_LABEL_RE = re.compile(r"^\W*[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*")
"""A label before a line's dates ("Duration: Jul'22 – Dec'24", "Period:"): the line holds only dates."""


def _break_above(items: list[ResumeLine], position: int, rest: str, patterns: FitPatterns
                 ) -> bool:
    """True when a line holding only dates stands under a header that names time out ("Career
    break – caring for a parent" over "March 2020 – May 2022"): the dates are the break's. Under
    a heading of its own that names time out ("### Career break" over "Sept 2002 – July 2003 —
    VSO volunteer: trained teachers in Uganda"), the dated line is the break whatever it tells
    of how the time was spent."""
    if position == 0:
        return False
    above = items[position - 1]
    if (above.marked and not above.bullet and above.section == items[position].section
            and items[position].index - above.index == 1 and _break_title(above.text, patterns)):
        return True
    if re.search(r"[^\W\d_]{2}", _strip_header(DATES_LABEL_RE.sub("", rest))):
        return False
    if position >= 2 and _dates_only(items[position - 2]) and _dates_open_entries(items, position):
        return False  # "Jul 2007 – Feb 2008 / Career break – a course / Oct 2003 – Jun 2007": the
        # break above has its own dates, and these open the next entry
    if _labelled_post_below(items, position, set()):
        return False  # "Period: …" over "Company: …" and "Position: …": a post's dates
    return (not above.bullet and above.section == items[position].section
            and (any_match(patterns.evidence["gap_explained"], above.text) is not None
                 or _break_title(above.text, patterns)))


def _break_below(items: list[ResumeLine], position: int, rest: str, patterns: FitPatterns
                 ) -> bool:
    """True when a line holding only dates stands over a line that opens by naming time out
    ("01/2020 – 05/2020" over "Career break – family move and full-time study"): the dates are
    the break's. The line below must be no list item and lead with the break, not a job title."""
    if position + 1 >= len(items) or re.search(
            r"[^\W\d_]{2}", _strip_header(DATES_LABEL_RE.sub("", rest))):
        return False
    below = items[position + 1]
    if below.bullet or below.section != items[position].section or date_range(below.text, 0):
        return False
    if position + 2 < len(items) and items[position + 2].section == below.section and (
            date_range(items[position + 2].text, 0) is not None) and not _dates_open_entries(
            items, position):
        return False  # "Career break" over its own dates, in a layout whose entries open with
        # their titles: a heading of the next entry, not what these dates were
    pieces = pieces_of(_strip_header(below.text))
    return bool(pieces) and _break_title(pieces[0], patterns)


def _dates_open_entries(items: list[ResumeLine], position: int) -> bool:
    """True when the entries of this line's section open with their dates: the section's first
    line holds only dates (a layout of dates, then employer and title)."""
    section = items[position].section
    first = next((item for item in items if item.section == section), None)
    return first is not None and _dates_only(first)


def _dates_only(item: ResumeLine) -> bool:
    """True when a line holds a date range and no words besides it ("**Jul. 2007 – Feb. 2008**")."""
    hit = FROM_RANGE_RE.search(item.text) or SINCE_RE.search(item.text)
    if hit is None:
        return False
    rest = item.text[: hit.start()] + item.text[hit.end():]
    return re.search(r"[^\W\d_]{2}", _strip_header(rest)) is None


def _side_role_of(item: ResumeLine, anchor: Anchor, patterns: FitPatterns, today: int) -> Role:
    """A side role from its one dated line: the title, and the organisation beside it."""
    _position, start, end, current, rest = anchor
    header = read_header([_strip_header(rest)], patterns)
    title, employer = header.title, header.employer
    if not employer and title:
        title, employer = split_title_employer(title, patterns)
    finish = today if current or end is None else (end.index if end.precise else end.year * 12 + 11)
    return Role(title=title, employer=employer, start=start, end=end, current=current or end is None,
                months=max(1, finish - _start_index(start) + 1), header=item.text, line=item.index,
                lines=(item.index,), level=leadership_level(title, [item.text], patterns))


def _side_role(item: ResumeLine, rest: str, patterns: FitPatterns) -> bool:
    """True when a dated line outside the work history names a role held at an organisation
    ("Board Treasurer, Youth Soccer Alliance | 2017 – Present"), not a degree or a course."""
    if item.bullet or item.section == "experience" or any_match(patterns.evidence["degree"], rest):
        return False
    pieces = [classify(piece, patterns) for piece in pieces_of(_strip_header(rest))]
    return (any(piece.kind == "title" for piece in pieces) and len(pieces) >= 2) or (
        len(pieces) == 1 and pieces[0].kind == "title" and "," in rest)


def _is_course(rest: str, patterns: FitPatterns) -> bool:
    """True when a dated line names a course attended and no job ("Defence Academy – Advanced
    Staff Course"): a piece ends in a course word and no piece holds a job title."""
    pieces = pieces_of(_strip_header(rest))
    courses = patterns.evidence.get("course_of_study", ())
    return (bool(pieces) and any(any_match(courses, piece.strip(" .")) for piece in pieces)
            and not any(has_title(piece, patterns) for piece in pieces))


EVENT_TAGS = frozenset({"VBD", "VBN", "VBG"})
EVENT_WORDS = 10


def _is_event(rest: str, patterns: FitPatterns) -> bool:
    """A dated line that tells what happened rather than naming a job ("Stood down while the
    hotel closed", "Travelled through Asia"): short, no title word, no organisation, and its
    first word a verb in the past or in -ing (by spaCy's tagger)."""
    text = _strip_header(rest)
    if not text or len(text.split()) > EVENT_WORDS or has_title(text, patterns) or organisation_marked(
            text, patterns):
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    return len(doc) > 0 and doc[0].tag_ in EVENT_TAGS


HEADING_FILLER = frozenset({"and", "&", "of", "/", "professional", "work", "key", "relevant",
                            "selected", "other", "additional", "my", "recent", "further", "known",
                            "summary", "profile", "details", "personal", "history", "record",
                            "involvement", "activities", "engagement", "roles", "positions",
                            "service"})


def _words_beyond_sections(line: str, patterns: FitPatterns, *, whole_words: bool = False
                           ) -> list[str]:
    """The words of a line left once every section's name and filler are taken out
    ("Community Matron" → ["Matron"]; "Work History" → []); with ``whole_words``, a word that
    holds a section's name goes whole ("Volunteering" → [])."""
    text = line.rstrip(":").strip()
    for name in ("summary", "experience", "education", "side"):
        for pattern in patterns.resume_headings[name]:
            if whole_words:
                text = re.sub(rf"[\w'’-]*(?:{pattern.pattern})[\w'’-]*", " ", text,
                              flags=pattern.flags)
            else:
                text = pattern.sub(" ", text)
    return [word for word in re.findall(r"[^\W\d_][\w'’-]*", text)
            if word.lower() not in HEADING_FILLER]


def _only_section_words(line: str, patterns: FitPatterns) -> bool:
    """True when a short plain line holds only a section name and filler ("Work History",
    "Education and Training"), not a line that mentions one ("SAP PP end-user training")."""
    return len(_words_beyond_sections(line, patterns)) <= 1 and not re.search(r"\d", line)


def _markup(stripped: str) -> str:
    """How a line is set apart as a heading: "#", "**", capitals, a closing colon, or ""."""
    if stripped.startswith("#"):
        return "#"
    if re.fullmatch(r"(\*\*|__).+?\1:?", stripped):
        return "**"
    if stripped.isupper():
        return "caps"
    return ":" if stripped.endswith(":") else ""


def _dated_line(line: str | None) -> bool:
    """A line with a date range that is no list item ("Acme Ltd | Jun 2007 – Dec 2011")."""
    return line is not None and not is_bullet(line.strip()) and (
        RANGE_RE.search(line) is not None or SINCE_RE.search(line) is not None)


YEAR_CELL_RE = re.compile(r"(?<![\w.,/-])(?:19[5-9]\d|20[0-4]\d)(?![\w.,/-])")
"""A year standing alone in a table's cell ("| 2005 |"): column names hold none."""
RULE_RE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
TABLE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def _table_row(line: str) -> str | None:
    """A line with a markdown table row read as its cells ("| Title | since 04/2018 |" →
    "Title | since 04/2018"; a cell starting with a dash is a list item); None for a rule or a
    table's separator or empty row, which carry no text."""
    if RULE_RE.match(line) or TABLE_SEPARATOR_RE.match(line):
        return None
    if not (line.startswith("|") and line.endswith("|") and len(line) > 1):
        return line
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if not cells:
        return None
    return " | ".join(cells)


BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
HARD_SPACES_RE = re.compile(r"[\u00a0\u2007\u202f][\u00a0\u2007\u202f ]+")


def decode_entities(text: str) -> str:
    """A text with its HTML entities written as characters ("&amp;" → "&"); a run of hard spaces
    ("Title &nbsp;&nbsp;&nbsp; *Mar 2019 – Present*") is the gap between two columns, read like
    a run of plain spaces, and one hard space is a space."""
    if "&" not in text and "\u00a0" not in text:
        return text
    decoded = ENTITY_RE.sub(lambda hit: html.unescape(hit.group(0)), text)
    decoded = HARD_SPACES_RE.sub("    ", decoded)
    return decoded.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")


def expand_line_breaks(text: str) -> str:
    """A text with HTML line breaks written as lines: a table row whose cells hold several lines
    ("| 2019 – 2021 | Plant Manager<br>Acme GmbH |") becomes one row per line, each cell giving
    its n-th line to the n-th row; any other line is split where it breaks."""
    if not BREAK_TAG_RE.search(text):
        return text
    out: list[str] = []
    for line in text.splitlines():
        if not BREAK_TAG_RE.search(line):
            out.append(line)
            continue
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
            out.extend(BREAK_TAG_RE.split(line))
            continue
        cells = [BREAK_TAG_RE.split(cell) for cell in stripped[1:-1].split("|")]
        for number in range(max(len(cell) for cell in cells)):
            row = [cell[number].strip() if number < len(cell) else "" for cell in cells]
            out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


def _numbered_header(raw: str, following: str | None) -> bool:
    """A numbered list item that heads a role rather than listing a duty: short, not a sentence,
    and followed by a dated line that is no list item ("1) Acme Logistics Ltd., Pune" over
    "Manager   2018 – 2021")."""
    if not NUMBERED_RE.match(raw) or following is None or is_bullet(following):
        return False
    text = clean(raw)
    if len(text.split()) > MAX_HEADER_WORDS or re.search(r"[;:!?]$", text):
        return False
    if text.endswith(".") and not _ends_with_suffix(text):
        return False
    return RANGE_RE.search(following) is not None or SINCE_RE.search(following) is not None


NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _role_title(line: str, later: list[str], patterns: FitPatterns) -> bool:
    """A capitalised line that names a job whose words include a section's ("HEAD OF TRAINING",
    "COMMUNITY MANAGER"): a title word is left once the section words are taken out, and a dated
    line follows within two lines."""
    text = line
    for name in ("summary", "experience", "education", "side"):
        for pattern in patterns.resume_headings[name]:
            text = pattern.sub(" ", text)
    if not has_title(text, patterns):
        return False
    return any(RANGE_RE.search(item) or SINCE_RE.search(item) for item in later)


def _sub_heading(raw: str, stripped: str, later: list[str]) -> bool:
    """A label inside a role ("   Achievements:", "Key results:") rather than a section: it is
    indented, or only its colon marks it as a heading and a dated role line follows before the
    next marked heading."""
    if raw[:1].isspace():
        return True
    if IN_ROLE_LABEL_RE.search(stripped) is not None and (
            stripped.rstrip("*_").endswith(":") or re.fullmatch(r"(\*\*|__).+?\1", stripped)):
        # "**Key achievements:**", or "**Key achievements**" in bold alone, inside a work history
        # labels a part of its role; a marked heading ("## Key achievements") is a section
        return True
    if stripped.startswith("#") or stripped.isupper() or not stripped.endswith(":") or re.fullmatch(
            r"(\*\*|__).+?\1:?", stripped):
        return False
    for text in later:
        line = text.strip()
        if line.startswith("#") or (line.isupper() and len(line.split()) <= 5):
            return False
        if not is_bullet(line) and (RANGE_RE.search(line) or SINCE_RE.search(line)):
            return True
    return False


ROLE_PART_WORDS = (r"(?:achievements|accomplishments|results|highlights|responsibilities|duties|"
                   r"functions|tasks|activities)")
IN_ROLE_LABEL_RE = re.compile(
    rf"^\W*(?:(?:key |main )?{ROLE_PART_WORDS}\s+(?:and|&)\s+)?(?:key |main |selected |notable )?"
    rf"{ROLE_PART_WORDS}\b", re.IGNORECASE)
"""A label that heads a part of one role ("**Key achievements:**", "**Functions and
achievements:**"), whatever its emphasis."""


def _under_dated_header(joined: list[tuple[int, str]], number: int, source: list[str]) -> bool:
    """True when the line right above (no blank line between) is a dated line that is no list
    item: a plain line under it ("Volunteer" under "2012 – present | Food Rescue") is part of
    that role's header, however much it reads like a section's name. A blank line above sets the
    line apart: "Weiterbildung" after a dated break is the next section's name."""
    if number == 0:
        return False
    index = joined[number][0]
    if index > 0 and not source[index - 1].strip():
        return False
    above = joined[number - 1][1].strip()
    return bool(above) and not is_bullet(above) and (
        RANGE_RE.search(above) is not None or SINCE_RE.search(above) is not None)


ENTRY_BLOCK_DATED = 2
"""Dated entries a part must hold, each with its own list of what was done, for its content to
name it a work history when its heading names no section."""


def _holds_dated_entries(joined: list[tuple[int, str]], number: int, patterns: FitPatterns
                         ) -> bool:
    """True when the part a heading opens (up to the next heading set out with "#", or a line
    naming a section) is a list of dated entries, each followed by list items of what was done
    ("**Acme KK, Tokyo – Manager, Sales** (April 2019 – March 2022)" over its bullets): what a
    work history holds, whatever the heading calls it ("Summary of Duties and Achievements")."""
    entries = 0
    described = 0
    open_entry = False
    for _, raw in joined[number + 1:]:
        stripped = raw.strip()
        if stripped.startswith("#") or (not RANGE_RE.search(stripped) and _resume_section(
                clean(stripped).rstrip(":"), patterns) is not None):
            break
        if not stripped:
            continue
        if is_bullet(stripped):
            if open_entry:
                described += 1
                open_entry = False
            continue
        open_entry = RANGE_RE.search(stripped) is not None
        entries += open_entry
    return entries >= ENTRY_BLOCK_DATED and described == entries


def _resume_lines(text: str, patterns: FitPatterns) -> list[ResumeLine]:
    items: list[ResumeLine] = []
    section = "summary"
    heading = ""
    title_markup: set[str] = set()  # how this history sets out a title over its dated line
    history = ""  # the heading of the work history, once one has been seen
    expanded = expand_line_breaks(decode_entities(text))
    source = expanded.splitlines()
    joined = join_wrapped(expanded, paragraphs=False)
    for number, (index, raw) in enumerate(joined):
        following = joined[number + 1][1] if number + 1 < len(joined) else None
        if following is not None and TABLE_SEPARATOR_RE.match(following.strip()) and raw.strip(
                ).startswith("|") and "|" in following and not _dated_line(raw) and (
                YEAR_CELL_RE.search(raw) is None):
            # a table's column names ("| Period | Position | Company |"); a rule ("---") after a
            # table's last row is no separator, and that row is kept. A first row with dates is
            # a role's header set as the table's head ("| **Acme Inc.** | 2014–Present |"), and
            # one with a year is a study or a course ("| **MBA**, Acme University | 2005 |").
            continue
        stripped = _table_row(raw.strip())
        if stripped is None:
            continue
        led = LEAD_IN_RE.match(stripped)
        if led is not None and not is_bullet(stripped):
            # "**Troop Leader (Lieutenant)**, 3 Regiment, Catterick": the emphasis ends a piece
            stripped = f"{led.group('lead')} | {led.group('rest')}"
        line = clean(re.sub(r"\t+|(?<=\S) {3,}(?=\S)", " | ", stripped))
        if not line:
            continue
        formatted = stripped.startswith("#") or line.isupper() or line.endswith(":") or (
            re.fullmatch(r"(\*\*|__).+?\1:?", stripped) is not None)
        looks_heading = formatted or (len(line.split()) <= 4 and _only_section_words(line, patterns)
                                      and not _under_dated_header(joined, number, source))
        if looks_heading and not is_bullet(stripped):
            named = _resume_section(line.rstrip(":"), patterns)
            if named is not None and _role_title(line, [later for _, later in joined[number + 1:
                                                                                      number + 3]],
                                                 patterns):
                named = None  # "HEAD OF TRAINING" over "Acme Ltd | 2019 – present": a title
            if named is not None and not stripped.startswith("#") and organisation_marked(
                    line, patterns) and not _only_section_words(
                        HEADING_QUALIFIER_RE.split(line.rstrip(":"), maxsplit=1)[0], patterns):
                # "**Northfield Community College**": an employer set in bold; "**SERVICE
                # HISTORY – ROYAL NAVY**" opens on a section's name and stays a heading
                named = None
            if (named is not None and section == "experience" and _under_dated_header(
                    joined, number, source) and _role_title(line, [joined[number - 1][1]], patterns)):
                named = None  # "**Graduate Engineer-in-Training**" right under its dated line
            if named is not None and _dated_line(following) and _names_time_out(line, patterns):
                named = None  # "**Career break – relocation**" over its dates: a break, no section
            if (named is not None and _under_dated_header(joined, number, source)
                    and _names_time_out(line, patterns)):
                named = None  # "**12/2019 – 01/2021**" over "**Career break – family care**": the
                # break's own row under its dates, no section
            if (named is not None and section == "experience" and _markup(stripped) in title_markup
                    and _dated_line(following)
                    and _words_beyond_sections(line, patterns, whole_words=True)):
                # "**Community Matron**" over "Kingswood PCT | 2007 – 2011", set out the way
                # this history's earlier titles were: a role whose title holds a section's word
                named = None
            if named is None and stripped.startswith("#") and section != "experience" and (
                    number > 0 and _holds_dated_entries(joined, number, patterns)):
                named = "experience"  # a part named for no section that lists dated posts
            if named is not None and not (section == "experience" and _sub_heading(
                    raw, stripped, [later for _, later in joined[number + 1:]])):
                section, heading = named, line.rstrip(":")
                history = heading if section == "experience" else history
                continue
            if (section != "experience" and formatted and not line.endswith(":")
                    and len(line.split()) <= 4 and not re.search(r"\d", line)):
                heading = line  # a part Poise has no name for ("Referees"): its own heading
                items.append(ResumeLine(index, line, section, False, heading=heading))
                continue
        if section == "experience" and formatted and _dated_line(following):
            title_markup.add(_markup(stripped))
        if (section == "side" and history and not is_bullet(stripped)
                and _back_in_history(line, heading, patterns)):
            section, heading = "experience", history
        labelled = re.match(r"^([A-Za-z][A-Za-z &/]{2,30}):\s+\S", line)
        inline = _resume_section(labelled.group(1), patterns) if labelled else None
        bullet = is_bullet(stripped) and not _numbered_header(stripped, following)
        items.append(ResumeLine(index, line, inline or section, bullet, heading=heading,
                                marked=stripped.startswith("#")))
    return items


def _break_heading(item: ResumeLine, items: list[ResumeLine], walk: int, patterns: FitPatterns
                   ) -> bool:
    """True when a line names time out between jobs and stands over a dated line of its own
    ("Career break" over "2013 – 2016"): the break's title, not a part of the role above it."""
    if not _names_time_out(item.text, patterns) or walk + 1 >= len(items):
        return False
    below = items[walk + 1].text
    return RANGE_RE.search(below) is not None or SINCE_RE.search(below) is not None


def _names_time_out(line: str, patterns: FitPatterns) -> bool:
    """True when a line names time out between jobs ("Career break – caring for a parent")."""
    return any(any_match(patterns.evidence[name], line) is not None
               for name in ("gap_explained", "break_titles"))


def _back_in_history(line: str, heading: str, patterns: FitPatterns) -> bool:
    """True when a dated line with a job title stands under a heading of works set inside the
    work history ("Director of Residence Life, 2013–2019" after "Selected publications"): the
    history goes on, and the works were an aside."""
    if any_match(patterns.resume_headings["works"], heading) is None:
        return False
    hit = RANGE_RE.search(line) or SINCE_RE.search(line)
    return hit is not None and has_title(line[: hit.start()] + line[hit.end():], patterns)


LEAD_IN_RE = re.compile(r"^(\*\*|__)(?P<lead>[^*_]{2,80}?)\1\s*(?:,|–|—|-|\|)\s*(?P<rest>\S.*)$")
"""A line that starts with emphasised words set apart from the rest by a separator."""

Anchor = tuple[int, Month, Month | None, bool, str]
"""A dated line: (position in the items, start, end, current, the line without its dates)."""

MAX_HEADER_WORDS = 14
SUB_ROLE_WORDS = 8
"""A dated list item is a promotion inside a role only when a short title comes before its dates
("Associate Director (2015 – 2017): …"); any other dated item is an achievement."""


@dataclass(frozen=True)
class _Seed:
    """One role to build: its dated line, its dates and, for a step of a promotion chain on one
    line ("Officer (2010) → Manager (2014 – 2018)"), the step's own title."""

    position: int
    start: Month
    end: Month | None
    current: bool
    rest: str
    step: str = ""
    last_step: bool = True
    sub: bool = False
    """A promotion dated in a list item under the role's header."""
    employer: str = ""
    """For a step of a chain: the employer named on the chain's line, if any."""
    in_prose: bool = False
    """A post a paragraph of prose names (fit/resume_prose.py)."""


def _end_index(end: Month | None, current: bool, today: int) -> int:
    if current or end is None:
        return today
    return end.index if end.precise else end.year * 12 + 11


def _start_index(start: Month) -> int:
    return start.index if start.precise else start.year * 12


def _chain_steps(text: str, today: int, overall: tuple[Month, Month | None, bool] | None
                 ) -> list[tuple[str, Month, Month | None, bool]] | None:
    """The steps of a promotion chain on one line with their dates ("Officer (2010) → Manager
    (2014)  2010 – 2018"): a step without dates of its own starts with the whole range, and each
    ends where the next starts; None when no step carries a date of its own."""
    steps = [step for step in ARROW_RE.split(text) if step.strip()]
    if len(steps) < 2:
        return None
    found: list[tuple[str, Month | None, Month | None, bool]] = []
    for number, step in enumerate(steps):
        dated = date_range(step, today)
        if dated is not None and overall is not None and SINCE_RE.fullmatch(dated[3].group(0)):
            dated = None  # "Senior Engineer (since 01/2017)": the step's start, read below
        if dated is not None and overall is not None and (not re.search(
                r"\(\s*" + re.escape(dated[3].group(0)), step) or (
                number == len(steps) - 1 and not any(
                    date_range(earlier, today) or re.search(POINT, earlier)
                    for earlier in steps[:-1]))):
            dated = None  # the whole chain's range written after its last step
        if dated is not None:
            start, end, current, hit = dated
            title = step[: hit.start()] + step[hit.end():]
            found.append((_bare_title(title), start, end, current))
            continue
        point = re.search(rf"\(\s*(?:{SINCE_WORDS}\s+)?({POINT})\s*\)", step, re.IGNORECASE)
        if point is not None and parse_point(point.group(1)) is not None:
            title = step[: point.start()] + step[point.end():]
            found.append((_bare_title(title), parse_point(point.group(1)), None, False))
            continue
        found.append((_bare_title(RANGE_RE.sub(" ", step)), None, None, False))
    if not any(start is not None for _title, start, _end, _current in found):
        return None
    if overall is not None:
        first_start = found[0][1]
        if first_start is None or (not first_start.precise and overall[0].precise
                                   and first_start.year == overall[0].year):
            found[0] = (found[0][0], overall[0], found[0][2], found[0][3])  # "Mar 2013" over "(2013)"
    result: list[tuple[str, Month, Month | None, bool]] = []
    for number, (title, begin, end, current) in enumerate(found):
        if begin is None:
            continue
        if end is None and not current:
            later = next((item[1] for item in found[number + 1:] if item[1] is not None), None)
            if later is not None:
                # A step ends the month before the next begins ("(from 01/2017)" ends 12/2016).
                end = Month(later.index - 1, precise=True) if later.precise else later
            elif overall is not None:
                end, current = overall[1], overall[2]
            else:
                current = True
        result.append((title, begin, end, current))
    return result


FROM_YEAR_RE = re.compile(rf"(?P<title>[A-Z][^()]{{1,60}}?)\s+(?:from|since)\s+(?P<point>{POINT})",
                          re.IGNORECASE)


PROMOTED_FROM_RE = re.compile(
    rf"^(?P<first>[^,;()]{{2,60}}),\s*{SINCE_WORDS}\s+(?P<point>{POINT})\s+(?P<second>\S.{{1,60}})$",
    re.IGNORECASE)
"""A line of two titles with the month the second began ("Prüfungsassistentin, ab 10/2015
Prüferin (Senior)", "Analyst, from 2019 Senior Analyst")."""


EARLIER_RE = re.compile(r"^(?P<later>.+?),?\s+(?:previously|formerly|before that)\s+(?P<earlier>\S.*)$",
                        re.IGNORECASE)
"""Two posts written latest first ("Team Leader (from July 2012), previously Engineer")."""
STEP_ASIDE_RE = re.compile(rf"\(\s*{SINCE_WORDS}\s+(?P<point>{POINT})\s*\)", re.IGNORECASE)
"""A step's start in brackets ("(from July 2012)")."""
LISTED_STEP_RE = re.compile(
    rf"^(?P<earlier>[^;()]+);\s*(?P<later>[^;()]+?)\s+{SINCE_WORDS}\s+(?P<point>{POINT})\s*$",
    re.IGNORECASE)
"""Two posts listed earliest first, the later with the month it began ("Process Engineer; Senior
Process Engineer from Jul 2006")."""


def _steps_over_range(items: list[ResumeLine], position: int, today: int
                      ) -> tuple[int, str] | None:
    """A line of posts whose only date is a step's start, right over the range that holds them
    ("**Team Leader** (from July 2012), previously **Engineer**" or "Engineer; Team Leader from
    July 2012" over the employer's line over "January 2010 – June 2015"): the position of that
    range and the posts as a chain in order ("Engineer → Team Leader (from July 2012)"). None
    otherwise."""
    item = items[position]
    aside = STEP_ASIDE_RE.search(item.text)
    listed = LISTED_STEP_RE.match(item.text.strip("*_ ")) if aside is None else None
    if item.bullet or RANGE_RE.search(item.text) or (aside is None and listed is None):
        return None
    if listed is not None:
        chain = f"{listed.group('earlier')} → {listed.group('later')} (from {listed.group('point')})"
        point = parse_point(listed.group("point"))
    else:
        earlier = EARLIER_RE.match(item.text)
        chain = (f"{earlier.group('earlier')} → {earlier.group('later')}" if earlier is not None
                 else item.text)
        point = parse_point(aside.group("point")) if aside is not None else None
    if len([step for step in ARROW_RE.split(chain) if step.strip()]) < 2:
        return None
    for below in range(position + 1, min(position + 3, len(items))):
        under = items[below]
        if under.bullet or under.section != item.section:
            return None
        dated = date_range(under.text, today) if RANGE_RE.search(under.text) else None
        if dated is None:
            continue
        start, end, current, _hit = dated
        high = today if current or end is None else (end.index if end.precise else end.year * 12 + 11)
        low = start.index if start.precise else start.year * 12
        if point is None or not low <= point.index <= high:
            return None
        return below, chain
    return None


LEADING_POINT_RE = re.compile(rf"^\W*(?P<point>{POINT})(?![\w/.])\s*(?:[|:–—-]\s*)?(?P<rest>\S.*)$",
                              re.IGNORECASE)
"""A line opened by one date and then what began then ("April 2011  Assistant Manager, …")."""
OPENING_EVENT_RE = re.compile(r"^(?:[^.]{1,40}\.\s+)+(?=[A-Z])")
"""Sentences before a post's title on its dated line ("Joined the company. Sales
Representative, …"): what happened, not the title."""


def _posts_under_range(items: list[ResumeLine], position: int, overall: tuple[Month, Month | None, bool],
                       patterns: FitPatterns, today: int) -> list[tuple[int, str, Month, Month | None, bool]]:
    """The posts an employer's dated header holds, each on a line of its own below it that opens
    with the date the post began, in any order ("April 2008  Product Specialist" … "April 2011
    Assistant Manager" … "January 2021 – Present  Sales Director"), up to the next line dated
    beyond the header's range, heading or part: (position, title, start, end, current), each
    post ending the month before the next begins and the last with the header. A line that tells
    an event ("March 2014  Resigned for personal reasons") is no post. Empty unless every post
    starts inside the header's range."""
    start, end, current = overall
    low = _start_index(start)
    high = _end_index(end, current, today)
    item = items[position]
    found: list[tuple[int, str, Month, Month | None, bool]] = []
    for below in range(position + 1, len(items)):
        under = items[below]
        if under.section != item.section or under.heading != item.heading or under.marked:
            break
        if under.bullet:
            continue
        ranged = date_range(under.text, today) if RANGE_RE.search(under.text) else None
        leading = LEADING_POINT_RE.match(under.text.strip("*_ "))
        if ranged is not None:
            if not _date_leads(under.text, ranged[3]):
                continue
            post_start, post_end, post_current, hit = ranged
            if _start_index(post_start) < low or _end_index(post_end, post_current, today) > high:
                break  # the next employer's header
            rest = (under.text[: hit.start()] + under.text[hit.end():]).strip(" *_|–—-:")
        elif leading is not None:
            point = parse_point(leading.group("point"))
            if point is None:
                continue
            post_start, post_end, post_current = point, None, False
            rest = leading.group("rest").strip(" *_|–—-:")
            if not low <= _start_index(point) <= high:
                break
        else:
            continue
        rest = OPENING_EVENT_RE.sub("", rest)
        if not rest or _is_event(rest, patterns) or not has_title(rest, patterns) or len(
                rest.split()) > MAX_HEADER_WORDS:
            continue
        found.append((below, rest, post_start, post_end, post_current))
    if not any(post[3] is None and not post[4] for post in found):
        return []  # posts each dated by a range are the layout of titles under an employer
    found.sort(key=lambda post: _start_index(post[2]))
    posts = []
    for number, (below, title, post_start, post_end, post_current) in enumerate(found):
        if post_end is None and not post_current:
            if number + 1 < len(found):
                later = found[number + 1][2]
                post_end = Month(later.index - 1, precise=True) if later.precise else later
            else:
                post_end, post_current = end, current
        posts.append((below, title, post_start, post_end, post_current))
    return posts


def _promotion_under(seed: _Seed, item: ResumeLine, patterns: FitPatterns) -> bool:
    """True when a line that is no list item names two posts and the month the second began
    inside the range of the dated header above it: that role is a promotion in two steps."""
    hit = PROMOTED_FROM_RE.match(item.text)
    if hit is None or item.bullet or seed.step or seed.sub:
        return False
    point = parse_point(hit.group("point"))
    if point is None or _start_index(point) <= _start_index(seed.start):
        return False
    if not seed.current and seed.end is not None and _start_index(point) > _start_index(seed.end):
        return False
    return all(classify(_strip_header(hit.group(name)), patterns).kind in ("title", "name")
               for name in ("first", "second"))


def _promotion_steps_under(seed: _Seed, item: ResumeLine, patterns: FitPatterns) -> list[_Seed]:
    """The two steps of a header's role promoted on the line under it, with the header's
    employer for both."""
    hit = PROMOTED_FROM_RE.match(item.text)
    point = parse_point(hit.group("point")) if hit is not None else None
    if hit is None or point is None:
        return [seed]
    employer = read_header([_strip_header(seed.rest)], patterns).employer
    first_end = Month(point.index - 1, precise=True) if point.precise else point
    return [
        replace(seed, end=first_end, current=False, step=_strip_header(hit.group("first")),
                last_step=False, employer=employer),
        replace(seed, start=point, step=_strip_header(hit.group("second")), employer=employer),
    ]


def _dated_steps(chain: str, note: str) -> str:
    """A promotion chain with the dates a note beside it gives its steps ("Manager → Head" with
    "(Head from 2017)" → "Manager → Head (2017)")."""
    for hit in FROM_YEAR_RE.finditer(note):
        title = _strip_header(hit.group("title"))
        steps = ARROW_RE.split(chain)
        for step in steps:
            if _strip_header(step).lower() == title.lower():
                chain = chain.replace(step, f"{step.rstrip()} ({hit.group('point')})", 1)
                break
    return chain


def _bare_title(text: str) -> str:
    text = RANGE_RE.sub(" ", text)
    return _strip_header(re.sub(r"\(\s*\)|\(\s*$|^\s*\)", " ", text))


TITLE_JOINERS = frozenset({"of", "and", "then", "to", "de", "du", "des", "la", "le", "für", "und"})
SUB_ROLE_RE = re.compile(
    r"(?:^|\band\s+|[;,]\s*)(?:as\s+)?(?P<title>[A-Z][^():;]{1,60}?)\s*\((?P<dates>[^()]+)\)",
    re.IGNORECASE)
"""A promotion dated inside a role's list: "Associate Director (2015 – 2017): …"."""
RANGE_TITLE_RE = re.compile(r"\((?P<title>[^()\d]{2,60})\)")


def _listed_headings(items: list[ResumeLine], anchors: list[Anchor], patterns: FitPatterns
                     ) -> set[str]:
    """The headings of the experience kind whose dated lines are all list items, under a résumé
    whose other headings date their roles on lines of their own ("Previous positions" or
    "Earlier career" as a list of "- Title — Employer (2009 – 2012)" after the latest roles):
    those items are roles, not promotions or achievements of the role above the heading."""
    bulleted: dict[str, bool] = {}
    for anchor in anchors:
        item = items[anchor[0]]
        if item.heading:
            bulleted[item.heading] = bulleted.get(item.heading, True) and item.bullet
    return {heading for heading, only_items in bulleted.items()
            if only_items and _resume_section(heading, patterns) == "experience"}


def _names_own_employer(rest: str, patterns: FitPatterns) -> bool:
    """A dated list item that names a title and, after a comma, an organisation a legal suffix
    or an organisation noun marks ("- Area Manager, Tarn Foods Ltd (2004 – 2008)" under "Earlier
    career"): a role of its own, not a promotion within the role above."""
    title, employer = split_title_employer(_strip_header(rest), patterns)
    return bool(employer) and has_title(title, patterns) and organisation_marked(employer, patterns)


def _sub_roles(text: str, patterns: FitPatterns, today: int
               ) -> list[tuple[str, Month, Month | None, bool]]:
    """The promotions a list item dates: a short title with a date range in brackets."""
    found = []
    for hit in SUB_ROLE_RE.finditer(text):
        title = _strip_header(hit.group("title"))
        dated = date_range(hit.group("dates"), today)
        if dated is None or len(title.split()) > SUB_ROLE_WORDS or not has_title(title, patterns):
            continue
        if any(word[0].islower() and word not in TITLE_JOINERS
               for word in re.findall(r"[^\W\d_][\w'’-]*", title)):
            continue  # "Business lead for the upgrade (2022)": a duty dated, not a title
        start, end, current, _hit = dated
        found.append((title, start, end, current))
    return found


def _ranges_with_titles(text: str, today: int) -> list[tuple[str, Month, Month | None, bool]]:
    """Several ranges on one line, each naming its title after it ("Jun 2019 – Feb 2021
    (Director); Feb 2021 – present (Senior Director)") or before it ("Director, 2020 – present;
    Manager, 2016 – 2020")."""
    found = []
    parts = re.split(r";\s*", text)
    for part in parts:
        dated = date_range(part, today)
        named = RANGE_TITLE_RE.search(part)
        if dated is not None and named is None and len(parts) >= 2:
            before = part[: dated[3].start()].strip(" ,(–—-|")
            if before and not part[dated[3].end():].strip(" ,.)") and len(before.split()) <= 8:
                start, end, current, _hit = dated
                found.append((before, start, end, current))
                continue
        if dated is None or named is None or named.start() < dated[3].end():
            if dated is not None and named is None:
                return []
            continue
        start, end, current, _hit = dated
        found.append((named.group("title").strip(), start, end, current))
    return found if len(found) >= 2 else []


BRACKETED_RANGE_RE = re.compile(r"(?P<title>[^()|;,]{2,60}?)\s*\((?P<dates>[^()]{4,40})\)")
"""A post with its range in brackets after it ("Rooms Division Manager (2011 – 2014)")."""


def _bracketed_ranges(rest: str, today: int, patterns: FitPatterns
                      ) -> list[tuple[str, Month, Month | None, bool]]:
    """Several posts on a dated line, each with its own range in brackets, earliest first
    ("2009 – 2014 | Rooms Division Manager (2011 – 2014), Front Office Manager (2009 – 2011)");
    [] unless at least two posts are dated so and each names a title."""
    found = []
    titled = False
    for hit in BRACKETED_RANGE_RE.finditer(rest):
        dated = date_range(hit.group("dates"), today)
        title = hit.group("title").strip(" *_,–—-")
        if dated is None or dated[3].group(0).strip() != hit.group("dates").strip():
            continue
        if has_title(title, patterns):
            titled = True
        elif not _named_like_a_post(title):
            return []
        found.append((title, dated[0], dated[1], dated[2]))
    found.sort(key=lambda step: step[1].index)
    return found if len(found) >= 2 and titled else []


def _employer_range_below(items: list[ResumeLine], anchors: list[Anchor], position: int,
                          posts: list[tuple[str, Month, Month | None, bool]], patterns: FitPatterns,
                          today: int) -> tuple[int, str, Month, Month | None, bool] | None:
    """The dated line right under a row of posts dated in brackets that names an employer and
    no title, with a range that holds every post: (its position, the employer, its range)."""
    below = next((anchor for anchor in anchors if anchor[0] == position + 1), None)
    if below is None or items[position + 1].index - items[position].index > 1:
        return None
    _at, start, end, current, rest = below
    header = read_header([rest], patterns)
    if not header.employer or header.title:
        return None
    low, high = _start_index(start) - 11, _end_index(end, current, today) + 11
    if not all(low <= _start_index(post_start) and _end_index(post_end, post_current, today) <= high
               for _title, post_start, post_end, post_current in posts):
        return None
    return position + 1, header.employer, start, end, current


def _steps_within(steps: list[tuple[str, Month, Month | None, bool]], start: Month, end: Month | None,
                  current: bool) -> list[tuple[str, Month, Month | None, bool]]:
    """Posts dated by years made as precise as the range that holds them where they meet it: the
    earliest starts with it, the latest ends with it."""
    ordered = sorted(steps, key=lambda step: step[1].index)
    first_title, first_start, first_end, first_current = ordered[0]
    if not first_start.precise and start.precise and first_start.year == start.year:
        ordered[0] = (first_title, start, first_end, first_current)
    last_title, last_start, last_end, last_current = ordered[-1]
    if end is not None and last_end is not None and not last_end.precise and end.precise \
            and last_end.year == end.year:
        ordered[-1] = (last_title, last_start, end, last_current or current)
    return ordered


def _named_like_a_post(text: str) -> bool:
    """A short name in capitals ("Shift Brewer"), read as a post when it stands in a row of
    posts dated in brackets beside one the title words know."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words if word.isalpha())


def _seeds(items: list[ResumeLine], anchors: list[Anchor], patterns: FitPatterns,
           today: int) -> list[_Seed]:
    """The dated lines that start a role: promotion chains and dated promotions in a role's list
    split into their steps; other dated list items (achievements) and long lines left out."""
    seeds: list[_Seed] = []
    # A work history written as a list ("- Head of Sales at Quill (2017 – 2022)"): when no dated
    # line stands outside a list, its short dated items are the roles.
    listed_roles = bool(anchors) and all(items[anchor[0]].bullet for anchor in anchors)
    listed_headings = _listed_headings(items, anchors, patterns)
    held: set[int] = set()
    """Dated lines read as posts under an employer's range above them."""
    for position, start, end, current, rest in anchors:
        item = items[position]
        if position in held:
            continue
        if seeds and _promotion_under(seeds[-1], item, patterns):
            seeds[-1:] = _promotion_steps_under(seeds[-1], item, patterns)
            continue
        short_titled = len(_strip_header(rest).split()) <= MAX_HEADER_WORDS and has_title(
            rest, patterns)
        listed = listed_roles or item.heading in listed_headings
        if item.bullet and not ((listed or _names_own_employer(rest, patterns)) and short_titled):
            for title, sub_start, sub_end, sub_current in _sub_roles(item.text, patterns, today):
                seeds.append(_Seed(position, sub_start, sub_end, sub_current, title, step=title,
                                   last_step=False, sub=True))
            continue
        long_line = len(_strip_header(rest).split()) > MAX_HEADER_WORDS * 2
        in_prose = posts_in_prose(item.text, patterns, today) if (
            long_line or item.text.rstrip().endswith(".")) else []
        if in_prose:
            # a paragraph of prose naming several posts, each dated in brackets
            seeds.extend(_Seed(position, post.start, post.end, post.current, post.text, step=post.title,
                               last_step=False, employer=post.employer, in_prose=True)
                         for post in in_prose)
            continue
        if long_line:
            continue
        overall = (start, end, current)
        # the posts dated in brackets may hold the line's own range ("Team Leader (2011 – 2013),
        # Brewer (2009 – 2011)" as the header: its first range is the one read as the line's)
        several = _ranges_with_titles(item.text, today) or (
            [] if ARROW_RE.search(rest) else (_bracketed_ranges(rest, today, patterns) or (
                _bracketed_ranges(item.text, today, patterns)
                if date_range(re.sub(r"\([^()]*\)", " ", item.text), today) is None else [])))
        steps = several or _chain_steps(item.text, today, overall)
        below_range = _employer_range_below(items, anchors, position, several, patterns, today) \
            if several else None
        if below_range is not None:
            # "Team Leader (2011 – 2013), Brewer (2009 – 2011)" over "Acme Brewing | Sep 2009 –
            # May 2013": the employer's line and range hold the posts; its months date their ends
            below_at, _employer, below_start, below_end, below_current = below_range
            held.add(below_at)
            steps = _steps_within(several, below_start, below_end, below_current)
        if not steps and position > 0 and not items[position - 1].bullet and (
                _is_blank_header(rest) or FROM_YEAR_RE.search(rest)):
            steps = _chain_steps(_dated_steps(items[position - 1].text, rest), today, overall)
        chain_employer = below_range[1] if below_range is not None else ""
        if not steps and not item.bullet:
            for above in (position - 1, position - 2):
                over = _steps_over_range(items, above, today) if above >= 0 else None
                if over is not None and over[0] == position:
                    # "Team Leader (from July 2012), previously Engineer" over "City of Acme"
                    # over "January 2010 – June 2015": the range holds both posts
                    steps = _chain_steps(over[1], today, overall)
                    chain_employer = read_header(
                        [items[at].text for at in range(above + 1, position)] + [rest],
                        patterns).employer
                    break
        if not steps and position + 1 < len(items) and _chain_below(rest, items[position + 1],
                                                                     patterns):
            # "Acme — Seattle · 2019 – Present" over "Director → Senior Director (2022)"
            steps = _chain_steps(items[position + 1].text, today, overall)
            chain_employer = read_header([rest], patterns).employer
        if not steps and not item.bullet and not item.marked:
            posts = _posts_under_range(items, position, overall, patterns, today)
            header = read_header([rest], patterns) if posts else None
            if header is not None and header.employer and not header.title:
                # "April 2008 – March 2014  Acme Co., Ltd." over "April 2008  Specialist" and
                # "April 2011  Assistant Manager": the employer's range holds the posts below
                held.update(post[0] for post in posts)
                steps = [(title, post_start, post_end, post_current)
                         for _below, title, post_start, post_end, post_current in posts]
                chain_employer = read_header([rest], patterns).employer
        if steps:
            first_step = read_header([steps[0][0]], patterns)
            if not first_step.employer:
                # "Engineer → Senior Engineer (2017) – Acme GmbH": the employer after the last step
                last_step = read_header([steps[-1][0]], patterns)
                if last_step.employer_strong:
                    first_step = last_step
            for number, (title, step_start, step_end, step_current) in enumerate(steps):
                named = read_header([title], patterns).title or title
                employer = chain_employer or (first_step.employer if (
                    first_step.employer_strong or first_step.title) else "")
                if (number and ";" in rest and not ARROW_RE.search(rest)
                        and _names_own_employer(title, patterns)):
                    # "Planner, Acme Ltd, 2007–2012; Trainee, Bolt plc, 2005–2007": each step
                    # that names its own organisation is a post there
                    named, employer = split_title_employer(_strip_header(title), patterns)
                seeds.append(_Seed(position, step_start, step_end, step_current, rest, step=named,
                                   last_step=number == len(steps) - 1, employer=employer))
            continue
        seeds.append(_Seed(position, start, end, current, rest))
    return _chain_notes(seeds)


def _chain_notes(seeds: list[_Seed]) -> list[_Seed]:
    """The seeds without the dated notes that date only some steps of the promotion chain in
    the header above them ("As Manager (2019–2022): …" under "Manager → Director | 2019 –
    Present"): the chain's steps are the roles, dated by those notes. Notes that date as many
    posts as the chain has steps stay the roles."""
    kept: list[_Seed] = []
    steps: set[str] = set()
    notes: list[_Seed] = []

    def close() -> None:
        if len(notes) >= len(steps):
            kept.extend(notes)
        else:
            kept.extend(note for note in notes if note.step.lower() not in steps)
        notes.clear()

    for seed in seeds:
        if seed.sub and len(steps) >= 2:
            notes.append(seed)
            continue
        close()
        kept.append(seed)
        steps = set() if seed.sub else {
            _strip_header(step).lower() for step in ARROW_RE.split(seed.rest) if step.strip()}
    close()
    return kept


def _inside(inner: _Seed, outer: _Seed, today: int) -> bool:
    """True when one dated line's range lies within another's; a year alone ("2017 – 2019") lies
    within any range that reaches into that year ("Jun 2015 – Feb 2019")."""
    start = _start_index(inner.start) if inner.start.precise else inner.start.year * 12 + 11
    if inner.current or inner.end is None:
        end = today
    else:
        end = inner.end.index if inner.end.precise else inner.end.year * 12
    return start >= _start_index(outer.start) and end <= _end_index(outer.end, outer.current, today)


def _employer_under_dates(items: list[ResumeLine], seed: _Seed, nxt: _Seed, patterns: FitPatterns
                          ) -> tuple[str, list[int]] | None:
    """The employer a dated line naming nothing has on the line right under it, and the lines
    from there to the next dated line (the name and its blurb), when those lines hold no list
    item and no title: "03.2016 – present" over "Acme Sp. z o.o., Wrocław" over "BPO – finance
    and accounting outsourcing". None otherwise."""
    between = list(range(seed.position + 1, nxt.position))
    if not between or nxt.position <= seed.position or any(
            items[position].bullet or items[position].section != items[seed.position].section
            for position in between):
        return None
    first = read_header([items[between[0]].text], patterns)
    if first.title or not first.employer:
        return None
    if any(read_header([items[position].text], patterns).title for position in between[1:]):
        return None
    return first.employer, between


def _employer_over_dates(items: list[ResumeLine], seed: _Seed, seed_positions: set[int],
                         patterns: FitPatterns) -> tuple[str, list[int]] | None:
    """The employer named just above a dated line that names nothing, when the posts below are
    dated inside its range: "BRIGHTHARBOR CONTACT SOLUTIONS, INC." over "Ortigas Center, Pasig
    City" over "June 2016 – Present", then each post with its own dates. The lines above hold no
    title and no list item; the employer's line is the first of them. None otherwise."""
    above: list[int] = []
    walk = seed.position - 1
    while walk >= 0 and len(above) < 2:
        item = items[walk]
        if (walk in seed_positions or item.bullet or item.section != items[seed.position].section
                or items[above[-1] if above else seed.position].index - item.index > 1):
            break
        above.append(walk)
        walk -= 1
    headers = [read_header([items[position].text], patterns) for position in reversed(above)]
    if any(header.title for header in headers):
        return None
    named = next((header.employer for header in headers
                  if header.employer and header.employer_strong), None)
    return (named, above) if named else None


def _marked_employer(items: list[ResumeLine], position: int, seed_positions: set[int],
                     patterns: FitPatterns) -> str:
    """The employer a heading inside the work history names over the dated posts set out under
    it ("### The Harbour Hotel, London" over a blurb, then "**General Manager | 2020 – Present**"
    and "**Hotel Manager | 2017 – 2020**"): the nearest heading above the dated line, when it is
    undated and names an employer and no title; "" otherwise."""
    section = items[position].section
    for walk in range(position - 1, -1, -1):
        item = items[walk]
        if item.section != section:
            return ""
        if not item.marked:
            continue
        if walk in seed_positions:
            return ""
        if walk == 0:
            return ""  # the résumé's first line is its owner's name ("Jane Doe RN, MSc")
        header = read_header([item.text], patterns)
        return header.employer if header.employer and not header.title else ""
    return ""


def _titled_below(items: list[ResumeLine], position: int, until: int, patterns: FitPatterns
                  ) -> bool:
    """True when a line between a dated line and the list under it, no list item itself, names
    a title ("System Director, Infection Prevention" under "ACME HEALTH, Tucson | 2019 –
    Present"): the post has its title, and the list dates only what was done in it."""
    for at in range(position + 1, until):
        item = items[at]
        if item.bullet:
            return False
        if read_header([item.text], patterns).title and not is_description(item.text):
            return True
    return False


def _chain_below(rest: str, below: ResumeLine, patterns: FitPatterns) -> bool:
    """True when a dated line names no title and the line under it is a promotion chain whose
    every step is a title ("Director, Data → Senior Director, Data (2022)")."""
    if below.bullet or RANGE_RE.search(below.text) or any(
            classify(piece, patterns).kind == "title" for piece in pieces_of(rest)):
        return False
    steps = [step for step in ARROW_RE.split(below.text) if step.strip()]
    return len(steps) >= 2 and all(has_title(step, patterns) for step in steps)


def _header_line(items: list[ResumeLine], walk: int, patterns: FitPatterns) -> bool:
    """True when a line can belong to a role's header: short, not a list item, not prose."""
    item = items[walk]
    text = item.text
    if item.bullet:
        return False
    if RANGE_RE.search(text) or SINCE_RE.search(text):
        # "Executive, Warehouse (2006 – 2008)" over the post's own range: an earlier post of
        # the block, dated in brackets (the anchors leave such asides out); or the employer's
        # line with a dated aside ("Acme LLC | Lviv → Kraków (since 09.2022)")
        undated = BRACKETED_RE.sub(" ", text)
        return _dated_in_brackets(text) and (
            has_title(undated, patterns) or _names_employer_first(undated, patterns))
    if text.endswith(".") and not _ends_with_suffix(text):
        return _blurb_under_name(items, walk, patterns)
    if len(ASIDE_RE.sub(" ", text).split()) <= MAX_HEADER_WORDS:
        return True  # words in brackets ("(Wealth & Retail)") are an aside, not prose
    if len(text.split()) <= MAX_HEADER_WORDS * 2 and is_description(text):
        # the employer's blurb under its name, however long ("Tier-1 supplier of chassis
        # stampings to heavy-truck OEMs; $210M site revenue"): the header walks past it
        return True
    # "Staff Officer | Joint Logistics HQ / secondment to a contractor, Bristol": a long header
    # whose first piece is a short title.
    return (_led_by_title(text, patterns) or _led_by_employer(text, patterns)) and len(
        text.split()) <= MAX_HEADER_WORDS * 2


def _plain_title(text: str, patterns: FitPatterns) -> bool:
    """True when a line is one piece that reads as a title and opens with a capital ("Manager de
    rayon épicerie"): a post written in its own language, however many of its words are in
    lower case, is no blurb."""
    return (text[:1].isupper() and len(pieces_of(text)) == 1
            and len(text.split()) <= SUB_ROLE_WORDS and classify(text, patterns).kind == "title")


NAME_PIECE_WORDS = 6
"""A line's first piece this short, each word capitalised, may be a name with a blurb after it."""


def _name_with_blurb(text: str) -> bool:
    """True when a line is a short name (its words capitalised) and, after a separator, only
    pieces that describe it ("HMP Eastfold, Hull – Category C resettlement prison, 540 men")."""
    parts = pieces_of(_strip_header(text))
    if len(parts) < 2 or len(parts[0].split()) > NAME_PIECE_WORDS or is_description(parts[0]):
        return False
    name_words = [word for word in re.findall(r"[^\W\d_][\w'&.-]*", parts[0])
                  if word.lower() not in TITLE_JOINERS]
    return bool(name_words) and all(word[0].isupper() for word in name_words) and all(
        is_description(part) for part in parts[1:])


def _names_employer_first(text: str, patterns: FitPatterns) -> bool:
    """True when a line's first piece is a name marked as an organisation ("Acme LLC")."""
    pieces = pieces_of(text)
    if not pieces:
        return False
    first = classify(pieces[0], patterns)
    return first.kind == "employer" and first.strong


def _blurb_under_name(items: list[ResumeLine], walk: int, patterns: FitPatterns) -> bool:
    """True when a line that ends with a full stop is the employer's blurb right under its name
    ("ACME BREWING S.A. – Bogotá" over "Brewery of the group: 480 workers in the plant."): a
    phrase about the company, no longer than a header and its blurb, on the line right under a
    line that names an employer and no title."""
    item = items[walk]
    if walk == 0 or len(item.text.split()) > MAX_HEADER_WORDS * 2 or not is_description(item.text):
        return False
    above = items[walk - 1]
    if above.bullet or above.section != item.section or item.index - above.index != 1:
        return False
    header = read_header([above.text], patterns)
    if not header.employer or header.title:
        return False
    # a name the reader cannot vouch for is still the employer when a dated post follows the
    # blurb ("Horizon Scholars Public Schools — San Antonio" over "Public charter network: 14
    # schools" over "**Vice President of Operations** | 2018 – Present")
    return header.employer_strong or (
        walk + 1 < len(items) and not items[walk + 1].bullet and date_range(items[walk + 1].text, 0)
        is not None and has_title(RANGE_RE.sub(" ", items[walk + 1].text), patterns))


def _ends_with_suffix(text: str) -> bool:
    """True when ``text`` ends with a legal suffix or a dotted abbreviation, whose full stop ends
    no sentence ("Polaris Software Lab Ltd.", "Nordhaven Logistics Polska Sp. z o.o.", a city's
    "D.C.")."""
    return (DOTTED_INITIALS_RE.search(text) is not None
            or any(hit.end() >= len(text.rstrip(".")) for hit in LEGAL_SUFFIX_RE.finditer(text)))


DOTTED_INITIALS_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}\s*$")
"""Two or more single letters each with its full stop at the end of a line ("D.C.", "S.A.")."""


def _led_by_title(text: str, patterns: FitPatterns) -> bool:
    """True when a line of several pieces starts with a short title ("Staff Officer | HQ staff
    on secondment to a contractor"): a header, however plain its words after the title."""
    pieces = pieces_of(text)
    return (len(pieces) >= 2 and len(pieces[0].split()) <= SUB_ROLE_WORDS
            and classify(pieces[0], patterns).kind == "title")


def _led_by_employer(text: str, patterns: FitPatterns) -> bool:
    """True when a line of several pieces starts with a short name marked as an organisation
    and goes on to describe it ("Acme Sp. z o.o., Gdańsk – contract logistics for retailers"):
    the employer's line, however many words its description has."""
    pieces = pieces_of(text)
    if len(pieces) < 2 or len(pieces[0].split()) > SUB_ROLE_WORDS:
        return False
    first = classify(pieces[0], patterns)
    # the description may name the group that owns the company ("…; part of Acme Holding AG")
    return first.kind == "employer" and first.strong and any(
        classify(piece, patterns).kind == "description" or is_description(piece)
        for piece in pieces[1:])


def _unit_beside_title(above: list[str], known: Header, patterns: FitPatterns) -> bool:
    """True when the header's title and its employer both come from one line above the dates,
    the title first ("Nurse Supervisor – Maternal and Child Health Cluster")."""
    for text in above:
        line_header = read_header([text], patterns)
        if line_header.title == known.title and line_header.employer == known.employer:
            return text.find(known.title) < text.find(known.employer)
    return False


def _name_described(text: str, patterns: FitPatterns) -> bool:
    """True when a line is a short name followed only by what describes it ("Kovara — Boston-based
    finance software, $310M ARR"): right above a dated line that holds the title, the employer's
    line, however plain the name."""
    pieces = pieces_of(text)
    if len(pieces) < 2 or len(pieces[0].split()) > SUB_ROLE_WORDS:
        return False
    if classify(pieces[0], patterns).kind not in ("employer", "name"):
        return False
    return all(classify(piece, patterns).kind in ("description", "place") for piece in pieces[1:])


def _summary_chain(text: str, patterns: FitPatterns) -> bool:
    """A "Title → Title" line with no dates: a summary of the promotions dated below it."""
    steps = [step for step in ARROW_RE.split(text) if step.strip()]
    return len(steps) >= 2 and RANGE_RE.search(text) is None


def _chain_of_titles(text: str, patterns: FitPatterns) -> bool:
    """True when every step of a chain is a title: each holds a title word, or each is a short
    capitalised name and the post reached holds one ("Ward Sister, then Modern Matron")."""
    steps = [_strip_header(step) for step in ARROW_RE.split(text) if step.strip()]
    if all(has_title(step, patterns) for step in steps):
        return True
    return bool(steps) and has_title(steps[-1], patterns) and all(
        step[:1].isupper() and len(step.split()) <= SUB_ROLE_WORDS for step in steps)


def _roles(
    items: list[ResumeLine],
    anchors: list[Anchor],
    patterns: FitPatterns,
    today: int,
) -> tuple[tuple[Role, ...], dict[int, int]]:
    """Roles from their dated lines. A role's header is the short lines just above and below its
    dates; an employer named on a line of its own (or on a dated line that spans the roles under
    it) is the employer of every role below it until the next one."""
    seeds = _seeds(items, anchors, patterns, today)
    seed_positions = {seed.position for seed in seeds}
    groups: dict[int, tuple[str, int, int]] = {}
    claimed: set[int] = set()
    assignments: set[int] = set()
    """Dated list items that are assignments within a titled post, not posts of their own."""
    for number, seed in enumerate(seeds):
        if seed.step or number + 1 >= len(seeds):
            continue
        subs = []
        for later in seeds[number + 1:]:
            if not later.sub:
                break
            subs.append(later)
        if len(subs) == 1 and _titled_below(items, seed.position, subs[0].position, patterns):
            # "Incident Commander, COVID-19 Branch (Mar 2020 – Apr 2022); liaison to …" in the
            # list of a post titled on its own line: an assignment within the post, no promotion
            assignments.add(subs[0].position)
            continue
        if subs and all(_start_index(sub.start) >= _start_index(seed.start) - 12
                        and _end_index(sub.end, sub.current, today)
                        <= _end_index(seed.end, seed.current, today) + 12 for sub in subs):
            groups[seed.position] = ("", _start_index(seed.start) - 12,
                                     _end_index(seed.end, seed.current, today) + 12)
            continue
        rest_pieces = [classify(piece, patterns) for piece in pieces_of(seed.rest)]
        nxt = seeds[number + 1]
        named_below = _employer_under_dates(items, seed, nxt, patterns) if (
            not rest_pieces and _inside(nxt, seed, today)) else None
        if named_below is None and not rest_pieces and _inside(nxt, seed, today):
            named_below = _employer_over_dates(items, seed, seed_positions, patterns)
        if named_below is not None:
            # "03.2016 – present" over "Acme Sp. z o.o., Wrocław" over its blurb, then the posts
            # dated there: the dates and the name below them head every post inside the range.
            groups[seed.position] = (named_below[0], _start_index(seed.start),
                                     _end_index(seed.end, seed.current, today))
            claimed.update(named_below[1])
            continue
        if (not rest_pieces or any(piece.kind == "title" for piece in rest_pieces)
                or not any(piece.kind in ("employer", "name") for piece in rest_pieces)):
            continue
        between = range(seed.position + 1, nxt.position)
        inside = _inside(nxt, seed, today)
        if inside and nxt.position > seed.position and not any(items[p].bullet for p in between):
            group_header = read_header([seed.rest], patterns)
            groups[seed.position] = (group_header.employer, _start_index(seed.start),
                                     _end_index(seed.end, seed.current, today))
    if assignments:
        seeds = [seed for seed in seeds if not (seed.sub and seed.position in assignments)]
        seed_positions = {seed.position for seed in seeds}
    trailing = _employers_after_activities(items, seeds, patterns)
    claimed.update(line for _, line in trailing.values())
    built: list[tuple[_Seed, int, str, str, str]] = []
    untitled: dict[int, list[str]] = {}
    """Roles whose header has no title word: their plain names, to read by the résumé's layout."""
    block = ""
    block_titled = False
    """The block's employer line stood in a role's header under that role's own title."""
    group_span: tuple[int, int] | None = None
    group_seed: _Seed | None = None
    """The dated employer line the roles below it sit in ("Acme, Boulder  Jun 2015 – Feb 2019")."""
    spans: dict[int, _Seed] = {}
    chained: dict[int, str] = {}
    """Roles titled by a chain above their header: the aside on their dated line."""
    stacked: set[int] = set()
    """Roles whose dated title line stands right over the next role's: they share its employer."""
    for seed_number, seed in enumerate(seeds):
        grouping = seed.position in groups and not seed.step
        if grouping and groups[seed.position][0]:
            employer, low, high = groups[seed.position]
            block, group_span, group_seed = employer, (low, high), seed
            block_titled = False
            claimed.add(seed.position)
            continue
        if group_span is not None and not (
                _start_index(seed.start) >= group_span[0]
                and _end_index(seed.end, seed.current, today) <= group_span[1]) and not (
                group_seed is not None and _inside(seed, group_seed, today)):
            block, group_span, group_seed = "", None, None
        own = "" if _is_blank_header(seed.rest) or DATE_LABEL_RE.match(_strip_header(seed.rest)) \
            else _strip_header(seed.rest)
        own_header = read_header([own], patterns) if own else None
        above: list[str] = []
        first = seed.position
        walk = seed.position - 1
        seen = seed.position
        labels_below = _labelled_post_below(items, seed.position, seed_positions)
        chain_above: tuple[int, str] | None = None
        """An undated "Title → Title" line over the role's employer and dates: its steps."""
        while walk >= 0 and len(above) < 3:
            item = items[walk]
            if (walk in seed_positions or walk in claimed or item.section != items[seed.position].section
                    or items[seen].index - item.index > 2 or not _header_line(items, walk, patterns)):
                break
            if _other_label(item.text, patterns) and not _blurb_under_name(items, walk, patterns):
                if not labels_below and (_labelled_post_above(items, walk, seed_positions)
                                         or any(_labels_a_post(text) for text in above)):
                    # "Designation: Manager" over "Department: Production" over "Duration: …":
                    # the post's labelled fields stand over its dates, each on its own line
                    seen = walk
                    walk -= 1
                    continue
                break  # "Type of business or sector: …" closes the role above
            if (walk > 0 and walk - 1 not in seed_positions and _dates_only(items[walk - 1])
                    and items[walk].index - items[walk - 1].index == 1):
                break  # "2019-02 – 2019-09" over "Maternity leave": the line is that period's
            seen = walk
            if _summary_chain(item.text, patterns) and chain_above is None and _chain_of_titles(
                    item.text, patterns):
                chain_above = (walk, _strip_header(item.text))
            if _summary_chain(item.text, patterns) or (
                    is_description(item.text) and not _led_by_title(item.text, patterns)
                    and not title_with_aside(item.text, patterns)
                    and not _led_by_employer(item.text, patterns)
                    and not _name_with_blurb(item.text)
                    and not (own_header is not None and own_header.title and walk == seed.position - 1
                             and _name_described(item.text, patterns))):
                walk -= 1
                continue
            pieces = [classify(piece, patterns) for piece in pieces_of(item.text)]
            if own_header and own_header.title and any(p.kind == "title" for p in pieces):
                break
            above.insert(0, item.text)
            first = walk
            walk -= 1
        employer_line = ""
        employer_marked = False
        for text in above:
            if LABEL_RE.match(text):
                # "Company: | Acme Ltd" names the employer by its label; "Position: | …" or
                # "Reported to: | …" names none, whatever the words of the label.
                named_line = _labelled_header(text, patterns)
                if named_line is not None and named_line[1]:
                    employer_line = named_line[1]
                continue
            # a list number before the name ("**1. Acme Ltd.**") is no part of it
            line_header = read_header([ENUMERATION_RE.sub("", text)], patterns)
            names_own_employer = (own_header is not None and bool(own_header.employer)
                                  and not own_header.title)
            if (not line_header.title and line_header.employer and not names_own_employer
                    and not (employer_marked and not line_header.employer_strong)):
                # (a plain name over a dated line naming its own employer is the title:
                # "Gift Aid Champion" over "Harbour Hospice | 2023 – present"; a plain name
                # under a company marked by its legal form is its site or unit: "Unidad Minera
                # Chaparral, Arequipa" under "COMPAÑÍA MINERA PAMPA COLORADA S.A.A.")
                employer_line = line_header.employer
                employer_marked = line_header.employer_strong
        if employer_line:
            block, group_span = employer_line, None
            # "**Vice-Principal**" over "Meadowvale School" over its dates: the employer line is
            # this role's own, not a heading over the roles below it
            block_titled = any(read_header([text], patterns).title for text in above)
        lines = [*above, own] if own else list(above)
        known = read_header(lines, patterns)
        below: list[str] = []
        title_below = ""
        walk = seed.position + 1
        last = seed.position
        while walk < len(items) and len(below) < 3:
            item = items[walk]
            # a chain of titles under the dates is the role's promotions; one of places or
            # names ("Acme LLC | Lviv → Kraków") is the employer's line telling a move
            undated_chain = _summary_chain(item.text, patterns) and _chain_of_titles(
                item.text, patterns)
            if (walk not in seed_positions and item.section == items[seed.position].section
                    and item.index - items[last].index <= 2 and _header_line(items, walk, patterns)
                    and undated_chain and not known.title and not below) and _chain_of_titles(
                    item.text, patterns):
                # "Acme Ltd (2012 – present)" over "Analyst → Manager": the promotions the range
                # holds, undated, are the role's title.
                title_chain = title_below = _strip_header(item.text)
                below.append(title_chain)
                claimed.add(walk)
                known = Header(title_chain, known.employer, known.employer_strong, known.other_name)
                last = walk
                walk += 1
                continue
            if (walk == seed.position + 1 and not below and own_header is not None
                    and own_header.employer and not own_header.title and not item.bullet
                    and walk not in seed_positions and item.index - items[last].index <= 1
                    and item.section == items[seed.position].section
                    and is_description(_label_value(item.text))):
                # "Acme Terminal Pte Ltd (2012 – 2016)" over a sentence about the company, then
                # the title: the blurb of the employer the dated line names
                last = walk
                walk += 1
                continue
            if (walk in seed_positions or item.section != items[seed.position].section
                    or item.index - items[last].index > 2 or not _header_line(items, walk, patterns)
                    or undated_chain or _break_heading(item, items, walk, patterns)):
                break
            if LABEL_ONLY_RE.match(item.text.strip(" *_")) and not _labels_a_post(item.text) \
                    and not DATE_LABEL_RE.match(item.text.strip(" *_")):
                break  # "Key Responsibilities:" over the post's bullets: no part of its header
            value = _label_value(item.text)
            line_text = item.text
            if _dated_in_brackets(value):
                # "Resident Manager (2013 – 2016)": the block's posts date it; the header reads
                # the title alone
                value = line_text = _without_dated_brackets(value)
            if (is_description(value) and not title_with_aside(value, patterns)
                    and not _led_by_employer(value, patterns) and not _plain_title(value, patterns)
                    and not _led_by_title(value, patterns)
                    and not (not below and own_header is not None and own_header.title
                             and _name_described(value, patterns))) or item.text.startswith("(") or (
                    _other_label(item.text, patterns)):
                if below:
                    last = walk  # the blurb under the employer's line: the title may follow it
                walk += 1
                continue
            line_header = read_header([value], patterns)
            if (line_header.title and below and not seed.step and _dated_in_brackets(item.text)
                    and _dated_in_brackets(items[last].text)):
                # "Resident Manager (2013 – 2016)" over "Director of Rooms (2010 – 2013)" under
                # "2010 – 2016": posts stacked in one block, dated in brackets, over its employer
                below.append(line_text)
                claimed.add(walk)
                last = walk
                walk += 1
                continue
            if line_header.title and (known.title or seed.step or chain_above is not None):
                # a post's title below a titled header (or a step's, or under a chain of titles
                # over the employer and dates) opens the next post
                break
            if not line_header.title and (known.employer_strong or block) and not (
                    not block and employer_leads_below(lines, value, patterns)) and not (
                    labels_below and _labels_a_post(item.text.strip(" *_"))):
                break  # a post's own "Company: …" or "Position: …" field is its header's,
                # whatever the block and whatever the title's words
            if not line_header.title and not line_header.employer:
                break
            below.append(line_text)
            claimed.add(walk)
            known = read_header([*lines, *below], patterns)
            last = walk
            walk += 1
        if title_below and known.title != title_below:
            # "Resident, then Specialist, Internal Medicine" over the employer's line: the chain
            # is the title whatever the lines under it add
            known = Header(title_below, known.employer, known.employer_strong, known.other_name)
        posts_below = any(_inside(later, seed, today) for later in seeds[seed_number + 1:
                                                                          seed_number + 2])
        if (chain_above is not None and not known.title and not seed.step and not seed.sub
                and not grouping and not posts_below
                and not (own_header is not None and own_header.title)):
            # "Analyst → Manager" over "Acme Ltd" over "2012 – present (promoted in 2016)": the
            # chain's steps are the role's posts, to be dated by the aside beside the range. A
            # chain summing up posts dated in ranges of their own below it is left to them.
            first = min(first, chain_above[0])
            claimed.add(chain_above[0])
            above.insert(0, chain_above[1])
            known = Header(chain_above[1], known.employer, known.employer_strong, known.other_name)
            chained[len(built)] = seed.rest
        header_text = " | ".join(part for part in [*above, own, *below] if part)
        labelled = _labelled_header(header_text, patterns)
        if seed.sub:
            title, employer = seed.step, block
        elif seed.step:
            title = _label_value(seed.step)  # "Position: Superintendent (2015 – 2017); …"
            # a name on the step's own lines under its dates is its employer, not the block's
            employer = seed.employer or (known.employer if known.employer_strong or (
                known.employer and below) else block)
            employer_label = EMPLOYER_LABEL_RE.match(employer)
            if employer_label:
                employer = _labelled_employer(employer_label, patterns)  # "Company: Acme, Town"
        elif labelled is not None:
            # A labelled title with no "Company:" of its own is a post at the employer its own
            # dated line names ("Acme Ltd (2011 – 2016)" over "Designation: Manager"), else a
            # further post at the employer labelled above it.
            named_here = (own_header.employer if own_header is not None and not own_header.title
                          else "")
            title, employer = labelled[0], labelled[1] or named_here or block
            if seed.position in trailing:
                employer = trailing[seed.position][0]  # named after the post's activities
        else:
            title, employer = known.title, known.employer
            if (block and not block_titled and own_header is not None and own_header.title
                    and own_header.employer and (not own_header.employer_strong or (
                        LEGAL_SUFFIX_RE.search(block)
                        and not LEGAL_SUFFIX_RE.search(own_header.employer)))
                    and not employer_line and _after_title(own, own_header)):
                # "Manager – Delivery" under an employer's heading: the rest names the function
                # (so does "– Passenger Services" under "… Ground Services Pvt. Ltd.": a
                # company's name under a heading naming a company by its legal form is a unit).
                title, employer = f"{own_header.title} – {own_header.employer}", block
            elif (own_header is not None and own_header.title and own_header.employer
                    and group_span is None and not employer_line
                    and not (below and normalised(known.employer) != normalised(own_header.employer))
                    and (own_header.employer_strong or not known.employer_strong)):
                # "Employer — Title  dates" on one line: a role of its own, not of the block. A
                # plain name after the title gives way to an organisation on the next line
                # ("Nurse Unit Manager – Operating Theatres" over "Waikato District Health Board").
                employer, block = own_header.employer, ""
            elif (employer_line and known.title and employer and normalised(employer)
                  != normalised(employer_line) and _unit_beside_title(above, known, patterns)):
                # "Nurse Supervisor – Maternal and Child Health Cluster" over "Visayas Medical
                # Center, Cebu City": the employer has a line of its own; the name beside the
                # title is the unit the post is in.
                title, employer = f"{known.title} – {known.employer}", employer_line
            elif not known.employer_strong and block:
                if not title and employer:
                    title = employer
                employer = block
            elif not employer and title:
                title, employer = split_title_employer(title, patterns)
        section_employer = heading_employer(items[seed.position].heading, patterns)
        if not section_employer and not (own_header is not None and own_header.employer):
            # a heading over posts whose dated lines name no employer of their own
            section_employer = _marked_employer(items, seed.position, seed_positions, patterns)
        if (section_employer and not seed.step and labelled is None
                and not LEGAL_SUFFIX_RE.search(employer or "")):
            # The work history's heading names the employer of every post under it; a unit or a
            # place beside the title names no other employer.
            title, employer = known.title or title, section_employer
        if not title and not seed.step and not grouping and employer:
            listed = _title_in_list(items, seed.position, seed_positions, patterns)
            if listed:
                title = listed
        if not title and not seed.step and not grouping:
            untitled[len(built)] = plain_names([*above, own, *below], patterns)
        if not title and known.other_name and employer and not is_place(known.other_name, patterns):
            title = known.other_name
        if grouping:
            # A header whose promotions are dated in its list: the employer for them.
            # Its own dates make the promotions' year-only dates precise where they meet.
            block, group_span, group_seed = employer or block, groups[seed.position][1:], seed
            claimed.add(seed.position)
            continue
        if group_seed is not None and group_span is not None:
            spans[len(built)] = group_seed
        next_seed = seeds[seed_number + 1] if seed_number + 1 < len(seeds) else None
        if (not employer and title and not below and not above and next_seed is not None
                and next_seed.position == seed.position + 1 and not seed.step and not seed.sub
                and items[next_seed.position].index - items[seed.position].index <= 2):
            # "01.2017 – 08.2020 Operations Manager" right over "03.2015 – 12.2016 Quality
            # Manager" and its employer's line: two posts stacked over one employer
            stacked.add(len(built))
        built.append((seed, first, title, employer or block, header_text))
    for number in sorted(stacked, reverse=True):
        if number + 1 < len(built) and built[number + 1][3]:
            seed, first, title, _employer, header_text = built[number]
            built[number] = (seed, first, title, built[number + 1][3], header_text)
    if untitled and _title_first(built, untitled):
        for number, names in untitled.items():
            seed, first, _title, marked, header_text = built[number]
            if marked and organisation_marked(marked, patterns):
                # "Systemadministrator — Steyrtal GmbH — München": the marked employer stays,
                # and the first plain name before it is the title.
                before = [name for name in names if not is_place(name, patterns)
                          and 0 <= header_text.find(name) < header_text.find(marked)]
                if before:
                    built[number] = (seed, first, before[0], marked, header_text)
                continue
            named = _by_layout(names, patterns)
            if named is not None:
                built[number] = (seed, first, named[0], named[1], header_text)
    _titles_by_position(built, items, seed_positions, patterns)
    roles: list[Role] = []
    owners: dict[int, int] = {}
    previous_employer = ""
    for number, (seed, first, title, employer, header) in enumerate(built):
        if seed.last_step:
            following = [item for item in built[number + 1:] if item[1] > seed.position]
            limit = following[0][1] if following else len(items)
            owned: list[int] = []
            for position in range(first, limit):
                if items[position].section != items[seed.position].section:
                    break
                if position in groups:
                    continue
                owned.append(position)
        else:
            owned = [seed.position]
        if not employer and ARROW_RE.search(title):
            # "Officer → Manager, Harbour Foods (2009 – 2014)": the employer after the last step
            *earlier_steps, final_step = ARROW_RE.split(title)
            final_title, after_chain = split_title_employer(final_step, patterns)
            if after_chain:
                employer = after_chain
                title = " → ".join([*[step.strip() for step in earlier_steps], final_title])
        if any_match(patterns.evidence.get("self_employed", ()), header) and (
                not employer or (not organisation_marked(employer, patterns) and _a_town(employer))):
            employer = SELF_EMPLOYED
        employer = employer or previous_employer
        previous_employer = employer
        start, end, current = seed.start, seed.end, seed.current
        if number in spans:
            start, end = _within_span(start, end, spans[number])
        texts = [items[position].text for position in owned]
        by_design = any_match(patterns.evidence["short_by_design"], header + " " + " ".join(texts))
        notes = [items[position].text for position in owned if items[position].bullet]
        if number in chained:
            notes = [*notes, chained[number]]
        if header and ";" in title:
            # "Claims Examiner; Claims Supervisor (from 2006)": the later post's start in brackets
            # on the header, which the title reads without
            notes = [*notes, header]
        steps = (promotion_steps(title, start, end, current, notes, today, patterns)
                 if not seed.step else None) or [(title, start, end, current)]
        if len(steps) == 1 and not seed.step and not seed.sub:
            steps = promoted_from_steps(title, start, end, current, notes, patterns) or steps
        if len(steps) == 1 and not seed.step:
            steps = posts_in_block(title, start, end, current, _block_header(items, owned),
                                   patterns, today) or steps
            if number in spans:
                # the earliest post starts as precisely as the employer's span where they meet
                steps = [(step_title, _within_span(step_start, step_end, spans[number])[0],
                          step_end, step_current)
                         for step_title, step_start, step_end, step_current in steps]
        if not all(in_order(step) for step in steps):
            # a post read from the block that would end before it starts: the block's posts do
            # not lie on one time line, and the role stays one, titled as written
            steps = [(title, start, end, current)]
        if number in chained and len(steps) == 1 and ARROW_RE.search(title):
            # The promotions undated: one role, titled by the post it reached.
            final = [step.strip() for step in ARROW_RE.split(title) if step.strip()][-1]
            steps = [(final, start, end, current)]
        for step_number, (step_title, step_start, step_end, step_current) in enumerate(steps):
            last = step_number == len(steps) - 1
            # A promotion read from the role's list: the earlier posts own the header line, the
            # last post the role's lines.
            step_lines = owned if last else [seed.position]
            roles.append(Role(
                title=step_title,
                employer=employer,
                start=step_start,
                end=step_end,
                current=step_current or step_end is None,
                months=_span_months(step_start, step_end, step_current, today),
                header=header,
                line=items[seed.position].index,
                lines=tuple(items[position].index for position in step_lines),
                short_by_design=by_design is not None,
                level=leadership_level(step_title, texts if last else [], patterns),
                in_prose=seed.in_prose,
            ))
        if seed.last_step:
            for position in owned:
                owners[position] = len(roles) - 1
    return merge_repeated_roles(tuple(roles), owners)


def _block_header(items: list[ResumeLine], owned: list[int]) -> list[str]:
    """A role's lines before its first list item: title, employer, dates and asides."""
    header: list[str] = []
    for position in owned:
        if items[position].bullet:
            break
        header.append(items[position].text)
    return header


def _span_months(start: Month, end: Month | None, current: bool, today: int) -> int:
    """The months a role lasted: to today when current; at least six when given in years."""
    if end is None or current:
        return max(1, today - start.index + 1)
    if start.precise and end.precise:
        return max(1, end.index - start.index + 1)
    return max(6, (end.year - start.year) * 12)


LISTED_TITLE_WORDS = 6


def _within_span(start: Month, end: Month | None, span: _Seed) -> tuple[Month, Month | None]:
    """A role's year-only dates made as precise as its employer's span where they meet it: a role
    dated "2015 – 2017" under "Acme  Jun 2015 – Feb 2019" starts in June 2015."""
    if not start.precise and span.start.precise and start.year == span.start.year:
        start = span.start
    if (end is not None and not end.precise and span.end is not None and span.end.precise
            and end.year == span.end.year):
        end = span.end
    return start, end


def _title_in_list(items: list[ResumeLine], position: int, seed_positions: set[int],
                   patterns: FitPatterns) -> str:
    """The title a dated employer line gives as the first item of its list ("Harbour Rail
    (2008 – 2012)" over "- Track Engineer"): a short item with a title word, no number and no
    sentence; "" otherwise."""
    following = position + 1
    if following >= len(items) or following in seed_positions:
        return ""
    item = items[following]
    text = item.text
    if (not item.bullet or item.section != items[position].section
            or len(text.split()) > LISTED_TITLE_WORDS or re.search(r"\d|[.;:]$", text)
            or not has_title(text, patterns) or organisation_marked(text, patterns)):
        return ""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(text)
    if len(doc) and doc[0].tag_ in ("VBD", "VBN", "VBG", "VB", "VBZ", "VBP"):
        return ""  # "Managed the depot": a duty
    return text


def _line_beside(items: list[ResumeLine], position: int, step: int, seed_positions: set[int],
                 patterns: FitPatterns) -> str:
    """The short plain line right below (``step`` 1) or above (-1) a dated line, in its
    section, that could be a title: no list item, no dates or figures, no sentence, no place,
    no marked organisation; "" otherwise."""
    near = position + step
    if near < 0 or near >= len(items) or near in seed_positions:
        return ""
    item = items[near]
    text = item.text
    if (item.bullet or item.section != items[position].section
            or abs(item.index - items[position].index) > 2
            or len(text.split()) > LISTED_TITLE_WORDS or re.search(r"\d|[.;:]$", text)
            or len(pieces_of(text)) != 1):
        return ""
    return text if classify(text, patterns).kind in ("name", "title") else ""


def _employer_beside(items: list[ResumeLine], position: int, step: int, seed_positions: set[int],
                     patterns: FitPatterns) -> str:
    """The employer's name on the short plain line right below (``step`` 1) or above (-1) a
    dated line ("Princess Alexandra Hospital, Woolloongabba QLD"); "" when that line is a list
    item, dated, a sentence, or names no organisation."""
    near = position + step
    if near < 0 or near >= len(items) or near in seed_positions:
        return ""
    item = items[near]
    if (item.bullet or item.section != items[position].section
            or abs(item.index - items[position].index) > 2 or not _header_line(items, near, patterns)):
        return ""
    name = employer_name(pieces_of(item.text)[0], patterns) if pieces_of(item.text) else ""
    return name if name and classify(name, patterns).kind in ("name", "employer") else ""


def _titles_by_position(built: list[tuple[_Seed, int, str, str, str]], items: list[ResumeLine],
                        seed_positions: set[int], patterns: FitPatterns) -> None:
    """Titles the vocabulary does not know ("Mine Overseer", "Diagnostic Radiographer"), read
    from where the résumé puts its titles: when at least two other roles have their title alone
    on the line right below (or above) their dated line, a role with an employer but no title,
    or one titled by its employer's name, takes the plain line in that place."""
    for step in (1, -1):
        placed = 0
        for seed, _first, title, _employer, _header in built:
            beside = _line_beside(items, seed.position, step, seed_positions, patterns)
            placed += bool(title) and not seed.step and beside == title
        if placed < 2:
            continue
        for number, (seed, first, title, employer, header) in enumerate(built):
            if seed.step or seed.sub or not employer or (title and title != employer):
                continue
            beside = _line_beside(items, seed.position, step, seed_positions, patterns)
            if beside and beside != employer:
                built[number] = (seed, first, beside, employer, header)
                continue
            other = _employer_beside(items, seed.position, -step, seed_positions, patterns)
            if beside and beside == employer and other:
                # the name in the titles' place was taken for the employer: the employer is the
                # name on the dated line's other side ("Princess Alexandra Hospital, Brisbane")
                built[number] = (seed, first, beside, other, header)
        return


def _after_title(line: str, header: Header) -> bool:
    """True when a header line names its title before the other name ("Manager – Delivery")."""
    title_at, other_at = line.find(header.title), line.find(header.employer)
    return 0 <= title_at < other_at


def _title_first(built: list[tuple[_Seed, int, str, str, str]], untitled: dict[int, list[str]]
                 ) -> bool:
    """True when the roles whose title and employer were both recognised write the title before
    the employer (on one line or on the line above), as most résumés keep one layout."""
    before = after = 0
    for number, (_seed, _first, title, employer, header) in enumerate(built):
        if number in untitled or not title or not employer:
            continue
        title_at = header.find(title.split(" – ")[0])
        employer_at = header.find(employer)
        if title_at < 0 or employer_at < 0:
            continue
        if title_at < employer_at:
            before += 1
        else:
            after += 1
    return before >= 2 and before > after * 2


def _by_layout(names: list[str], patterns: FitPatterns) -> tuple[str, str] | None:
    """Title and employer of a header with no title word, in a résumé that puts titles first:
    the first plain name is the title and the next the employer ("Planificatrice — Biscuits
    Morin, Tours"; "Sanitäter, Rotes Kreuz, Linz")."""
    names = [name for name in names if not is_place(name, patterns)]
    if len(names) >= 2:
        return names[0], employer_name(names[1], patterns)
    if len(names) == 1 and "," in names[0]:
        head, tail = names[0].split(",", 1)
        employer = employer_name(tail.strip(), patterns)
        if head.strip() and employer:
            return head.strip(), employer
    return None


def _a_town(name: str) -> bool:
    """True when spaCy's entities read a header's plain name as a place: the name is set in a
    sentence about moving there, since a lone word gives the tagger no context."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(entities=True)(f"She moved to {name} last year.")
    return any(entity.label_ in ("GPE", "LOC") and entity.start_char == 13
               and entity.end_char >= 13 + len(name.split(",")[0]) for entity in doc.ents)


SELF_EMPLOYED = "Self-employed"
"""The employer of a role the candidate worked for themselves (content/fit/cues.yaml:
evidence.self_employed)."""


TITLE_LABEL_RE = re.compile(
    r"^(?:designation|position|role|job title|title|post|(?:occupation or )?position held|"
    r"post held|occupation|function|fonction|poste(?: occup[ée])?|funzione|lavoro o posizione "
    r"ricoperti|posizione|berufsbezeichnung|position/title)\s*:\s*(.+)$", re.IGNORECASE)
"""A label over a role's title, the European CV form's among them ("Occupation or position
held:")."""
EMPLOYER_LABEL_RE = re.compile(
    r"^(?:company|employer|organi[sz]ation|firm|name and address of (?:the )?employer|"
    r"name of (?:the )?employer|employer['’]?s? name|company name|organi[sz]ation name|agency|"
    r"nome e indirizzo del datore di lavoro|datore di lavoro|arbeitgeber|employeur|unternehmen|"
    r"entreprise)\s*:\s*(.+)$", re.IGNORECASE)
"""A label over a role's employer ("Name and address of employer:", "Agency:")."""
DATE_LABEL_RE = re.compile(
    r"^(?:duration|period|dates?|tenure|from|dates? of employment|employment dates|"
    r"dates? \(from\s*[–-]\s*to\)|from\s*[–-]\s*to|zeitraum|date \(da\s*[–-]\s*a\)|"
    r"p[ée]riode)\s*:?\s*$", re.IGNORECASE)


LABEL_ONLY_RE = re.compile(r"^[A-Za-z][A-Za-z /&'’-]{1,40}:$")
"""A label whose value stands apart, in the next column or on the next line ("Company:")."""
LABEL_RE = re.compile(r"^[A-Za-z][A-Za-z /&'’-]{1,40}:(?:\s|$)")
"""A line that starts with a label ("Company: Acme", "Reported to: | Plant Manager")."""


LABELLED_BLOCK_LINES = 4
"""How many lines of labelled fields a post's block may hold on one side of its dates."""


def _labels_a_post(text: str) -> bool:
    """A line labelled as a post's title or employer ("Designation: …", "Company: …")."""
    return bool(TITLE_LABEL_RE.match(text) or EMPLOYER_LABEL_RE.match(text))


def _labelled_post_below(items: list[ResumeLine], position: int, seeds: set[int]) -> bool:
    """The dated line's post is labelled in the lines under it (the European form: "Dates" then
    "Occupation or position held: …"), before a bullet or the next dated line."""
    for walk in range(position + 1, min(position + 1 + LABELLED_BLOCK_LINES, len(items))):
        item = items[walk]
        if walk in seeds or item.bullet or item.index - items[walk - 1].index > 1:
            return False
        if _labels_a_post(item.text):
            return True
    return False


def _labelled_post_above(items: list[ResumeLine], position: int, seeds: set[int]) -> bool:
    """A line labelled as a post's title or employer stands over ``position`` in the same run
    of lines, with no bullet, dated line or gap between them."""
    for walk in range(position - 1, max(position - 1 - LABELLED_BLOCK_LINES, -1), -1):
        item = items[walk]
        if walk in seeds or item.bullet or items[walk + 1].index - item.index > 1:
            return False
        if _labels_a_post(item.text):
            return True
    return False


def _label_value(text: str) -> str:
    """A line labelled as a title or an employer read as its value ("Occupation or position held:
    Commodity Manager" → "Commodity Manager"); any other line as it is."""
    labelled = TITLE_LABEL_RE.match(text) or EMPLOYER_LABEL_RE.match(text)
    return labelled.group(1).strip() if labelled else text


def _other_label(text: str, patterns: FitPatterns) -> bool:
    """A line whose label names neither a title, an employer nor dates ("Type of business or
    sector: …", "Main activities and responsibilities: …"): no part of a role's header. A job
    title before a colon ("Plant Manager: Smelter") is no label, unless what follows gives a
    person's telephone or e-mail ("Supervisor: J. Smith, (555) 010-0199"): the person the
    candidate reported to, as a federal résumé names them under each post."""
    label = LABEL_RE.match(text)
    return (label is not None and label.end() < len(text.rstrip())
            and (not has_title(text[: label.end()], patterns)
                 or CONTACT_RE.search(text[label.end():]) is not None)
            and TITLE_LABEL_RE.match(text) is None and EMPLOYER_LABEL_RE.match(text) is None
            and DATE_LABEL_RE.match(text[: label.end()].strip()) is None)


FIELD_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")
"""The separator between the fields of a dated line ("Oct 2020 – Aug 2023 · Hours per week: 60")."""


def _without_other_fields(rest: str, patterns: FitPatterns) -> str:
    """A dated line's words without its fields labelled as neither a title, an employer nor
    dates ("Hours per week: 60", "Rank: Colonel (O-6)", "Grade: GS-13"): what the post is called
    stands elsewhere in its header."""
    pieces = FIELD_SEPARATOR_RE.split(rest)
    if len(pieces) < 2:
        return rest  # "Secondment: Trentside University": a label over the whole header
    kept = [piece for piece in pieces if not _other_label(piece.strip(" *_"), patterns)]
    return rest if len(kept) == len(pieces) else " · ".join(kept)


def _labelled_header(header: str, patterns: FitPatterns) -> tuple[str, str] | None:
    """Title and employer from labelled lines ("Company: …", "Designation: …", or the label and
    its value in two columns), else None. Other labels ("Reported to: …") name neither."""
    title = employer = ""
    pieces: list[str] = []
    for piece in (part.strip() for part in header.split(" | ")):
        if pieces and LABEL_ONLY_RE.match(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    for piece in pieces:
        titled = TITLE_LABEL_RE.match(piece.strip())
        if titled:
            title = titled.group(1).strip(" ,;")
        named = EMPLOYER_LABEL_RE.match(piece.strip())
        if named:
            employer = _labelled_employer(named, patterns)
    if not title and not employer:
        return None
    return title, employer


ADDRESS_LABEL_RE = re.compile(r"(?i)\b(?:address|indirizzo|adresse)\b")
"""A label that gives the employer's name and then its address after a comma."""


def _labelled_employer(label: re.Match[str], patterns: FitPatterns) -> str:
    """The name an employer's label gives, without the place after it ("Acme Ltd – Leeds, West
    Yorkshire"); a label of name and address gives the name before the first comma ("Name and
    address of employer: Acme SRL, Str. Fabricii nr. 5, Pitești")."""
    value = label.group(1).strip(" ,;")
    if ADDRESS_LABEL_RE.search(label.group(0)[: label.start(1)]):
        value = value.split(",")[0].strip()
    first = pieces_of(value)
    return employer_name(first[0], patterns) if first else value


def _employers_after_activities(items: list[ResumeLine], seeds: list[_Seed],
                                patterns: FitPatterns) -> dict[int, tuple[str, int]]:
    """The employer of each post whose labelled fields put it after the post's activities, as
    the older European form does ("Dates", "Occupation or position held", the activities, then
    "Name and address of employer"): by the post's dated line, the employer and the line naming
    it. Such a line belongs to the post above it, never to the next post's header."""
    found: dict[int, tuple[str, int]] = {}
    positions = [seed.position for seed in seeds]
    for number, seed in enumerate(seeds):
        end = positions[number + 1] if number + 1 < len(positions) else len(items)
        titled = activities = False
        for walk in range(seed.position + 1, end):
            item = items[walk]
            if item.section != items[seed.position].section:
                break
            text = item.text.strip(" *_")
            if not item.bullet and TITLE_LABEL_RE.match(text) and not activities:
                titled = True
            elif item.bullet or (_other_label(text, patterns) and not _labels_a_post(text)):
                activities = activities or titled
            elif activities and not item.bullet and (named := EMPLOYER_LABEL_RE.match(text)):
                employer = _labelled_employer(named, patterns)
                if employer:
                    found[seed.position] = (employer, walk)
                break
    return found


def _is_blank_header(rest: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", rest)) == 0


ENUMERATION_RE = re.compile(r"^\s*[*_]*\s*(?:\(?\d{1,2}\)|\d{1,2}\.(?!\d)|\(?[a-hA-H]\))\s+")
"""A list number before a header ("1) Acme Ltd", "2. Acme Ltd", "(b) Acme Ltd"): no part of a name."""


def _strip_header(text: str) -> str:
    """A header without a list number before it, empty brackets, markup left at its ends or an
    unbalanced bracket."""
    text = ENUMERATION_RE.sub("", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" |,–—-·:;*_")
    while text.endswith("(") or (text.endswith(")") and text.count(")") > text.count("(")):
        text = text[:-1].rstrip(" |,–—-·:;*_")
    while text.startswith(")") or (text.startswith("(") and text.count("(") > text.count(")")):
        text = text[1:].lstrip(" |,–—-·:;*_")
    return text


OWN_SCOPE_RE = re.compile(
    r"\b(?:I|my|we|our)\b|\blead|\bled\b|\bmanag|\brespons|\baccountab|\bspan of control\b"
    r"|\breport(?:s|ing)? (?:to|in)\b|\bdirected\b|\bheaded\b|\boversaw\b|\boversee|\bran\b"
    r"|\brunning\b|\bowned\b|\bowning\b|\bbudget holder\b|\bin charge\b|\bteam\b",
    re.IGNORECASE)
"""Words that make a line the candidate's own scope ("Span of control: 4 managers", "I lead a
team of 65") rather than a description of the employer."""


def describes_employer(item: ResumeLine, roles: tuple[Role, ...]) -> bool:
    """True for a line under a role's header, before its first bullet, that describes the
    employer ("Tier-1 automotive supplier, revenue EUR 1.2 bn, 4,500 employees") without saying
    the candidate led or owned any of it: its head-counts and money are the organisation's size,
    not the candidate's team or budget."""
    if item.bullet or item.role is None or item.section != "experience" or item.role >= len(roles):
        return False
    if item.index <= roles[item.role].line:
        return False
    return not OWN_SCOPE_RE.search(item.text)


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
    by_pattern = [team_sizes_in(item.text, patterns) for item in lines]
    # The parse also reads what the patterns miss in the same line ("Lead 3 managers and 14 team
    # leaders; 145 adjusters"): every head-count either way is kept.
    parsed = led_headcounts([item.text for item in lines], patterns)
    for number, sizes in enumerate(parsed):
        by_pattern[number] += [size for size in sizes if size not in by_pattern[number]]
    for item, sizes in zip(lines, by_pattern, strict=True):
        text = item.text
        employer = describes_employer(item, roles)
        for size in sizes if not employer else ():
            team_sizes.append(Quantity(size, text, line=item.index))
        for value, currency, kind in amounts_in(text) if not employer else ():
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

    # Years of management count only roles that show leading people: a team leader or above on
    # the leadership ladder (by title or by the role's own lines), never an engineer's years.
    floor = leadership_rank("team_leader", patterns)
    if floor >= 0:
        managing = [role for role in roles if leadership_rank(role.level, patterns) >= floor]
    else:
        managing = [role for role in roles if role.title and patterns.level_of(role.title)]
    return covered(list(roles)), covered(managing)
