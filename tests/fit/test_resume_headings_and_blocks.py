"""Résumé layouts read by the employer block and heading readers (fit/resume_reader.py,
fit/role_header.py): posts under "Current post" / "Previous posts" headings, a name line with
post-nominals at the top, an employer in capitals over its district and a date range that holds
each post's own dates (examples written for these tests)."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import is_place

NHS_CV = """# Jane Alison Marsh RN, MSc

Leeds, United Kingdom

## Personal statement

I am a deputy chief nurse with twenty years in acute care.

## Current post

**Deputy Chief Nurse (Band 8d)**
Kirkdale Hospitals NHS Foundation Trust
2019 – present

- Line-manage four heads of nursing

## Previous posts

**Head of Nursing, Surgery (Band 8c)**
Kirkdale Hospitals NHS Foundation Trust
2015 – 2019

- Led 300 nursing staff

**Ward Manager, Cardiology (Band 7)**
Wolds University Hospitals NHS Trust
2010 – 2015
"""

BLOCK_CV = """# MARIA L. SANTOS

## WORK EXPERIENCE

**HARBOURLINE CONTACT SOLUTIONS, INC.**
Ortigas Center, Pasig City
June 2016 – Present

*Director, Operations*
April 2019 – Present

- Lead a site of 900 agents

*Senior Operations Manager*
June 2016 – March 2019

- Managed 400 agents

**VISAYAS TELESERVICES CORP.**
Makati City

*Operations Manager*
September 2012 – May 2016

- Ran a 300-seat inbound program
"""


def test_posts_under_current_and_previous_post_headings_keep_their_employers() -> None:
    profile = read_resume(NHS_CV, today=TODAY)
    employers = [role.employer for role in profile.roles]
    assert employers == ["Kirkdale Hospitals NHS Foundation Trust",
                         "Kirkdale Hospitals NHS Foundation Trust",
                         "Wolds University Hospitals NHS Trust"]
    assert all("Marsh" not in employer for employer in employers)


def test_an_employer_block_over_its_district_and_range_heads_the_posts_dated_inside_it() -> None:
    profile = read_resume(BLOCK_CV, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Director, Operations", "HARBOURLINE CONTACT SOLUTIONS, INC."),
        ("Senior Operations Manager", "HARBOURLINE CONTACT SOLUTIONS, INC."),
        ("Operations Manager", "VISAYAS TELESERVICES CORP."),
    ]


def test_a_city_named_as_a_city_is_a_place() -> None:
    patterns = patterns_for(None)
    assert is_place("Makati City", patterns)
    assert is_place("Ortigas Center, Pasig City", patterns)
    assert not is_place("Harbourline Contact Solutions, Inc.", patterns)
    assert not is_place("Head of Operations, Quezon City", patterns)


def test_a_long_address_line_gives_its_town() -> None:
    text = ("# NUR AINA BINTI HASSAN\n\n"
            "No. 8-2, Residensi Bukit Indah, Jalan Indah 4, Taman Indah, 50480 Kuala Lumpur\n"
            "H/P: +60 12-555 0000 | Email: aina@mail.example\n\n## CAREER SUMMARY\n\n"
            "Compliance manager with twelve years in banking.\n")
    assert read_resume(text, today=TODAY).location == "Kuala Lumpur"


def test_a_flats_number_is_not_a_postcode() -> None:
    text = ("# RAMON CRUZ\n\n"
            "Unit 1812, Tower B, Solemare Residences, Ortigas Avenue, Pasig City, Metro Manila 1605\n"
            "Mobile: +63 917 555 0000 | Email: ramon@mail.example\n\n## PROFESSIONAL SUMMARY\n\n"
            "Operations leader with nineteen years in contact centres.\n")
    assert read_resume(text, today=TODAY).location.startswith("Pasig City")


def test_a_sentence_of_prose_is_no_address() -> None:
    text = ("# JANE DOE\n\n"
            "I have led operations, finance, people and change, in three countries, "
            "for twelve years, 2010 onwards\n\n"
            "## SUMMARY\n\nOperations leader.\n")
    assert "led" not in read_resume(text, today=TODAY).location


BREAK_CV = """# ANA SOTO

## Professional Experience

**06/2020 – Present**
**Minera Alta SCM**
Superintendent of Mine Operations

- Led 250 people

**01/2020 – 05/2020**
Career break – family move and full-time study for a diploma.

**03/2014 – 12/2019**
**Minera Los Andes**
Mine Shift Boss

- Led one shift of 55 operators
"""


def test_dates_over_a_line_that_opens_with_a_career_break_are_the_breaks() -> None:
    profile = read_resume(BREAK_CV, today=TODAY)
    assert [role.employer for role in profile.roles] == ["Minera Alta SCM", "Minera Los Andes"]
    assert len(profile.breaks) == 1


def test_dates_over_a_job_title_stay_a_job() -> None:
    text = BREAK_CV.replace("Career break – family move and full-time study for a diploma.",
                            "**Minera Norte**\nInterim Mine Manager")
    profile = read_resume(text, today=TODAY)
    assert "Interim Mine Manager" in [role.title for role in profile.roles]
    assert not profile.breaks
