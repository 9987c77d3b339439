"""A regulation switch read from the regulators both documents name: the advert asks for work
under one country's regulator (a stated requirement or duty naming it), and the résumé names
only regulators of other countries in a sector they share. The candidate knows a regime, just
not this one, whatever the places of the roles say.

Regulators are data (content/fit/concerns.yaml ``regulators``: name, country, sectors,
patterns). The concern is never raised when the résumé names any regulator of a country the
advert's regulators belong to (the résumé answers it), nor from a line the advert marks as
desirable, nor when the résumé names no regulator at all (nothing shows a different regime:
``jurisdiction.py`` reads that case from the places of the roles).
"""

from __future__ import annotations

import re
from functools import lru_cache

from poise.content.schema.fit import Regulator
from poise.fit.concerns.evidence import best_achievement
from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.sector import switch_under_regulator
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeLine

RESUME_SECTIONS = frozenset({"experience", "summary"})
"""Résumé sections whose lines show work under a regulator (a course list shows none)."""


@lru_cache(maxsize=4)
def _compiled(patterns: FitPatterns) -> tuple[tuple[Regulator, tuple[re.Pattern[str], ...]], ...]:
    return tuple((regulator, tuple(re.compile(p, re.IGNORECASE) for p in regulator.patterns))
                 for regulator in patterns.content.concerns.regulators)


def regulators_named(text: str, patterns: FitPatterns) -> list[Regulator]:
    """Every regulator of the lexicon a text names, in the lexicon's order."""
    return [regulator for regulator, compiled in _compiled(patterns)
            if any(pattern.search(text) for pattern in compiled)]


def regulator_mentions(text: str, patterns: FitPatterns) -> list[tuple[Regulator, int]]:
    """Every regulator of the lexicon a text names, with where its first mention starts."""
    found = []
    for regulator, compiled in _compiled(patterns):
        starts = [hit.start() for pattern in compiled if (hit := pattern.search(text))]
        if starts:
            found.append((regulator, min(starts)))
    return found


def _stated(requirement: Requirement) -> bool:
    """True for a requirement or duty the advert states, not one it only welcomes."""
    return (requirement.must or requirement.section == "duties") and requirement.section != "nice"


def regulator_switch(context: Context) -> tuple[Requirement, Regulator, ResumeLine, Regulator] | None:
    """(the advert's line, its regulator, the résumé's line, the other country's regulator it
    names) when the advert's stated lines name most often regulators of countries
    (``_main_countries``) the résumé names none of,
    and the résumé names a regulator of another country sharing a sector with the advert's; None
    otherwise."""
    patterns = context.patterns
    asked = [(requirement, regulator) for requirement in context.job.requirements
             if _stated(requirement)
             for regulator in regulators_named(requirement.text, patterns)]
    if not asked:
        return None
    countries = _main_countries(asked)
    asked = [(requirement, regulator) for requirement, regulator in asked
             if regulator.country in countries]
    shown = [(line, regulator) for line in context.resume.lines if line.section in RESUME_SECTIONS
             for regulator in regulators_named(line.text, patterns)]
    if any(regulator.country in countries for _, regulator in shown):
        return None  # the résumé names a regulator of the post's country: that regime is known
    for requirement, wanted in asked:
        for line, other in shown:
            if set(wanted.sectors) & set(other.sectors):
                return requirement, wanted, line, other
    return None


def _main_countries(asked: list[tuple[Requirement, Regulator]]) -> set[str]:
    """The countries whose regulators the most stated lines name: the post's own regime. A
    regional post names the other markets' regulators once, in passing ("support the country
    heads with HKMA and BNM"), and its own in line after line."""
    lines: dict[str, set[str]] = {}
    for requirement, regulator in asked:
        lines.setdefault(regulator.country, set()).add(requirement.id)
    most = max(len(ids) for ids in lines.values())
    return {country for country, ids in lines.items() if len(ids) == most}


def regulator_switch_draft(context: Context) -> Draft | None:
    """The sector-switch concern for a post under a regulator the résumé shows another country's
    counterpart of (see the module's docstring), else None."""
    found = regulator_switch(context)
    if found is None:
        return None
    requirement, wanted, line, other = found
    return switch_under_regulator(requirement, context, to=wanted.name, since=other.name,
                                  resume_line=line, support=best_achievement(context, recent=True),
                                  variant="regulator")
