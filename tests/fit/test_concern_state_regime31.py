"""A move between two states' or provinces' rules within one country: raised when a stated line
asks for the post's own state's rules and the career lies only in other states of that country."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.state_regime import (
    names_state_rules,
    state_regime_draft,
    state_regime_switch,
    states_in,
)
from poise.fit.concerns.wording import word_drafts
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Director of Operations — Lakeshore Foods
Location: {place}

## About us
Lakeshore Foods makes frozen meals for grocery chains.

## Requirements
- {rules}
- Ten years leading food plants of 300 people or more.
"""

RESUME = """# Jordan Tremblay
{home}
{summary}
## Experience
### Plant Manager — Nordic Meals, {role_place}
Apr 2016 – present
- Led a frozen-meal plant of 340 people; raised line efficiency from 70% to 82%.

### Production Manager — Rivière Foods, Québec City, QC
Jan 2010 – Mar 2016
- Ran four packing lines of 150 people.
"""

RULES = "Working knowledge of Ontario employment and health and safety legislation."


def _context(*, rules: str = RULES, place: str = "Kingston, Ontario", home: str = "Laval, QC",
             role_place: str = "Laval, QC", summary: str = "") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    job = JOB.format(place=place, rules=rules)
    resume = RESUME.format(home=home, role_place=role_place, summary=summary)
    return Context(read_job(job), read_resume(resume, today=TODAY), empty, patterns_for(None))


def test_a_provinces_own_rules_asked_of_a_career_in_another_province() -> None:
    context = _context()
    found = state_regime_switch(context)
    assert found is not None
    line, post, home, _place = found
    assert "Ontario" in line.text
    assert (post.name, home.name) == ("Ontario", "Quebec")
    draft = state_regime_draft(context)
    assert draft is not None and draft.kind == "industry_switch"
    concern = word_drafts([draft], context)[0]
    assert concern.title == "Regulation switch: Quebec → Ontario"
    assert "Laval, QC" in concern.why  # the line placing the career in the other province
    # the candidate's own words, no penalising tone
    assert concern.answer_plan.acknowledge.startswith("That's a fair question: my work so far")


def test_a_wish_to_move_there_is_no_work_there() -> None:
    context = _context(summary="\nOpen to relocation to Ontario.\n")
    assert state_regime_switch(context) is not None


def test_a_role_in_the_posts_province_answers_it() -> None:
    # near miss: the most recent role already lies in Ontario
    assert state_regime_switch(_context(role_place="Ottawa, ON")) is None


def test_a_line_naming_the_province_without_its_rules_is_no_regime() -> None:
    # near miss: the province is named, but as a market, not as rules
    context = _context(rules="Experience supplying grocery chains across Ontario and the Maritimes.")
    assert state_regime_switch(context) is None


def test_a_career_in_another_country_is_left_to_the_move_abroad() -> None:
    # near miss: a career in Illinois is a move of country, which jurisdiction.py reads
    context = _context(home="Chicago, IL", role_place="Chicago, IL")
    assert state_regime_switch(context) is None


def test_a_welcomed_line_raises_nothing() -> None:
    # near miss: the province's rules only under what the advert would like
    context = _context(rules="Ten years in food manufacturing.\n\n## Desirable\n- " + RULES)
    requirement = next(item for item in context.job.requirements if "Ontario" in item.text)
    assert requirement.section == "nice" and not requirement.must
    assert state_regime_switch(context) is None


def test_states_are_read_by_name_or_by_code_after_a_comma() -> None:
    patterns = patterns_for(None)
    assert {state.name for state in states_in("Lima, OH", patterns)} == {"Ohio"}
    assert {state.name for state in states_in("Laval, QC", patterns)} == {"Quebec"}
    # a code alone, not after a comma, is no state ("ON" is a word)
    assert not states_in("Based ON site in the city", patterns)
    post = next(iter(states_in("Austin, Texas", patterns)))
    assert names_state_rules("Comply with the Texas Education Code and board policy.", post)
    assert not names_state_rules("Grow our market share in Texas and Oklahoma.", post)
