"""What was done is not what came of it: counts of the work, vague changes and nameless uptake.

A figure that counts the occasions held or the people reached ("we trained 220 operators",
"held 14 workshops") is the size of the effort: it earns no praise as a number on the outcome and
tells no result. A change told of nothing named ("it got better"), a piece of work "adopted" with
nobody named as adopting it, and the speaker's own act with nothing named acted on ("I handled
it, we moved on") are claims, not results; a person's journey ("the chair came down") is no
measure moving, and a span of time something lasted is no change measured. Each reading is
tried both ways, with near misses that must keep their meaning. Every example is written afresh
in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.activity_count import counts_activity, counts_activity_at
from poise.analysis.claimed_result import claimed
from poise.analysis.outcome_told import changed_by_others, result_in, taken_up
from poise.analysis.praise_gates import outcome_shown
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result", "structure.claimed_result"}
QUESTION = "Tell me about a time you improved how a site ran."
OPENING = ("When I took over the Derby depot, late loads were rising and the drivers had stopped "
           "trusting the planners. I rewrote the loading plan with the shift managers. ")


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _figure(sent: Sentence, word: str) -> int:
    return next(position for position, token in enumerate(sent.tokens) if token.text == word)


def _report(answer: str):  # type: ignore[no-untyped-def]
    return analyse(QUESTION, answer, context=AnalysisContext())


# --- the count of the work -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("We trained 180 pickers on the new scanners.", "180"),
    ("My deputy and I ran 35 toolbox talks over the winter.", "35"),
    ("The planners delivered 22 briefing sessions across both shifts.", "22"),
    ("I met all 60 drivers in my first month.", "60"),
    ("We put 140 agents through the refresher course.", "140"),
    ("Over 90 supervisors were coached by the two of us.", "90"),
])
def test_a_count_of_occasions_or_people_reached_is_the_work(text: str, word: str) -> None:
    sent = _first(text)
    assert counts_activity(sent, _figure(sent, word))


@pytest.mark.parametrize(("text", "word"), [
    ("We won 14 new contracts in the first year.", "14"),
    ("We sold 31 of the 36 flats inside a year.", "31"),
    ("Five of the six depots met all four targets.", "four"),
    ("We trained the crews and cut errors by 30 percent.", "30"),
    ("Sessions missed fell from 40 to 12 a month.", "40"),
    ("We hired 45 drivers before the peak.", "45"),
])
def test_a_count_of_what_was_won_or_a_change_measured_is_not_the_work(text: str, word: str) -> None:
    sent = _first(text)
    assert not counts_activity(sent, _figure(sent, word))


def test_a_count_of_the_work_is_not_praised_as_a_number_on_the_outcome() -> None:
    sent = _first("We trained 180 pickers on the new scanners.")
    token = sent.tokens[_figure(sent, "180")]
    assert counts_activity_at(sent, token.start, token.end)
    assert not outcome_shown(sent, sent.start, sent.end)


def test_a_count_won_is_still_praised() -> None:
    sent = _first("We won 14 new contracts in the first year.")
    assert outcome_shown(sent, sent.start, sent.end)


def test_a_story_closing_on_counts_of_the_work_has_no_result_and_no_praise() -> None:
    report = _report(OPENING + "Over the spring we trained 180 pickers on the new scanners and "
                     "held 14 workshops with the night shift.")
    assert NO_RESULT & {finding.rule for finding in report.findings}
    assert not [item for item in report.strengths if item.what == OUTCOME_NUMBER]


def test_the_same_story_with_a_change_measured_is_praised_and_not_flagged() -> None:
    report = _report(OPENING + "Over the spring we trained 180 pickers on the new scanners, and "
                     "late loads fell from 40 a week to 9 by June.")
    assert not NO_RESULT & {finding.rule for finding in report.findings}
    assert [item for item in report.strengths if item.what == OUTCOME_NUMBER]


# --- vague changes and nameless uptake --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "And over time it got better.",
    "Things got a lot easier after that.",
    "I sorted it, we moved on, and the place ran much smoother after.",
    "The new checklist was adopted.",
])
def test_a_change_of_nothing_named_or_an_uptake_by_nobody_is_a_claim(text: str) -> None:
    sent = _first(text)
    assert claimed(sent)
    assert not result_in(sent)


@pytest.mark.parametrize("text", [
    "Over time the stores looked better than they did.",
    "The new checklist was adopted by both the other depots.",
    "We sorted it and the backlog was cleared by March.",
    "The board approved the second site and we opened it in May.",
    "It got better: late loads fell from 40 a week to 9.",
])
def test_a_thing_named_a_taker_named_or_a_result_beside_it_is_no_claim(text: str) -> None:
    assert not claimed(_first(text))


def test_uptake_in_the_passive_needs_someone_named() -> None:
    assert not taken_up(_first("The new checklist was adopted."))
    assert taken_up(_first("The new checklist was adopted by both the other depots."))
    assert taken_up(_first("Two other depots have copied the checklist."))


# --- a journey and a span of time -------------------------------------------------------------


def test_a_person_travelling_is_no_measure_moving() -> None:
    assert not changed_by_others(_first("Everyone dressed up and the chair came down for it."))
    assert changed_by_others(_first("Staff turnover came down over the year."))


def test_a_span_something_lasted_is_no_change_measured() -> None:
    story = parse("We had a boiler project at the mill. I stopped the project for three weeks.")
    assert not result_in(story.sentences[1])
    moved = parse("We had a boiler project at the mill. Defects fell for three months, from 40 to 12.")
    assert result_in(moved.sentences[1])


# --- a choice landed on and the speaker's own team ---------------------------------------------


def test_ending_up_with_a_choice_is_a_step_not_a_result() -> None:
    from poise.analysis.outcome_told import landed_on

    chose = _first("We ran a long tender and ended up with a regional haulier.")
    assert landed_on(chose)
    assert not result_in(chose)
    measured = _first("We ended up with 20% fewer returns.")
    assert not landed_on(measured)
    assert result_in(measured)
    assert not landed_on(_first("In the end the client ended up with a better deal."))


def test_the_speakers_own_team_following_the_process_is_no_uptake_by_others() -> None:
    assert not taken_up(_first("The new rota was adopted by the whole shift team."))
    assert not taken_up(_first("Our team adopted the checklist."))
    assert taken_up(_first("The new rota was adopted by two other teams."))
    assert taken_up(_first("The regional board adopted the checklist for every depot."))


# --- an aim moved -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "shown"), [
    ("In the autumn I lowered the target to 28 with the board's agreement.", False),
    ("We raised the goal from 40 to 55 members.", False),
    ("We beat the target by 12 percent.", True),
    ("We cut the budget by 20 percent.", True),
    ("We cut late loads from 40 to 9.", True),
])
def test_a_figure_that_moves_an_aim_is_no_number_on_the_outcome(text: str, shown: bool) -> None:
    sent = _first(text)
    assert all(outcome_shown(sent, start, end) is shown for start, end, _quote in sent.numbers)
