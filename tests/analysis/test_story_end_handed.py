"""What came of the work, told now by others, and a paper handed over on time, which is no outcome.

Others taking the work up is an outcome whether it is told as done ("two depots copied it") or
as going on now ("other clinics are now copying the model"); the speaker's own side, a plan, a
habit or a gerund describing a noun are not. A paper handed over on its date ("they delivered
their report on schedule") is the work done on time, not what it changed, while a service or a
site delivered on time still is; something kept only until a later step is a step, not a
thing won and kept. Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis.outcome_told import achieved, met_deadline, taken_up
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Now three other clinics in the region are visiting us and copying the model.",
    "Two neighbouring councils now reuse our booking tool.",
    "The other warehouses are now adopting the checklist.",
])
def test_work_taken_up_now_by_others_is_an_outcome(text: str) -> None:
    assert taken_up(_first(text))


@pytest.mark.parametrize("text", [
    "We are now adopting the checklist across our own shifts.",
    "Other clinics are copying the model.",  # no "now": a general remark, not how it stands
    "Other clinics will now adopt the model.",  # a plan
    "I hope other clinics now copy the model.",
    "Clinics copying the model now need a licence.",  # a participle describing a noun
])
def test_uptake_not_told_now_by_others_is_none(text: str) -> None:
    assert not taken_up(_first(text))


@pytest.mark.parametrize("text", [
    "The consultants delivered their report on schedule.",
    "The proposal was submitted on time.",
    "My team handed over the final plan ahead of schedule.",
])
def test_paper_handed_over_on_time_is_no_outcome(text: str) -> None:
    assert not met_deadline(_first(text))


@pytest.mark.parametrize("text", [
    "The new ward opened on schedule.",
    "We delivered the depot under budget.",
    "The migration was completed ahead of schedule.",
    "The contractors delivered the new bridge on time.",
])
def test_work_done_against_its_mark_still_counts(text: str) -> None:
    assert met_deadline(_first(text))


@pytest.mark.parametrize("text", [
    "I kept the second phase out of the contract until we had seen their findings.",
    "We retained the second supplier till the new contract was signed.",
])
def test_something_kept_until_a_later_step_is_no_outcome(text: str) -> None:
    assert not achieved(_first(text))


@pytest.mark.parametrize("text", [
    "We kept the client through the merger.",
    "We kept the plant out of special measures.",
])
def test_something_won_and_kept_is_an_outcome(text: str) -> None:
    assert achieved(_first(text))

