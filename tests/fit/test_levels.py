"""Levels as data: ladders, tool modules, language levels, regimes, head-counts, the harness view."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit import evaluation_view
from poise.fit.extract import read_job, read_resume
from poise.fit.ladders import asked_rungs, languages_in, regimes_in, reports_rank, shown_rungs
from poise.fit.lexicon import patterns_for
from poise.fit.quantities import led_headcounts
from poise.fit.result import assess

ROLES = """## Experience
Quality Manager, Orrin Castings Ltd, Sheffield, 2015 – present
- Lead 22 inspectors through three shift supervisors.
- Saved £400k a year by cutting scrap.
- Contract manager for our outsourced testing laboratory.
"""


def _view(requirement: str, extra: str = "") -> dict:
    job = f"# Head of Quality\n\n## Requirements\n- {requirement}\n"
    resume = f"# Alex Kim\nSheffield, UK · alex@example.org\n\n{ROLES}{extra}"
    return evaluation_view(assess(job, resume, embed=hash_embed, today=TODAY))


@pytest.mark.parametrize(
    ("text", "ladder", "rung"),
    [("Six Sigma Black Belt (or Master Black Belt)", "six_sigma", "Black Belt"),
     ("PRINCE2 Practitioner preferred", "prince2", "PRINCE2 Practitioner"),
     ("PMP or CAPM", "pmi", "CAPM"),
     ("CIPD Level 7 qualified", "cipd", "CIPD Level 7"),
     ("Managing Successful Programmes (MSP) Advanced Practitioner", "msp",
      "MSP Advanced Practitioner"),
     ("AgilePM Practitioner or similar", "agile_pm", "AgilePM Practitioner"),
     ("NEBOSH General Certificate in occupational safety", "health_and_safety",
      "NEBOSH Certificate"),
     ("NEBOSH National Diploma", "health_and_safety", "NEBOSH Diploma"),
     ("ANCC NE-BC or NEA-BC", "ancc_nurse_executive", "NE-BC")],
)
def test_a_requirement_asks_for_the_lowest_rung_it_names(text: str, ladder: str, rung: str) -> None:
    assert asked_rungs(text, patterns_for())[ladder].name == rung


def test_a_resume_shows_its_highest_rung() -> None:
    shown = shown_rungs(["Lean Six Sigma Yellow Belt, 2012", "Lean Six Sigma Green Belt, 2018"],
                        patterns_for())
    assert shown["six_sigma"][0].name == "Green Belt"


def test_a_lower_safety_or_nurse_leader_certificate_is_a_level_concern() -> None:
    view = _view("NEBOSH General Certificate", "\n## Certifications\nIOSH Managing Safely, 2019\n")
    assert "certification_level" in view["concern_kinds"]
    view = _view("Nurse executive board certification (NE-BC)",
                 "\n## Certifications\nCertified Nurse Manager and Leader (CNML), 2018\n")
    assert "certification_level" in view["concern_kinds"]


def test_a_lower_belt_is_partial_and_says_what_is_missing() -> None:
    view = _view("Lean Six Sigma Black Belt.", "\n## Certifications\nLean Six Sigma Green Belt\n")
    requirement = view["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert requirement["missing"] == "Green Belt shown; Black Belt asked"
    assert "certification_level" in view["concern_kinds"]


def test_a_programme_foundation_is_partial_for_a_practitioner() -> None:
    view = _view("MSP Practitioner certification.", "\n## Certifications\nMSP Foundation, 2021\n")
    requirement = view["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert requirement["missing"] == "MSP Foundation shown; MSP Practitioner asked"


def test_a_higher_belt_meets_a_lower_one() -> None:
    view = _view("Six Sigma Green Belt.", "\n## Certifications\nSix Sigma Black Belt\n")
    assert view["requirements"][0]["verdict"] == "strong"


def test_another_module_of_the_same_suite_is_partial() -> None:
    view = _view("Experience with SAP QM.", "\n## Skills\nSAP MM key user\n")
    requirement = view["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert requirement["missing"] == "SAP MM shown; SAP QM asked"


def test_language_levels_are_read_and_compared() -> None:
    assert languages_in("German (native), English C1, basic Spanish", patterns_for()) == [
        ("German", "native"), ("English", "C1"), ("Spanish", "A2")]
    view = _view("Business-fluent French.", "\n## Languages\nFrench (B1)\n")
    assert view["requirements"][0]["verdict"] == "partial"
    assert "language_level" in view["concern_kinds"]
    assert view["languages"] == [{"language": "French", "level": "B1"}]


def test_a_regime_the_resume_does_not_show_is_a_regulation_switch() -> None:
    assert regimes_in("Oversee compliance with CQC standards.", patterns_for())[0][0] == "health_data"
    view = _view("Knowledge of FCA conduct rules.")
    assert view["requirements"][0]["verdict"] == "missing"
    assert "industry_switch" in view["concern_kinds"]


def test_ipo_experience_goes_under_board_exposure() -> None:
    view = _view("Experience of preparing a company for an IPO.")
    assert view["requirements"][0]["verdict"] == "missing"
    assert "no_board_exposure" in view["concern_kinds"]


def test_an_outsourced_service_on_the_resume_answers_the_concern() -> None:
    view = _view("Experience of managing outsourcing partners.")
    assert view["requirements"][0]["verdict"] == "strong"
    assert "outsourcing_vendor" not in view["concern_kinds"]


def test_a_savings_target_far_above_the_record_is_a_concern() -> None:
    view = _view("Deliver £3m of cost savings over three years.")
    assert view["requirements"][0]["missing"] == "£400k of savings shown; £3M asked"
    assert "savings_target" in view["concern_kinds"]


def test_headcounts_under_a_word_of_leading_are_read_from_the_parse() -> None:
    counts = led_headcounts(["Disciplinary responsibility for 75 employees.",
                             "Leadership of 30 staff in two plants.",
                             "Trained 300 staff on the new system.",
                             "The group runs 12 sites with 4,000 employees."], patterns_for())
    assert counts == [[75.0], [30.0], [], []]


def test_people_another_verb_serves_or_hires_are_not_led() -> None:
    counts = led_headcounts(["Led the rota redesign with two councils, housing 1,800 tenants and "
                             "supporting 900 people a year.",
                             "Leadership of 40 staff across three depots, recruiting 15 drivers a year.",
                             "Recruited and led a team of 25 engineers."], patterns_for())
    assert counts == [[], [40.0], [25.0]]


def test_year_only_roles_all_count_toward_experience() -> None:
    resume = read_resume("Experience\nBuyer, Fenwick Foods, 2004 – 2009\n"
                         "Purchasing Manager, Fenwick Foods, 2009 – 2015\n"
                         "Head of Procurement, Talbot Retail, 2015 – 2021\n", today=TODAY)
    assert len(resume.roles) == 3
    assert resume.career_months / 12 >= 16


def test_evaluation_view_has_the_documented_fields(job_text: str, resume_text: str) -> None:
    view = evaluation_view(assess(job_text, resume_text, embed=hash_embed, today=TODAY))
    assert set(view) == {"requirements", "roles", "breaks", "certifications", "education",
                         "languages", "language_certificates", "location", "concern_kinds",
                         "concerns"}
    for requirement in view["requirements"]:
        assert set(requirement) == {"id", "text", "essential", "kind", "verdict", "evidence",
                                    "missing"}
        assert requirement["verdict"] in ("strong", "partial", "missing")
        assert (requirement["missing"] == "") == (requirement["verdict"] == "strong")
    for role in view["roles"]:
        assert set(role) == {"title", "employer", "start", "end", "level", "side"}


def test_a_requirement_of_unknown_kind_is_matched() -> None:
    job = read_job("# Lead\n\n## Requirements\n- Comfortable presenting to a room of 200.\n")
    assert job.requirements[0].kind == "other"


def test_leadership_level_comes_from_title_or_the_roles_own_lines() -> None:
    resume = read_resume("Experience\nSoftware Engineer, Pellow Labs, 2012 – 2016\n"
                         "Team Lead, Pellow Labs, 2016 – 2019\n- Led a team of 6 engineers.\n"
                         "Engineering Manager, Corvane, 2019 – present\n"
                         "- Lead 30 engineers through four team leads.\n", today=TODAY)
    assert [role.level for role in resume.roles] == [
        "individual_contributor", "team_leader", "manager_of_managers"]
    # Engineer years are not management years: about ten of the fourteen.
    assert 9 * 12 <= resume.management_months <= 11 * 12 < resume.career_months


def test_years_leading_managers_count_only_roles_that_show_it() -> None:
    job = "# Director\n\n## Requirements\n- 5+ years leading managers.\n"
    resume = ("# Sam\n\n## Experience\nTeam Leader, Arlo Care, 2010 – 2024\n"
              "- Led a team of 12 customer advisers.\n"
              "Operations Manager, Arlo Care, 2024 – present\n"
              "- Lead 40 advisers through three team leaders.\n")
    view = evaluation_view(assess(job, resume, embed=hash_embed, today=TODAY))
    assert view["requirements"][0]["verdict"] != "strong"


def test_every_module_asked_must_be_shown_unless_either_will_do() -> None:
    partial = _view("Hands-on SAP MM and QM.", "\n## Skills\nSAP MM key user\n")
    assert partial["requirements"][0]["missing"] == "SAP MM shown; SAP QM asked"
    either = _view("Hands-on SAP MM or QM.", "\n## Skills\nSAP MM key user\n")
    assert either["requirements"][0]["verdict"] == "strong"


def test_a_language_without_a_level_is_asked_at_a_working_level() -> None:
    view = _view("Spanish language skills.", "\n## Languages\nSpanish (basic)\n")
    assert view["requirements"][0]["verdict"] == "partial"
    assert view["requirements"][0]["missing"] == "Spanish A2 shown; B2 asked"


def test_professional_development_is_shown_by_courses_and_degrees() -> None:
    view = _view("Evidence of continuing professional development (CPD).",
                 "\n## Education\nMBA, Leeds Beckett University, 2019\n")
    assert view["requirements"][0]["verdict"] == "strong"
    assert "missing_must_have" not in view["concern_kinds"]


def test_a_percentage_target_is_compared_with_the_largest_improvement() -> None:
    view = _view("Deliver a 30% reduction in scrap.", "\n- Cut rework by 12% in a year.\n")
    assert view["requirements"][0]["missing"] == "12% shown; 30% asked"
    met = _view("Deliver a 15% reduction in scrap.", "\n- Raised first-pass yield from 70% to 86%.\n")
    assert met["requirements"][0]["verdict"] == "strong"


def test_years_of_leading_managers_are_experience_not_a_team() -> None:
    from poise.fit.extract import read_job

    job = read_job("## About you\n- 8+ years leading managers in a regulated insurer.\n"
                   "- Experience leading a team of 45 software engineers.\n")
    numbers = {requirement.text[:5]: requirement.numbers for requirement in job.requirements}
    assert "team" not in numbers["8+ ye"] and numbers["8+ ye"]["years_managing"] == 8
    assert numbers["Exper"]["team"] == 45


def test_a_level_to_keep_is_not_a_percentage_target() -> None:
    from poise.fit.extract import read_job

    job = read_job("## What you will do\n- Keep on-time delivery above 98% and cut cost per parcel by 8% "
                   "in two years.\n- Maintain 99.9% availability of the platform.\n")
    percents = [requirement.numbers.get("percent") for requirement in job.requirements]
    assert percents == [8.0, None]


def test_a_rung_still_being_worked_for_is_not_held() -> None:
    shown = shown_rungs(["AssocRICS (2014); working towards MRICS, assessment in 2027"], patterns_for())
    assert shown["rics"][0].name == "AssocRICS"


def test_a_ladder_named_in_a_line_of_another_kind_is_still_compared() -> None:
    found = _view("A senior leadership programme such as the NHS Leadership Academy Nye Bevan "
                  "programme", "\n## Training\n- NHS Leadership Academy Mary Seacole Programme (2022)\n")
    requirement = found["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert "Mary Seacole" in requirement["missing"]


def test_a_business_level_language_line_is_a_language_line() -> None:
    assert "languages" in patterns_for().kinds_of("Business-level Portuguese is an advantage")


def test_the_level_of_the_people_led_is_compared() -> None:
    patterns = patterns_for()
    assert reports_rank("Lead and develop four Heads of Service", patterns) > reports_rank(
        "Lead 300 staff through 6 operations managers", patterns, counted=True)
    assert reports_rank("Presented to the directors every month", patterns, counted=True) == -1


def test_leaders_of_a_lower_level_than_asked_are_partial() -> None:
    found = _view("Lead and develop five Heads of Quality across the group")
    requirement = found["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert "lower level" in requirement["missing"]


def test_money_in_naira_ringgit_and_singapore_dollars() -> None:
    from poise.fit.quantities import amounts_in

    assert amounts_in("Deliver savings of ₦12 billion by 2028")[0][:2] == (12e9, "NGN")
    assert amounts_in("Saved N450m a year")[0][:2] == (450e6, "NGN")
    assert amounts_in("Bookings of RM 30 million")[0][:2] == (30e6, "MYR")
    assert amounts_in("Quota of S$4M")[0][:2] == (4e6, "SGD")
    assert amounts_in("Bought N95 masks for 40 wards") == []


def test_staff_named_by_what_they_do_are_counted_but_people_served_are_not() -> None:
    counts = led_headcounts(["Lead 3 managers and 9 team leaders; 120 underwriters in two offices.",
                             "Led a crew of 40 cashiers and 6 supervisors.",
                             "Led the rollout to 300 users and 25 dealers."], patterns_for())
    assert 120.0 in counts[0] and 40.0 in counts[1]
    assert counts[2] == []


def test_the_housing_award_is_partial_for_chartered_membership() -> None:
    # Chartered membership asks the Level 5 award and assessed experience on top
    view = _view("Chartered Member of the Chartered Institute of Housing.",
                 "\n## Certifications\nCIH Level 5 Diploma in Housing, 2016\n")
    requirement = view["requirements"][0]
    assert requirement["verdict"] == "partial"
    assert requirement["missing"] == "CIH Level 5 shown; CIH Chartered Member asked"
