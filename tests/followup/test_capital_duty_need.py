"""A duty written in capitals is still a duty: "Maintain GLOBALG.A.P., GRASP and … accreditation"
becomes "someone to maintain …" after "You are looking for", while a name that opens on a word
that can be a verb ("Lean Six Sigma Black Belt") keeps its capitals; and the draft check knows a
name that ends in initials ("GLOBALG.A.P.,") from a stray full stop."""

from __future__ import annotations

import pytest

from poise.followup.draft_check import line_problems
from poise.followup.letter import need_phrase


def test_a_duty_whose_objects_are_names_is_said_as_a_duty() -> None:
    need = need_phrase("Maintain GLOBALG.A.P., GRASP and Zespri supplier accreditation and pass "
                       "MPI export verification audits")
    assert need.startswith("someone to maintain GLOBALG.A.P.")


@pytest.mark.parametrize("name", ["Lean Six Sigma Black Belt", "Master of Science in Nursing"])
def test_a_name_in_capitals_keeps_them(name: str) -> None:
    assert name in need_phrase(name)


def test_initials_at_the_end_of_a_name_are_no_stray_full_stop() -> None:
    assert line_problems("I maintain GLOBALG.A.P., GRASP and Freshcare certification.") == []
    assert line_problems("We hold U.S., EU and UK approvals.") == []


def test_a_stray_full_stop_before_a_comma_is_still_found() -> None:
    assert [problem.kind for problem in line_problems("I ran the plant., then the site.")] == [
        "punctuation"]
