"""The thank-you letter tells a line of the role still held in the present tense ("I lead 95
engineers"), and a line of a role left in the past; the stored résumé says which lines are under
the roles still held."""

from __future__ import annotations

from poise.content.loader import KnowledgeBase
from poise.fit.resume_reader import read_resume
from poise.followup.application import FitResume, read_fit
from poise.followup.letter import evidence_sentence

from .conftest import TODAY

RESUME = """# Sam Lee
## Experience
### Head of Engineering — Harbour Software, Leeds
Jan 2020 – present
- Lead 95 engineers across four product teams.
### Engineering Manager — Beta Payments, York
Jan 2014 – Dec 2019
- Lead 30 engineers in two teams.
"""


def _stored() -> FitResume:
    resume = read_resume(RESUME, today=TODAY).to_dict()
    return read_fit({"resume": resume}).resume


def test_the_stored_resume_names_the_lines_of_the_role_still_held() -> None:
    stored = _stored()
    assert "Lead 95 engineers across four product teams." in stored.current_lines
    assert not any("30 engineers" in line for line in stored.current_lines)


def test_a_line_of_the_role_still_held_is_told_in_the_present(kb: KnowledgeBase) -> None:
    told = evidence_sentence("Lead 95 engineers across four product teams.", kb.followup.letter,
                             resume=_stored())
    assert "I lead 95 engineers" in told


def test_a_line_of_a_role_left_is_told_in_the_past(kb: KnowledgeBase) -> None:
    # near miss: the same present-tense verb under a role that has ended
    told = evidence_sentence("Lead 30 engineers in two teams.", kb.followup.letter,
                             resume=_stored())
    assert "I led 30 engineers" in told
