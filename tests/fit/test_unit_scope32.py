"""The unit a requirement asks its holder to lead (a team, a department, a division or function,
an organisation) against the units the résumé shows led, compared by position on the ladder of
content data; and the sizes a job states with a plus, a span or after "with"."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match, asked_leader_rank, shown_leader_rank
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap
from poise.fit.unit_scope import asked_unit, shown_unit, unit_shortfall

TEAM_LEAD = """# Priya Natarajan
Leeds, UK

## Experience
Operations Manager, Ashcombe Logistics, Leeds, 2019 – present
- Led a team of 40 warehouse operatives across two shifts.
- Cut picking errors by a third in a year.
"""

DIVISION_HEAD = """# Priya Natarajan
Leeds, UK

## Experience
Operations Manager, Ashcombe Logistics, Leeds, 2019 – present
- Headed the northern distribution division of 600 staff across five depots.
- Cut picking errors by a third in a year.
"""

DIRECTOR = """# Priya Natarajan
Leeds, UK

## Experience
Director of Operations, Ashcombe Logistics, Leeds, 2019 – present
- Led a team of 40 warehouse operatives across two shifts.
- Cut picking errors by a third in a year.
"""


def _requirement(text: str):
    job = "# Head of Operations\n\n## Requirements\n" + f"- {text}\n"
    return read_job(job).requirements[0]


def _capped(text: str, resume: str) -> Match:
    requirement = _requirement(text)
    strong = Match(requirement.id, STRONG, "Cut picking errors by a third in a year.", "Shown.",
                   0.9)
    (capped,) = cap((requirement,), (strong,), read_resume(resume, today=TODAY), patterns_for())
    return capped


@pytest.mark.parametrize(("text", "rung"), [
    ("Lead a division of 300 staff", 2),
    ("Head the finance function", 2),
    ("Experience leading a business unit or division", 2),
    ("Proven experience as head of a department", 1),
    ("Responsible for the operations division", 2),
    ("Lead the entire organisation through change", 3),
    # a function of one organisation, not the whole of it
    ("Run the engineering organisation", 2),
])
def test_the_unit_led_is_read_from_the_parse(text: str, rung: int) -> None:
    assert asked_unit(text, patterns_for()) == rung


@pytest.mark.parametrize("text", [
    "Lead a team of 40 across the division",  # the division is where, the team is what is led
    "Manage the department's budget",
    "Report to the Head of Division",  # another's lead
    "Support the division director on planning",
    "Lead cross-functional teams",
])
def test_a_unit_no_leading_word_of_the_holder_governs_asks_no_unit_above_a_team(text: str) -> None:
    assert asked_unit(text, patterns_for()) <= 0


def test_a_team_does_not_meet_a_division() -> None:
    capped = _capped("Lead a division of the business", TEAM_LEAD)
    assert capped.strength == PARTIAL
    assert "team led shown" in capped.missing and "division or function asked" in capped.missing


def test_a_division_headed_meets_a_division() -> None:
    assert _capped("Lead a division of the business", DIVISION_HEAD).strength == STRONG


def test_a_director_title_shows_a_function_led() -> None:
    resume = read_resume(DIRECTOR, today=TODAY)
    assert shown_unit(resume, patterns_for()) == 2
    assert _capped("Head a function of the business", DIRECTOR).strength == STRONG


def test_a_team_asked_is_met_by_a_team() -> None:
    assert _capped("Lead a team of warehouse staff", TEAM_LEAD).strength == STRONG


def test_a_resume_showing_no_unit_leaves_the_verdict_to_the_other_checks() -> None:
    resume = read_resume("# A\n\n## Experience\nAnalyst, Corbel Ltd, York, 2020 – present\n"
                         "- Built the monthly cost model.\n", today=TODAY)
    assert unit_shortfall("Lead a division of 300 staff", resume, patterns_for()) == ""


@pytest.mark.parametrize(("text", "size"), [
    ("Own delivery for the business unit with 1,200+ engineers across 18 accounts", 1200),
    ("Leadership of multi-site manufacturing with 500+ people", 500),
    ("Manage 300-400 staff in the contact centre", 300),  # a span is met at its lower end
    ("Lead a division of 300–400 staff", 300),
    ("Lead an organisation of 1,200+ engineers", 1200),
])
def test_team_sizes_with_a_plus_a_span_or_after_with_are_read(text: str, size: float) -> None:
    assert _requirement(text).numbers.get("team") == size


@pytest.mark.parametrize("text", [
    "Work closely with 20 engineers in the product group",  # worked with, not led
    "Partner with 300 suppliers across the region",
])
def test_people_worked_with_are_no_team_asked(text: str) -> None:
    assert "team" not in _requirement(text).numbers


def test_a_smaller_team_stays_partial() -> None:
    capped = _capped("Manage 300-400 staff in the distribution network", TEAM_LEAD)
    assert capped.strength == PARTIAL
    assert "a team of 40 shown; 300 asked" in capped.missing


def test_a_plain_team_leader_is_not_a_leader_of_leaders() -> None:
    patterns = patterns_for()
    resume = read_resume(TEAM_LEAD.replace("Operations Manager", "Team Leader"), today=TODAY)
    line = next(item for item in resume.lines if "team of 40" in item.text)
    asked = asked_leader_rank("Lead a team of managers and supervisors", patterns)
    assert asked >= 0
    assert shown_leader_rank(resume, patterns, line) < asked


def test_a_business_lead_of_a_piece_of_work_asks_no_organisation() -> None:
    assert asked_unit("Act as business lead for the claims system implementation",
                      patterns_for()) < 3


def test_an_organisation_asked_names_its_rung_with_its_article() -> None:
    assert "an organisation asked" in _capped("Lead the entire organisation through change",
                                              DIVISION_HEAD).missing
