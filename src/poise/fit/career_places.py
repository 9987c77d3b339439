"""Where a résumé places the candidate's work and home: the countries (ISO codes) that its
roles' headers (and the line under each) and its address name, never a country a bullet merely
mentions. Read by the verdict features and by the fit's geography verdict. Pure."""

from __future__ import annotations

import re

from poise.fit.distance import countries_named, country_code
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeProfile

ROLE_HEADER_LINES = 2
"""A role's first lines that may name where it was (its header and the line under it)."""


def places_named(text: str, patterns: FitPatterns) -> set[str]:
    """The countries (ISO codes) a text names: a state or province of the lexicon by name or
    code ("Ontario", "NSW") as its country, else a country or a major town."""
    found: set[str] = set()
    states = patterns.content.lexicons.states
    rest = text
    for state in states:
        names = [state.name] + ([state.code] if state.code and len(state.code) > 2 else [])
        for name in names:
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rest):
                code = country_code(state.country)
                if code:
                    found.add(code)
                rest = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest)
    found |= set(countries_named(rest))
    return found


def career_countries(resume: ResumeProfile, patterns: FitPatterns) -> frozenset[str]:
    """The countries the résumé places the candidate's work and home in: those its roles'
    headers (and the line under each) and its address name."""
    by_index = {line.index: line for line in resume.lines}
    found: set[str] = set()
    for role in resume.roles:
        found |= places_named(role.header, patterns)
        for index in role.lines[:ROLE_HEADER_LINES]:
            line = by_index.get(index)
            if line is not None and not line.bullet:
                found |= places_named(line.text, patterns)
    if resume.location:
        found |= places_named(resume.location, patterns)
    return frozenset(found)
