"""A plan bounded by a period the parse reads, whatever preposition or none comes before it
("first three months I meet each member", "milestones at twelve and twenty-four months"), a
request already made for a step to come ("I already asked to sit in next month") and an offer of
a step ("I'd be happy to put that in my objectives") close the gap in a reply to a concern; a
period behind, a measure of something, a routine of the current job or a way of speaking do
not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.rules import code
from poise.analysis.scheduled import period_ahead, scheduled_step
from poise.analysis.text import parse

GAP = ("Is there anything that gives you pause? — Yes. You have never reported to a board, and "
       "this post reports to one every month.")
RECORD = ("That's fair, I have not sat in front of a board. I wrote the monthly pack our chief "
          "executive took to the trustees for three years. ")


def _first(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


def _rules(answer: str) -> set[str]:
    return {finding.rule for finding in analyse(
        GAP, answer, context=AnalysisContext(phase="concern_reply")).findings}


@pytest.mark.parametrize("text", [
    "My plan is, first three months I meet each trustee one by one before the first board.",
    "I already asked our chair to let me sit in on the audit committee next month.",
    "I've booked a place on the governance course in the coming weeks.",
])
def test_a_step_bounded_by_a_period_ahead_is_scheduled(text: str) -> None:
    assert scheduled_step(_first(text))


@pytest.mark.parametrize("text", [
    "I run three depots and we close the books in five days.",  # the current job, counted
    "Two months ago I asked for a transfer.",  # a period behind
    "I asked my manager for three months of data.",  # a measure of something
    "My plan was to spend the first three months listening.",  # a plan told of the past
])
def test_a_period_of_the_record_or_the_past_is_no_scheduled_step(text: str) -> None:
    assert not scheduled_step(_first(text))


def test_a_counted_period_is_ahead_only_where_the_sentence_looks_ahead() -> None:
    sent = _first("We will close the books in five days.")
    assert not period_ahead(sent)
    assert period_ahead(sent, counted=True)
    assert not period_ahead(_first("Three months of data told us nothing."), counted=True)
    assert not period_ahead(_first("The last quarter was hard."), counted=True)
    assert not period_ahead(_first("I'll own that one: I left after ten months."), counted=True)
    assert not period_ahead(_first("I can do the job from day one."), counted=True)
    assert not period_ahead(_first("If one day there is a problem, I will go down myself."),
                            counted=True)


def test_an_offer_of_a_step_is_a_planned_step_and_a_way_of_speaking_is_not() -> None:
    offer = _first("I'd be happy to put that in my objectives, with milestones at twelve and "
                   "twenty-four months.")
    speech = _first("I'd be happy to put it simply for you in three months.")
    talk = _first("I would be happy to talk about it in a month.")
    assert any(code._planned_step(offer, verb) for verb in offer.own_hypothetical)
    assert not any(code._planned_step(speech, verb) for verb in speech.own_hypothetical)
    assert not any(code._planned_step(talk, verb) for verb in talk.own_hypothetical)


@pytest.mark.parametrize("plan", [
    "My plan is, first three months I meet each trustee before the first board.",
    "I already asked our chair to let me sit in on the audit committee next month.",
    "I'd be happy to put that in my objectives, with milestones at six and twelve months.",
])
def test_a_concern_reply_with_such_a_plan_has_a_plan(plan: str) -> None:
    assert "concern.no_plan" not in _rules(RECORD + plan + " Does that answer it?")


@pytest.mark.parametrize("close", [
    "I learn fast and I'm sure it will be fine.",
    "I ran the pack for three years and the trustees liked it.",
    "I would be happy to talk about it whenever you like.",
    "I'm confident I can step into that on day one without any ramp-up.",
    "The last job I'll own: I left after ten months because the role changed.",
])
def test_a_concern_reply_without_a_step_ahead_still_has_no_plan(close: str) -> None:
    assert "concern.no_plan" in _rules(RECORD + close)
