"""A step of the selection timetable given with nothing but its day is a fact of the advert, not a
requirement, whatever its label names; a milestone of the work given a day stays one."""

from __future__ import annotations

import pytest

from poise.fit.concerns.requirements import post_detail


@pytest.mark.parametrize("line", [
    "First-round interviews with our search partner: w/c 9 March 2026",
    "Panel with residents and staff: 14 April 2026",
    "Final interviews with a panel of trustees, chaired by the Vice Chair: Tuesday 21 April",
    "Shortlisting: May 4, 2026",
])
def test_a_timetable_step_is_no_requirement(line: str) -> None:
    assert post_detail(line)


@pytest.mark.parametrize("line", [
    "Open the second warehouse: 1 June 2026",
    "Interview and appoint three plant managers by 1 June 2026",
    "Lead the annual panel review of suppliers",
    "Experience: 10 years in retail",
])
def test_a_dated_duty_stays_a_requirement(line: str) -> None:
    assert not post_detail(line)
