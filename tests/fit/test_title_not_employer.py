"""Where the rules read no employer for a role, the learned employer scorer does not make one up
from the role's own title. Every text is written for these tests."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.resume_reader import read_resume


def test_no_employer_is_made_up_from_the_title() -> None:
    resume = read_resume(
        "# Olena Koval\nRisk Manager · Compliance · Audit\n\n## Experience\n\n04.2020 – present\n"
        "Risk Manager\nDnipro Data LLC | Dnipro, Ukraine → Wrocław, Poland (since 10.2022)\n"
        "Reporting to the CFO. Team of 12.\n\n01.2016 – 03.2020\nRisk Analyst\n"
        "Orbis Ltd | Kyiv, Ukraine\n- Built the risk register.\n", today=TODAY)
    assert resume.roles
    assert all(role.employer.lower() != role.title.lower() for role in resume.roles)
    assert resume.roles[-1].employer == "Orbis Ltd"
