"""Reading résumé and job layouts from several national styles (issue 12)."""

from __future__ import annotations

from tests.fit.conftest import roles_of

from poise.fit.extract import read_job


def test_dates_on_their_own_line_then_title_then_employer() -> None:
    text = ("WORK HISTORY\n\n2019 – present\nRegional Manager\nKestrel Bank, Cardiff\n"
            "- Lead 5 branches.\n\n2012 – 2019\nBranch Manager\nKestrel Bank, Swansea\n"
            "- Ran a branch of 14.\n")
    assert roles_of(text) == [("Regional Manager", "Kestrel Bank", "2019", "present"),
                            ("Branch Manager", "Kestrel Bank", "2012", "2019")]


def test_employer_on_the_line_under_title_and_dates() -> None:
    text = ("EXPERIENCE\n\nHead of Data, Platform Team          Apr 2021 – Present\n"
            "Quillon Analytics, Denver, CO\n• Built the data team.\n\n"
            "Analytics Manager → Head of Analytics          Jan 2016 – Mar 2021\nBrightmoor\n"
            "• Grew the team to 12.\n")
    assert roles_of(text) == [
        ("Head of Data, Platform Team", "Quillon Analytics", "2021-04", "present"),
        ("Analytics Manager → Head of Analytics", "Brightmoor", "2016-01", "2021-03"),
    ]


def test_tabular_cv_with_since_and_month_numbers() -> None:
    text = ("Professional experience\n"
            "since 04/2018\tPlant Manager, Haller Guss GmbH, Linz\n"
            "\tResponsible for 220 employees.\n"
            "10/2011 – 03/2018\tProduction Engineer, Steyrtal Metall AG, Steyr\n")
    assert roles_of(text) == [("Plant Manager", "Haller Guss GmbH", "2018-04", "present"),
                            ("Production Engineer", "Steyrtal Metall AG", "2011-10", "2018-03")]


def test_job_headings_with_curly_apostrophes_and_numbers() -> None:
    job = read_job("Area Director\n\n1. What You’ll Own\n- Run the northern region.\n\n"
                   "2. What You’ll Bring\n- Ten years in field sales.\n\n3. What we offer\n"
                   "- A generous pension.\n")
    texts = {requirement.text: requirement.section for requirement in job.requirements}
    assert texts == {"Run the northern region.": "duties", "Ten years in field sales.": "must"}


def test_person_specification_keeps_essential_and_desirable_apart() -> None:
    job = read_job("Service Manager\n\nPERSON SPECIFICATION\nEssential\n"
                   "- Experience running a front-line public service.\n"
                   "- The post is subject to an enhanced DBS check.\nDesirable\n"
                   "- Knowledge of local government finance.\n")
    found = {requirement.text: requirement.must for requirement in job.requirements}
    assert found == {"Experience running a front-line public service.": True,
                     "Knowledge of local government finance.": False}


def test_a_line_of_unknown_kind_is_kept_as_other() -> None:
    job = read_job("Ops Lead\n\nResponsibilities\n- Keep the weekly rota fair and published.\n")
    assert [(r.text, r.kind) for r in job.requirements] == [
        ("Keep the weekly rota fair and published.", "other")]


def test_german_date_words_in_a_tabular_cv() -> None:
    text = ("Berufserfahrung\nseit 05/2020\tWerkleiter, Kranich Metall GmbH, Ulm\n"
            "02/2014 bis 04/2020\tSchichtleiter, Kranich Metall GmbH, Ulm\n")
    assert roles_of(text) == [("Werkleiter", "Kranich Metall GmbH", "2020-05", "present"),
                            ("Schichtleiter", "Kranich Metall GmbH", "2014-02", "2020-04")]


def test_company_city_dates_with_the_title_on_the_next_line() -> None:
    text = ("Experience\nMarlow Engineering | Sheffield | 2017 – present\nHead of Operations\n"
            "- Led 80 staff.\nDavies Tools | Rotherham | 2011 – 2017\nProduction Manager\n")
    assert roles_of(text) == [("Head of Operations", "Marlow Engineering", "2017", "present"),
                            ("Production Manager", "Davies Tools", "2011", "2017")]


def test_one_employer_heading_over_several_titles() -> None:
    text = ("Experience\nACME CORPORATION, Chicago, IL\nDirector of Finance, 2019 – present\n"
            "- Own a $20M budget.\nFinance Manager, 2015 – 2019\n- Led 6 analysts.\n"
            "BETA INDUSTRIES, Detroit, MI\n"
            "Senior Accountant, 2011 – 2015\n")
    assert [(title, employer) for title, employer, *_ in roles_of(text)] == [
        ("Director of Finance", "ACME CORPORATION"), ("Finance Manager", "ACME CORPORATION"),
        ("Senior Accountant", "BETA INDUSTRIES")]


def test_an_advert_without_headings_still_yields_its_list_items() -> None:
    job = read_job("Sales Director wanted\nWe are a growing software company in Leeds.\n"
                   "- Build and lead a team of 12 account executives.\n- Own the sales forecast.\n"
                   "- Ten years in B2B software sales.\n")
    assert [r.text for r in job.requirements] == [
        "Build and lead a team of 12 account executives.", "Own the sales forecast.",
        "Ten years in B2B software sales."]


def test_a_person_specification_table_keeps_its_columns_apart() -> None:
    job = read_job("Head of Finance\nPerson specification\nCriteria | Essential | Desirable\n"
                   "Qualifications | CCAB qualified accountant | MBA\n"
                   "Experience | Five years leading a finance team | Public sector finance experience\n")
    found = {r.text: r.must for r in job.requirements}
    assert found == {"CCAB qualified accountant": True, "MBA": False,
                     "Five years leading a finance team": True,
                     "Public sector finance experience": False}


def test_inline_essential_and_desirable_marks_and_inline_bullets() -> None:
    job = read_job("Service Manager\n\nPerson specification\n- Degree or equivalent experience (E)\n"
                   "- PRINCE2 Foundation (D)\n\nRequirements\nKey skills: • Stakeholder management "
                   "at senior level • Budget ownership of £2m • Fluent Welsh\n")
    found = {r.text: r.must for r in job.requirements}
    assert found == {"Degree or equivalent experience (E)": True, "PRINCE2 Foundation (D)": False,
                     "Stakeholder management at senior level": True,
                     "Budget ownership of £2m": True, "Fluent Welsh": True}


def test_checks_conditions_process_and_policy_lines_are_not_requirements() -> None:
    job = read_job(
        "Head of Logistics\n\nRequirements\n- Ten years running distribution centres.\n"
        "- Appointment is conditional on enhanced police checks and a medical check.\n"
        "- A certificate of good conduct is needed before the first day.\n"
        "- Only citizens or holders of a valid work pass may be considered.\n"
        "- Applications close on 3 March; please attach a cover letter.\n"
        "- Read the attached role profile for the full list of duties.\n"
        "- We are an equal opportunities employer and make reasonable adjustments.\n"
        "- A relocation package and a car allowance are offered.\n"
        "- Experience with Manhattan WMS.\n")
    assert [requirement.text for requirement in job.requirements] == [
        "Ten years running distribution centres.", "Experience with Manhattan WMS."]
