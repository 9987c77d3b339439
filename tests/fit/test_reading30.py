"""Advert layouts: duties and requirements numbered with small roman numerals ("i.", "vii."),
and a list nested under a lead-in that asks nothing of the candidate (clearances to present once
chosen), whose items are no requirements either. Every text is written for these tests."""

from __future__ import annotations

from poise.fit import read_job

ROMAN = """# Director of Water Services

## Duties and Responsibilities

i. Leading the county water and sanitation directorate and its four area engineers;
ii. Preparing the annual capital plan and the departmental budget;
iii. Overseeing the rehabilitation of 120 km of distribution mains.

## Requirements for Appointment

i. A degree in civil engineering from a recognised university;
ii. Registration with the national engineers' board;
iii. Ten years of experience in water utilities, five of them at senior level.
"""


def test_items_numbered_with_small_roman_numerals_are_read() -> None:
    texts = [item.text for item in read_job(ROMAN).requirements]
    assert any("capital plan" in text for text in texts)
    assert any("rehabilitation" in text for text in texts)
    assert any("civil engineering" in text for text in texts)
    assert any("Ten years" in text for text in texts)
    assert not any(text.startswith(("i.", "ii.", "iii.")) for text in texts)


NESTED = """# Head of Finance

## Requirements

- A professional accounting qualification (ACCA, CIMA or equivalent).
- Eight years in finance, three of them leading a team.

## Notes

- The appointed candidate will be asked to present the following documents before starting:
  - A tax compliance certificate from the revenue authority;
  - A certificate of good conduct from the police;
  - A clearance report from a credit bureau.
- Experience of public procurement rules is an advantage.
"""


def test_items_under_a_lead_in_that_asks_nothing_are_no_requirements() -> None:
    texts = [item.text for item in read_job(NESTED).requirements]
    assert not any("tax compliance" in text or "good conduct" in text or "credit bureau" in text
                   for text in texts)
    assert any("procurement" in text for text in texts), "a sibling of the lead-in is still read"
    assert any("accounting qualification" in text for text in texts)


LABELLED = """# Rahim Uddin

## Employment History

**1. Padma Knit Fashions Ltd.**
Company Business: 100% export-oriented knit garments
Company Location: Tongi, Gazipur
Designation: **General Manager – Production**
Department: Production
Duration: Mar, 2016 to Till Date
Reporting to: Director

Key Responsibilities:

- Run 22 sewing lines and 1,400 workers.

**2. Jamuna Denim Ltd.**
Company Business: Denim garments
Company Location: Savar, Dhaka
Designation: **Production Manager**
Department: Production
Duration: Jul, 2010 to Feb, 2016

Key Responsibilities:

- Ran the finishing floor.
"""


def test_a_post_labelled_field_by_field_over_its_dates_is_read() -> None:
    from datetime import date

    from poise.fit import read_resume

    roles = read_resume(LABELLED, today=date(2026, 11, 1)).roles
    assert [(role.title, role.employer) for role in roles] == [
        ("General Manager – Production", "Padma Knit Fashions Ltd."),
        ("Production Manager", "Jamuna Denim Ltd."),
    ]


ROW_OF_POSTS = """# Jane Roe

## Experience

### Head of Production
**Northfield Ales Ltd, Leeds** | Jun 2013 – present

- Ran the brewhouse.

### Brewing Team Leader (2011 – 2013), Shift Brewer (2009 – 2011)
**Trentside Brewing Company, Burton upon Trent** | Sep 2009 – May 2013

- Ran a 12-person brewing shift.
"""


def test_a_row_of_posts_dated_in_brackets_over_the_employer_and_its_range_is_read() -> None:
    from datetime import date

    from poise.fit import read_resume

    roles = read_resume(ROW_OF_POSTS, today=date(2026, 11, 1)).roles
    assert sorted((role.title, role.employer) for role in roles) == [
        ("Brewing Team Leader", "Trentside Brewing Company"),
        ("Head of Production", "Northfield Ales Ltd"),
        ("Shift Brewer", "Trentside Brewing Company"),
    ]
    first_post = next(role for role in roles if role.title == "Shift Brewer")
    assert (first_post.start.year, first_post.start.index % 12 + 1) == (2009, 9), "the range's month"
