"""Role headers set out over several lines (issue 12, résumés read from every common layout):
the employer's line that goes on to describe the company, an employer written as an address
(name, town, country) whose name holds a job-title word, a career break set out like a role
with its own bold header, and work-history headings named by what they hold ("Appointments",
"Teaching") among the side parts of an academic CV ("Service")."""

from __future__ import annotations

from tests.fit.conftest import TODAY, roles_of

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import classify, employer_name, named_at_address

DESCRIBED_EMPLOYER = """# Jan Kowal

## Work history

**03.2018 – now**
**Depot Manager**
Halden Freight Sp. z o.o., Wrocław – parcel sorting for online shops and two grocery chains

- Ran a depot of 140 staff on two shifts

**05.2012 – 02.2018**
**Shift Leader**
Korvi Foods S.A., Łódź – chilled distribution

- Led a shift of 30 pickers
"""


def test_an_employer_line_that_describes_the_company_names_the_employer() -> None:
    roles = roles_of(DESCRIBED_EMPLOYER)
    assert [(title, employer) for title, employer, _, _ in roles] == [
        ("Depot Manager", "Halden Freight Sp. z o.o."),
        ("Shift Leader", "Korvi Foods S.A."),
    ]


ADDRESS_EMPLOYER = """# Rosa Tan

## Professional experience

**Charge Nurse – Renal Unit**
Tamar Valley Hospitals NHS Trust, Plymouth, UK
May 2019 – Present

- Ran a unit of 24 nurses

**Senior Staff Nurse**
Gulf Specialist Care Centre, Doha, Qatar
March 2014 – April 2019

- Led the night shift
"""


def test_an_address_line_under_the_title_names_the_employer_not_a_second_title() -> None:
    roles = roles_of(ADDRESS_EMPLOYER)
    assert [(title, employer) for title, employer, _, _ in roles] == [
        ("Charge Nurse – Renal Unit", "Tamar Valley Hospitals NHS Trust"),
        ("Senior Staff Nurse", "Gulf Specialist Care Centre"),
    ]


def test_the_address_shape_needs_a_name_town_and_country() -> None:
    patterns = patterns_for(None)
    assert named_at_address("Gulf Specialist Care Centre, Doha, Qatar", patterns)
    # a title leads or closes its words: a title with a place is still a title
    assert not named_at_address("Specialist Nurse Practitioner, Doha, Qatar", patterns)
    assert not named_at_address("Regional Sales Manager, Doha, Qatar", patterns)
    assert not named_at_address("Gulf Specialist Care Centre, Doha", patterns)
    assert classify("Regional Sales Manager, Doha, Qatar", patterns).kind == "title"
    assert employer_name("Gulf Care Centre, Doha, Kingdom of Saudi Arabia", patterns) == (
        "Gulf Care Centre")


BREAK_AS_ROLE = """# Rosa Tan

## Professional experience

**Charge Nurse**
Tamar Valley Hospitals NHS Trust, Plymouth, UK
May 2019 – Present

**Career break – caring for a parent**
June 2018 – April 2019
Looked after my father through his treatment.

**Staff Nurse**
Tamar Valley Hospitals NHS Trust, Plymouth, UK
March 2014 – May 2018
"""


def test_a_career_break_set_out_like_a_role_is_a_break_not_a_heading() -> None:
    resume = read_resume(BREAK_AS_ROLE, today=TODAY)
    assert [role.title for role in resume.roles] == ["Charge Nurse", "Staff Nurse"]
    assert all(role.employer == "Tamar Valley Hospitals NHS Trust" for role in resume.roles)
    assert [(item.kind, item.start % 12 + 1, item.start // 12) for item in resume.breaks] == [
        ("break", 6, 2018)]


ACADEMIC = """# Dr Lena Roos

## Education

**Ph.D., Sociology**, Harwood University, Bristol, 2014

## Academic leadership appointments

**Head of School of Social Sciences**, 2019–present
Kestrel University, Leeds (public university, 21,000 students)

- Lead 140 academic and professional staff

## Publications

Roos, L. (2020). Belonging at work. *Journal of Work*, 3(1), 1–9.

## Earlier appointments

**Senior Lecturer in Sociology**, 2014–2019
Harwood University, Bristol

## Teaching

**Visiting Lecturer**, Tamar College, 2012–2014

## Service

- Senate Committee on Quality, 2020–present
"""


def test_appointment_and_teaching_headings_hold_the_work_history() -> None:
    roles = roles_of(ACADEMIC)
    assert ("Head of School of Social Sciences", "Kestrel University", "2019", "present") in roles
    assert ("Senior Lecturer in Sociology", "Harwood University", "2014", "2019") in roles
    assert ("Visiting Lecturer", "Tamar College", "2012", "2014") in roles
    education = read_resume(ACADEMIC, today=TODAY).education
    assert not any("Kestrel" in line for line in education)


def test_board_appointments_stay_side_roles() -> None:
    text = ACADEMIC.replace("## Teaching", "## Board appointments")
    roles = roles_of(text)
    assert ("Visiting Lecturer", "Tamar College", "2012", "2014") not in roles


STUDIES = """# Jan Kowal

## Education

**2010 – 2013** Northgate University of Technology, Leeds
Master's degree in Supply Chain Management (evening studies)
Thesis: "Cross-docking at small depots"

**MSc Public Health** – Harwood University, Bristol
2022 – present (90 of 180 credits done; dissertation due 2027)

**Bachelor of Nursing** – Tamar College, Plymouth, 2008
Passed the national nursing board examination, November 2008

**Apprenticeship as Warehouse Clerk**, Korvi Foods GmbH, 2001–2004
"""


def test_a_degree_under_its_dated_place_of_study_is_one_study() -> None:
    education = read_resume(STUDIES, today=TODAY).education
    assert education[0].startswith("Master's degree in Supply Chain Management")
    assert "Northgate University of Technology" in education[0]
    assert "Thesis" in education[0]


def test_how_a_study_went_is_a_note_on_it_not_a_study() -> None:
    education = read_resume(STUDIES, today=TODAY).education
    assert len(education) == 4
    assert "90 of 180 credits done" in education[1]
    assert "national nursing board examination" in education[2]
    assert education[3].startswith("Apprenticeship as Warehouse Clerk")  # a study of its own


def test_languages_beyond_europe_are_read_from_a_list() -> None:
    text = "# Ana\n\n## Languages\n\nChichewa (native), English (fluent), isiNdebele (basic)\n"
    names = [name for name, _ in read_resume(text, today=TODAY).languages]
    assert names == ["Chichewa", "English", "Ndebele"]


def test_two_certificates_with_their_letters_on_one_line_are_two() -> None:
    text = ("# Ana\n\n## Certifications\n\n"
            "- Paediatric Life Support (PLS) and Trauma Nursing Core Course (TNCC), ENA\n"
            "- Quality Improvement Practitioner, Harwood Health Academy\n")
    certificates = read_resume(text, today=TODAY).certifications
    assert certificates[:2] == ("Paediatric Life Support (PLS), ENA",
                                "Trauma Nursing Core Course (TNCC), ENA")
    # a certificate and the body that awarded it stay one
    assert "Quality Improvement Practitioner, Harwood Health Academy" in certificates


def test_an_employer_line_in_capitals_is_no_certificate() -> None:
    text = ("# Ana\n\n## Experience\n\n**TAMAR CERTIFIED SURVEYORS LLP**\n*Associate, Valuations*\n"
            "2015/03 – 2019/08\n\n- Valued 40 sites a year\n")
    assert read_resume(text, today=TODAY).certifications == ()


def test_a_town_after_a_two_and_three_digit_postcode() -> None:
    text = "# Jan Kowal\n\nAddress: ul. Polna 3/2, 61-123 Gniezno, Poland\nPhone: +48 600 100 200\n"
    assert read_resume(text, today=TODAY).location == "Gniezno, Poland"


def test_a_regulator_s_number_given_as_a_fact_is_a_registration_held() -> None:
    text = ("# Ana Silva, RN\n\nLeeds, UK\nana@example.org\n\n**HCPC Registration No.:** PA123456\n"
            "**ABC PIN:** 09X1234Y\nDate of birth: 1 May 1980\n\n## Experience\n\n"
            "**Paramedic**\nWest Yorkshire Ambulance Service NHS Trust\nMay 2015 – Present\n")
    certificates = read_resume(text, today=TODAY).certifications
    assert any(item.startswith("HCPC Registration No.") for item in certificates)
    assert any(item.startswith("ABC PIN") for item in certificates)


def test_a_unit_named_like_a_company_under_a_company_heading_is_part_of_the_title() -> None:
    text = ("# CV\n\n## Professional Experience\n\n### Deccan Harbour Ground Services Pvt. Ltd., Pune\n"
            "**Apr'15 – till date**\n\n**Head – Operations** (Apr'20 – till date)\n- Led 2,100 staff\n\n"
            "**Deputy General Manager – Ramp & Passenger Services** (Apr'15 – Mar'20)\n"
            "- Managed teams of 1,400 staff\n")
    roles = read_resume(text).roles
    deputy = next(role for role in roles if role.title.startswith("Deputy"))
    assert deputy.title == "Deputy General Manager – Ramp & Passenger Services"
    assert deputy.employer.startswith("Deccan Harbour Ground Services")
