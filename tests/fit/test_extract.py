"""Extraction: requirements with kind, must-have and numbers; résumé roles, dates, scope and evidence."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.extract import amounts_in, date_range, parse_point, read_job, read_resume
from poise.fit.lexicon import patterns_for


def _by_text(job_text: str) -> dict[str, object]:
    job = read_job(job_text)
    return {requirement.text: requirement for requirement in job.requirements}


def test_job_title_and_level_come_from_the_title(job_text: str) -> None:
    job = read_job(job_text)
    assert job.title == "Director of Operations"
    assert job.level == "director"


@pytest.mark.parametrize(
    ("title", "level"),
    [("Chief Financial Officer", "executive"), ("VP of Engineering", "executive"),
     ("Head of People", "director"), ("Marketing Manager", "manager"),
     ("General Manager, Iberia", "executive"), ("Team Lead, Support", "manager")],
)
def test_level_from_title(title: str, level: str) -> None:
    assert read_job(f"# {title}\n\n## Requirements\n- 5 years of experience in sales.\n").level == level


def test_requirement_kinds_and_numbers(job_text: str) -> None:
    found = {requirement.text: requirement for requirement in read_job(job_text).requirements}
    team = found["You will lead an organisation of 45 people through four site managers."]
    assert "scope_team" in team.kinds and "leadership" in team.kinds
    assert team.numbers["team"] == 45
    budget = found["Own a budget of €20M and report monthly to the board."]
    assert budget.kind == "scope_budget" and "stakeholders" in budget.kinds
    assert budget.numbers["budget"] == 20_000_000
    years = found["At least 8 years of experience in warehouse operations."]
    assert years.kind == "years_experience" and years.numbers["years"] == 8
    assert found["Proven change management experience."].kind == "change_management"
    assert found["Hands-on SAP experience is essential."].kind == "tools"
    assert found["Lean Six Sigma Green Belt certification required."].kind == "certification"
    assert found["Fluent French and English."].kind == "languages"
    assert found["Experience in a scale-up."].kind == "stage"


def test_must_have_from_sections_and_cues(job_text: str) -> None:
    found = {requirement.text: requirement for requirement in read_job(job_text).requirements}
    assert found["Proven change management experience."].must
    assert found["You will lead an organisation of 45 people through four site managers."].must
    assert not found["Experience in a scale-up."].must
    assert not found["Power BI is a plus."].must


def test_nice_cue_beats_a_must_section() -> None:
    job = read_job("# Head of Sales\n\n## Requirements\n- Salesforce experience would be a plus.\n"
                   "- 10+ years in B2B sales.\n")
    first, second = job.requirements
    assert not first.must and second.must


def test_about_us_and_benefits_are_not_requirements(job_text: str) -> None:
    texts = " ".join(requirement.text for requirement in read_job(job_text).requirements)
    assert "Halden Freight is a logistics company" not in texts
    job = read_job("# Director\n\n## Benefits\n- A budget of €2,000 for training.\n"
                   "## Requirements\n- 5 years leading teams.\n")
    assert [requirement.text for requirement in job.requirements] == ["5 years leading teams."]


def test_wrapped_lines_are_joined() -> None:
    job = read_job("# Director\n\n## The role\n- Lead an organisation of 140 people across sites\n"
                   "  in the Netherlands and Belgium.\n")
    (requirement,) = job.requirements
    assert requirement.text.endswith("in the Netherlands and Belgium.")
    assert "geography" in requirement.kinds


def test_job_industry_and_business_model() -> None:
    job = read_job("# Head of Sales\n\nWe are a B2B SaaS company selling to enterprise customers.\n"
                   "Our software company serves business customers.\n")
    assert job.industries[0][0] == "software"
    assert job.model == "b2b"


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Halden | 2019 – 2023", "2019", "2023", False),
        ("Mar 2018 - present", "2018-03", None, True),
        ("01/2015–06/2017", "2015-01", "2017-06", False),
        ("September 2013 to December 2018", "2013-09", "2018-12", False),
        ("since 2021", "2021", None, True),
        ("2020-04 – 2022-11", "2020-04", "2022-11", False),
    ],
)
def test_date_ranges(text: str, start: str, end: str | None, current: bool) -> None:
    found = date_range(text, TODAY.year * 12 + TODAY.month - 1)
    assert found is not None
    first, last, is_current, _ = found
    assert first.iso() == start
    assert (last.iso() if last else None) == end
    assert is_current is current


def test_parse_point_rejects_nonsense() -> None:
    assert parse_point("13/2019") is None
    assert parse_point("next year") is None


def test_resume_roles_titles_employers_and_months(resume_text: str) -> None:
    resume = read_resume(resume_text, today=TODAY)
    roles = [(role.title, role.employer, role.months, role.current) for role in resume.roles]
    assert roles == [
        ("Operations Manager", "Maison Verte Retail", 105, True),
        ("Shift Lead", "Carrefour", 30, False),
        ("Logistics Coordinator", "DHL", 24, False),
    ]
    assert resume.roles[1].to_dict() == {"title": "Shift Lead", "employer": "Carrefour",
                                          "start": "2015-01", "end": "2017-06", "months": 30}


def test_resume_scope_and_evidence(resume_text: str) -> None:
    resume = read_resume(resume_text, today=TODAY)
    assert [size.value for size in resume.team_sizes] == [12, 8]
    assert [(budget.value, budget.kind) for budget in resume.budgets] == [(2_000_000, "budget")]
    assert "retail" in [industry for industry, _ in resume.industries]
    assert resume.countries == ("France",)
    assert resume.tools == ("Oracle",)
    assert "Managed a €2M budget and cut costs by €300k." in resume.achievements
    assert resume.stated_years == 12
    assert resume.level == "manager"
    assert [period.kind for period in resume.periods] == ["education"]


@pytest.mark.parametrize(
    ("line", "size"),
    [("Led a team of 12 engineers.", 12), ("Managed 45 people across two sites.", 45),
     ("Built a 30-person support organisation.", 30), ("Managed 3 managers and 25 staff.", 28),
     ("Grew the team from 8 to 30 engineers.", 30), ("Ran night shifts with 8 people.", 8)],
)
def test_team_sizes(line: str, size: float) -> None:
    resume = read_resume(f"## Experience\nManager, Acme, 2019 – present\n- {line}\n", today=TODAY)
    assert max(item.value for item in resume.team_sizes) == size


def test_company_size_is_not_a_team() -> None:
    resume = read_resume("## Experience\nHR Manager, Carebridge, 2019 – present\n"
                         "Carebridge runs 28 homes in the Midlands, with 1,900 staff.\n"
                         "- Trained 200 staff on the new policy.\n", today=TODAY)
    assert resume.team_sizes == ()


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [("€12M budget", 12e6, "budget"), ("P&L of $30m", 30e6, "pnl"),
     ("Grew revenue to £4.5 million", 4.5e6, "revenue"), ("cut spend by €1.1M", 1.1e6, "saving"),
     ("a £40M cereal brand", 40e6, "revenue"), ("Budget CHF 7,5 Mio.", 7.5e6, "budget"),
     ("revenue of EUR 2 Mrd.", 2e9, "revenue")],
)
def test_money_amounts_and_what_they_measure(line: str, value: float, kind: str) -> None:
    ((amount, _, found_kind),) = amounts_in(line)
    assert amount == pytest.approx(value)
    assert found_kind == kind


def test_tools_are_matched_as_written() -> None:
    patterns = patterns_for()
    assert [tool.name for tool in patterns.tools_in("We run SAP S/4HANA and Salesforce.")] == [
        "SAP", "Salesforce"]
    assert patterns.tools_in("Every workday starts at eight.") == []


def test_education_dates_are_not_jobs() -> None:
    resume = read_resume("## Experience\nAnalyst, Acme, 2015 – 2019\n\n## Education\n"
                         "MBA, INSEAD, 2019 – 2020\n", today=TODAY)
    assert len(resume.roles) == 1
    assert resume.periods[0].kind == "education"


@pytest.mark.parametrize(
    ("resume", "title", "employer"),
    [
        ("HARTLAND SNACKS CO., Cincinnati, OH\nSenior Director, Supply Chain Planning\tJune 2016 – Present\n",
         "Senior Director, Supply Chain Planning", "HARTLAND SNACKS CO."),
        ("2021 – Present | Halcyon Consulting | Managing Director\n", "Managing Director",
         "Halcyon Consulting"),
        ("Finance Director, Drive Systems Division\nHallberg Industrial Group · Stuttgart\n"
         "Feb 2017 – present\n", "Finance Director, Drive Systems Division", "Hallberg Industrial Group"),
        ("Head of Product, Gridwise (Vienna)\n02/2019 – 12/2024\n", "Head of Product", "Gridwise"),
        ("2019 – 2023     Acme Ltd     Head of Sales\n", "Head of Sales", "Acme Ltd"),
    ],
)
def test_role_headers_in_common_layouts(resume: str, title: str, employer: str) -> None:
    (role,) = read_resume("EXPERIENCE\n" + resume + "- Led a team of 9.\n", today=TODAY).roles
    assert (role.title, role.employer) == (title, employer)


def test_a_later_role_without_employer_keeps_the_one_above() -> None:
    resume = read_resume("EXPERIENCE\nACME CORP, Dayton, OH\nDirector, Logistics\tMay 2016 – Present\n"
                         "● Ran 3 sites.\nManager, Logistics\tMarch 2012 – April 2016\n● Ran 1 site.\n",
                         today=TODAY)
    assert [role.employer for role in resume.roles] == ["ACME CORP", "ACME CORP"]
    assert [role.title for role in resume.roles] == ["Director, Logistics", "Manager, Logistics"]


def test_task_headings_and_imperative_bullets_are_duties() -> None:
    job = read_job("# Director of Product\n\nYour tasks\n* Lead our team of 4 group product managers.\n"
                   "* Present the roadmap to the management board.\n")
    assert [requirement.section for requirement in job.requirements] == ["duties", "duties"]
    assert "stakeholders" in job.requirements[1].kinds


def test_mixed_must_and_nice_clauses_are_split() -> None:
    job = read_job("# Sales Director\n\n## Requirements\n- Fluent English and French; German is a plus.\n")
    assert [(r.text, r.must) for r in job.requirements] == [
        ("Fluent English and French.", True), ("German is a plus.", False)]


def test_years_in_total_and_in_management_are_both_read() -> None:
    job = read_job("# Director\n\n## Requirements\n- 10+ years of enterprise sales, including 5+ years "
                   "leading sales managers.\n")
    assert job.requirements[0].numbers == {"years": 10, "years_managing": 5}


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [("- Deliver a 15% reduction in cost per ticket.", "percent", 15.0),
     ("- Own a plant budget of EUR 35 million.", "budget", 35e6),
     ("- Deliver £9m of cost savings.", "savings", 9e6),
     ("- Lead approx. 350 employees.", "team", 350.0),
     ("- 8+ years leading managers.", "years_managing", 8.0)],
)
def test_quantities_in_requirements(line: str, key: str, value: float) -> None:
    requirement = read_job(f"# Director\n\n## Requirements\n{line}\n").requirements[0]
    assert requirement.numbers[key] == value
