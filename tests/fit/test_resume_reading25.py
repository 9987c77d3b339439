"""Résumé reading per layout and field: posts dated by the month they began under an employer's
range (a career written oldest first), a part whose heading names no section read from what it
holds, a place or a consent line that is no study, a "Qualifications" heading whose lines are
read by what they name, and the length of a gap that makes a break. Each with the cases that must
not change."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.resume_reader import read_resume


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


# --- posts dated by the month they began, under the employer's range ------------------------

OLDEST_FIRST = """# Career History

**May 2003 – June 2009  Tanabe Harbour Freight Co., Ltd. (Kobe)**
Regional forwarder, 200 employees

May 2003  Joined the company. Customs Clerk, Import Section

- Filed import declarations for 30 shippers

June 2009  Left to join a carrier

**July 2009 – Present  Ostrand Lines Japan K.K. (Yokohama)**
Japanese branch of a Danish carrier

July 2009  Operations Coordinator, Reefer Cargo

- Planned reefer bookings for the Kanto ports

October 2013  Operations Manager, East Japan

- Led 9 coordinators

February 2020 – Present  General Manager, Operations

- Lead 60 staff across three ports
"""


def test_posts_dated_by_their_start_under_an_employers_range_are_each_a_role() -> None:
    assert sorted(_roles(OLDEST_FIRST), key=lambda role: role[2]) == [
        ("Customs Clerk, Import Section", "Tanabe Harbour Freight Co., Ltd.", "2003-05", "2009-06"),
        ("Operations Coordinator, Reefer Cargo", "Ostrand Lines Japan K.K.", "2009-07", "2013-09"),
        ("Operations Manager, East Japan", "Ostrand Lines Japan K.K.", "2013-10", "2020-01"),
        ("General Manager, Operations", "Ostrand Lines Japan K.K.", "2020-02", "present"),
    ]


def test_a_titled_header_keeps_its_title_over_a_post_dated_inside_it() -> None:
    # a secondment dated inside the post above it is its own role, not the header's title
    text = """## Experience

**Branch Manager – Hollins Road | Pelham Building Supplies | Jan 2019 – Present**
- Ran a branch of 40 staff

**Acting Area Manager – North (secondment) | Pelham Building Supplies | Apr 2021 – Sep 2021**
- Covered six branches

**Branch Manager – Eastgate | Pelham Building Supplies | Jun 2015 – Dec 2018**
- Opened the branch
"""
    dated = {(role[0], role[2]) for role in _roles(text)}
    assert ("Branch Manager", "2019-01") in dated
    assert ("Acting Area Manager", "2021-04") in dated
    assert ("Branch Manager", "2015-06") in dated


def test_a_dated_line_that_names_no_post_does_not_split_the_employers_range() -> None:
    text = """## Experience

**March 2012 – Present  Corvell Instruments Ltd (Leeds)**
Head of Quality

March 2016  Won the group's supplier quality award

- Led ISO 13485 certification
"""
    roles = _roles(text)
    assert len(roles) == 1
    assert roles[0][2:] == ("2012-03", "present")


# --- a part read from what it holds ---------------------------------------------------------

UNNAMED_PART = """# Résumé

## Licences and Qualifications

2015  Forklift licence

## Record of Posts and Results

**Kettering Plastics Ltd, Corby – Shift Lead, Moulding** (May 2018 – present)

- Lead 14 operators on nights

**Kettering Plastics Ltd, Corby – Setter** (June 2014 – April 2018)

- Set 12 injection presses
"""


def test_a_part_of_dated_entries_with_their_duties_is_the_work_history() -> None:
    profile = read_resume(UNNAMED_PART, today=TODAY)
    assert [(role.title, role.start.iso() if role.start else "") for role in profile.roles] == [
        ("Shift Lead, Moulding", "2018-05"), ("Setter", "2014-06")]
    assert not profile.side_roles


def test_a_part_of_dated_lines_without_duties_stays_what_it_was() -> None:
    text = """# Résumé

## Experience

**Foreman | Ashby Civils | 2016 – present**
- Ran a crew of 8

## Certifications

NEBOSH General Certificate (2017)

## Talks Given to Local Groups

Site safety for volunteers (2019 – 2020)
Reading a drawing (2021 – 2022)
"""
    assert [role.title for role in read_resume(text, today=TODAY).roles] == ["Foreman"]


# --- a place, a consent line, volunteering: no study ----------------------------------------

EUROPASS = """# Curriculum Vitae

## WORK EXPERIENCE

**04/2016 – CURRENT** – Porto, Portugal

**Warehouse Manager**

Lusocarga S.A.

## EDUCATION AND TRAINING

**09/2014 – 06/2015** – Braga, Portugal

**Master's Degree in Operations Management**

Escola de Gestão do Minho

## ADDITIONAL INFORMATION

Volunteering: driver for the parish meals service (since 2018).

I consent to the processing of my personal data under Regulation (EU) 2016/679.
"""


def test_a_dated_place_and_the_lines_of_additional_information_are_no_study() -> None:
    profile = read_resume(EUROPASS, today=TODAY)
    assert profile.education == (
        "Master's Degree in Operations Management, Escola de Gestão do Minho",)
    assert not any("Braga" in item for item in profile.certifications)


def test_a_french_formation_heading_still_holds_studies() -> None:
    text = """# CV

## Expérience professionnelle

**Responsable logistique | Tramo SAS | 2018 – présent**

## Formation

2012 – 2014 Master Logistique, Université de Lille
"""
    assert any("Master Logistique" in item for item in read_resume(text, today=TODAY).education)


# --- a "Qualifications" heading: each line by what it names ---------------------------------

QUALIFICATIONS = """# Résumé

## Experience

**Sales Manager | Hoshino Pumps | 2015 – present**

## Qualifications

April 2004 – March 2008  Nagoya Institute of Technology – Bachelor of Engineering
May 2012  Commercial Vehicle Licence (Class 2)
November 2019  Certified Pump Systems Assessor (level 2 course completed)
July 2022  TOEIC Listening & Reading Test: 875
"""


def test_under_qualifications_a_test_score_and_a_licence_are_credentials_not_studies() -> None:
    profile = read_resume(QUALIFICATIONS, today=TODAY)
    assert profile.education == ("Nagoya Institute of Technology – Bachelor of Engineering",)
    # a language test is a language certificate, kept apart from professional certifications
    assert any("TOEIC" in item for item in profile.language_certificates)
    assert not any("TOEIC" in item for item in profile.certifications)
    assert any("Pump Systems Assessor" in item for item in profile.certifications)
    assert not any(item.startswith(("May", "July", "November")) for item in profile.certifications)


# --- the length of a gap that makes a break -------------------------------------------------

def _gaps(text: str) -> list[tuple[int, int]]:
    return [(period.start, period.end) for period in read_resume(text, today=TODAY).breaks]


def test_five_months_between_roles_is_a_break() -> None:
    text = """## Experience

**Planner | Orrin Foods | Apr 2016 – Present**

**Buyer | Castel Mills | Jan 2012 – Oct 2015**
"""
    assert _gaps(text) == [(2015 * 12 + 10, 2016 * 12 + 2)]


def test_three_months_between_roles_is_no_break() -> None:
    text = """## Experience

**Planner | Orrin Foods | Feb 2016 – Present**

**Buyer | Castel Mills | Jan 2012 – Oct 2015**
"""
    assert _gaps(text) == []


# --- a registration with a regulator, labelled at the top -----------------------------------

def test_a_labelled_registration_at_the_top_is_a_certification_without_its_renewal_dates() -> None:
    registration = ("**Professional registration:** Health and Care Professions Council (HCPC) – "
                    "Registered Paramedic. Registration no. PA41207. Renewed 2025; next renewal due "
                    "August 2027.")
    text = f"""Mara Quill
Leeds, United Kingdom
mara.quill@example.org

{registration}

## Experience

**Clinical Team Leader | Moorside Ambulance Service | 2019 – present**
"""
    certifications = read_resume(text, today=TODAY).certifications
    assert any("Registered Paramedic" in item and "PA41207" in item for item in certifications)
    assert not any("2027" in item or "Renewed" in item for item in certifications)


def test_a_registration_label_with_nothing_registered_is_no_certification() -> None:
    text = """Mara Quill
Leeds, United Kingdom

**Professional registration:** applied for in spring, decision awaited.

## Experience

**Clinical Team Leader | Moorside Ambulance Service | 2019 – present**
"""
    assert not any("applied" in item for item in read_resume(text, today=TODAY).certifications)
