"""A federal-style history (the employer set in bold, the post's hours, pay and supervisor under
its dates), places of study named over their degrees, a numbered heading with an aside on its
order, and Indonesian month names: each with a near-miss that must not change."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.dates import date_range
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import _other_label, _resume_section, read_resume

PATTERNS = patterns_for(None)


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return sorted(((role.title, role.employer, role.start.iso() if role.start else "",
                    "present" if role.current else role.end.iso() if role.end else "")
                   for role in read_resume(text, today=TODAY).roles), key=lambda role: role[2])


FEDERAL = (
    "# Dana Whitlock\n\n## Work Experience\n\n"
    "**Marlow Valley Community College**\n12 College Road, Marlow, OH 43000\n"
    "**Adjunct Instructor, Emergency Management**\n03/2022 – Present\n"
    "Hours per week: 10\nSalary: $2,000 per course\n"
    "Supervisor: Dr. Ann Reyes, Dean, (555) 010-0142; may contact: Yes\n\n"
    "- Teach incident command courses.\n\n"
    "**Town of Marlow, Fire Department**\n**Firefighter/Paramedic**\n01/2008 – 02/2022\n"
    "Hours per week: 56\nSupervisor: Captain Leo Hart, (555) 010-0120; may contact: Yes\n\n"
    "**Ohio National Guard**\n**Medical Specialist**\n06/2003 – 11/2007\nHours per week: 40\n")


def test_a_federal_history_reads_every_post_past_its_hours_pay_and_supervisor() -> None:
    assert _roles(FEDERAL) == [
        ("Medical Specialist", "Ohio National Guard", "2003-06", "2007-11"),
        ("Firefighter/Paramedic", "Town of Marlow", "2008-01", "2022-02"),
        ("Adjunct Instructor, Emergency Management", "Marlow Valley Community College",
         "2022-03", "present"),
    ]


def test_a_bold_college_is_no_heading_but_a_heading_of_community_roles_is() -> None:
    text = FEDERAL + "\n## Community Involvement\n\n- Coach, Marlow Youth Soccer, 2015 – 2019\n"
    profile = read_resume(text, today=TODAY)
    assert len(profile.roles) == 3
    assert all("Soccer" not in role.employer for role in profile.roles)


def test_a_supervisor_with_a_telephone_is_a_field_but_a_title_before_a_colon_is_not() -> None:
    assert _other_label("Supervisor: Capt. Leo Hart, (555) 010-0120; may contact: Yes", PATTERNS)
    assert not _other_label("Plant Manager: Northgate smelter", PATTERNS)
    assert not _other_label("Shift Supervisor: Line 4", PATTERNS)


def test_places_of_study_named_over_their_degrees_each_open_a_study() -> None:
    text = ("# Dana Whitlock\n\n## Education\n\n"
            "**Lakeshore University**, Toledo, OH\nBachelor of Science, Emergency Management, 05/2010\n"
            "GPA: 3.4 / 4.0\n\n"
            "**Marlow Valley Community College**, Marlow, OH\n"
            "Associate of Applied Science, Fire Science, 12/2004\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 2
    assert "Lakeshore University" in education[0] and "Bachelor of Science" in education[0]
    assert "Marlow Valley" in education[1] and "Associate of Applied Science" in education[1]


def test_a_degree_over_its_place_of_study_keeps_the_place() -> None:
    text = ("# Dana Whitlock\n\n## Education\n\n"
            "Master of Science in Logistics, 2012\nLakeshore University, Toledo\n\n"
            "Bachelor of Arts in Geography, 2009\nNorthgate University, Leeds\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 2
    assert "Lakeshore" in education[0] and "Northgate" in education[1]


def test_a_numbered_heading_with_its_order_in_brackets_names_its_section() -> None:
    assert _resume_section("3. Details of Postings (in reverse chronological order)",
                           PATTERNS) == "experience"
    assert _resume_section("Record of Appointments (most recent first)", PATTERNS) == "experience"
    assert _resume_section("Manager of Volunteers", PATTERNS) is None
    assert _resume_section("Head of Training", PATTERNS) is None


def test_indonesian_month_names_and_the_present() -> None:
    found = date_range("Agustus 2014 – sekarang", 2026 * 12)
    assert found is not None and found[0].iso() == "2014-08" and found[2]
    found = date_range("Maret 2005 – Desember 2009", 2026 * 12)
    assert found is not None and found[0].iso() == "2005-03" and found[1] is not None
    assert found[1].iso() == "2009-12"
    assert date_range("Maret", 2026 * 12) is None


def test_a_study_dated_on_its_own_line_and_its_place_with_a_faculty() -> None:
    text = ("# Dana Whitlock\n\n## Education and training\n\n"
            "**2001 – 2006**\nMaster of Science in Civil Engineering\n"
            "Eastmoor University of Technology (EUT), Faculty of Civil and Structural Engineering\n\n"
            "**2011 – 2012**\nPostgraduate studies in Project Management\nLakeshore Business School\n")
    education = read_resume(text, today=TODAY).education
    assert len(education) == 2
    assert "Master of Science" in education[0] and "Eastmoor" in education[0]
    assert "Postgraduate studies" in education[1] and "Lakeshore" in education[1]


def test_a_place_of_study_with_a_long_remark_after_its_comma_is_more_than_a_place() -> None:
    from poise.fit.resume_facts import institution_only

    assert institution_only("Eastmoor University (EU), Faculty of Civil and Structural Engineering",
                            PATTERNS)
    assert not institution_only("Eastmoor University, where I chaired the student engineering "
                                "society for two years", PATTERNS)
