"""Feedback asked as received and told as given (analysis/feedback_way.py), and through the whole
analyser as ``relevance.answers_another``; examples written for these tests, with near misses:
feedback given asked, an answer that tells feedback received and then how the speaker passes it
on, and a single sentence of giving."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked
from poise.analysis.feedback_way import asks_received, gave, given_not_received, received
from poise.analysis.text import parse

RULE = "relevance.answers_another"
QUESTION = "Tell me about a piece of feedback you received that changed how you lead."


@pytest.mark.parametrize("question", [
    QUESTION,
    "What's the toughest criticism anyone has ever given you?",
    "What is the most useful feedback you've had this year?",
    "Describe some feedback that changed how you run meetings.",
])
def test_asks_feedback_received(question: str) -> None:
    assert asks_received(asked.parsed_question(question))


@pytest.mark.parametrize("question", [
    "Tell me about a time you had to give hard feedback to a senior colleague.",
    "How do you give feedback to a supervisor who is struggling?",
    "Tell me about a time you changed a process.",
])
def test_asks_no_feedback_received(question: str) -> None:
    assert not asks_received(asked.parsed_question(question))


def test_received_and_gave_read_by_who_tells_whom() -> None:
    assert received(parse("My regional manager told me I interrupted people in meetings.").sentences[0])
    assert received(parse("In my 360 I got a hard message about my temper.").sentences[0])
    assert not received(parse("I told my supervisors what was good and what was not.").sentences[0])
    assert gave(parse("I told my supervisors what was good and what was not.").sentences[0])
    assert gave(parse("I brought in a monthly feedback session for my shift leads.").sentences[0])
    assert not gave(parse("My manager gave me a warning.").sentences[0])


GIVEN = ("Feedback matters to me. In my team I hold a feedback hour every Friday with my four "
         "supervisors. I tell each of them what went well and what did not, and I write it down for "
         "them. I also coached them to give feedback to their own crews in the same way. Complaints "
         "from drivers fell by half within a year.")


def test_feedback_given_told_for_feedback_received_is_named() -> None:
    assert given_not_received(parse(GIVEN))
    report = analyse(QUESTION, GIVEN, context=AnalysisContext())
    assert RULE in report.rules_fired()


def test_feedback_received_then_passed_on_is_left_alone() -> None:
    answer = ("In 2022 my director told me that I decided too quickly in meetings. I started speaking "
              "last in every planning meeting. I also tell my shift leads the same thing now, and I "
              "trained them to give feedback to their crews. Our meetings are shorter and fewer "
              "decisions get reversed.")
    assert not given_not_received(parse(answer))
    report = analyse(QUESTION, answer, context=AnalysisContext())
    assert RULE not in report.rules_fired()
