"""A tabular CV's row that names time out, the details under a study, a degree the profile
mentions again, and a certificate named twice: each read once, for what it is."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.resume_reader import read_resume

TABLE_CV = """# Jana Vogt

## Work history

| | |
|---|---|
| since 05/2019 | **Logistics Manager**, Halbach Spedition GmbH, Kassel |
| | • Lead 60 drivers and dispatchers |
| 11/2018 – 04/2019 | **Career pause** |
| | Cared for a relative and took an evening course in export law |
| 02/2012 – 10/2018 | **Dispatcher**, Nordhafen Logistik AG, Bremen |
| | • Planned routes for 40 trucks |

## Education

| | |
|---|---|
| 09/2007 – 07/2011 | Business studies, Kassel University |
| | Degree: Bachelor of Arts, final grade 2.1 |
| | Thesis: Route planning under driving-time rules |
"""


def test_a_dated_row_titled_as_time_out_with_no_employer_is_a_break() -> None:
    profile = read_resume(TABLE_CV, today=TODAY)
    assert [role.title for role in profile.roles] == ["Logistics Manager", "Dispatcher"]
    assert [(period.to_dict()["start"], period.kind) for period in profile.breaks] == [
        ("2018-11", "break")]


def test_a_break_word_beside_an_employer_or_in_a_job_title_is_a_job() -> None:
    text = TABLE_CV.replace("**Career pause**", "**Travel Manager**, Weitblick Reisen GmbH, Kassel")
    profile = read_resume(text, today=TODAY)
    assert [role.title for role in profile.roles] == ["Logistics Manager", "Travel Manager",
                                                      "Dispatcher"]
    assert profile.breaks == ()


def test_labelled_lines_under_a_study_are_its_details_not_more_studies() -> None:
    education = read_resume(TABLE_CV, today=TODAY).education
    assert len(education) == 1
    assert education[0].startswith("Business studies, Kassel University; Degree: Bachelor of Arts")
    assert "Thesis" in education[0]


def test_a_labelled_school_qualification_under_a_degree_is_a_study_of_its_own() -> None:
    text = ("## Education\n\nBSc (Hons) Geography, University of Hull, 2009\n"
            "A Levels: Geography (A), History (B)\n")
    assert len(read_resume(text, today=TODAY).education) == 2


def test_a_long_line_under_the_education_heading_is_still_one_study() -> None:
    line = ("Diplôme d'ingénieur (equivalent to a master's degree), major in water treatment and "
            "environmental process engineering – École Nationale des Eaux et de l'Environnement "
            "(ENEE), Montpellier – public engineering school")
    assert len(line.split()) > 20
    text = f"## Education\n\n**2010 – 2013** | {line}\n"
    assert read_resume(text, today=TODAY).education == (line,)


def test_a_degree_the_profile_mentions_is_the_one_the_education_section_lists() -> None:
    text = """Sam Okafor

## Profile
- Twelve years running contact centres; PRINCE2 Practitioner; MBA in Strategy

## Experience
**Head of Service**, Brightline Care, 2019 – present
- Lead 300 advisers

## Education
MBA in Strategy, University of Leicester, 2016
"""
    assert read_resume(text, today=TODAY).education == (
        "MBA in Strategy, University of Leicester",)


def test_a_certificate_named_among_the_skills_and_again_among_the_certificates_is_one() -> None:
    text = """Ola Berg

## Skills
- Reliability engineering
- Lean Six Sigma (Black Belt)

## Certifications
- Lean Six Sigma Black Belt – 2019
- Lean Six Sigma Green Belt – 2015
"""
    certifications = read_resume(text, today=TODAY).certifications
    assert len(certifications) == 2
    assert any("Green Belt" in item for item in certifications)


def test_certificates_the_profile_names_again_are_read_from_the_list() -> None:
    text = """Priya Nair

## Summary
Delivery leader for 15 years. Certified PMP and ITIL practitioner.

## Certifications
- PMP – Project Management Institute, 2014
- ITIL 4 Foundation – AXELOS, 2019
"""
    certifications = read_resume(text, today=TODAY).certifications
    assert not any("Certified PMP" in item for item in certifications)
    assert len(certifications) == 2


SIDE_SEAT_CV = """# Greg Hall

## Professional experience

**Lakeside Railway | Chicago, IL | 2016 – Present**

*General Director of Operations (2021 – Present)*
- Lead 1,900 staff through six superintendents

*Superintendent, Chicago Terminal (2016 – 2021)*
- Ran the busiest hump yard with 650 employees

**Heartland Rail | Kansas City, MO | 2008 – 2016**

*Trainmaster (2008 – 2016)*
- Supervised yard crews on three shifts

## Additional

Open to relocation. Board member, Rail Safety Foundation (volunteer, 2019 – Present).
"""


def test_a_volunteer_seat_dated_beside_a_job_is_no_break() -> None:
    profile = read_resume(SIDE_SEAT_CV, today=TODAY)
    assert len(profile.roles) == 3
    assert profile.breaks == ()


def test_a_break_dated_in_the_year_two_roles_share_is_still_a_break() -> None:
    text = SIDE_SEAT_CV.replace("**Heartland Rail | Kansas City, MO | 2008 – 2016**",
                                "Career break (2015 – 2016): cared for a parent.\n\n"
                                "**Heartland Rail | Kansas City, MO | 2008 – 2015**").replace(
        "*Trainmaster (2008 – 2016)*", "*Trainmaster (2008 – 2015)*")
    profile = read_resume(text, today=TODAY)
    assert [period.kind for period in profile.breaks] == ["break"]


LABELLED_DATES_CV = """# Asha Rao

## Professional experience

**Consultant – Branch Banking**
Trivikram Advisory LLP, Pune
Duration: Jan'25 – Till date

**Career Break**
Duration: Jul'22 – Dec'24

- Cared for my father after his stroke; completed a certificate course in digital banking.

**Regional Head – Branch Banking**
Deccan Crown Bank Ltd., Pune
Duration: Apr'14 – Jun'22
"""


def test_a_break_heading_over_labelled_dates_is_a_break_not_a_post() -> None:
    profile = read_resume(LABELLED_DATES_CV, today=TODAY)
    assert [role.title for role in profile.roles] == ["Consultant – Branch Banking",
                                                      "Regional Head – Branch Banking"]
    assert [(period.to_dict()["start"], period.kind) for period in profile.breaks] == [
        ("2022-07", "break")]


DATES_OVER_BOLD_BREAK_CV = """# Ana Kovač

## Work experience

**03/2021 – present**
**Operations Manager**
Lakeside Hotel (120 rooms), Ohrid, North Macedonia

- Led 70 staff in season through five heads of department

**06/2019 – 02/2021**
**Career break – relocation**
Moved with my family to Skopje; took an evening course in hotel finance.

**01/2014 – 05/2019**
**Front Office Manager**
Hotel Galicica (90 rooms), Ohrid, North Macedonia
"""


def test_a_bold_row_naming_time_out_under_its_dates_is_a_break_not_a_section() -> None:
    # the row is set out like the titles of the posts around it; read as a section's name it
    # would vanish and lend its dates to the post above
    profile = read_resume(DATES_OVER_BOLD_BREAK_CV, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Operations Manager", "Lakeside Hotel"), ("Front Office Manager", "Hotel Galicica")]
    assert [(period.kind, period.quote) for period in profile.breaks] == [
        ("break", "06/2019 – 02/2021")]
