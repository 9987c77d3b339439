"""The head's lower threshold of strong when every kind check agrees on strong and one of them
is a tool shown in use (``verdict_head.AGREEING``), and the near-misses that must stay partial: a
tool seen only in a pilot, a budget or a team size met, a smaller team, a lower rung, meaning
alone, and a head that is not sure enough even then."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed
from tests.fit.test_verdict_head import RESUME, _model

from poise.fit.match import NONE, PARTIAL, STRONG, Match, Verdict
from poise.fit.result import assess
from poise.fit.verdict_head import (
    AGREED_STRONG_AT,
    FEATURES,
    STRONG_AT,
    agreed_strong,
    judge,
)

FAIRLY_SURE = [-2.0, 0.0, 1.2]
"""Biases giving the head about 0.03 / 0.22 / 0.75: strong is likeliest, between
AGREED_STRONG_AT and STRONG_AT."""
UNSURE = [-2.0, 0.0, 0.64]
"""About 0.05 / 0.33 / 0.62: strong is likeliest, below AGREED_STRONG_AT."""


def _strength(requirement: str, extra: str = "", bias: list[float] = FAIRLY_SURE) -> str:
    job = f"# Head of Operations\n\n## Requirements\n- {requirement}\n"
    fit = assess(job, RESUME + extra, embed=hash_embed, today=TODAY, verdict_head=_model(bias))
    return fit.matches[0].strength


def _match(*checks: tuple[str, str]) -> Match:
    verdicts = tuple(Verdict(kind, strength, "") for kind, strength in checks)
    return Match("r1", STRONG, "", "", 0.8, verdicts=verdicts)


def test_the_lower_threshold_lies_below_the_usual_one() -> None:
    assert 0.5 <= AGREED_STRONG_AT < STRONG_AT
    rows = np.zeros((2, len(FEATURES)), dtype=np.float32)
    assert [verdict.strength for verdict in judge(_model(FAIRLY_SURE), rows, [True, False])] == [
        STRONG, PARTIAL]
    assert [verdict.strength for verdict in judge(_model(UNSURE), rows, [True, True])] == [
        PARTIAL, PARTIAL]


def test_agreement_needs_every_kind_check_strong_and_one_of_the_agreeing_kinds() -> None:
    assert agreed_strong(_match(("tools", STRONG)))
    assert agreed_strong(_match(("tools", STRONG), ("other", NONE)))
    assert agreed_strong(_match(("tools", STRONG), ("certification", STRONG)))
    assert not agreed_strong(_match(("tools", STRONG), ("certification", PARTIAL)))
    assert not agreed_strong(_match(("tools", STRONG), ("scope_budget", STRONG)))
    assert not agreed_strong(_match(("scope_budget", STRONG)))
    assert not agreed_strong(_match(("tools", STRONG), ("scope_team", STRONG)))
    assert not agreed_strong(_match(("scope_team", STRONG)))
    assert not agreed_strong(_match(("certification", STRONG)))
    assert not agreed_strong(_match(("other", STRONG)))


def test_a_tool_run_hands_on_is_strong_when_the_head_is_fairly_sure() -> None:
    assert _strength("Hands-on experience with Microsoft Dynamics 365",
                     "- Ran purchasing and stock control in Dynamics 365 for three sites.\n") == STRONG


def test_a_tool_seen_only_in_a_pilot_stays_partial() -> None:
    assert _strength("Hands-on experience with Microsoft Dynamics 365",
                     "- Member of the Dynamics 365 pilot team for the new warehouse.\n") == PARTIAL


def test_a_tool_run_hands_on_stays_partial_when_the_head_is_unsure() -> None:
    assert _strength("Hands-on experience with Microsoft Dynamics 365",
                     "- Ran purchasing and stock control in Dynamics 365 for three sites.\n",
                     UNSURE) == PARTIAL


def test_a_budget_of_the_size_asked_does_not_lower_the_threshold() -> None:
    # A budget held is not the budget run as the post asks: the head decides, as for a team.
    asked = "Accountability for an operating budget of £5m or more"
    assert _strength(asked, "- Accountable for an annual operating budget of £8m.\n") == PARTIAL
    assert _strength(asked, "- Accountable for an annual operating budget of £8m.\n",
                     [-5.0, -5.0, 5.0]) == STRONG


def test_a_team_size_met_does_not_lower_the_threshold() -> None:
    # A team of 40 shown meets 30 asked, but a team led is not the leading asked: the head decides.
    assert _strength("Lead a team of 30 operators across shifts") == PARTIAL


def test_a_smaller_team_stays_partial() -> None:
    assert _strength("Lead a team of 60 operators across shifts") == PARTIAL
    assert _strength("Lead a team of 60 operators across shifts", bias=[-5.0, -5.0, 5.0]) == PARTIAL


def test_a_lower_rung_stays_partial() -> None:
    assert _strength("ILM Level 7 or equivalent leadership qualification",
                     "\n## Qualifications\nILM Level 5 Certificate in Leadership (2020)\n",
                     [-5.0, -5.0, 5.0]) == PARTIAL


def test_meaning_alone_keeps_the_usual_threshold() -> None:
    assert _strength("Running a food factory") == PARTIAL
