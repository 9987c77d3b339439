"""A line of an advert that only states whom the post reports to asks nothing of the candidate and
is no requirement; a line that reports something, orders a report, or asks for experience of
reporting keeps its standing. Wordings written for these tests."""

from __future__ import annotations

import pytest

from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.reporting_line import states_reporting_line


def _states(text: str) -> bool:
    return states_reporting_line(text, patterns_for(None).content.cues.not_asking)


@pytest.mark.parametrize("text", [
    "The post reports to the Director of Estates.",
    "Reporting to: Group Finance Director",
    "Reports to:** Deputy Chief Executive",
    "Senior leadership role reporting directly to the Managing Director",
    "Fixed-term contract reporting to the Head of Service.",
    "The Head of Logistics reports to the Chief Supply Officer and is a member of the supply board.",
    "You will answer to the trustees and sit on the senior management team.",
    "As Head of Facilities you report to the Director of Resources and serve on the estates board.",
    "The Plant Manager reports to the Regional Vice President, with a dotted line to the Group "
    "Engineering Director.",
    "Part-time | Salaried | Reports to the Chief Nurse",
    "Grade: 9 · Permanent · Reporting to the Director of Finance",
])
def test_a_line_of_report_alone_is_the_posts_place(text: str) -> None:
    assert _states(text)


@pytest.mark.parametrize("text", [
    # the reporting clause leads into a duty
    "Reporting to the Director of Resources, you will run a team of 40 and a budget of £3m.",
    # a second predicate that is a duty
    "You report to the trustees and prepare the annual budget for their approval.",
    # reporting is what is asked for
    "Experience of reporting to a board of trustees.",
    "Background in an organisation that reports to an elected council.",
    "Fluent Spanish for reporting to the parent company in Madrid.",
    # an order: a duty of producing reports
    "Report to the audit committee on financial controls and risks.",
    "Report to the trustees every term.",
    "You report quarterly to the finance committee.",
    # a report as the object of a duty
    "Present the monthly safety report to the executive team.",
    # a description of the post beyond its place
    "Reporting to the Chief Executive, the Director is the most senior officer on site and is "
    "accountable for safety.",
    # many fields, one of them long and no field: content
    "Permanent | Reports to the Chief Nurse | you will lead nursing across four wards",
])
def test_a_line_that_says_more_than_the_line_of_report_stands(text: str) -> None:
    assert not _states(text)


def test_the_job_reader_leaves_the_line_of_report_out_and_keeps_the_duties() -> None:
    job = read_job(
        "# Head of Operations\n\n## The role\n\n"
        "- The post reports to the Director of Estates and sits on the estates board.\n"
        "- Report to the estates board on performance every month.\n"
        "- Present the annual safety report to the trustees.\n"
        "- Reporting to the Director of Estates, you will lead 120 staff across three sites.\n\n"
        "## About you\n\n- Experience of reporting to a board of trustees.\n")
    texts = [item.text for item in job.requirements]
    assert not any(text.startswith("The post reports") for text in texts)
    assert any(text.startswith("Report to the estates board") for text in texts)
    assert any(text.startswith("Present the annual safety report") for text in texts)
    assert any("lead 120 staff" in text for text in texts)
    assert any(text.startswith("Experience of reporting") for text in texts)
