"""A move under another country's or province's rules read from the rules the advert names by
their own name (a board's regulations, a state's labour laws, an Act), with the résumé's own
words answering them; the post's country settled by the rules asked when its place is silent;
a secondment dated long ago is no current work under that country's rules."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.jurisdiction import jurisdiction_switch_draft, names_country
from poise.fit.concerns.model import Context
from poise.fit.concerns.regime import post_country, rule_names, unanswered_rules
from poise.fit.concerns.state_regime import names_state_rules, state_regime_switch, states_in
from poise.fit.concerns.wording import word_drafts
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

PLANT_JOB = """# Plant Manager — Savanna Grain Mills
Location: {place}

## About us
Savanna Grain Mills turns maize and sorghum into flour and animal feed for the region.

## Responsibilities
- Run the mill safely and to budget, with 300 staff on three shifts.
- Ensure compliance with the Milling Board regulations and the Grain Warehouse Act.

## Requirements
- {rules}
- Ten years running food or feed plants, five as plant head.
"""

PLANT_RESUME = """# Kofi Mensah
{home}

## Experience
### Plant Manager — Sahel Flour SA, Bamako, Mali
Apr 2016 – present
- Ran a flour mill of 280 staff; raised yield from 74% to 78%.
{extra}
### Production Manager — Sahel Flour SA, Bamako, Mali
Jan 2010 – Mar 2016
- Led three milling lines of 120 people.
- 03.2011 – 10.2011 seconded to Tamale, Ghana, to start a feed line for a partner mill.
"""


def _context(*, place: str = "Tamale, Ghana", rules: str = "Sound knowledge of grain trade rules.",
             home: str = "Bamako, Mali", extra: str = "", job: str = PLANT_JOB) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(PLANT_RESUME.format(home=home, extra=extra), today=TODAY)
    return Context(read_job(job.format(place=place, rules=rules)), resume, empty,
                   patterns_for(None))


def test_the_names_a_line_gives_its_rules() -> None:
    assert rule_names("Sound knowledge of the Milling Board regulations.") == ("Milling Board",)
    assert rule_names("Comply with the Punjab labour laws and the Shops Act.") == (
        "Punjab", "Shops")
    # near misses: the line's first word, a rule word with no name, a name past a comma
    assert rule_names("Regulations of the sector, read weekly.") == ()
    assert rule_names("Knowledge of health and safety law.") == ()
    assert rule_names("Ensure Lean, and safety rules are kept.") == ()
    assert rule_names("Knowledge of the Homes for Special Care Act.") == ("Homes for Special Care",)


def test_a_name_the_resume_writes_answers_it() -> None:
    line = "Sound knowledge of the Milling Board regulations."
    assert unanswered_rules(line, "Kept to the Milling Board's grading.") == ()
    assert unanswered_rules(line, "Kept to the grading rules.") == ("Milling Board",)
    # near miss: a word of the name alone is no answer
    assert unanswered_rules(line, "Led the Board's milling audit.") == ("Milling Board",)
    # near miss: one of a line's codes on the record is work under the codes it names together
    codes = "Keep the fleet compliant with the Harbour Code, the Ballast Code and the Hull Rules."
    assert rule_names(codes) == ("Harbour", "Ballast", "Hull")
    assert unanswered_rules(codes, "Audited twelve ships under the Ballast Code.") == ()


def test_rules_named_by_their_own_name_abroad_raise_a_regulation_switch() -> None:
    context = _context()
    draft = jurisdiction_switch_draft(context)
    assert draft is not None and draft.kind == "industry_switch"
    assert draft.requirement is not None and "Milling Board" in draft.requirement.text
    concern = word_drafts([draft], context)[0]
    assert "Ghana" in concern.title
    # the candidate's own words and no penalising tone
    assert concern.answer_plan.acknowledge.startswith("That's a fair question")


def test_the_same_body_written_on_the_resume_answers_it() -> None:
    # near miss: the board and the Act under another wording of the line, both on the record
    extra = "- Supplied mills regulated by the Milling Board under the Grain Warehouse Act.\n"
    assert jurisdiction_switch_draft(_context(extra=extra)) is None


def test_a_career_in_the_posts_country_raises_nothing() -> None:
    # near miss: the same rules asked of someone working in the post's own country
    assert jurisdiction_switch_draft(_context(place="Tamale, Ghana",
                                              home="Accra, Ghana",
                                              extra="- Since 2024 running the Accra, Ghana mill.\n"
                                              )) is None


def test_a_secondment_dated_long_ago_is_no_current_work_there() -> None:
    context = _context()
    since = context.resume.today - 120
    assert not names_country(context.resume, {"GH"}, since=since)
    # near miss: an undated line about the country still places work there
    recent = _context(extra="- Opened a depot in Tamale, Ghana for the group.\n")
    assert names_country(recent.resume, {"GH"}, since=since)


def test_the_rules_asked_settle_a_post_whose_place_is_silent() -> None:
    job = read_job(PLANT_JOB.format(place="", rules="Knowledge of Ghanaian labour law.")
                   .replace("Location: \n", "") + "\nOur buyers are in Nigeria, Nigeria and Togo.\n")
    assert post_country(job, patterns_for(None)) == "GH"


def test_a_provinces_code_with_a_rule_word_names_its_rules() -> None:
    patterns = patterns_for(None)
    state = next(iter(states_in("Kamloops, BC", patterns)))
    assert names_state_rules("Keep to the BC Dam Safety Regulation.", state)
    # near miss: the letters inside another word, or lower case
    assert not names_state_rules("Keep to the BCA dam rules and the abc regulation.", state)


PROVINCE_JOB = """# Executive Director — Harbourview Care Home
Location: Truro, Nova Scotia

## Requirements
- Knowledge of the Residential Care Homes Act and its licensing inspections.
- Seven years leading care services.
"""

PROVINCE_RESUME = """# Dana Walsh
Corner Brook, Newfoundland and Labrador

## Experience
### Director of Care — Western Care Centre, Corner Brook, Newfoundland and Labrador
Apr 2016 – present
- Led a 120-bed home through two licensing inspections with no findings.
{extra}"""


def _province(extra: str = "") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    resume = read_resume(PROVINCE_RESUME.format(extra=extra), today=TODAY)
    return Context(read_job(PROVINCE_JOB), resume, empty, patterns_for(None))


def test_a_provinces_act_named_alone_raises_a_move_between_provinces() -> None:
    found = state_regime_switch(_province())
    assert found is not None
    line, post, home, _place = found
    assert "Residential Care Homes Act" in line.text
    assert (post.name, home.name) == ("Nova Scotia", "Newfoundland and Labrador")


def test_the_act_written_on_the_resume_answers_the_move() -> None:
    # near miss: the same Act shown in the record's own words
    extra = "- Trained staff on the Residential Care Homes Act as a visiting surveyor.\n"
    assert state_regime_switch(_province(extra)) is None
