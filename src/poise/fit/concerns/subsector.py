"""A move between sub-sectors: gas networks to water, a bank to an insurer, acute hospitals to aged
care, medical devices to medicines, one mined commodity to another.

The sector reader sees one industry on both sides of such a move ("energy", "healthcare",
"mining"), or two industries it counts as related, so it raises no switch; a recruiter still asks
how quickly the candidate would learn the other work, rules and regulator. Sub-sectors are data
(``sub_sectors`` in content/fit/lexicons.yaml). The post's sub-sector is the one the advert names
most, at least twice and more than any the candidate's recent roles name; the switch is raised
when none of the roles of the last ``RECENT_MONTHS`` names it, and those roles name another (the
one the candidate comes from). A sub-sector left long ago counts as not held: the key worry is
dated knowledge.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from poise.fit.concerns.employer_lines import employer_lines
from poise.fit.concerns.evidence import best_achievement
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeLine, ResumeProfile, Role

RECENT_MONTHS = 72
"""How far back a role counts as the candidate's current sub-sector: six years."""
MIN_MENTIONS = 2
"""How often the advert must name a sub-sector for it to be the post's."""
FLAGS = re.IGNORECASE

SubSectors = tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]


@lru_cache(maxsize=4)
def sub_sectors(patterns: FitPatterns) -> SubSectors:
    """(id, name, compiled patterns) of every sub-sector of the lexicon."""
    return tuple((sub.id, sub.name, tuple(re.compile(p, FLAGS) for p in sub.patterns))
                 for sub in patterns.content.lexicons.sub_sectors)


def named_in(text: str, subs: SubSectors) -> Counter[str]:
    """How often ``text`` names each sub-sector (each pattern's hits, added up)."""
    counts: Counter[str] = Counter()
    for sub_id, _name, regexes in subs:
        hits = sum(len(regex.findall(text)) for regex in regexes)
        if hits:
            counts[sub_id] = hits
    return counts


def advert_counts(context: Context, subs: SubSectors) -> tuple[Counter[str], dict[str, str]]:
    """How often the advert names each sub-sector, and the first line naming it, on the lines
    that say what the employer is and does (``employer_lines``: not a qualification asked, a
    benefit, the hiring process or a policy)."""
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for line in employer_lines(context, naming=[regex for _, _, regexes in subs for regex in regexes]):
        for sub_id, hits in named_in(line, subs).items():
            counts[sub_id] += hits
            quotes.setdefault(sub_id, line)
    return counts, quotes


def role_lines(role: Role, resume: ResumeProfile) -> list[ResumeLine]:
    """The lines of a role: its heading and its bullets."""
    by_index = {line.index: line for line in resume.lines}
    indices = {role.line, *role.lines}
    return [by_index[index] for index in sorted(indices) if index in by_index]


def career_sub_sectors(resume: ResumeProfile, subs: SubSectors
                       ) -> tuple[Counter[str], set[str], dict[str, ResumeLine]]:
    """The sub-sectors the recent roles name (with how often), those any role names, and a line
    naming each recent one."""
    recent: Counter[str] = Counter()
    ever: set[str] = set()
    quotes: dict[str, ResumeLine] = {}
    for role in resume.roles:
        end = resume.today if role.current or role.end_max is None else role.end_max
        is_recent = resume.today - end <= RECENT_MONTHS
        for line in role_lines(role, resume):
            named = named_in(line.text, subs)
            ever.update(named)
            if is_recent:
                recent.update(named)
                for sub_id in named:
                    quotes.setdefault(sub_id, line)
    return recent, ever, quotes


def subsector_switch_draft(context: Context) -> Draft | None:
    """The sub-sector switch concern (see the module's docstring), or None."""
    subs = sub_sectors(context.patterns)
    if not subs or not context.resume.roles:
        return None
    asked, job_quotes = advert_counts(context, subs)
    if not asked:
        return None
    recent, _ever, resume_quotes = career_sub_sectors(context.resume, subs)
    if not recent:
        return None  # the roles name no sub-sector: nothing to say where the candidate comes from
    target, mentions = asked.most_common(1)[0]
    if mentions < MIN_MENTIONS or target in recent:
        return None
    if any(asked[sub_id] >= mentions for sub_id in recent):
        return None  # the advert names the candidate's own sub-sector as often
    names = {sub_id: name for sub_id, name, _ in subs}
    source = recent.most_common(1)[0][0]
    values = Values()
    values["switch_kind"] = "Sub-sector switch"
    values["switch_from"] = names[source]
    values["switch_to"] = names[target]
    return Draft(
        plan_step=context.patterns.content.concerns.switch_plans["regulation"],
        kind="industry_switch",
        key="industry_switch",
        score=float(context.template("industry_switch").score) + min(10.0, 2.0 * (mentions - 2)),
        values=values,
        job_line=job_quotes[target],
        resume_line=resume_quotes.get(source),
        support=best_achievement(context, recent=True),
    )
