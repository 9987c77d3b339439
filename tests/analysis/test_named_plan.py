"""A plan the speaker names as theirs and bounds in time counts as a step ahead in a reply to a
concern, even told without a verb ("My plan for the first three months: a week at each site...");
a plan told of the past, denied, someone else's or with no time to bound it does not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.scheduled import scheduled_step
from poise.analysis.text import parse

GAP = ("Is there anything that gives you pause? — Yes. You have only run sites in one city, and "
       "this post covers four regions.")


def _first(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "My plan for the first three months: two weeks at each site, then a review with you.",
    "My plan for the first quarter is to visit each region before I change anything.",
    "My first step in the first month would be a day with every regional lead.",
    "My priority for my first ninety days is to meet each union representative.",
])
def test_a_named_plan_bounded_in_time_is_a_step_ahead(text: str) -> None:
    assert scheduled_step(_first(text))


@pytest.mark.parametrize("text", [
    "My plan for the first three months was to listen at each site.",  # told of the past
    "My plan for the first year was never approved.",  # past and denied
    "Their plan for the first quarter is to merge two regions.",  # someone else's
    "My plan is to learn as fast as I can.",  # no time bounds it
    "Our plan for the first months was a new rota in each depot.",  # the company's, in the past
])
def test_a_plan_of_the_past_or_of_others_or_unbounded_is_no_step(text: str) -> None:
    assert not scheduled_step(_first(text))


def test_a_concern_reply_with_a_named_plan_has_a_plan() -> None:
    answer = ("You're right that my sites were all in Leeds. I ran the hospital's estates across "
              "three campuses for five years. My plan for the first three months: two weeks in "
              "each region, and a deputy in each who knows the local contractors. Does that help?")
    rules = {finding.rule for finding in analyse(
        GAP, answer, context=AnalysisContext(phase="concern_reply")).findings}
    assert "concern.no_plan" not in rules


def test_a_concern_reply_with_a_plan_that_has_no_time_still_has_no_plan() -> None:
    answer = ("You're right that my sites were all in Leeds. I ran the hospital's estates across "
              "three campuses for five years. My plan is to learn each region as quickly as I "
              "can. Does that help?")
    rules = {finding.rule for finding in analyse(
        GAP, answer, context=AnalysisContext(phase="concern_reply")).findings}
    assert "concern.no_plan" in rules
