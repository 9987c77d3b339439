"""Where the rules read no employer for a role, the learned employer scorer does not make one up
from the role's own title; an employer line that also tells a move ("→ Wrocław", "(since
10.2022)") is still the employer's line, while a chain of titles stays a promotion. Every text is
written for these tests."""

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


def test_an_employer_line_that_tells_a_move_stays_the_employer_line() -> None:
    for line in ("Dnipro Data LLC | Dnipro, Ukraine → Wrocław, Poland (since 10.2022)",
                 "Dnipro Data LLC | Dnipro, Ukraine (since 10.2022)",
                 "Dnipro Data LLC | Dnipro, Ukraine → Wrocław, Poland"):
        resume = read_resume("# Olena Koval\n\n## Experience\n\n04.2020 – present\nRisk Manager\n"
                             f"{line}\nReporting to the CFO. Team of 12.\n", today=TODAY)
        assert [(role.title, role.employer) for role in resume.roles] == [
            ("Risk Manager", "Dnipro Data LLC")], line


def test_a_chain_of_titles_under_the_dates_is_still_a_promotion() -> None:
    resume = read_resume("# Olena Koval\n\n## Experience\n\nOrbis Ltd (2012 – present)\n"
                         "Risk Analyst → Risk Manager\n- Built the risk register.\n", today=TODAY)
    assert [role.employer for role in resume.roles] == ["Orbis Ltd"]
    assert "Risk Manager" in resume.roles[0].title
