"""A relative clause that tells an act and its measured result is the speaker's own action.

"..., where I cut waste by 8%" is praised as something the speaker did; the place or the job
told in a relative clause ("..., where I ran planning for three plants", "the programme I set
up") still is not.
"""

from __future__ import annotations

import pytest

from poise.analysis.grammar import reported_action
from poise.analysis.text import parse


def _reported(text: str) -> list[str]:
    return [verb.text for sent in parse(text).sentences for verb in sent.own_past_actions
            if reported_action(sent, verb)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My first post was at a bakery group in Leeds, where I cut waste by 8% in a year.", ["cut"]),
        ("I moved to the Bristol depot, where I brought late deliveries down from 12% to 4%.",
         ["brought"]),
        ("The clinic where I reduced missed appointments by 20% was the smallest in the trust.",
         ["reduced"]),
    ],
)
def test_a_measured_act_in_a_relative_clause_is_reported(text: str, expected: list[str]) -> None:
    assert set(expected) <= set(_reported(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I spent four years at a bakery group in Leeds, where I ran planning for three plants.", "ran"),
        ("The programme I set up is still running at the trust.", "set"),
        ("It was the depot where I managed 40 drivers.", "managed"),
    ],
)
def test_a_place_or_a_job_in_a_relative_clause_is_not(text: str, verb: str) -> None:
    assert verb not in _reported(text)
