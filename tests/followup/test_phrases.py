"""A debrief's short phrases read before a draft says them: requests, deadlines, clauses."""

from __future__ import annotations

import pytest

from poise.followup.phrases import is_clause, split_deadline, topic_phrase


@pytest.mark.parametrize(("typed", "expected"), [
    ("the Line 2 ramp curve by Friday", ("the Line 2 ramp curve", "by Friday")),
    ("the figures by the end of the week", ("the figures", "by the end of the week")),
    ("references within two days", ("references", "within two days")),
    ("the plan tomorrow", ("the plan", "tomorrow")),
    ("the deck before 12 June", ("the deck", "before 12 June")),
    ("the deck", ("the deck", "")),
    ("the report by McKinsey", ("the report by McKinsey", "")),       # an author, not a day
    ("my notes on the 2019 ramp", ("my notes on the 2019 ramp", "")),
    ("Friday", ("Friday", "")),                                       # nothing left to send
])
def test_a_deadline_is_split_from_what_was_promised(typed: str, expected: tuple[str, str]) -> None:
    assert split_deadline(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("Tell me about the Line 2 ramp", "the Line 2 ramp"),
    ("Could you walk us through your first 90 days?", "your first 90 days"),
    ("How would you build the plant culture?", None),
    ("Is the ramp plan realistic", None),
    ("the Line 2 ramp", "the Line 2 ramp"),
    ("Tell me about", None),
])
def test_a_request_names_its_object_and_a_question_is_no_topic(typed: str, expected: str | None) -> None:
    assert topic_phrase(typed) == expected


@pytest.mark.parametrize(("typed", "clause"), [
    ("They will decide on a second round within two weeks", True),
    ("HR will call me", True),
    ("The CEO wants to meet me", True),
    ("they decide next week", True),
    ("They'll call", True),
    ("a panel with the CEO", False),
    ("Second round interview with the board", False),
    ("a case presentation to the board", False),
    ("an offer decision", False),
])
def test_a_next_step_clause_is_told_apart_from_a_noun(typed: str, clause: bool) -> None:
    assert is_clause(typed) is clause


def test_a_span_the_promise_covers_is_no_deadline() -> None:
    # "for the first 90 days" names what the plan covers; "within two days" is when it is due
    assert split_deadline("the plan I described for the first 90 days") == (
        "the plan I described for the first 90 days", "")
    assert split_deadline("the deck within two days") == ("the deck", "within two days")
