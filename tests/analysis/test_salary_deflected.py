"""salary.deflected: a pay question met with no figure and a deflection the parse shows."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse

PAY = "What salary are you hoping for in this role?"


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="salary"))
    return report.rules_fired()


@pytest.mark.parametrize("answer", [
    "I've led three depots. I'd sooner you told me what band you have set aside first.",
    "I would prefer not to give a number until I have seen the whole offer.",
    "Honestly it depends on the bonus and the car, and I'm flexible.",
])
def test_deflection_flagged_when_no_figure(answer: str) -> None:
    assert "salary.deflected" in _fired(PAY, answer)


@pytest.mark.parametrize("answer", [
    "Somewhere between 90 and 100 thousand base, in line with the sector survey; it depends on "
    "the bonus, so I'd like you to tell me how that works.",
    "I'm on 85 thousand now and would move for 95 thousand base.",
])
def test_range_first_then_conditions_passes(answer: str) -> None:
    assert "salary.deflected" not in _fired(PAY, answer)


def test_silent_when_pay_not_asked() -> None:
    answer = "It depends on the season, and I'd rather you saw the site for yourself first."
    assert "salary.deflected" not in _fired("What does a normal week look like for you?", answer)
