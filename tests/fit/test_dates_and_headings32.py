"""Dates written day-month-year with hyphens ("15-Jan-2011 to 28-Feb-2015") and numbered role
headings ("### 2. Deputy General Manager (Production)") are read: a Bangladeshi CV's four posts
are four roles with their titles, not one."""

from __future__ import annotations

from datetime import date

from poise.fit.dates import date_range, parse_point
from poise.fit.resume_reader import read_resume
from poise.fit.text import clean

TODAY = 2026 * 12 + 10


def test_a_hyphenated_day_month_year_is_a_point_and_two_make_a_range() -> None:
    point = parse_point("15-Jan-2011")
    assert point is not None and point.iso() == "2011-01"
    found = date_range("Duration: 15-Jan-2011 to 28-Feb-2015", TODAY)
    assert found is not None and found[0].iso() == "2011-01" and found[1] is not None
    assert found[1].iso() == "2015-02"


def test_other_forms_are_read_as_before() -> None:
    found = date_range("1 March 2017 - 2019", TODAY)
    assert found is not None and found[0].iso() == "2017-03"
    assert parse_point("Mar-2015") is not None and parse_point("Mar-2015").iso() == "2015-03"


def test_a_numbered_heading_loses_its_number_and_nothing_else_does() -> None:
    assert clean("### 2. Deputy General Manager (Production)") == "Deputy General Manager (Production)"
    assert clean("### 3M Company") == "3M Company"
    assert clean("## 2019 review") == "2019 review"


def test_every_post_of_a_numbered_cv_with_hyphenated_dates_is_read() -> None:
    text = ("# Rafiq Chowdhury\nGazipur · rafiq@example.com\n\n## Employment History\n\n"
            "### 1. General Manager (Factory)\n\n**Meghna Knit Ltd.**, Gazipur\n"
            "**Duration:** 01-Mar-2015 to Till date\n\n- Manage 1,900 workers.\n\n"
            "### 2. Deputy General Manager (Production)\n\n**Fakir Apparels Ltd.**, Narayanganj\n"
            "**Duration:** 15-Jan-2011 to 28-Feb-2015\n\n- Responsible for 1,100 workers.\n")
    roles = read_resume(text, today=date(2026, 11, 1)).roles
    assert [role.title for role in roles] == ["General Manager (Factory)",
                                              "Deputy General Manager (Production)"]
    assert roles[1].start is not None and roles[1].start.iso() == "2011-01"
