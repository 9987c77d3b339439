"""An advert whose headings are list items marked with their own symbol ("■ Qualifications
(자격요건)" over "- ..." items) is read by its sections: what is asked is kept, the terms and
the process are not; a duty with its details under it, or the last item of a list before the
next heading, stays a requirement. Adverts written for these tests."""

from __future__ import annotations

from poise.fit.job_reader import read_job

MARKED = """Seohan Cold Chain Co., Ltd. – Logistics Centre Director (센터장)

■ Company Overview
- Location: Incheon, Republic of Korea
- Employees: approx. 410

■ Duties (담당업무)
1. Run inbound, storage and dispatch for a 60,000-pallet frozen warehouse
2. Lead 6 shift managers and the maintenance team
3. Cut energy cost per pallet by 10% by 2027

■ Qualifications (자격요건)
- 12 years or more in cold-chain or warehouse operations
- Experience leading a site of 300 people or more
- Business-level Korean

■ Benefits (복리후생)
- Company housing for employees relocating to Incheon
- Annual health check-up for employee and family

■ Hiring Process (전형절차)
- Document screening → interview → reference check
"""


def _texts(advert: str) -> list[str]:
    return [requirement.text for requirement in read_job(advert).requirements]


def test_headings_marked_as_items_open_their_sections() -> None:
    texts = " | ".join(_texts(MARKED))
    assert "60,000-pallet" in texts and "6 shift managers" in texts
    assert "12 years or more" in texts and "Business-level Korean" in texts
    assert "housing" not in texts and "health check-up" not in texts
    assert "Document screening" not in texts


def test_the_last_item_before_a_marked_heading_stays_a_requirement() -> None:
    assert any("Business-level Korean" in text for text in _texts(MARKED))


def test_a_duty_with_its_details_under_it_stays_a_requirement() -> None:
    advert = """Plant Manager

Responsibilities
● Lead the plant team
  - 9 direct reports and 180 operators
● Own the site budget of EUR 12 million
● Run the annual shutdown

Requirements
- 10 years in food manufacturing
"""
    texts = " | ".join(_texts(advert))
    assert "Lead the plant team" in texts
    assert "10 years in food manufacturing" in texts
