"""Praise only with evidence, evidence seen where it is (issue 11, items 1-2).

A result measured in words ("halved", "by a third", "twice the volume", "fell to zero") is a
number on the outcome; an aim, a plan, a condition, a frequency or the set-up told in the same
words is not, and neither is a year, a span of time or the size of a team. A lesson is praised
only when the speaker still applies it: a maxim, a platitude, a criticism of others or a plan
told where the lesson would go is not (the lesson reader, ``praise_model``). Every case is
written in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.figures import word_figures
from poise.analysis.praise_model import is_year_or_span, lesson_model, number_candidates
from poise.analysis.scoring import LESSON, OUTCOME_NUMBER
from poise.analysis.text import parse

QUESTION = "Tell me about a time you improved the way your team worked."
OPENING = ("When I took over the returns desk, parcels were waiting about nine days for a refund. "
           "I split the desk into two shifts and I wrote a short triage guide with the senior "
           "clerk. ")
FAILURE = "Tell me about a time something you led went wrong."
STORY = ("Two years ago I moved our invoicing onto a new system over one weekend. I skipped the "
         "parallel run to save time, and on the Monday a few hundred invoices went out twice. I "
         "phoned the largest customers myself and we credited every one within the week. ")


def _quotes(question: str, answer: str, what: str) -> list[str]:
    report = analyse(question, answer, context=AnalysisContext(family=None))
    return [item.quote for strength in report.strengths if strength.what == what
            for item in strength.evidence]


def _figures(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in word_figures(sent)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within two months we had halved the backlog.", "halved the backlog"),
        ("We cut the waiting list by a third.", "cut the waiting list by a third"),
        ("The desk now handles twice the volume with the same people.", "handles twice the volume"),
        ("Lost-time injuries fell to zero that year.", "fell to zero"),
        ("We brought the defect rate down by about half.", "brought the defect rate down by about half"),
    ],
)
def test_a_result_measured_in_words_is_a_figure(text: str, expected: str) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Our aim was to halve the backlog by the spring.",  # an aim
        "If we doubled the team, we would clear it in a month.",  # a condition
        "I'd like to cut the waiting list by a third next year.",  # a wish
        "I rang the supplier twice the same morning.",  # a frequency, not a change
        "We are planning to cut costs by a quarter.",  # a plan
    ],
)
def test_an_aim_a_condition_or_a_frequency_in_the_same_words_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_a_result_in_words_is_praised_as_a_number_on_the_outcome() -> None:
    quotes = _quotes(QUESTION, OPENING + "Within two months we had halved the waiting time.",
                     OUTCOME_NUMBER)
    assert any("halved" in quote for quote in quotes)


@pytest.mark.parametrize(
    "ending",
    [
        "It took us three months, and we finished in 2021.",  # a span and a year
        "I had a team of twelve clerks at the time.",  # a head-count
        "I stayed in that job for four more years.",  # a span
    ],
)
def test_a_year_a_span_or_a_head_count_is_never_the_outcome(ending: str) -> None:
    assert _quotes(QUESTION, OPENING + ending, OUTCOME_NUMBER) == []


def test_a_change_told_in_the_set_up_is_not_the_outcome() -> None:
    answer = ("Before I arrived, the team had doubled in size and the backlog had tripled. "
              "I split the desk into two shifts and I wrote a short triage guide with the senior "
              "clerk. The clerks said the guide helped.")
    assert _quotes(QUESTION, answer, OUTCOME_NUMBER) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We finished in 2019.", "2019"),
        ("It took three months.", "three"),
        ("I spent two more weeks on it.", "two"),
    ],
)
def test_a_year_or_a_span_is_never_read_by_the_outcome_reader(text: str, figure: str) -> None:
    sent = parse(text).sentences[0]
    items = [item for item in number_candidates(sent) if item[2] == figure]
    assert items and all(is_year_or_span(sent, *item) for item in items)


NOT_LESSONS = [
    "At the end of the day, communication is what makes or breaks any project.",  # a maxim
    "It was a real learning experience for everyone involved.",  # a platitude
    "The lesson I took is that our finance department simply cannot be relied on.",  # criticism
    "Next year I am going to learn how to plan a cut-over properly.",  # a plan
    "If I faced it again, I would probably run the old system alongside for a month.",  # imagined
]


@pytest.mark.skipif(lesson_model() is None, reason="the lesson reader is not shipped")
@pytest.mark.parametrize("ending", NOT_LESSONS)
def test_a_maxim_a_criticism_or_a_plan_is_no_lesson(ending: str) -> None:
    assert _quotes(FAILURE, STORY + ending, LESSON) == []


@pytest.mark.skipif(lesson_model() is None, reason="the lesson reader is not shipped")
def test_a_lesson_still_applied_is_praised() -> None:
    ending = ("Since then I never switch an old system off until the new one has run beside it "
              "for a full month.")
    quotes = _quotes(FAILURE, STORY + ending, LESSON)
    assert quotes and "Since then" in quotes[0]
