"""A move of regime between the regions of one country that run some sectors themselves: the
four nations of the United Kingdom each legislate, inspect and fund health, schools, housing and
local government, so a career in Wales's schools or Scotland's health service is a career under
another regime than England's, however close the work.

Read as facts: the regions and their sectors from content/fit/lexicons.yaml
``devolved_regimes``; the post's region from the towns of its place (GeoNames first-level codes,
``distance.place_regions``); the career's from its recent roles' headers (and the line under
each) and the address, as ``jurisdiction`` reads a career's countries (work that ended more than
``jurisdiction.RECENT_MONTHS`` ago knows an older regime). Raised only when the advert's own
sector is one the regions run, the post lies in one region for certain, the career lies in
the same country (a town's name shared abroad aside) but none of its places in the post's
region, and no line of a recent role names that region. Pure apart from the gazetteer's cached index.
"""

from __future__ import annotations

import re

from poise.fit.career_places import career_countries, role_place_texts
from poise.fit.concerns.evidence import best_achievement
from poise.fit.concerns.jurisdiction import ASIDE_RE, RECENT_MONTHS, WISH_RE, _legal_line
from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.sector import employer_sectors, switch_under_regulator
from poise.fit.distance import place_regions
from poise.fit.resume_reader import ResumeLine


def career_regions(context: Context, country: str, since: int) -> set[str]:
    """The regions of ``country`` the recent roles' places and the address (without its
    asides) lie in."""
    found: set[str] = set()
    for text in role_place_texts(context.resume, since=since):
        found |= place_regions(text, country)
    location = ASIDE_RE.sub(" ", context.resume.location or "")
    return found | place_regions(location, country)


def _names_region(context: Context, name: str, since: int) -> bool:
    """True when a line of a recent role or the summary names the region (work there is on the
    record), a wish to work there aside."""
    stale = {number for number, role in enumerate(context.resume.roles)
             if not role.current and role.end is not None and role.end.index < since}
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(pattern.search(line.text) for line in context.resume.lines
               if line.section in ("experience", "summary") and line.role not in stale
               and not WISH_RE.search(line.text))


def _place_line(context: Context, country: str, since: int) -> ResumeLine | None:
    """The first line of a recent role's header lines that places it in a region."""
    by_index = {line.index: line for line in context.resume.lines}
    for role in context.resume.roles:
        if not role.current and role.end is not None and role.end.index < since:
            continue
        for index in (role.line, *role.lines[:2]):
            line = by_index.get(index)
            if line is not None and not line.bullet and place_regions(line.text, country):
                return line
    return None


def nation_regime_draft(context: Context) -> Draft | None:
    """The regulation-switch concern for a move between two regions' regimes of one country
    (see the module's docstring), else None."""
    job, resume, patterns = context.job, context.resume, context.patterns
    if not job.location:
        return None
    since = resume.today - RECENT_MONTHS
    for regime in patterns.content.lexicons.devolved_regimes:
        posts = place_regions(job.location, regime.country)
        if len(posts) != 1:
            continue
        post = next(iter(posts))
        if post not in regime.regions:
            continue
        countries = career_countries(resume, patterns, possible_home=True, since=since)
        if countries and regime.country not in countries:
            continue  # a career placed only in other countries is a move abroad
        held = career_regions(context, regime.country, since) & set(regime.regions)
        if not held or post in held or _names_region(context, regime.regions[post], since):
            continue
        own = employer_sectors(context)
        if not own or own[0][0] not in regime.sectors:
            continue
        requirement = _legal_line(context) or next(
            (item for item in job.requirements if item.must and "regulation" in item.kinds), None)
        if requirement is None:
            continue
        home = regime.regions[sorted(held)[0]]
        draft = switch_under_regulator(requirement, context, to=regime.regions[post], since=home,
                                       resume_line=_place_line(context, regime.country, since),
                                       support=best_achievement(context, recent=True),
                                       variant="nation_rules")
        draft.plan_step = patterns.content.concerns.switch_plans["nation"]
        return draft
    return None
