"""A credential's state on the line that shows it: held, or held once and lapsed, or only one the
candidate is eligible for.

A certification check finds the credential asked on a line that does not say it is still being
worked for (``match._completed_line``), and rates it strong. The same line may say it is no longer
current ("PMP, 2012 (lapsed 2019)") or that the candidate may sit it but has not ("eligible for
the CPHIMS exam"): neither is the credential held. ``state_shortfall`` says which ("PMP lapsed,
not current") and ``poise.fit.shortfall.cap`` keeps the requirement below strong. The state words
are content cues (``lapsed``, ``eligible``), read on the item of the line's list that names the
credential ("PMP (lapsed), PRINCE2 Practitioner" leaves PRINCE2 held).

Two more states short of what is asked, each read the same way for any credential:

- **a person's certificate for an organisation's certification** (``system_shortfall``): a job
  asking to keep a system certified to a standard ("maintain our ISO 55001-certified system") is
  not met by a personal certificate in that standard (the rungs of the content ladder
  ``iso_management_system``: a foundation or internal-auditor course) when no line shows an
  organisation certified to it or running its system to it (the content cues
  ``organisation_certified`` and ``organisation_system`` beside the standard, outside a personal
  certificate);
- **a licence of another jurisdiction** (``place_shortfall``): a job asking a credential of a
  named place ("registration as a Professional Engineer in Ohio") met by one the résumé names
  with other places only ("Professional Engineer, State of Indiana"). Places are the parse's
  place names; a country asked is met by a place the content lexicon (``states``) or the towns
  data put in it, and places of two levels that cannot be told apart ("US" asked, "New York"
  held) are left alone.

Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from poise.fit.distance import countries_named, country_code, country_of_initials, is_us_state
from poise.fit.ladders import family_words, personal_rungs_in, rungs_in
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import STRONG, Match
from poise.fit.resume_reader import ResumeProfile

STATES = (("lapsed", "lapsed, not current"), ("eligible", "only eligible for, not held"))
"""Content cues of a state short of held, and how the shortfall says it."""
ITEM_END_RE = re.compile(r"[;|]|,\s*(?=[A-Z])")
"""Where one item of a list of credentials ends: before the next name ("PMP (lapsed), PRINCE2"),
not before its own date ("PMP, 2012 (lapsed 2019)")."""


def state_shortfall(match: Match, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """"PMP lapsed, not current" when a certification check of ``match`` rated strong rests on a
    line whose item naming the credential says it lapsed or is only eligible for; "" otherwise."""
    for verdict in match.verdicts:
        if verdict.kind != "certification" or verdict.strength != STRONG or verdict.line is None:
            continue
        try:
            text = resume.line(verdict.line).text
        except KeyError:
            continue
        name = verdict.detail.split("|")[0]
        item = _item(text, name)
        for cue, words in STATES:
            if any_match(patterns.evidence.get(cue, ()), item):
                return f"{name or 'the credential'} {words}"
    return ""


def _item(text: str, name: str) -> str:
    """The item of a list line that names ``name``: from the end of the item before it to the next
    name; the whole line when ``name`` is not on it."""
    at = text.lower().find(name.lower()) if name else -1
    if at < 0:
        return text
    start = max((hit.end() for hit in ITEM_END_RE.finditer(text) if hit.end() <= at), default=0)
    end = ITEM_END_RE.search(text, at + len(name))
    return text[start: end.start() if end else len(text)]


PERSONAL_STANDARD_LADDER = "iso_management_system"
"""The content ladder of a person's certificates in a management-system standard."""
STANDARD_NUMBER_RE = re.compile(r"\d{4,5}")
LINE_ITEM_RE = re.compile(r"[;|]|,\s*(?=[A-Z])|\s+[–—-]\s+|\.\s+")
"""Where one item of a résumé line ends (as ``ITEM_END_RE``, a dash between two clauses and the
end of a sentence)."""


def _standards(text: str, patterns: FitPatterns) -> set[str]:
    """The numbers of the management-system standards ``text`` names ("ISO/IEC 27001" → 27001)."""
    return set(STANDARD_NUMBER_RE.findall(family_words(text, PERSONAL_STANDARD_LADDER, patterns)))


def system_shortfall(requirement: str, lines: list[str], patterns: FitPatterns) -> str:
    """"ISO 55001 Internal Auditor shown (a personal certificate); a certified system asked" when
    ``requirement`` asks for a system certified to a standard and the résumé names that standard
    only in a person's certificate, in no line showing an organisation certified to it; ""
    otherwise (a job asking the personal certificate itself is compared on its ladder)."""
    certified = patterns.evidence.get("organisation_certified", ())
    system = patterns.evidence.get("organisation_system", ())
    asked = _standards(requirement, patterns)
    if not asked or not any_match(certified, requirement) or any(
            rung.ladder == PERSONAL_STANDARD_LADDER for rung in rungs_in(requirement, patterns)):
        return ""
    for number in sorted(asked):
        personal = ""
        held = False
        for line in lines:
            for item in LINE_ITEM_RE.split(line):
                if number not in _standards(item, patterns):
                    continue
                rungs = [rung for rung in personal_rungs_in(item, patterns)
                         if rung.ladder == PERSONAL_STANDARD_LADDER]
                if rungs:
                    personal = personal or f"{family_words(item, PERSONAL_STANDARD_LADDER, patterns)}" \
                        f" {rungs[0].name}"
                elif any_match(certified, item) or any_match(system, item):
                    held = True
        if personal and not held:
            return f"{personal} shown (a personal certificate); a certified system asked"
    return ""


CREDENTIAL_KINDS = frozenset({"certification"})
"""Checks that judge a credential held (a licence, a certificate, a registration)."""


@lru_cache(maxsize=1024)
def places_in(text: str) -> tuple[str, ...]:
    """The place names of ``text`` as the parse's entity reader finds them (states, countries,
    towns)."""
    from poise.analysis.nlp import spacy_pipeline

    return tuple(dict.fromkeys(entity.text for entity in spacy_pipeline(entities=True)(text).ents
                               if entity.label_ == "GPE"))


def _countries(place: str, patterns: FitPatterns) -> set[str]:
    """The countries (ISO codes) a place lies in: a state of the lexicon's country, a country
    itself, or a major town's ("" for a place neither knows)."""
    states = {state.name.lower(): state.country for state in patterns.content.lexicons.states}
    if place.lower() in states:
        code = country_code(states[place.lower()])
        return {code} if code else set()
    initials = country_of_initials(place)
    if initials:
        return {initials}
    if is_us_state(place):
        return {"US"}
    return set(countries_named(place))


def _state_names(text: str, patterns: FitPatterns) -> list[str]:
    """The states of the content lexicon (``states``) ``text`` names, capitalised as names, which
    the parse may read as part of a body's name ("CPA Ontario")."""
    found = []
    for state in patterns.content.lexicons.states:
        if re.search(rf"(?<![\w-]){re.escape(state.name)}(?![\w-])", text):
            found.append(state.name)
    return found


def asks_credential(requirement: str, match: Match, patterns: FitPatterns) -> bool:
    """Whether ``requirement`` asks a credential: a rung of a ladder a person holds, or a
    credential check judged it (``CREDENTIAL_KINDS``)."""
    return bool(personal_rungs_in(requirement, patterns)) or any(
        verdict.kind in CREDENTIAL_KINDS for verdict in match.verdicts)


def place_shortfall(requirement: str, match: Match, patterns: FitPatterns) -> str:
    """"Indiana shown; Ohio asked" when ``requirement`` asks a credential of a named place and the
    line ``match`` quotes for it names only other places; "" otherwise."""
    if not asks_credential(requirement, match, patterns) or not match.quote:
        return ""
    asked = places_in(requirement)
    held = tuple(dict.fromkeys((*places_in(match.quote), *_state_names(match.quote, patterns))))
    if not asked or not held:
        return ""
    if {place.lower() for place in asked} & {place.lower() for place in held}:
        return ""
    short = f"{', '.join(held)} shown; {', '.join(asked)} asked"
    held_in: set[str] = set().union(*(_countries(place, patterns) for place in held))
    asked_countries = {code for place in asked if (code := _as_country(place))}
    if asked_countries:
        # A country asked ("an active US licence") is met by any place in it, and missed by a
        # licence of a place in another country ("CPA Ontario"); a place nobody can put in a
        # country is left alone.
        return short if held_in and not asked_countries & held_in else ""
    if all(_is_state(place, patterns) for place in (*asked, *held)):
        return short  # one state's licence for another's ("Oregon" held, "Texas" asked)
    asked_in: set[str] = set().union(*(_countries(place, patterns) for place in asked))
    if bool(asked_in) != bool(held_in) or asked_in & held_in:
        return ""  # places of levels that cannot be told apart, or in the same country: left alone
    return short


def _as_country(place: str) -> str | None:
    """The ISO code of a place that is itself a country ("United States", "US"); None for a
    state, a town or a name nobody knows."""
    return country_of_initials(place) or country_code(place)


def _is_state(place: str, patterns: FitPatterns) -> bool:
    """True when ``place`` is a state or province of the content lexicon or of the United States."""
    return place.lower() in {state.name.lower() for state in patterns.content.lexicons.states} or (
        is_us_state(place))
