"""Career-pattern concerns: short stints, gaps and career breaks, and a step up in level."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from poise.fit.concerns.evidence import (
    best_achievement,
    header_line,
    join_items,
    line_with_text,
    role_achievement,
)
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.time_out import cue_is_work
from poise.fit.dates import RANGE_RE, date_range
from poise.fit.lexicon import any_match
from poise.fit.resume_reader import Period, ResumeLine, ResumeProfile, Role
from poise.fit.text import sentences_of

SHORT_TENURE_MONTHS = 24
"""A finished stint of two years or less is short; two of them are a pattern a recruiter asks about."""


EARLY_CAREER_MONTHS = 36
"""Stints begun in the first three years of a career in posts below any management level
(a graduate scheme, a first analyst job) are its start, not a pattern of leaving."""


GAP_MONTHS = 6
"""Months out of work that make a gap worth preparing for at the end of a record (no current
role) and that make a dated break a career break: six whole months or more."""
BETWEEN_ROLES_GAP_MONTHS = 3
"""Months with no role between two dated roles that a recruiter asks about when nothing explains
them: three whole months or more (the recruiters' keys of the development rounds raise seven of
the eight unexplained gaps of three to five months). Dates given by the year alone are read at
their widest, so they make no gap of their own."""


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Stint:
    employer: str
    roles: tuple[Role, ...]
    months: int
    current: bool
    by_design: bool


def _stints(resume: ResumeProfile) -> list[Stint]:
    """Consecutive roles at one employer joined into one stint (a promotion is not a move)."""
    ordered = sorted((role for role in resume.roles if role.start is not None),
                     key=lambda role: role.start_min or 0)
    stints: list[Stint] = []
    for role in ordered:
        name = _employer_key(role.employer)
        if stints and name and _employer_key(stints[-1].employer) == name:
            last = stints.pop()
            start = min(r.start_min or 0 for r in (*last.roles, role))
            end = max((r.start_min or 0) + r.months - 1 for r in (*last.roles, role))
            stints.append(Stint(last.employer, (*last.roles, role), end - start + 1,
                                 last.current or role.current, last.by_design and role.short_by_design))
            continue
        stints.append(Stint(role.employer, (role,), role.months, role.current, role.short_by_design))
    return stints


def _employer_key(name: str) -> str:
    key = re.sub(r"\b(?:ltd|limited|inc|gmbh|sa|sas|plc|llc|bv|ag|group|the)\b\.?", "", name.lower())
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


def short_tenures_draft(context: Context) -> Draft | None:
    short = []
    starts = [role.start_min for role in context.resume.roles if role.start_min is not None]
    career_start = min(starts, default=0)
    for stint in _stints(context.resume):
        if stint.current or stint.by_design:
            continue
        began = min(role.start_min or 0 for role in stint.roles)
        if began < career_start + EARLY_CAREER_MONTHS and not any(
                context.patterns.level_of(role.title or "") for role in stint.roles):
            continue  # first jobs below any management level say nothing about staying now
        if stint.months <= SHORT_TENURE_MONTHS:
            short.append(stint)
    if len(short) < 2:
        return None
    described = []
    for stint in short:
        role = stint.roles[-1]
        who = f"{role.title} at {stint.employer}" if role.title and stint.employer else (
            role.title or stint.employer or "a role")
        described.append(f"{who} ({stint.months} months)")
    values = Values()
    values["count"] = str(len(short))
    values["tenure_list"] = join_items(described)
    score = float(context.template("short_tenures").score) + 8 * (len(short) - 2)
    ended = [stint for stint in _stints(context.resume) if not stint.current]
    if ended and ended[-1] in short:
        score += 6
    longest = max(_stints(context.resume), key=lambda stint: stint.months, default=None)
    support = role_achievement(context, longest.roles[-1]) if longest else None
    first = header_line(context.resume, short[-1].roles[-1])
    return Draft(
        kind="short_tenures",
        key="short_tenures",
        score=score,
        values=values,
        resume_line=first,
        support=support,
        quotes=[header_line(context.resume, stint.roles[-1]).text for stint in short],
    )


def employment_gap_draft(context: Context) -> Draft | None:
    resume = context.resume
    jobs = sorted((role for role in resume.roles if role.start is not None),
                  key=lambda role: role.start_min or 0)
    if not jobs:
        return None
    gaps: list[tuple[int, int, Role]] = []
    reach = jobs[0]
    reach_end = _end_max(jobs[0], resume.today)
    for role in jobs[1:]:
        start = role.start_min or 0
        if start - reach_end - 1 >= BETWEEN_ROLES_GAP_MONTHS:
            gaps.append((reach_end + 1, start - 1, reach))
        if _end_max(role, resume.today) >= reach_end:
            reach, reach_end = role, _end_max(role, resume.today)
    if not any(role.current for role in jobs) and resume.today - reach_end - 1 >= GAP_MONTHS:
        gaps.append((reach_end + 1, resume.today, reach))
    unexplained = [gap for gap in gaps if not _explained(gap[0], gap[1], context)]
    if not unexplained:
        return _career_break(context) or _told_break(gaps, context)
    start, end, before = max(unexplained, key=lambda gap: gap[1] - gap[0])
    months = end - start + 1
    values = Values()
    values["gap_months"] = str(months)
    # the title spans the months with no role, not the months of the roles around them
    values["gap_period"], values["gap_span"] = _gap_words(
        start, end, resume.today, by_years=_by_years(start, end, before, resume))
    score = float(context.template("employment_gap").score) + min(20.0, months / 2)
    before_line = header_line(resume, before)
    since = resume.today - end
    values["years_since"] = str(since // 12)
    return Draft(
        kind="employment_gap",
        key="employment_gap",
        score=score,
        values=values,
        resume_line=before_line,
        support=role_achievement(context, before),
        # a gap that ended years ago, with work since: no catching up on the market to promise
        variant="long_ago" if since >= PAST_BREAK_MONTHS else "",
    )


PAST_BREAK_MONTHS = 60
"""An unexplained gap that ended this long ago, with years of work since, is said as history
(the ``long_ago`` wording): nothing to catch up on."""
SETTLED_BREAK_MONTHS = 96
"""An explained break of six months or more that ended within eight years is still asked about,
lightly (the dates confirmed, how the candidate came back); one that ended longer ago, with
most of a decade of work since, is history no interviewer needs answered, unless it was a long
one (``LONG_BREAK_MONTHS``)."""
LONG_BREAK_MONTHS = 18
"""An explained break of a year and a half or more is asked about however long ago it was: how
the candidate came back, and what they kept up while away."""
RECENT_BREAK_MONTHS = 24
"""An explained break that ended within two years is the candidate's latest move, so even a
short one (``SHORT_BREAK_MONTHS``) is asked about: what they have done since."""
SHORT_BREAK_MONTHS = 3
"""The shortest break out of work an interviewer asks about when it is recent."""


def _career_break(context: Context) -> Draft | None:
    """A break the résumé explains: a gentle concern with a kind answer plan, never a penalty."""
    resume = context.resume
    protected = context.patterns.evidence.get("protected_leave", ())
    # the résumé's breaks, not every dated period it explains: a board seat held beside a job
    # is time alongside work (``ResumeProfile.breaks``)
    spans = [(period, _stated_span(period)) for period in resume.breaks
             if period.kind == "break" and not any_match(protected, period.quote)]
    breaks = [(period, span) for period, span in spans
              if _break_asked(span[1] - span[0] + 1, resume.today - span[1])]
    if not breaks:
        return None
    period, (start, end) = max(breaks, key=lambda item: item[1][1] - item[1][0])
    period = replace(period, start=start, end=end)
    months = period.end - period.start + 1
    values = Values()
    values["gap_months"] = str(months)
    until = "now" if period.end >= resume.today else _month_name(period.end)
    values["gap_period"] = f"{_month_name(period.start)} and {until}"
    values["gap_span"] = f"{_month_name(period.start)} – {until}"
    line = line_with_text(resume, period.quote)
    earlier = [role for role in resume.roles if (role.end_max or resume.today) <= period.start + 1]
    support = role_achievement(context, earlier[0]) if earlier else None
    return _break_draft(context, values, line, support, resume.today - period.end)


def _break_draft(context: Context, values: Values, line: ResumeLine | None,
                 support: ResumeLine | None,
                 ago: int) -> Draft:
    """A career break the résumé explains, said kindly: ready to be back when it is recent, and
    only its dates confirmed when years of work follow it (``past_break``)."""
    values["years_since"] = str(ago // 12)
    return Draft(
        kind="employment_gap",
        key="employment_gap",
        score=float(context.template("employment_gap").score) - 10,
        values=values,
        resume_line=line,
        support=support,
        variant="past_break" if ago >= PAST_BREAK_MONTHS else "career_break",
    )


def _told_break(gaps: list[tuple[int, int, Role]], context: Context) -> Draft | None:
    """A gap between dated roles that the résumé accounts for only in words with no dates of
    their own ("after time away from work caring for a family member"): a career break whose
    dates the interviewer will want to confirm, said as kindly as a dated one. None when a dated
    period accounts for every gap, or no gap is one an interviewer asks about."""
    told = []
    for start, end, before in gaps:
        if _period_explains(start, end, context):
            continue
        line = _undated_account(context)
        if line is not None and _break_asked(end - start + 1, context.resume.today - end):
            told.append((start, end, before, line))
    if not told:
        return None
    start, end, before, line = max(told, key=lambda gap: gap[1] - gap[0])
    resume = context.resume
    values = Values()
    values["gap_months"] = str(end - start + 1)
    values["gap_period"], values["gap_span"] = _gap_words(
        start, end, resume.today, by_years=_by_years(start, end, before, resume))
    return _break_draft(context, values, line, role_achievement(context, before),
                        resume.today - end)


def _stated_span(period: Period) -> tuple[int, int]:
    """The months of a break, from the most precise range its line gives: a row dated by years
    may state the months inside it ("2016 – 2017 | Career sabbatical (July 2016 – January
    2017)"), and those are the break's."""
    for hit in RANGE_RE.finditer(period.quote):
        found = date_range(hit.group(0), period.end)
        if found is None:
            continue
        start, end, _current, _hit = found
        if start.precise and end is not None and end.precise and (start.index, end.index) != (
                period.start, period.end) and period.start <= start.index <= end.index:
            return start.index, end.index
    return period.start, period.end


def _break_asked(months: int, ago: int) -> bool:
    """Whether an explained break of ``months``, ended ``ago`` months before today, is one an
    interviewer asks about: six months or more within eight years, a year and a half or more at
    any time, three months or more within the last two years."""
    if months >= LONG_BREAK_MONTHS:
        return True
    if ago <= RECENT_BREAK_MONTHS:
        return months >= SHORT_BREAK_MONTHS
    return months >= GAP_MONTHS and ago <= SETTLED_BREAK_MONTHS


def _end_max(role: Role, today: int) -> int:
    if role.current or role.end is None:
        return today
    return role.end_max if role.end_max is not None else today


def _month_name(index: int) -> str:
    return f"{MONTH_NAMES[index % 12]} {index // 12}"


CONCURRENT_MONTHS = 12
"""How far a dated entry that is no break must run on both sides of a gap to be held alongside
the work around it (a certificate "2006 – current", a board seat of ten years), not time that
fills the gap."""


STUDY_MONTHS = 36
"""The longest course of study read as time that may fill a gap it spans (a degree of up to three
years); a longer dated entry around a gap is a standing one held beside the work."""


def _concurrent(period: Period, start: int, end: int, today: int) -> bool:
    """True when ``period`` is no break and runs ``CONCURRENT_MONTHS`` or more before and after
    the gap: it was held beside the jobs, and says nothing of the months between them. A
    finished course of study of up to ``STUDY_MONTHS`` is time the gap may have gone to, even
    when its whole years reach past the gap on both sides ("MBA, full-time, 2010–2012")."""
    if period.kind == "education" and period.end < today - 1 and (
            period.end - period.start + 1 <= STUDY_MONTHS):
        return False
    return (period.kind != "break" and period.start <= start - CONCURRENT_MONTHS
            and period.end >= end + CONCURRENT_MONTHS)


OFFERED_RE = re.compile(r"(?i)\b(?:open to|willing(?:ness)? to|available (?:for|to)|ready to|"
                        r"happy to|would (?:consider|welcome)|seeking|considering)\s+(?:\w+\s+)?$")
"""Words offering a move to come ("Open to relocation to Ontario"): a plan, never the account of
a gap that has been."""


def _explained(start: int, end: int, context: Context) -> bool:
    """Whether a dated period, or a line telling of time out, accounts for the gap."""
    if _period_explains(start, end, context):
        return True
    years = set(range(start // 12, end // 12 + 1))
    for item in context.resume.lines:
        cue = _time_out_cue(item.text, context)
        if cue:
            mentioned = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", item.text)}
            if mentioned & years or not mentioned:
                return True
    return False


def _period_explains(start: int, end: int, context: Context) -> bool:
    """Whether a dated period covers half the gap or more. A period held beside the work
    around the gap (``_concurrent``), or one dated by whole years that began in a year before
    the gap's ("a language learned on site, 2004–2006"), covers its months only by the rounding
    of its years, and accounts for nothing."""
    length = end - start + 1
    for period in context.resume.periods:
        if _concurrent(period, start, end, context.resume.today) or _beside_earlier_work(
                period, start):
            continue
        for first, last in _spans(period):
            overlap = min(end, last) - max(start, first) + 1
            if overlap >= max(1, length // 2):
                return True
    return False


def _spans(period: Period) -> list[tuple[int, int]]:
    """The period's months as read, then every dated range its own line states ("MBA — 2012
    (full-time programme, 2010–2012)" read as 2012 holds 2010–2012)."""
    spans = [(period.start, period.end)]
    for hit in RANGE_RE.finditer(period.quote):
        found = date_range(hit.group(0), period.end)
        if found is None:
            continue
        first, last, current, _hit = found
        if last is None or current:
            continue
        spans.append((first.index if first.precise else first.year * 12,
                      last.index if last.precise else last.year * 12 + 11))
    return spans


def _beside_earlier_work(period: Period, gap_start: int) -> bool:
    """True for a period that is no break nor study, dated by whole years only, that began in a
    year before the gap's: it ran beside the work before the gap, and its last year covers the
    gap's months only because no month is given."""
    if period.kind in ("break", "education") or period.start % 12 or period.end % 12 != 11:
        return False
    if re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|"
                 r"\b\d{1,2}[./]\d{4}\b|\b\d{4}[./-]\d{1,2}\b", period.quote):
        return False  # months are given: the span is as stated
    return period.start // 12 < gap_start // 12


def _time_out_cue(text: str, context: Context) -> bool:
    """Whether a line tells of time out of work (caring, study, travel), not of a move offered
    for the future nor of work the cue names."""
    cue = any_match(context.patterns.evidence["gap_explained"], text)
    return cue is not None and not OFFERED_RE.search(text[:cue.start()]) and not cue_is_work(
        text, cue, context.patterns.evidence.get("time_out_owner", ()))


def _undated_account(context: Context) -> ResumeLine | None:
    """The first sentence that tells of time out of work with no year of its own (an account of
    a gap that gives no dates), as a line of its own so that only it is quoted."""
    for item in context.resume.lines:
        if not _time_out_cue(item.text, context) or YEAR_RE.search(item.text):
            continue
        cues = context.patterns.evidence["gap_explained"]
        told = next((sentence for sentence in sentences_of(item.text)
                     if any_match(cues, sentence) is not None), item.text)
        return replace(item, text=told.strip())
    return None


YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _by_years(start: int, end: int, before: Role, resume: ResumeProfile) -> bool:
    """Whether the gap lies between roles dated by years only (the role before it ends in a
    year, the role after it starts in one), so that its months are not known."""
    after = [role for role in resume.roles if role.start_min == end + 1]
    return (before.end is not None and not before.end.precise and bool(after)
            and all(role.start is not None and not role.start.precise for role in after))


def _gap_words(start: int, end: int, today: int, *, by_years: bool) -> tuple[str, str]:
    """The gap said as "between X and Y" and as its span. A gap between roles dated by years
    is said in years ("between 2015 and 2017", "2016"): its months would be invented."""
    if by_years and end < today and start % 12 == 0 and end % 12 == 11:
        first, last = start // 12, end // 12
        span = str(first) if first == last else f"{first} – {last}"
        return f"{first - 1} and {last + 1}", span
    until = "now" if end >= today else _month_name(end + 1)
    return (f"{_month_name(start - 1)} and {until}",
            f"{_month_name(start)} – {'now' if end >= today else _month_name(end)}")


def level_step_up(context: Context) -> Draft | None:
    order = {"manager": 0, "director": 1, "executive": 2}
    job_level, have = context.job.level, context.resume.level
    if have is None or order.get(job_level, 0) - order.get(have, 0) < 2:
        return None
    values = Values()
    article = "an" if job_level[:1] in "aeiou" else "a"
    values["scope_from"] = f"{have}-level roles"
    latest = max(context.resume.roles, key=lambda role: role.start_min or 0)
    line = context.resume.line(latest.line)
    return Draft(
        parts={"level": (1.0, f"{have}-level roles → {article} {job_level} role")},
        kind="scope_step_up",
        key="scope_step_up",
        score=float(context.template("scope_step_up").score) + 6,
        values=values,
        job_line=context.job.title,
        resume_line=line,
        support=best_achievement(context, recent=True),
        plan_step=context.patterns.content.concerns.scope_plans["level"],
    )
