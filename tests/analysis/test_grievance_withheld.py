"""A complaint about the present job told through what it no longer gives the speaker (pay that
has not moved, a rise not had, no development where the speaker is, courses not paid for) or
through the speaker being over- or under-something now; and the near-misses that stay silent: a
reason for leaving told as what the new job offers, another person's pay, a reward withheld in a
finished story the speaker then put right, a past strain."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, grievance
from poise.analysis.text import parse

REWARDS = frozenset({"pay", "salary", "wage", "raise", "rise", "recognition", "development", "training",
                     "course", "growth", "promotion"})
LEAVING = "Why do you want to leave your current employer?"
COMPLAINTS = {"tone.job_complaint", "tone.negativity", "meaning.job_complaint",
              "tone.heard_job_complaint"}


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "To be fair, my wage has not changed in five years, whatever the volumes did.",
    "I haven't had a pay rise since the merger.",
    "Where I sit today, there is no promotion in sight at all.",
    "The trust has not paid for a single training day in three years.",
    "My salary has only gone up once, while the team I run has tripled.",
])
def test_a_reward_withheld_now_is_read(text: str) -> None:
    assert grievance.withheld(_sentence(text), REWARDS)


@pytest.mark.parametrize("text", [
    "The role you describe offers the growth I am looking for.",  # what the new job offers
    "Their salaries had not moved for years, so I made the case to the board.",  # another's pay
    "The crew hadn't had a pay rise in three years when I arrived.",  # a finished past, others'
    "I haven't had a day off in weeks.",  # no reward of the job
    "There is no ceiling on growth in a business like yours.",  # no "no" on the reward
])
def test_no_reward_withheld_from_the_speaker_now(text: str) -> None:
    assert not grievance.withheld(_sentence(text), REWARDS)


@pytest.mark.parametrize("text", [
    "I'm overstretched and under-valued where I am.",
    "Frankly I am worn down by it.",
])
def test_the_speaker_strained_now_is_read(text: str) -> None:
    assert grievance.strained(_sentence(text))


@pytest.mark.parametrize("text", [
    "I was worn out that winter, so I hired a deputy.",  # a past strain in a story
    "I am overjoyed with how the team took it.",  # a prefix, but a good word
    "I'm overseeing three plants now.",  # an act, not a state
    "I am not overworked; the team shares the load.",  # denied
])
def test_no_strain_read(text: str) -> None:
    assert not grievance.strained(_sentence(text))


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="stress_resistance"))
    return report.rules_fired()


def test_pay_frozen_for_years_is_a_complaint() -> None:
    answer = ("I have run the Hull depot for six years and I am proud of the team. But my salary "
              "has not moved in four years, even though the depot now handles twice the volume, "
              "and that is the honest reason I am looking.")
    assert _fired(LEAVING, answer) & COMPLAINTS


def test_what_the_new_job_offers_is_no_complaint() -> None:
    answer = ("I have run the Hull depot for six years and I am proud of the team. Your role "
              "offers the regional remit and the development in commercial planning that I am "
              "looking for next, and I would bring the depot's turnaround record with me.")
    assert not _fired(LEAVING, answer) & COMPLAINTS


def test_a_time_span_opening_with_over_is_no_strain() -> None:
    assert not grievance.strained(_sentence(
        "Over the last two years I have completed a leadership course and a finance certificate."))
