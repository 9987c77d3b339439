"""A record or an ability claimed over every case (``claims.universal_record``) and a figure the
parse puts under a change told in the past (``structure.figure_moved``, which keeps
meaning.no_result quiet on a story that does measure its result): fresh positives and near
misses that must stay quiet (all written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import claims
from poise.analysis.structure import figure_moved
from poise.analysis.text import Sentence, parse


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I have fixed every sort of outage a warehouse can throw at you.",
    "After the port strike, I can run a terminal anywhere.",
    "I never lost a single client to any competitor in twelve years.",
    "Wherever I went, I could turn any type of branch around within a year.",
    "Everywhere I've managed a region, margins have risen on my watch.",
])
def test_universal_record_flags_claims_over_every_case(text: str) -> None:
    assert claims.universal_record(_sentence(text))


@pytest.mark.parametrize("text", [
    "I phoned every supplier on the list that Monday.",  # a deed over a set, told in the past
    "I visited every depot in my first month.",
    "I have seen every kind of audit finding in this job.",  # experience, not success
    "I have worked with every kind of partner, from charities to banks.",
    "I never told anyone about the offer.",  # "anyone" as an object is no claim
    "I could ask anyone on the team for help.",
    "I can't think of anything I would change.",
    "I raised it twice, and the proposal never went anywhere.",  # the claim is not the speaker's
    "The courier can deliver anywhere in the county.",  # not the speaker
])
def test_universal_record_quiet_on_deeds_experience_and_others(text: str) -> None:
    assert not claims.universal_record(_sentence(text))


@pytest.mark.parametrize("text", [
    "By spring, first-time fixes went from sixty-one to eighty-three percent.",
    "The new rota freed about 200 nursing hours a month.",
    "Complaints fell to nine a quarter by the end of the year.",
    "Response times were at 92 percent, up from 70 when I started.",
    "That change has cut two days from every month-end close.",
])
def test_figure_moved_reads_a_measured_change(text: str) -> None:
    assert figure_moved(_sentence(text))


@pytest.mark.parametrize("text", [
    "I set a goal of 40% of sales online, up from 15%.",  # an aim, not a result
    "A fault logged at seven would reach the planner by nine.",  # a participle describing a thing
    "We moved from three shifts to two in 2021.",  # no share, no verb of change over the figure
    "In 2019 the plant grew.",  # a year is no measure
    "I cut the ribbon with 200 guests watching.",  # the figure does not hang on the verb of change
])
def test_figure_moved_quiet_on_aims_descriptions_and_dates(text: str) -> None:
    assert not figure_moved(_sentence(text))
