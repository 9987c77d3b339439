"""Leaders a team is led through, whatever the team's own size said first, and a credential line
that takes another country's credential. Lines written for these tests."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.leaders import asked_leaders, led_rank
from poise.fit.concerns.licence_place import licence_elsewhere
from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import elected_body_at_work
from poise.fit.job_reader import read_job
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume


def test_a_team_led_through_its_leads_is_led_through_managers() -> None:
    patterns = patterns_for(None)
    manager = leadership_rank("manager", patterns)
    team_leader = leadership_rank("team_leader", patterns)
    # the team's size comes first; the leads it is led through still run teams of their own
    assert led_rank("Run a buying team of 31 through four sourcing leads.", patterns) == manager
    assert led_rank("Accountable for 190 staff through three depot heads and 9 supervisors.",
                    patterns) == manager
    # leads counted in the team, not led through, are front-line leaders
    assert led_rank("A team of 31 including four sourcing leads.", patterns) == team_leader
    # heads an audience is made of report to no one here
    assert led_rank("Briefed 25 school heads on the new timetable.", patterns) == -1
    # prospects are no leaders, however they are counted
    assert led_rank("Turned 300 inbound leads into 40 accounts.", patterns) == -1


def test_a_job_line_leading_through_unit_heads_names_leaders_among_its_reports() -> None:
    assert asked_leaders("Lead a workforce of 700 through five depot heads.")
    assert not asked_leaders("Present the plan to 20 school heads each term.")


CPA_JOB = """# Finance Director — Harbour Chemicals
Location: Denver, CO

## Requirements
- {line}
- Ten years in finance leadership.
"""

CPA_RESUME = """# Ana Ribeiro
Toronto, ON

## Experience
### Controller — Lakeshore Plastics, Toronto, Ontario
Apr 2014 – present
- Ran monthly close and reporting for a C$300M manufacturer.

## Certifications
- CPA, CA — Chartered Professional Accountants of Ontario, 2009
"""


def _cpa(line: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(CPA_JOB.format(line=line)), read_resume(CPA_RESUME, today=TODAY), empty,
                   patterns_for(None))


def _first(context: Context):
    return next(item for item in context.job.requirements if "CPA" in item.text)


def test_a_line_taking_an_international_equivalent_is_answered_by_a_credential_from_elsewhere() -> None:
    taken = _cpa("CPA licensed in Colorado, or an equivalent international accounting designation.")
    assert licence_elsewhere(_first(taken).text, taken.resume, taken.patterns) is None
    taken = _cpa("CPA licensed in Colorado or its foreign equivalent.")
    assert licence_elsewhere(_first(taken).text, taken.resume, taken.patterns) is None
    # an equivalent of the same place is still that place's credential
    asked = _cpa("CPA licensed in Colorado.")
    assert licence_elsewhere(_first(asked).text, asked.resume, asked.patterns) is not None


COUNCIL_RESUME = """# Jo Marsh
Exeter, UK

## Experience
### Head of Finance — Westmoor District Council, Exeter
Apr 2016 – present
- {line}
"""

COUNCIL_JOB = """# Director of Resources — Harbour Fire Service

## Responsibilities
- Lead finance, estates and procurement.
"""


def _council(line: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(COUNCIL_JOB), read_resume(COUNCIL_RESUME.format(line=line), today=TODAY),
                   empty, patterns_for(None))


def test_presenting_to_cabinet_is_work_with_elected_members() -> None:
    assert elected_body_at_work(_council("Present the budget and capital plan to Cabinet each year."))
    # the civil-service department of that name, and furniture, are no elected body
    assert not elected_body_at_work(_council("Bought within Cabinet Office spend controls."))
    assert not elected_body_at_work(_council("Replaced every filing cabinet with a records system."))
