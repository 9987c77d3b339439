"""Where a résumé places the candidate's work and home: the countries (ISO codes) that its
roles' headers (and the line under each) and its address name, never a country a bullet merely
mentions ("a supplier in Germany"). The one reader of a career's countries: the verdict
features, the fit's geography verdict and the concerns (a move abroad, a market asked, a career
in one country) all read it. Pure."""

from __future__ import annotations

import re

from poise.fit.distance import countries_named, country_code, town_countries
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


LABEL_RE = re.compile(r"^\s*[^\W\d_]{2,20}:\s+")
"""A one-word label before a place ("Ort:", "Location:"), in whatever language."""
PART_RE = re.compile(r"[,(/|)·•–—]")
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


def place_countries(place: str, patterns: FitPatterns) -> set[str]:
    """Every country a place as written may lie in: countries and major towns it names, a state
    or province of the lexicon (by name, or by code after a comma: "Austin, TX"), and every
    country with a town of each part's name ("Lancaster" → GB and US)."""
    place = LABEL_RE.sub("", place)  # "Ort: Gävle", "Location: Leeds": the place after its label
    found = set(countries_named(place))
    states = {state.name.lower(): state.country for state in patterns.content.lexicons.states}
    codes = {state.code: state.country for state in patterns.content.lexicons.states if state.code}
    for number, part in enumerate(PART_RE.split(place)):
        words = WORD_RE.findall(part)
        if not words:
            continue
        name = " ".join(words)
        country = states.get(name.lower()) or (codes.get(name) if number else None)
        if country:
            code = country_code(country)
            if code:
                found.add(code)
            continue
        found |= town_countries(name)
    return found


def role_place_texts(resume: ResumeProfile, *, since: int | None = None) -> list[str]:
    """The texts that place the roles: each role's header and the lines under it that are no
    list item (``ROLE_HEADER_LINES`` of them at most); with ``since`` (a month index), only the
    roles running to that month or later (a role of unknown end counts)."""
    by_index = {line.index: line for line in resume.lines}
    texts: list[str] = []
    for role in resume.roles:
        if since is not None and not role.current and role.end is not None and (
                role.end.index < since):
            continue
        texts.append(role.header)
        for index in role.lines[:ROLE_HEADER_LINES]:
            line = by_index.get(index)
            if line is not None and not line.bullet:
                texts.append(line.text)
    return texts


def career_countries(resume: ResumeProfile, patterns: FitPatterns, *,
                     possible_home: bool = False, since: int | None = None) -> frozenset[str]:
    """The countries the résumé places the candidate's work and home in: those its roles'
    headers (and the line under each) and its address name. With ``possible_home``, every
    country the address may lie in (``place_countries``: a town's name in several countries
    counts each), so that a reader asking whether a post lies abroad never takes an ambiguous
    home for another country. With ``since`` (a month index), only the roles running to that
    month or later, and the address without its asides ("(home town: …)" is no home now)."""
    found: set[str] = set()
    for text in role_place_texts(resume, since=since):
        found |= places_named(text, patterns)
    location = resume.location
    if since is not None:
        location = re.sub(r"\([^()]*\)", " ", location).strip(" ,")
    if location:
        found |= (place_countries(location, patterns) if possible_home
                  else places_named(location, patterns))
    return frozenset(found)
