"""A figure that counts how often, the speaker's own record, or the speaker's means cut by
someone else is no number on the outcome; a change stated on a figure keeps it one.

Every example is written afresh in the project's own words; each reading has near misses that
must keep their meaning.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.outcome_count import counts_no_outcome_at
from poise.analysis.outcome_told import changed_by_others
from poise.analysis.praise_gates import outcome_shown
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.text import Sentence, parse


def _at(text: str, word: str) -> tuple[Sentence, int, int]:
    sent = parse(text).sentences[0]
    start = sent.start + text.index(word)
    return sent, start, start + len(word)


NOT_OUTCOMES = [
    # a rhythm
    ("The supervisors walked the floor three times a shift.", "three"),
    ("We reviewed the rota every 2 weeks.", "2"),
    ("The planners met the hauliers four times per month.", "four"),
    # the speaker's own record
    ("I was promoted three times in that business.", "three"),
    ("I have worked in six countries over 15 years.", "six"),
    ("I have worked in six countries over 15 years.", "15"),
    ("I ran the plant for 15 years.", "15"),
    ("They moved me four times in my first decade.", "four"),
    # the speaker's means cut, or load grown, by someone else
    ("Head office cut my budget by 25% that spring.", "25"),
    ("My team was cut by a third in the spring.", "third"),
    ("My caseload has tripled since the merger.", "tripled"),
    ("The regional board cut the training budget to zero.", "zero"),
    # a share of occasions said of how things usually are
    ("Nine times out of ten there is a reason at home behind it.", "Nine"),
    ("I ask first, because eight times out of ten the rota is the cause.", "eight"),
]

STILL_OUTCOMES = [
    ("Late deliveries fell from 40 a week to 6.", "40"),
    ("Call-backs fell from four times a week to once a month.", "four"),
    ("We cut our costs by 20% in a year.", "20"),
    ("We expanded into four new countries.", "four"),
    ("I led the move into six countries.", "six"),
    ("I turned the branch round in two years.", "two"),
    ("Sales doubled within three months.", "three"),
    ("Complaints dropped by 40% within a year.", "40"),
    ("The backlog was cleared in 3 weeks.", "3"),
    ("Output rose 30 percent in two years.", "30"),
    ("Errors per thousand orders fell to 2.", "2"),
    ("The team handled 300 calls a day.", "300"),
    ("Our grant was doubled after the pilot.", "doubled"),
    ("We hit the delivery date nine times out of ten that year.", "nine"),
    ("By the spring the vans left on time nine times out of ten.", "nine"),
]


@pytest.mark.parametrize(("text", "word"), NOT_OUTCOMES)
def test_figure_that_counts_no_outcome(text: str, word: str) -> None:
    sent, start, end = _at(text, word)
    assert counts_no_outcome_at(sent, start, end)
    assert not outcome_shown(sent, start, end)


@pytest.mark.parametrize(("text", "word"), STILL_OUTCOMES)
def test_near_miss_keeps_its_figure(text: str, word: str) -> None:
    sent, start, end = _at(text, word)
    assert not counts_no_outcome_at(sent, start, end)


QUESTION = "Tell me about a time you improved how a site ran."
OPENING = ("When I took over the Derby depot, late loads were rising and the drivers had stopped "
           "trusting the planners. I rewrote the loading plan with the shift managers. ")


def _praised_numbers(answer: str) -> list[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext())
    return [quote for item in report.strengths if item.what == OUTCOME_NUMBER
            for quote in (evidence.quote for evidence in item.evidence)]


def test_rhythm_is_not_praised_as_an_outcome() -> None:
    answer = OPENING + ("After that the shift leads walked the yard four times a shift and "
                        "I checked the loading board every 2 hours.")
    assert _praised_numbers(answer) == []


def test_measured_change_beside_a_rhythm_is_still_praised() -> None:
    answer = OPENING + ("The shift leads walked the yard four times a shift, and late loads fell "
                        "from 31% to 9% by the summer.")
    praised = _praised_numbers(answer)
    assert any("31%" in quote or "9%" in quote for quote in praised)
    assert not any("four times" in quote for quote in praised)


@pytest.mark.parametrize("text", [
    "In the end the lease came up for renewal and the owners sold the building.",
    "A dispute about overtime came up in the spring.",
    "The plan went up for sign-off in May.",
])
def test_something_arising_is_no_change(text: str) -> None:
    assert not changed_by_others(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "Staff turnover has come down.",
    "Costs went up by a third.",
    "Prices went up.",
])
def test_measure_moving_is_still_a_change(text: str) -> None:
    assert changed_by_others(parse(text).sentences[0])


def test_story_ending_on_something_arising_tells_no_result() -> None:
    answer = OPENING + ("I held weekly calls with the haulier and sent them formal letters about "
                        "the missed slots. Finally the contract came up for renewal and the board "
                        "chose another haulier.")
    report = analyse(QUESTION, answer, context=AnalysisContext())
    assert "structure.no_result" in {finding.rule for finding in report.findings}
