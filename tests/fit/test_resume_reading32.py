"""Résumé and advert reading of layouts the newer CVs and adverts showed: a post named by its
initials with a bracketed aside ("DPA & CSO (fleet of 12)"), a table of certificates with issue
dates and status cells, a headline of titles and a contact block at the top of the page, local
languages the lexicon does not list, and an advert's location field labelled in two languages."""

from __future__ import annotations

import pytest

from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.resume_facts import certification_candidates
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import read_header
from poise.fit.unlisted_languages import unlisted_languages

INITIALS_CV = """## Experience

**Fleet Manager** – Harbour Line Shipping Ltd., Leeds
January 2020 – present

- Lead a team of 12.

**{header}** – Harbour Line Shipping Ltd., Leeds
April 2016 – December 2019

- Ran the audits.
"""


@pytest.mark.parametrize(("header", "title"), [
    ("DPA & CSO (Designated Person Ashore / Company Security Officer)",
     "DPA & CSO (Designated Person Ashore / Company Security Officer)"),
    ("DPA & CSO (fleet of 12)", "DPA & CSO"),
    ("QA/RA", "QA/RA"),
])
def test_a_post_named_by_its_initials_is_the_title_not_the_employer(header: str, title: str) -> None:
    roles = read_resume(INITIALS_CV.format(header=header)).roles
    assert [(role.title, role.employer) for role in roles][1] == (title, "Harbour Line Shipping Ltd.")


@pytest.mark.parametrize(("line", "employer"), [
    ("KPMG – London", "KPMG"),  # initials with no organisation beside them: the employer
    ("P&O (Peninsular and Oriental) – Southampton", "P&O (Peninsular and Oriental)"),  # a body
])
def test_initials_alone_or_a_body_spelled_out_stay_the_employer(line: str, employer: str) -> None:
    header = read_header([line], patterns_for(None))
    assert (header.title, header.employer) == ("", employer)


CERT_TABLE_CV = """# Jan Roe

## Certificates of Competency

| Certificate | Issued by | Date of issue | Valid till |
|---|---|---|---|
| Master (Foreign-Going), STCW II/2 | Maritime Board, Leeds | 14.04.2009 | 13.04.2029 |
| Chief Mate (FG), STCW II/2 | Maritime Board | 06.10.2005 | Superseded |
| GMDSS General Operator's Certificate | Radio Licensing Office | 11.12.2002 | 13.04.2029 |

## Education

- Master of Science in Maritime Studies – University of Leeds, 2010
"""


def test_a_row_of_a_table_of_certificates_is_one_certificate_with_its_issuer() -> None:
    profile = read_resume(CERT_TABLE_CV)
    names = [name for name, _heading in certification_candidates(profile.lines, patterns_for(None))]
    assert names == ["Master (Foreign-Going), STCW II/2, Maritime Board, Leeds",
                     "Chief Mate (FG), STCW II/2, Maritime Board, Superseded",
                     "GMDSS General Operator's Certificate, Radio Licensing Office"]
    assert not any(name.rstrip(".").isdigit() for name in profile.certifications)


def test_a_masters_degree_under_education_is_no_certificate_of_a_rank() -> None:
    profile = read_resume(CERT_TABLE_CV)
    assert not any("Science" in name for name in profile.certifications)


HEADLINE_CV = """# ANA REYES

**Licensed Mining Engineer | Resident Mine Manager**

Blk 7 Lot 12, Villa Rosa Subdivision, Brgy. Luna, Surigao City, Surigao del Norte 8400
Mobile: +63 917 555 0101 | E-mail: ana.reyes@example.com

## PERSONAL INFORMATION

- Nationality: Filipino

## LICENSES AND CERTIFICATIONS

- ISO 14001: Internal Auditor – Quality Body Philippines, 2016
"""


def test_a_contact_block_under_a_headline_is_no_certificate() -> None:
    certifications = read_resume(HEADLINE_CV).certifications
    assert not any("@" in name or "Mobile" in name or "Blk" in name or "Nationality" in name
                   for name in certifications)
    assert any(name.startswith("ISO 14001") for name in certifications)


def test_a_licence_heading_still_lists_its_certificates() -> None:
    text = "# Jo Roe\n\n## Licences\n\n- Mobile crane operator licence, CPCS, 2015\n"
    assert read_resume(text).certifications  # "Mobile" opening a licence is no phone's label


@pytest.mark.parametrize(("value", "found"), [
    ("English (fluent), Kiswahili (fluent), Kikamba (mother tongue)", [("Kikamba", "native")]),
    ("Bhojpuri – Speaking only", [("Bhojpuri", "B1")]),
    ("English, Afrikaans, Sepedi", [("Sepedi", "")]),
    ("Sepedi | Mother tongue | Good | Fair", [("Sepedi", "native")]),
])
def test_a_local_language_in_a_list_of_languages_is_read(value: str, found: list[tuple[str, str]]
                                                        ) -> None:
    assert unlisted_languages(value, patterns_for(None)) == found


@pytest.mark.parametrize("value", [
    "Fluent (spoken and written)",  # a level alone
    "IELTS 7.5",  # a test's letters
    "Sepedi",  # a bare name with no known language beside it and no level
    "Reading – good",  # a column's name
])
def test_no_language_is_made_of_a_level_a_test_or_a_label(value: str) -> None:
    assert unlisted_languages(value, patterns_for(None)) == []


def test_local_languages_reach_the_profile() -> None:
    text = ("# Jo Roe\n\n## Languages\n\n- English – fluent\n- Dholuo – mother tongue\n"
            "- Bhojpuri – speaking only\n")
    languages = dict(read_resume(text).languages)
    assert languages["Dholuo"] == "native" and "Bhojpuri" in languages


BILINGUAL_LABEL_JOB = """# Operations Director

**Sinar Nikel Industri**

- Lokasi / Location: Kawasan Industri Pesisir, Kabupaten Morowali, Sulawesi Tengah
- Status: Permanent

## Requirements
- Ten years running a smelter.
"""


def test_a_location_field_labelled_in_two_languages_gives_the_place() -> None:
    assert "Morowali" in read_job(BILINGUAL_LABEL_JOB).location


def test_a_field_labelled_in_two_languages_that_is_no_location_gives_none() -> None:
    text = BILINGUAL_LABEL_JOB.replace("Lokasi / Location", "Status / Kontrak")
    assert "Morowali" not in read_job(text).location


SEA_SERVICE_CV = """# Jo Roe

## Certificates and Sea Service

| Certificate | Issued by | Date of issue |
|---|---|---|
| Master (Foreign-Going), STCW II/2 | Maritime Board | 14.04.2009 |
| Master of Business Administration | University of Leeds | 01.07.2012 |

| Rank | Vessel | Type | DWT | Company | Sign on | Sign off |
|---|---|---|---|---|---|---|
| Master | MT Northern Star | Product tanker | 37,200 | Harbour Line Ltd, Leeds | 15.09.2011 | 10.04.2012 |
| Chief Officer | MV Kestrel Bay | Bulk carrier | 57,000 | Harbour Line Ltd, Leeds | 12.03.2008 | 10.09.2008 |
"""


def test_a_sea_service_table_gives_posts_and_no_certificates() -> None:
    profile = read_resume(SEA_SERVICE_CV)
    assert profile.certifications == ("Master (Foreign-Going), STCW II/2, Maritime Board",)
    assert [role.title for role in profile.roles] == ["Master (MT Northern Star)",
                                                       "Chief Officer (MV Kestrel Bay)"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Chief Mate (FG) 06.10.2005 Superseded", "Chief Mate (FG) Superseded"),
    ("PMP, 12.2019", "PMP"),
    ("Six Sigma Green Belt, 03/2016 – 2019", "Six Sigma Green Belt"),
    ("Level 3 Award, 31.12.", "Level 3 Award, 31.12."),  # a day and month with no year stay
])
def test_a_date_with_its_day_goes_whole(text: str, kept: str) -> None:
    from poise.fit.resume_facts import _without_dates

    assert _without_dates(text) == kept


def test_numbered_modules_are_a_certificate_not_an_address() -> None:
    text = ("# Jo Roe\n\n## Certifications\n\n- CMFAS Modules 1A, 5, 6 and 6A\n"
            "- SAMTRAC, NOSA, 2010\n")
    certifications = read_resume(text).certifications
    assert any(name.startswith("CMFAS") for name in certifications)


def test_a_courses_table_keeps_the_institute_and_drops_topic_and_country() -> None:
    text = """# Jo Roe

## Training Summary

| Training Title | Topic | Institute | Country | Year |
|---|---|---|---|---|
| Fire Safety Management | Building & fire safety | Harbour Safety Institute | Bangladesh | 2014 |
"""
    names = [name for name, _heading in certification_candidates(read_resume(text).lines,
                                                                 patterns_for(None))]
    assert names == ["Fire Safety Management, Harbour Safety Institute"]


def test_a_dated_row_keeps_its_name_even_in_lower_case() -> None:
    text = ("# Jo Roe\n\n## Further Training\n\n| | |\n|---|---|\n"
            "| 2010 | Internal auditor ISO/TS 16949 (in-house training) |\n")
    names = [name for name, _heading in certification_candidates(read_resume(text).lines,
                                                                 patterns_for(None))]
    assert names == ["Internal auditor ISO/TS 16949 (in-house training)"]


def test_a_programming_language_in_a_list_of_languages_is_no_spoken_language() -> None:
    from datetime import date

    from poise.fit.resume_reader import read_resume

    resume = read_resume("# Ann Lee\nAustin, TX · ann@example.com\n\n## Experience\n"
                         "### VP Engineering — Acme Inc, Austin\n2019 – present\n- Lead 120 engineers.\n"
                         "\n## Languages\nEnglish (native), Spanish (fluent), Python (advanced), Java, "
                         "Kikamba (mother tongue)\n", today=date(2025, 6, 1))
    names = [name for name, _ in resume.languages]
    assert "Python" not in names and "Java" not in names
    assert "Kikamba" in names and "Spanish" in names
