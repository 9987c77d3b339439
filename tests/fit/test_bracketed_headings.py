"""Adverts that mark their sections with brackets ("【Requirements (Must)】", "[Job Title]") and
their items with the middle dot of Japanese lists ("・"), as Japanese and Chinese employers write
them in English."""

from __future__ import annotations

from poise.fit.job_reader import read_job
from poise.fit.text import join_wrapped

FILLER = "\n".join(f"Facility {number}: cold store in the Kanto region" for number in range(30))

ADVERT = f"""[Job Title] Warehouse General Manager – Kobe Port Centre

Seto Freight Co., Ltd.

【Company Overview】
Head Office: Kita-ku, Sapporo
Employees: 3,100
{FILLER}

【Job Description】
・Run the Kobe Port Centre (safety, quality, cost)
・Lead about 9 section managers and their shift leaders

【Requirements (Must)】
・8 years or more of experience in warehouse operations
・Business-level Japanese (JLPT N2 or above)

【Requirements (Welcome)】
・Experience with a WMS migration
・Forklift licence

【Employment Conditions】
Employment type: Full-time regular employee
Trial period: 3 months

【Work Location】
Kobe Port Centre, Higashinada-ku, Kobe (10 min walk from the station)
"""


def test_bracketed_headings_open_their_sections_and_dotted_items_are_read() -> None:
    job = read_job(ADVERT)
    by_text = {item.text: item for item in job.requirements}
    assert by_text["Run the Kobe Port Centre (safety, quality, cost)"].section == "duties"
    assert by_text["8 years or more of experience in warehouse operations"].must
    assert by_text["Business-level Japanese (JLPT N2 or above)"].section == "must"
    # "(Welcome)" after the requirements marks the ones that help, not the ones asked
    assert by_text["Experience with a WMS migration"].section == "nice"
    assert not by_text["Forklift licence"].must


def test_the_terms_under_a_bracketed_heading_are_not_requirements() -> None:
    texts = " ".join(item.text for item in read_job(ADVERT).requirements)
    assert "Employment type" not in texts and "Trial period" not in texts
    assert "【" not in texts and "Work Location" not in texts


def test_a_bracketed_heading_is_never_joined_to_the_line_under_it() -> None:
    lines = [line for _, line in join_wrapped(ADVERT, paragraphs=True)]
    assert "【Employment Conditions】" in lines
    assert "Employment type: Full-time regular employee" in lines


def test_the_work_location_section_names_the_place_not_the_head_office() -> None:
    job = read_job(ADVERT)
    assert "Kobe" in job.location
    assert "Sapporo" not in job.location


def test_a_title_after_a_bracketed_label_is_read_without_the_label() -> None:
    assert read_job(ADVERT).title.startswith("Warehouse General Manager")


def test_a_greeting_is_not_a_heading_of_wished_for_skills() -> None:
    advert = """Operations Director

## Welcome to Seto Freight
- We run 14 cold stores across western Japan
- Our teams ship for 300 brands

## Requirements
- 10 years in cold-chain logistics
"""
    job = read_job(advert)
    assert all(item.section != "nice" for item in job.requirements)
    assert any(item.text == "10 years in cold-chain logistics" and item.must
               for item in job.requirements)


def test_a_line_that_only_opens_with_brackets_is_not_a_heading() -> None:
    advert = """Site Manager

【Requirements】
・[Essential] 5 years running a distribution site
・[Desirable] Experience with a labour union
"""
    texts = [item.text for item in read_job(advert).requirements]
    assert len(texts) == 2
    assert any("5 years running a distribution site" in text for text in texts)
