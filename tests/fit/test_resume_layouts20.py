"""Layouts the résumé reader reads (issue 12, "Reading documents"): a German table whose current
row opens with "seit", a language named in two languages, a title's unit beside it with the
employer leading the line below, a table of studies whose first row holds a year, executive
programmes under the education heading, and letters after the name run into one word."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.resume_reader import read_resume

TABLE = ("# Lebenslauf\n\nAm Markt 3, 92637 Weiden, Germany\n\n## Beruflicher Werdegang / Career\n\n"
         "| Zeitraum | Unternehmen | Position |\n|---|---|---|\n"
         "| seit 03/2019 | Brenntal Kunststoff s.r.o., Cheb – subsidiary of Brenntal Group, supplier "
         "of moulded parts | **Werkleiter / Plant Manager** |\n"
         "| 04/2015 – 02/2019 | Brenntal Kunststoff GmbH, Weiden | **Produktionsleiter / Production "
         "Manager** |\n\n")


def test_a_since_date_opening_a_table_row_dates_the_current_role() -> None:
    roles = read_resume(TABLE, today=TODAY).roles
    assert (roles[0].title, roles[0].employer) == (
        "Werkleiter / Plant Manager", "Brenntal Kunststoff s.r.o.")
    assert read_resume(TABLE, today=TODAY).breaks == ()


def test_a_since_date_inside_a_description_still_dates_no_role() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Experience\n\nHarbour Clinic | 412-bed hospital; trauma "
            "centre since 2004\n\nWard Manager, Harbour Clinic Ltd\n2015 – present\n- Ran a ward.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [role.start.iso() if role.start else "" for role in roles] == ["2015"]


def test_a_language_named_twice_takes_the_level_after_the_second_name() -> None:
    text = TABLE + ("## Sprachen / Languages\n\n| Language | Level |\n|---|---|\n"
                    "| Deutsch / German | Muttersprache / native |\n| Englisch / English | C1 |\n"
                    "| Tschechisch / Czech | B1 |\n")
    assert read_resume(text, today=TODAY).languages == (
        ("German", "native"), ("English", "C1"), ("Czech", "B1"))


def test_the_employer_leading_the_line_below_wins_over_the_unit_beside_the_title() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Employment\n\n"
            "**2019–now** | **Operations Manager – Medicine and Health of Older People**<br>"
            "Te Whatu Ora Harbour – North Shore and Bay Hospitals, Auckland\n"
            "- Ran six wards.\n\n"
            "**2005–2009** | **Registered Nurse**<br>"
            "Harbour District Health Board – Middlemore Hospital, Auckland\n- Nursed.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [(role.title, role.employer) for role in roles] == [
        ("Operations Manager – Medicine and Health of Older People", "Te Whatu Ora Harbour"),
        ("Registered Nurse", "Harbour District Health Board")]


def test_a_legal_form_beside_the_title_stays_the_employer() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Employment\n\n"
            "**2019–now** | **Site Manager – Harbour Builders Ltd**<br>"
            "Harbour Project – North Quay, Leeds\n- Ran the site.\n")
    roles = read_resume(text, today=TODAY).roles
    assert [role.employer for role in roles] == ["Harbour Builders Ltd"]


def test_a_table_of_studies_whose_first_row_holds_a_year_keeps_that_row() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Education\n\n"
            "| **Master of Business Administration**, Carlson School of Management | 2005 |\n"
            "|:---|---:|\n| **Bachelor of Arts**, University of Leeds | 2001 |\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 2 and "Master of Business Administration" in education[0]


def test_a_table_whose_first_row_names_columns_keeps_no_column_names() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Education\n\n| Degree | Institution |\n|---|---|\n"
            "| Bachelor of Arts | University of Leeds, 2001 |\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 1 and "Degree" not in education[0]


def test_a_dated_executive_programme_under_education_is_a_study() -> None:
    text = ("# Ana Reyes\nLeeds\n\n## Education\n\n- MSc in Chemical Engineering, Politecnico di "
            "Milano, 2005\n- Executive Programme in Operations Management, SDA Bocconi, 2014\n"
            "- Dean's list, 2004\n")
    education = read_resume(text, today=TODAY).education
    assert any("Executive Programme" in item for item in education)
    assert not any("Dean" in item for item in education)


def test_letters_run_into_one_word_after_the_name_are_no_place() -> None:
    text = ("# Rachel Morrison\n**RN, BN, PGCertHealthLeadership**\n\nTakapuna, Auckland, New "
            "Zealand | +64 21 448 907\n\n## Employment\n\nNurse, Harbour Hospital Ltd\n"
            "2015 – present\n- Nursed.\n")
    assert "Auckland" in read_resume(text, today=TODAY).location
