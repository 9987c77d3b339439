"""salary.deflected: a pay question met with no figure and a deflection the parse shows."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse

PAY = "What salary are you hoping for in this role?"
WEEK = "What does a normal week look like for you?"
CASES = [
    (PAY, "I've led three depots. I'd sooner you told me what band you have set aside first.", True),
    (PAY, "I would prefer not to give a number until I have seen the whole offer.", True),
    (PAY, "Honestly it depends on the bonus and the car, and I'm flexible.", True),
    (PAY, "Somewhere between 90 and 100 thousand base, in line with the sector survey; it depends "
          "on the bonus, so I'd like you to tell me how that works.", False),
    (PAY, "I'm on 85 thousand now and would move for 95 thousand base.", False),
    (WEEK, "It depends on the season, and I'd rather you saw the site for yourself first.", False),
]


@pytest.mark.parametrize(("question", "answer", "dodged"), CASES)
def test_deflection_flagged_only_without_a_figure_when_pay_is_asked(
        question: str, answer: str, dodged: bool) -> None:
    family = "salary" if question == PAY else "management_style"
    fired = analyse(question, answer, context=AnalysisContext(family=family)).rules_fired()
    assert ("salary.deflected" in fired) is dodged
