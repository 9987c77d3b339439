"""Quantities a requirement states, read against what the résumé states: the years of the kind
asked ("10+ years in contract logistics") counted from the roles that show that kind, and whether
every quantity both sides state is met.

Years of a kind come from two places: the months of the roles holding a line close to the
requirement in meaning (the kind shown in that role's work, overlapping roles counted once), and
a close line that states its own span ("… with 15 years in shared services") for the same kind.
A quantity is compared only when both sides state one: a résumé that states no budget is not a
budget shown short (that stays the separate "unshown" reading of the head).

Pure: reads what the fit already read (the résumé, the similarity of its lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from poise.fit.job_reader import Requirement
from poise.fit.resume_reader import ResumeProfile
from poise.fit.text import to_number
from poise.fit.years import SPAN_RE

KIND_CLOSE = 0.5
"""Blended similarity at or above which a line shows the kind of work a span of years asks (as
``verdict_features.ROLE_CLOSE``)."""
MET = 0.9
"""A quantity shown at this share of the one asked (or more) meets it (as ``match.SCOPE_MET``)."""


def asked_years(requirement: Requirement) -> float | None:
    """The years of the kind the requirement asks, as the job reader read them (its first span:
    "12 years in shared services, including 5 managing a centre" asks 12 of shared services; the
    later span is read by ``poise.fit.years``); None when it asks none."""
    return requirement.numbers.get("years") or None


def months_of_roles(resume: ResumeProfile, roles: Iterable[int]) -> int:
    """Months covered by the roles at ``roles`` (positions in ``resume.roles``), overlaps once."""
    months: set[int] = set()
    for index in roles:
        if not 0 <= index < len(resume.roles):
            continue
        role = resume.roles[index]
        if role.start_min is None:
            continue
        months.update(range(role.start_min, role.start_min + role.months))
    return len(months)


PART_OF_CAREER_RE = re.compile(r"(?i)\b(?:incl(?:uding|\.)|of which|the (?:last|past|latest)|"
                               r"within|among)\W+(?:\w+\W+){0,2}$")
"""Words before a span that make it a part of a career ("including 5 years as its head")."""


def stated_span(text: str) -> float | None:
    """The years a line states for itself in its first span ("… leader with 15 years in shared
    services" → 15); None when it states none, or a part of a career only ("including 5
    years")."""
    span = SPAN_RE.search(text)
    if span is None or PART_OF_CAREER_RE.search(text[: span.start()]):
        return None
    value = to_number(span.group("n"))
    return value or None


def kind_years(requirement: Requirement, resume: ResumeProfile, scores: list[float],
               texts: list[str], roles: list[int | None]) -> float | None:
    """The years the résumé shows of the kind the requirement's first span asks: the longer of
    the months of the roles with a close line (``KIND_CLOSE``) and the span a close line states;
    None when no years are asked. ``scores``, ``texts`` and ``roles`` are per résumé line."""
    if asked_years(requirement) is None:
        return None
    close = [position for position, score in enumerate(scores) if score >= KIND_CLOSE]
    from_roles = months_of_roles(resume, {role for position in close
                                          if (role := roles[position]) is not None}) / 12
    stated = [value for position in close if (value := stated_span(texts[position])) is not None]
    return max([from_roles, *stated])


def kind_years_ratio(requirement: Requirement, resume: ResumeProfile, scores: list[float],
                     texts: list[str], roles: list[int | None]) -> float | None:
    """Years of the kind shown (``kind_years``) over the years asked; None when none are asked."""
    asked = asked_years(requirement)
    shown = kind_years(requirement, resume, scores, texts, roles)
    if asked is None or shown is None:
        return None
    return shown / asked


def stated_met(ratios: Iterable[float | None]) -> tuple[float, float]:
    """Over the quantities both sides state (a ratio shown / asked; None where the résumé states
    none, which is left out): whether at least one was compared, and whether every compared one
    is met (``MET``)."""
    known = [ratio for ratio in ratios if ratio is not None]
    if not known:
        return 0.0, 0.0
    return 1.0, 1.0 if min(known) >= MET else 0.0
