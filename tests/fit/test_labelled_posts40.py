"""Posts written as labelled fields: the older European form that names the employer after the
post's activities, a part of a role labelled "Functions and achievements:", a dated line
labelled "Period:" under a career break's explanation, and a labelled title split into dated
steps."""

from __future__ import annotations

from poise.fit.resume_reader import read_resume

EUROPEAN_FORM = """# Curriculum Vitae

## Work experience

**Dates:** 01/04/2019 – present
**Occupation or position held:** Logistics Manager
**Main activities and responsibilities:**
- Ran the finished goods warehouse with 140 staff in 3 shifts.
- Cut picking errors from 0.8 % to 0.2 %.

**Name and address of employer:** Brasov Bearings SA, Str. Fabricii nr. 12, Brașov, Romania
**Type of business or sector:** Automotive bearings

**Dates:** 01/09/2014 – 31/03/2019
**Occupation or position held:** Warehouse Supervisor
**Main activities and responsibilities:**
- Led 35 operators; introduced barcode scanning.

**Name and address of employer:** Carpatic Logistics SRL, Ploiești, Romania
**Type of business or sector:** Third-party logistics
"""


def _roles(text: str) -> list[tuple[str, str]]:
    return [(role.title, role.employer) for role in read_resume(text).roles]


def test_the_employer_named_after_the_activities_is_the_post_above_its() -> None:
    assert _roles(EUROPEAN_FORM) == [("Logistics Manager", "Brasov Bearings SA"),
                                     ("Warehouse Supervisor", "Carpatic Logistics SRL")]


def test_an_employer_labelled_over_the_post_is_read_as_before() -> None:
    text = """# CV

## Work experience

**Company:** Northfield Foods Ltd
**Position:** Plant Manager
**Period:** March 2016 – Present

- Ran a plant of 300 staff.
"""
    assert _roles(text) == [("Plant Manager", "Northfield Foods Ltd")]


LABELLED_PARTS = """# CV

## Work experience

**GRANJA SOL S.A.** – Latacunga

**Position:** Farm Manager
**From:** 03/2017 **To:** present

**Functions and achievements:**

- Ran 40 ha with 300 workers.

**AGRO ANDES CÍA. LTDA.** – Ambato

**Position:** Field Supervisor
**From:** 01/2012 **To:** 02/2017

- Led 60 pickers.
"""


def test_a_label_of_functions_and_achievements_is_part_of_the_role_not_a_section() -> None:
    roles = _roles(LABELLED_PARTS)
    assert [title for title, _ in roles] == ["Farm Manager", "Field Supervisor"]
    assert roles[1][1].startswith("AGRO ANDES")


BREAK_THEN_POSTS = """# CV

## Employment history

**Period:** March 2014 – Present
**Company:** Ridgeway Quarries (Pty) Ltd, Polokwane
**Position:** Safety Superintendent (July 2016 – Present); Safety Officer (March 2014 – June 2016)

- Led a team of 6.

**Career break:** June 2013 – February 2014
Full-time studies and family responsibilities.

**Period:** February 2009 – May 2013
**Company:** Madiba Drilling (Pty) Ltd
**Position:** Safety Officer

- Two contract sites.

**Period:** January 2006 – January 2009
**Company:** Ridgeway Quarries (Pty) Ltd
**Position:** Learner Operator

- Crusher and haul crews.
"""


def test_dates_labelled_as_a_period_over_a_company_and_position_are_a_post_not_a_break() -> None:
    roles = _roles(BREAK_THEN_POSTS)
    assert ("Safety Officer", "Madiba Drilling (Pty) Ltd") in roles
    assert ("Learner Operator", "Ridgeway Quarries (Pty) Ltd") in roles


def test_a_labelled_title_split_into_dated_steps_keeps_no_label() -> None:
    roles = _roles(BREAK_THEN_POSTS)
    assert roles[:2] == [("Safety Superintendent", "Ridgeway Quarries (Pty) Ltd"),
                         ("Safety Officer", "Ridgeway Quarries (Pty) Ltd")]
