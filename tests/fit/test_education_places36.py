"""A study named by its field alone, at a place of study named in another language
("Tecnológico", "Politecnico", "Instituto"), is education, even when the line also names the
professional licence it led to; a licence with no place of study stays a certification."""

from __future__ import annotations

import pytest

from poise.fit.resume_reader import read_resume

BASE = ("# Ana Ruiz\n\n## Experience\n\n**Plant Manager** | Acme | 2010 – present\n- Ran the plant.\n\n"
        "## Education\n\n")


@pytest.mark.parametrize("line", [
    "- 1998 – 2003: Mechanical Engineering, Politecnico di Torino",
    "- 1999 – 2004: Chemical Engineering, Instituto Superior Técnico, Lisbon",
    "- 2000 – 2005: Industrial Engineering, Instituto Tecnológico de Celaya. Professional licence "
    "No. 5512093",
])
def test_a_field_studied_at_a_place_of_study_is_education(line: str) -> None:
    education = read_resume(BASE + line + "\n").education
    assert len(education) == 1 and education[0].split(",")[0] in line


def test_a_licence_with_no_place_of_study_is_no_education() -> None:
    resume = read_resume(BASE + "- 2006: Professional engineering licence No. 5512093\n")
    assert resume.education == ()
