"""What a résumé line is, read by its shape: a title whose head is a title word although an
earlier word reads as a legal suffix, labelled roles with and without their own "Company:" line,
an employer named in the work history's heading, an emphasised title before its unit, and a dated
employer heading whose blurb carries a "since" date and whose posts name a department."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, roles_of

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import classify, headed_by_title


@pytest.mark.parametrize(("piece", "kind"), [
    ("Company Commander", "title"),
    ("Company Secretary", "title"),
    ("Harwick Trading Company", "employer"),
    ("Treasury Analyst (Pell & Rudd Ltd)", "employer"),
])
def test_a_piece_is_a_title_when_its_head_is_a_title_word(piece: str, kind: str) -> None:
    assert classify(piece, patterns_for(None)).kind == kind


def test_a_title_head_needs_a_suffix_before_it() -> None:
    patterns = patterns_for(None)
    assert headed_by_title("Company Commander", patterns)
    assert not headed_by_title("Operations Manager", patterns)  # no suffix to overrule
    assert not headed_by_title("Analyst, Pell Ltd", patterns)


def test_a_title_with_dates_on_its_line_under_the_service_is_no_employer() -> None:
    text = ("MILITARY SERVICE\n\nUNITED STATES MARINE CORPS — Camp Lejeune, NC\n\n"
            "Company Commander, 08/2014 – 07/2016\nHeadquarters Battalion — Camp Lejeune, NC\n"
            "• Led 210 Marines; accountable for $22M of equipment.\n\n"
            "Platoon Commander, 05/2011 – 07/2014\n• Led 40 Marines across two deployments.\n")
    assert roles_of(text) == [
        ("Company Commander", "UNITED STATES MARINE CORPS", "2014-08", "2016-07"),
        ("Platoon Commander", "UNITED STATES MARINE CORPS", "2011-05", "2014-07"),
    ]


def test_a_labelled_post_without_its_own_company_line_stays_with_the_company_above() -> None:
    text = ("EXPERIENCE\n\nCompany:     Harrow Steel Ltd – Leeds\nPosition:    Shift Supervisor\n"
            "Period:      2012 – 2015\nReported to:  Works Manager\n- Ran the night shift\n"
            "Position:    Trainee Engineer\nPeriod:      2010 – 2011\n- Rotations\n")
    assert roles_of(text) == [("Shift Supervisor", "Harrow Steel Ltd", "2012", "2015"),
                            ("Trainee Engineer", "Harrow Steel Ltd", "2010", "2011")]


def test_labels_on_one_line_name_employer_and_title() -> None:
    text = ("WORK HISTORY\n\nEmployer: Tarn Valley Foods plc, Kendal\nJob title: Production Manager\n"
            "Dates: 03/2015 – present\n- Ran three lines\n\nJob title: Shift Leader\n"
            "Dates: 06/2011 – 02/2015\n- Led 12 operators\n")
    assert roles_of(text) == [("Production Manager", "Tarn Valley Foods plc", "2015-03", "present"),
                            ("Shift Leader", "Tarn Valley Foods plc", "2011-06", "2015-02")]


def test_a_dated_employer_heading_with_a_blurb_dated_since_holds_the_posts_under_it() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n**2015–Present    NORTHGATE REGIONAL HEALTH, Dayton, OH**\n"
            "412-bed teaching hospital; regional trauma centre since 2004\n\n"
            "2021–Present    **Senior Director, Surgical & Procedural Services**\n"
            "- Lead 5 nurse managers and 300 FTE\n\n"
            "2018–2021    **Director of Nursing, Critical Care Services**\n- Responsible for 3 ICUs\n\n"
            "2015–2018    **Nurse Manager, 4 North Cardiac Step-Down**\n- 30-bed unit, 60 FTE\n\n"
            "EDUCATION\nMSN, Ohio State University, 2009\n")
    assert roles_of(text) == [
        ("Senior Director, Surgical & Procedural Services", "NORTHGATE REGIONAL HEALTH", "2021",
         "present"),
        ("Director of Nursing, Critical Care Services", "NORTHGATE REGIONAL HEALTH", "2018", "2021"),
        ("Nurse Manager, 4 North Cardiac Step-Down", "NORTHGATE REGIONAL HEALTH", "2015", "2018"),
    ]


def test_a_blurb_dated_since_is_no_role_in_a_plain_layout_either() -> None:
    text = ("EXPERIENCE\n\nOperations Director, Calder Freight Ltd, 2019 – present\n"
            "Family-owned haulier with depots in four towns since 1987\n- Ran 6 depots\n")
    assert roles_of(text) == [("Operations Director", "Calder Freight Ltd", "2019", "present")]


def test_the_work_historys_heading_names_the_employer_of_emphasised_posts() -> None:
    text = ("**SERVICE HISTORY – ROYAL NAVY, FLEET AIR ARM**\n\n"
            "**Air Engineering Officer (Lieutenant Commander)**, 820 Naval Air Squadron, Culdrose\n"
            "*Mar 2021 – Present*\n- Led 160 engineers and technicians\n\n"
            "**Staff Officer Logistics (Lieutenant)** — Navy Command HQ / secondment to a maintenance "
            "contractor's planning cell, Portsmouth\n*Jan 2018 – Feb 2021*\n- Ran the spares plan\n\n"
            "**Divisional Officer (Sub-Lieutenant)**, HMS Sultan\n*2015 – 2017*\n- 40 trainees\n\n"
            "**EDUCATION**\n\nBEng Aeronautical Engineering – University of Bristol, 2014\n")
    assert roles_of(text) == [
        ("Air Engineering Officer (Lieutenant Commander)", "ROYAL NAVY", "2021-03",
         "present"),
        ("Staff Officer Logistics (Lieutenant)", "ROYAL NAVY", "2018-01", "2021-02"),
        ("Divisional Officer (Sub-Lieutenant)", "ROYAL NAVY", "2015", "2017"),
    ]


def test_a_heading_naming_one_employer_holds_its_divisions_as_part_of_the_post() -> None:
    text = ("## Experience: Harwick Group plc\n\n"
            "Regional Director – Northern Division, 2020 – present\n- 12 branches\n\n"
            "Branch Manager – Leeds, 2016 – 2020\n- 40 staff\n")
    roles = roles_of(text)
    assert [(employer, start) for _title, employer, start, _end in roles] == [
        ("Harwick Group plc", "2020"), ("Harwick Group plc", "2016")]
    assert roles[0][0].startswith("Regional Director")
    assert roles[1][0].startswith("Branch Manager")


def test_a_heading_qualified_by_anything_but_an_organisation_names_no_employer() -> None:
    text = ("Experience – last ten years\n\nHead of Finance, Osprey Housing Ltd, 2019 – present\n"
            "- Budget £40m\n\nFinance Manager, Linden Care Ltd, 2015 – 2019\n- Team of 6\n")
    assert roles_of(text) == [("Head of Finance", "Osprey Housing Ltd", "2019", "present"),
                            ("Finance Manager", "Linden Care Ltd", "2015", "2019")]


def test_a_long_name_line_with_rank_and_letters_is_no_degree() -> None:
    text = ("**CDR (RETD) ALEXANDRA J. PENROSE OBE BEng (Hons) MSc CEng MIMechE**\n\n"
            "Plymouth · 07700 900 123\n\n## Education\n\nBEng (Hons) Mechanical Engineering – "
            "University of Bath, 2001\n")
    assert read_resume(text, today=TODAY).education == (
        "BEng (Hons) Mechanical Engineering – University of Bath",)


def test_a_rule_after_a_tables_last_row_keeps_that_row() -> None:
    text = ("## Berufserfahrung\n\n| Zeitraum | Position |\n|---|---|\n"
            "| 10.2009 – 02.2015 | **Systemadministrator**<br>Kessler Maschinenbau GmbH, Ulm |\n"
            "| 07.2006 – 09.2009 | **IT-Support (neben dem Studium)**<br>Brandt Elektro GmbH, Aalen |\n"
            "\n---\n\n## Ausbildung\n\n2003 – 2008 | Diplomstudium Informatik, TU Graz\n")
    assert roles_of(text) == [
        ("Systemadministrator", "Kessler Maschinenbau GmbH", "2009-10", "2015-02"),
        ("IT-Support", "Brandt Elektro GmbH", "2006-07", "2009-09"),
    ]
