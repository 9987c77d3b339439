"""Ownership in an answer to a plan or a case: the steps the speaker says they would take, each
on a concrete thing, are their own part (at most 4, with the reason it is short of 5), never
praised as a thing done; a question that places its "what do you do?" in a time ahead asks a
plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.asked import asks_plan

CASE = ("Night-shift picking errors at the Dartford depot have doubled since the new handhelds "
        "arrived. You start on Monday. What do you do in your first month?")
PLAN = ("In week one I'd pull the error logs for every picker and walk the night shift with the "
        "two team leaders. I'd get loaner scanners back on the two busiest aisles while the "
        "supplier looks at the handhelds. By the end of the month I'd take a costed options "
        "paper to the operations director, with the error rate before and after.")


@pytest.mark.parametrize(("question", "expected"), [
    ("You start on Monday. What do you do in your first month?", True),
    ("What do you do in your first 90 days here?", True),
    ("What did you do in your first month at Acme?", False),
    ("What do you do when a key person resigns?", False),
    ("What do you do in the last week of every quarter?", False),
])
def test_a_time_ahead_makes_what_do_you_do_a_plan(question: str, expected: bool) -> None:
    assert asks_plan(question) is expected


def _ownership(question: str, answer: str, family: str | None = None):
    report = analyse(question, answer, context=AnalysisContext(family=family))
    return next(item for item in report.dimensions if item.name == "ownership"), report


def test_the_steps_planned_for_a_case_are_the_speakers_own_part() -> None:
    ownership, report = _ownership(CASE, PLAN, "competency_cases")
    assert ownership.score == 4
    quotes = " ".join(item.quote for item in ownership.evidence)
    assert "pull the error logs for every picker" in quotes
    assert any("would do" in reason for reason in ownership.reasons)
    # planned, not done: never praised as an action of one's own
    assert not any(item.what.startswith("Says what you did yourself") for item in report.strengths)


def test_a_slogan_for_a_case_earns_no_ownership() -> None:
    slogan = ("First I would set clear goals for every picker. Then I would monitor the progress "
              "every night and motivate the team to give their best.")
    ownership, _report = _ownership(CASE, slogan, "competency_cases")
    assert ownership.score <= 3
    assert not ownership.evidence


def test_planned_steps_do_not_stand_for_a_story_that_was_asked() -> None:
    question = "Tell me about a time picking errors rose on your shift. What did you do?"
    ownership, _report = _ownership(question, PLAN, "past_behaviour")
    assert "loaner scanners" not in " ".join(item.quote for item in ownership.evidence)
