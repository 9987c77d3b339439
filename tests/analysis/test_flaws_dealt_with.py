"""A trouble told in the past and then dealt with is the story's situation, not a complaint about
the job (``sensed._past_state`` with ``fixed_after``); steps laid out in order, in any mood, are a
plan told in other words (``accepted.steps_in_sequence``), so a weakness with them is not left
without one. Each reading is tried both ways; every sentence is in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis.accepted import steps_in_sequence
from poise.analysis.rules.sensed import _past_state
from poise.analysis.text import parse


@pytest.mark.parametrize(
    "text",
    [
        "Our trouble was the late invoices: suppliers chase us all month and nobody answers.",
        "The backlog was huge when I started.",
    ],
)
def test_a_state_told_in_the_past(text: str) -> None:
    assert _past_state(parse(text).sentences[0])


@pytest.mark.parametrize(
    "text",
    [
        "The pay has not moved in three years.",
        "The job is the same thing every single day.",
        "Nobody upstairs listens to the depot managers.",
    ],
)
def test_a_state_that_still_holds(text: str) -> None:
    assert not _past_state(parse(text).sentences[0])


def test_steps_in_order_are_a_plan() -> None:
    answer = parse("If a client pushed back hard, I wouldn't argue on the spot. Then I'd go back a "
                   "day later and ask for one example. And then I'd choose one change and tell "
                   "them what it is.")
    assert steps_in_sequence(answer)


def test_one_turn_of_a_story_is_no_plan() -> None:
    answer = parse("I can be impatient in meetings. Then I get short with people. I have accepted "
                   "it, honestly, it is who I am.")
    assert not steps_in_sequence(answer)
