"""Concerns read in round 21: a move between sub-sectors, outsourcing known only from the
supplier's side, the place rules of an advert (residence, right to work, a small town abroad) and
missing must-haves that another concern already explains or that ask for no skill."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.explained import drop_explained
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.outsourcing import supplier_side
from poise.fit.concerns.place import location_draft
from poise.fit.concerns.subsector import subsector_switch_draft
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

WATER_JOB = """# Director of Operations — Dale Water
Location: Leeds

## About us
Dale Water is the water company for two million people. We run drinking water treatment
works and wastewater treatment across the region.

## Responsibilities
- Lead the water networks and wastewater teams of 900 people.
- Keep drinking water quality compliance at the level the regulator expects.

## Requirements
- Senior operational leadership in a regulated utility.
"""

RESUME = """# Sam Carter
Leeds

## Experience
### Head of Operations — {employer}, Leeds
Jan {start} – present
- {line}
- Led 600 engineers on the network across the region.

### Operations Manager — Northern Works Ltd, Leeds
Jan 2008 – Dec {start_before}
- {older}
"""

GAS = "Ran gas distribution maintenance and emergency response for 2 million homes."


def _context(job: str, *, employer: str = "Pennine Networks", line: str = GAS, start: int = 2017,
             older: str = "Ran a maintenance depot of 40 people.", home: str = "Leeds") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    text = RESUME.format(employer=employer, line=line, start=start, start_before=start - 1,
                         older=older).replace("# Sam Carter\nLeeds", f"# Sam Carter\n{home}")
    resume = read_resume(text, today=TODAY)
    return Context(read_job(job), resume, empty, patterns_for(None))


def test_a_move_from_gas_networks_to_water_is_a_switch() -> None:
    draft = subsector_switch_draft(_context(WATER_JOB))
    assert draft is not None
    assert draft.kind == "industry_switch"
    assert draft.values["switch_from"] == "gas networks"
    assert draft.values["switch_to"] == "water and wastewater"


def test_a_recent_role_in_the_sub_sector_answers_it() -> None:
    line = "Ran wastewater treatment and drinking water networks for 2 million homes."
    assert subsector_switch_draft(_context(WATER_JOB, line=line)) is None


def test_a_sub_sector_left_long_ago_is_still_a_switch() -> None:
    older = "Ran a wastewater treatment works."
    draft = subsector_switch_draft(_context(WATER_JOB, older=older, start=2012))
    assert draft is not None and draft.values["switch_to"] == "water and wastewater"


def test_roles_naming_no_sub_sector_raise_nothing() -> None:
    line = "Cut unplanned downtime by 20% across the region."
    assert subsector_switch_draft(_context(WATER_JOB, line=line)) is None


SERVICE_DESK_JOB = """# Shared Services Director — Nordvik Group
Location: Leeds

## Responsibilities
- Lead the centre of 900 people.
- Oversee the contract with the external partner that runs the IT service desk.

## Requirements
- Experience of running several functions under one roof.
"""


def test_outsourcing_run_for_clients_is_the_supplier_side() -> None:
    line = "Quarterly service reviews with client CFOs; SLA performance above target for 11 clients."
    context = _context(SERVICE_DESK_JOB, employer="Veltra BPO provider", line=line)
    assert supplier_side(context) is not None


def test_a_vendor_governed_as_the_client_answers_it() -> None:
    line = "Managed the outsourced payroll vendor against monthly SLA reviews."
    assert supplier_side(_context(SERVICE_DESK_JOB, line=line)) is None


def test_a_provider_hiring_is_no_supplier_side_concern() -> None:
    job = SERVICE_DESK_JOB.replace("Nordvik Group", "Nordvik BPO") + (
        "- 10 years in a BPO or contact centre provider.\n")
    line = "Quarterly service reviews with client CFOs; SLA performance above target for 11 clients."
    assert supplier_side(_context(job, line=line)) is None


COUNTY_JOB = """# Public Health Director — Cholla County
Location: Dos Arroyos, AZ

## Duties
- Lead the department of 185 staff.

## Special requirements
- Must establish residence within Cholla County within six months of appointment.
"""


def test_a_residence_rule_for_a_candidate_living_elsewhere_is_raised() -> None:
    draft = location_draft(_context(COUNTY_JOB, home="Tucson, AZ"))
    assert draft is not None and draft.kind == "location"
    assert "Cholla County" in draft.values["job_location"]


def test_a_residence_rule_the_address_meets_raises_nothing() -> None:
    assert location_draft(_context(COUNTY_JOB, home="Cholla County, AZ")) is None


REMOTE_JOB = """# VP Customer Success — Ledgerloop
Ledgerloop · Remote · Full-time

## Requirements
- 10 years in B2B SaaS customer success.
- You're authorized to work in the United States; we are unable to sponsor visas for this role.
"""


def test_a_right_to_work_in_another_country_is_raised() -> None:
    draft = location_draft(_context(REMOTE_JOB, home="Dublin, Ireland"))
    assert draft is not None and draft.values["job_location"] == "United States"


def test_a_right_to_work_where_the_candidate_lives_raises_nothing() -> None:
    assert location_draft(_context(REMOTE_JOB, home="Denver, CO")) is None


def _missing(context: Context, text: str) -> Draft:
    requirement = next(item for item in context.job.requirements if item.text.startswith(text[:20]))
    return Draft(kind="missing_must_have", key="missing_must_have", score=60.0, values=Values(),
                 job_line=text, requirement=requirement)


def test_an_office_attendance_line_is_no_missing_skill() -> None:
    job = WATER_JOB + "- Willingness to work from our Leeds office at least three days a week.\n"
    context = _context(job)
    draft = _missing(context, "Willingness to work from our Leeds office")
    assert drop_explained([draft], context) == []


def test_a_skill_line_stays_a_missing_must_have() -> None:
    context = _context(WATER_JOB)
    draft = _missing(context, "Senior operational leadership in a regulated utility.")
    assert drop_explained([draft], context) == [draft]


def test_the_switch_carries_a_line_on_the_new_sub_sector() -> None:
    job = WATER_JOB + "- Knowledge of wastewater permitting and compliance.\n"
    context = _context(job)
    missing = _missing(context, "Knowledge of wastewater permitting")
    switch = subsector_switch_draft(context)
    assert switch is not None
    assert drop_explained([missing, switch], context) == [switch]
    assert drop_explained([missing], context) == [missing]  # no switch raised: the gap stands
