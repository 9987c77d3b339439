"""Scale and levels compared with what the candidate holds, each with a near miss: head-counts
written with a thousands separator, a workforce counted, a deficit to close as a savings target,
a cut that is no share of the line's budget, budgets in another currency and a company's size
left out of the cap, bodies called boards that are no governing board, and the CIOB, FAC-P/PM and
AHLEI ladders."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit import evaluation_view
from poise.fit.extract import read_job, read_resume
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess
from poise.fit.shortfall import shortfalls

ROLES = """### Operations Manager — Tarnfield Dairies, York, UK
Apr 2016 – present
- Lead a team of 400 across three creameries.
- Managed a £9M operating budget.
- Cut packaging waste, saving £250k a year.
"""


def _fit(job_lines: str, roles: str = ROLES, extra: str = "", heading: str = "Requirements"):
    job = f"# Director of Operations\n\n## {heading}\n{job_lines}\n"
    resume = f"# Kit Marsh\nYork, UK · kit@example.org\n\n## Experience\n{roles}{extra}"
    return assess(job, resume, embed=hash_embed, today=TODAY)


def _kinds(job_lines: str, roles: str = ROLES, extra: str = "", heading: str = "Requirements"
           ) -> list[str]:
    return [concern.kind for concern in _fit(job_lines, roles, extra, heading).concerns]


def _numbers(line: str) -> dict[str, float]:
    return dict(read_job(f"## Responsibilities\n- {line}\n").requirements[0].numbers)


def test_a_head_count_with_a_thousands_separator_is_no_year() -> None:
    assert _numbers("Lead 9 area managers and, through them, around 2,000 colleagues")["team"] == 2000
    assert _numbers("Lead 12 engineers hired since 2019")["team"] == 12


def test_a_workforce_is_counted_as_people() -> None:
    assert _numbers("Head the division, handling 4 plants and 1,800 workforce")["team"] == 1800
    assert "team" not in _numbers("Head the division's workforce planning for 4 plants")


def test_staff_led_through_managers_are_the_scale_asked() -> None:
    line = "- Lead 9 area managers and, through them, around 2,000 colleagues."
    assert "scope_step_up" in _kinds(line, heading="Responsibilities")
    near = "- Lead 9 area managers and, through them, around 450 colleagues."
    assert "scope_step_up" not in _kinds(near, heading="Responsibilities")


def test_a_deficit_to_close_is_a_savings_target() -> None:
    fit = _fit("- Eliminate a forecast £6m funding deficit by 2028.", heading="Responsibilities")
    titles = [concern.title for concern in fit.concerns if concern.kind == "savings_target"]
    assert titles and "£6M" in titles[0] and "£250k" in titles[0]
    near = _kinds("- Explain the deficit position to the trustees each quarter.",
                  heading="Responsibilities")
    assert "savings_target" not in near


def test_a_cut_of_a_part_or_of_a_budget_for_change_is_no_share_of_it() -> None:
    part = "- Own the £40M technology budget and deliver a 25% reduction in Azure spend."
    assert "savings_target" not in _kinds(part, heading="Responsibilities")
    change = "- Lead the digital programme (budget about £60M) and cut unit cost by 20%."
    assert "savings_target" not in _kinds(change, heading="Responsibilities")
    # the near miss: a cut of the operating budget's own cost base is money to find
    base = "- Run an operating budget of £40 million and deliver a 25% reduction in cost per order."
    assert "savings_target" in _kinds(base, heading="Responsibilities")


def _shortfalls(requirement_text: str, roles: str) -> list[str]:
    job = read_job(f"## Requirements\n- {requirement_text}\n")
    resume = read_resume(f"# Kit Marsh\nYork, UK\n\n## Experience\n{roles}", today=TODAY)
    requirement: Requirement = job.requirements[0]
    return shortfalls(requirement, resume, patterns_for())


def test_a_budget_in_another_currency_is_compared_in_the_one_asked() -> None:
    roles = ("### Finance Director — Halde Foods, Lyon, France\nJan 2018 – present\n"
             "- Managed a €22M operating budget.\n")
    short = _shortfalls("Manage a budget of £60M.", roles)
    assert short and short[0].startswith("a budget of €22M (about £")
    assert _shortfalls("Manage a budget of £15M.", roles) == []


def test_a_company_head_count_is_not_the_candidates_team() -> None:
    roles = ("### Plant Manager — Orrel Metals, Leeds, UK\nJan 2018 – present\n"
             "Family-owned foundry group, 4,500 employees\n- Lead a team of 60 on two shifts.\n")
    assert _shortfalls("Lead a team of 300 people.", roles) == ["a team of 60 shown; 300 asked"]
    assert _shortfalls("Lead a team of 50 people.", roles) == []


def _board(result: str, employer: str = "Tarnfield Dairies") -> list[str]:
    roles = ROLES.replace("Tarnfield Dairies", employer)
    return _kinds("- Experience of reporting to a board is essential.", roles + result)


def test_a_body_with_a_name_of_its_own_is_no_board_exposure() -> None:
    assert "no_board_exposure" in _board("- Ran the Customer Advisory Board for 20 retailers.\n")
    assert "no_board_exposure" in _board("- Moderated coursework for the Northern Examinations Board.\n")
    assert "no_board_exposure" not in _board("- Reported quarterly to the Group Board.\n")


def test_an_employer_called_a_board_is_no_board_reported_to() -> None:
    employer = "Eastvale District School Board"
    assert "no_board_exposure" in _board("- Member of the Board's equity working group.\n", employer)
    assert "no_board_exposure" not in _board(
        "- Presented the annual budget to the Board of Trustees.\n", employer)


def _levels(asked: str, held: str) -> list[str]:
    fit = _fit(f"- {asked}", extra=f"\n## Certifications\n{held}\n")
    view = evaluation_view(fit)
    return [view["requirements"][0]["verdict"],
            *[concern.title for concern in fit.concerns if concern.kind == "certification_level"]]


def test_ciob_grades_compare_by_rung_and_a_review_to_come_is_not_held() -> None:
    asked = "Chartered membership of the CIOB (MCIOB) is essential."
    assert _levels(asked, "Incorporated Member (ICIOB) – professional review for MCIOB booked "
                          "for 2027") == ["partial", "Certification level: ICIOB shown, MCIOB asked"]
    assert _levels(asked, "Chartered Member of the CIOB (MCIOB), 2019")[0] == "strong"


def test_fac_ppm_levels_compare_by_rung() -> None:
    asked = "FAC-P/PM certification at the Senior/Expert level is required."
    assert _levels(asked, "FAC-P/PM, Mid-level (2022)")[1:] == [
        "Certification level: FAC-P/PM Mid-level shown, FAC-P/PM Senior/Expert level asked"]
    assert _levels(asked, "FAC-P/PM, Senior/Expert level (2023)")[1:] == []


def test_ahlei_supervisor_certificate_is_below_the_administrators() -> None:
    asked = "Certified Hotel Administrator (CHA) from AHLEI is required."
    assert _levels(asked, "Certified Hospitality Supervisor (CHS), AHLEI, 2021")[0] == "partial"
    assert _levels(asked, "Certified Hotel Administrator (CHA), AHLEI, 2022")[0] == "strong"
