"""Posts set out as a table with a head row (``poise.fit.role_tables``), and the layouts around
them: a sea-service record read row by row, a note across the table read as explained time
out, a table that lists no posts left alone, and the headers the table reading sits beside (a
school's one-word posts, a rank as a title, an unknown employer's blurb, a career break told
under a heading of its own)."""

from __future__ import annotations

from datetime import date

from poise.fit.resume_reader import read_resume

TODAY = date(2026, 11, 1)

SEA_SERVICE = """# Captain A. Rao

## Shore Experience

**Fleet Manager** – Harbourline Ship Management, Chennai
March 2019 – present

- Lead a team of nine superintendents for a fleet of 14 bulk carriers.

## Sea Service

| Rank | Vessel | Type | Company | Sign on | Sign off |
|---|---|---|---|---|---|
| Master | MV Coral Dawn | Bulk carrier | Harbourline Ship Management, Chennai | 02.03.2017 | 20.11.2017 |
| Master | MT Teak Star | Product tanker | Bluewake Tankers, Singapore | 14.01.2016 | 30.08.2016 |
| *Ashore – Master's examinations, 09.2015 – 12.2015* | | | | | |
| Chief Officer | MV Palm Reach | Bulk carrier | Bluewake Tankers, Singapore | 05.01.2015 | 20.08.2015 |

## Education

- B.Sc. Nautical Science, 2004
"""


def _roles(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(role.title, role.employer, role.to_dict()["start"], role.to_dict()["end"])
            for role in read_resume(text, today=TODAY).roles]


def test_each_dated_row_of_a_sea_service_table_is_a_post_with_its_company_and_vessel() -> None:
    roles = _roles(SEA_SERVICE)
    assert ("Master (MV Coral Dawn)", "Harbourline Ship Management", "2017-03", "2017-11") in roles
    assert ("Master (MT Teak Star)", "Bluewake Tankers", "2016-01", "2016-08") in roles
    assert ("Chief Officer (MV Palm Reach)", "Bluewake Tankers", "2015-01", "2015-08") in roles
    assert roles[0][0] == "Fleet Manager"
    assert len(roles) == 4  # the note across the table is no post


def test_a_dated_note_across_the_table_is_explained_time_out() -> None:
    breaks = [period.to_dict() for period in read_resume(SEA_SERVICE, today=TODAY).breaks]
    assert {"start": "2015-09", "end": "2015-12", "explained": True} in [
        {key: value for key, value in found.items() if key != "quote"} for found in breaks]


def test_a_table_whose_head_names_no_post_gives_no_roles() -> None:
    text = """## Experience

**Operations Director** – Nordvik Foods AS, Bergen
2018 – present

## Certificates

| Certificate | Issued by | Date of issue | Valid till |
|---|---|---|---|
| Lean Six Sigma Black Belt | ASQ | 14.04.2019 | 13.04.2029 |
| NEBOSH General Certificate | NEBOSH | 11.12.2016 | — |
"""
    assert [role[0] for role in _roles(text)] == ["Operations Director"]


def test_a_tabular_history_headed_from_to_position_employer_is_read_by_its_head() -> None:
    text = """## Berufserfahrung

| Von | Bis | Position | Arbeitgeber |
|---|---|---|---|
| 04/2018 | heute | Werkleiter | Hartmann Antriebe GmbH, Aalen |
| 09/2012 | 03/2018 | Produktionsleiter | Kessler Guss AG, Heidenheim |
"""
    roles = _roles(text)
    assert roles[0][:3] == ("Werkleiter", "Hartmann Antriebe GmbH", "2018-04")
    assert roles[0][3] == "present"
    assert roles[1] == ("Produktionsleiter", "Kessler Guss AG", "2012-09", "2018-03")


def test_a_schools_one_word_post_is_a_title_not_the_employer() -> None:
    text = """## Employment

### Headteacher
**Llanfair Community School, Newport** — English-medium 11–18 comprehensive, 1,100 pupils
Sept 2017 – present

- Led the school out of special measures.
"""
    assert _roles(text)[0][:2] == ("Headteacher", "Llanfair Community School")


def test_a_rank_is_the_title_and_the_service_the_employer() -> None:
    text = """## Professional Experience

**Royal Navy** — Portsmouth and Gibraltar

**Captain, Logistics Branch** | 2006 – 2012

- Commanded the logistics support group of 120 personnel.
"""
    assert _roles(text)[0][:2] == ("Captain, Logistics Branch", "Royal Navy")


def test_an_unknown_employers_labelled_blurb_does_not_hide_it_from_the_posts_below() -> None:
    text = """## Professional Experience

**Brightpath Learning Trust** — Tucson, AZ
*Charter network: 9 schools, 5,200 students, $61M annual budget*

**Director of Operations** | 2016 – Present

- Ran transport, meals and facilities for nine campuses.
"""
    assert _roles(text)[0][:2] == ("Director of Operations", "Brightpath Learning Trust")


def test_a_dated_line_under_a_career_break_heading_is_the_break_even_with_a_post_word() -> None:
    text = """## Employment

### Head of Science
**Ridgeway Academy, Swindon**
Sept 2011 – present

### Career break
Sept 2010 – July 2011 — volunteer teacher trainer at a college in Gulu, Uganda.

### Teacher of Chemistry
**Marlowe School, Reading**
Sept 2005 – Aug 2010
"""
    profile = read_resume(text, today=TODAY)
    assert [(role.title, role.employer) for role in profile.roles] == [
        ("Head of Science", "Ridgeway Academy"), ("Teacher of Chemistry", "Marlowe School")]
    assert [(found.to_dict()["start"], found.to_dict()["explained"]) for found in profile.breaks] == [
        ("2010-09", True)]


def test_a_short_line_under_a_career_break_heading_that_names_a_post_and_employer_is_still_a_post() -> None:
    # near miss: a heading naming a post, not time out, keeps its dated line a post
    text = """## Employment

### Volunteer Coordinator
**Harbour Food Bank, Bristol**
Sept 2010 – July 2011
"""
    assert _roles(text)[0][:2] == ("Volunteer Coordinator", "Harbour Food Bank")
