"""The résumé reader on layouts seen in other national styles: dates with their day or a labelled
"To:", the European CV form's labelled fields, an office's street address over a title, a town
and its country after the employer, a title's own employer line that is no block, a single-year
break, credentials after the name, certificates in lists, tables and sentences, awards beside
them, languages with a shared level or their own name, and a home address with a box, a district
or a province's code. Every example is written for these tests."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.dates import date_range
from poise.fit.lexicon import patterns_for
from poise.fit.places import town_of
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import is_place

NOW = TODAY.year * 12 + TODAY.month - 1


def _span(text: str) -> tuple[str, str | None, bool] | None:
    found = date_range(text, NOW)
    if found is None:
        return None
    start, end, current, _hit = found
    return start.iso(), end.iso() if end else None, current


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("From: 04/2016 To: Present | Hours per week: 40", ("2016-04", None, True)),
    ("From: 02/2011 To: 03/2016", ("2011-02", "2016-03", False)),
    ("2 February 2011 – 31 March 2016", ("2011-02", "2016-03", False)),
    ("February 2, 2011 to March 31, 2016", ("2011-02", "2016-03", False)),
    ("02.02.2011 – 31.03.2016", ("2011-02", "2016-03", False)),
    ("2011-02-02 – 2016-03-31", ("2011-02", "2016-03", False)),
    ("02/28/2011 - 03/31/2016", ("2011-02", "2016-03", False)),
    ("da 02/2011 a 03/2016", ("2011-02", "2016-03", False)),
    ("od 2011 do 2016", ("2011", "2016", False)),
])
def test_dates_with_their_day_or_a_labelled_end(text: str, expected: tuple) -> None:
    assert _span(text) == expected


def test_a_lone_date_with_its_day_is_no_range() -> None:
    assert _span("Date of birth: 14.06.1979") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Stock Controller (1997–01)", ("1997", "2001", False)),
    ("2006 - 09 | Buyer | Orrin Retail Ltd", ("2006", "2009", False)),
    ("Grew the team 2015 – 16 staff", None),
])
def test_an_end_year_written_with_two_digits(text: str, expected: tuple | None) -> None:
    assert _span(text) == expected


# --- roles --------------------------------------------------------------------------------------


def _roles(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(role.title, role.employer, role.to_dict()["start"], role.to_dict()["end"])
            for role in read_resume(text, today=TODAY).roles]


def test_the_european_form_reads_its_labelled_fields() -> None:
    text = """# Curriculum vitae

## Work experience

Dates: 05/2019 – present
Occupation or position held: Plant Controller
Main activities and responsibilities: monthly close for two sites
Name and address of employer: Varnholt s.r.o., Ostrava, Czech Republic
Type of business or sector: Glass packaging

Dates: 09/2013 – 04/2019
Occupation or position held: Cost Accountant
Main activities and responsibilities: product costing
Name and address of employer: Lesnik Papir a.s., Olomouc
Type of business or sector: Paper

## Education and training

Dates: 2008 – 2013
Title of qualification awarded: Ing. (MSc) Economics and Management
Name and type of organisation providing education and training: Mendel University in Brno
"""
    assert _roles(text) == [
        ("Plant Controller", "Varnholt s.r.o.", "2019-05", "present"),
        ("Cost Accountant", "Lesnik Papir a.s.", "2013-09", "2019-04"),
    ]
    profile = read_resume(text, today=TODAY)
    assert profile.education == ("Ing. (MSc) Economics and Management, Mendel University in Brno",)
    assert profile.certifications == ()


def test_an_office_address_under_the_employer_is_no_employer() -> None:
    text = """# Tomas Reyes

## Work Experience

**Department of Inland Fisheries**
2750 Riverside Blvd NW, Columbia, MO 65201
**Supervisory Program Analyst, GS-0343-13**
From: 07/2017 To: Present | Hours per week: 40
- Lead four field crews.

**State Department of Revenue**
88 Capitol Street, Jefferson City, MO 65101
**Senior Auditor**
From: 05/2010 To: 06/2017
- Ran stream surveys.
"""
    roles = _roles(text)
    assert [employer for _title, employer, _start, _end in roles] == [
        "Department of Inland Fisheries", "State Department of Revenue"]
    assert [start for _title, _employer, start, _end in roles] == ["2017-07", "2010-05"]


def test_a_town_and_its_country_after_the_employer_is_a_place() -> None:
    patterns = patterns_for(None)
    assert is_place("Mombasa, Kenya", patterns)
    assert not is_place("Coastline Water Trust, Kenya", patterns)
    assert not is_place("Acme Holdings, Kenya", patterns)
    assert is_place("1400 Harbour Avenue, Suite 2, Halifax", patterns)
    assert is_place("Lindenstraße 14, 10115 Berlin", patterns)


def test_an_employer_line_under_one_role_title_does_not_carry_to_the_next() -> None:
    text = """# Ana Silva

## Experience

**Head Teacher**
Riverside Primary School, Northbay Trust
2016 – present

**Deputy Head, Key Stage 2** — Hillcrest Academy, 2010–2016
"""
    assert _roles(text)[1][1] == "Hillcrest Academy"


def test_a_dated_item_naming_its_own_employer_is_a_role_of_its_own() -> None:
    text = """# Ana Silva

## Experience

**Logistics Director**, Pellow Freight Ltd | 2012 – present
- Run three depots.

## Earlier career
- Transport Planner, Moorgate Haulage Ltd (2007 – 2012)
- Graduate Trainee, Clyde Shipping plc (2005 – 2007)
"""
    assert _roles(text)[1:] == [
        ("Transport Planner", "Moorgate Haulage Ltd", "2007", "2012"),
        ("Graduate Trainee", "Clyde Shipping plc", "2005", "2007"),
    ]
    one_line = """# Ana Silva

## Experience

**Logistics Director**, Pellow Freight Ltd | 2012 – present

## Earlier career
Transport Planner, Moorgate Haulage Ltd, 2007–2012; Graduate Trainee, Clyde Shipping plc, 2005–2007
"""
    assert [employer for _title, employer, _start, _end in _roles(one_line)] == [
        "Pellow Freight Ltd", "Moorgate Haulage Ltd", "Clyde Shipping plc"]
    # a dated item naming no employer is a post within the role above
    promoted = """# Ana Silva

## Experience

**Pellow Freight Ltd** (2005 – 2012)
- Transport Planner (2007 – 2012)
- Graduate Trainee (2005 – 2007)
"""
    assert [employer for _title, employer, _start, _end in _roles(promoted)] == [
        "Pellow Freight Ltd", "Pellow Freight Ltd"]


# --- breaks -------------------------------------------------------------------------------------


def test_a_break_dated_by_one_year_is_a_break() -> None:
    text = """# Ana Silva

## Experience

**Operations Director**, Norland Foods Ltd | Jan 2011 – present

**Career break** | Moved abroad with my family | 2010

**Operations Manager**, Tavis Dairies Ltd | Mar 2004 – Dec 2009
"""
    breaks = [period.to_dict() for period in read_resume(text, today=TODAY).breaks]
    assert [(item["start"], item["end"], item["explained"]) for item in breaks] == [
        ("2010-01", "2010-12", True)]


def test_a_break_title_over_its_own_dates_is_no_role() -> None:
    text = """# Ana Silva

## Experience

**Finance Manager**, Kestrel Homes Ltd | 2015 – present

**Family time**
2012 – 2014
Looked after our twins until they started school.

**Financial Analyst**, Kestrel Homes Ltd | 2008 – 2011
"""
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Finance Manager", "Financial Analyst"]
    assert [(period.to_dict()["start"], period.kind) for period in profile.breaks] == [
        ("2012-01", "break")]


# --- certifications -----------------------------------------------------------------------------


def _certificates(body: str, head: str = "Lea Brandt\nlea@example.org") -> tuple[str, ...]:
    text = f"{head}\n\n## Experience\nController, Brandt Metals GmbH | 2018 – present\n\n{body}\n"
    return read_resume(text, today=TODAY).certifications


def test_credentials_after_the_name_are_certificates_held() -> None:
    assert _certificates("", head="Lea Brandt, CPA, PMP\nlea@example.org") == ("CPA", "PMP")
    # letters the list below spells out are not read twice
    body = "## Certifications\nCertified Public Accountant, State of Ohio, 2014"
    assert _certificates(body, head="Lea Brandt, CPA\nlea@example.org") == (
        "Certified Public Accountant, State of Ohio",)


def test_a_labelled_line_lists_each_certificate() -> None:
    body = "## Additional information\nCertifications: PMP (2016), ITIL 4 Foundation (2021)"
    assert _certificates(body) == ("PMP", "ITIL 4 Foundation")


def test_letters_beside_a_name_stay_one_certificate() -> None:
    body = "## Certifications\n- CPA, CA – Chartered Accountants of Nova Scotia (2009)"
    assert len(_certificates(body)) == 1


def test_an_issuer_column_or_line_stays_with_its_certificate() -> None:
    table = ("## Certificates\n| Year | Certificate | Issuer |\n|---|---|---|\n"
             "| 2019 | Certified Treasury Professional | AFP |")
    assert _certificates(table) == ("Certified Treasury Professional, AFP",)
    body = ("## Qualifications\nCIPS Level 5 Advanced Diploma in Procurement, 2017\n"
            "Chartered Institute of Procurement & Supply")
    assert _certificates(body) == (
        "CIPS Level 5 Advanced Diploma in Procurement, Chartered Institute of Procurement & Supply",)


def test_an_award_beside_the_certificates_is_none() -> None:
    body = ("## Awards & Certifications\n- Regional Manager of the Year, 2019\n"
            "- Certified Six Sigma Green Belt, 2020")
    assert _certificates(body) == ("Certified Six Sigma Green Belt",)


def test_a_certificate_named_in_a_sentence_is_read_by_its_name() -> None:
    summary = "## Profile\nPMP-certified finance leader with twelve years in metals."
    assert _certificates(summary) == ("PMP",)
    text = """Lea Brandt
lea@example.org

## Experience
Controller, Brandt Metals GmbH | 2018 – present
- Earned the Lean Six Sigma Black Belt while running the close project.
- Prepared the group for its ISO 9001 certification audit.
"""
    assert read_resume(text, today=TODAY).certifications == ("Lean Six Sigma Black Belt",)


# --- languages ----------------------------------------------------------------------------------


def _languages(line: str) -> tuple[tuple[str, str], ...]:
    text = f"Lea Brandt\n\n## Experience\nController, Brandt Metals GmbH | 2018 – present\n\n{line}\n"
    return read_resume(text, today=TODAY).languages


def test_a_level_said_of_all_the_languages_listed() -> None:
    assert _languages("## Languages\nTamil, English and Hindi (all fluent)") == (
        ("Tamil", "C1"), ("English", "C1"), ("Hindi", "C1"))
    # without "all" the bracket is the last language's own
    assert _languages("## Languages\nEnglish, Hindi (basic)") == (("English", ""), ("Hindi", "A2"))


def test_a_language_by_its_own_name_and_a_fair_level() -> None:
    assert _languages("## Languages\nEnglish (fluent), Kiswahili (fair)") == (
        ("English", "C1"), ("Swahili", "B1"))


# --- location -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "town"), [
    ("P.O. Box 2290-00200, Nakuru, Kenya", "Nakuru, Kenya"),
    ("Vinohradská 40, 120 00 Praha 2, Czech Republic", "Praha, Czech Republic"),
    ("Corso Como 9, 20154 Milano (MI)", "Milano"),
])
def test_the_town_of_a_home_address(value: str, town: str) -> None:
    assert town_of(value) == town


def test_a_box_on_the_contact_line_is_no_town() -> None:
    text = ("Lea Brandt\nP.O. Box 5512, Arusha, Tanzania | +255 754 555 010 | lea@example.org\n\n"
            "## Experience\nController, Brandt Metals GmbH | 2018 – present\n")
    assert read_resume(text, today=TODAY).location == "Arusha, Tanzania"
