"""An advert's terms of appointment and the list of documents to send ask nothing of the
candidate: their lines are no requirements, whatever the heading's first language; and a
heading in a script without capitals ("條件要求 Requirements") is still a heading."""

from __future__ import annotations

from poise.fit.job_reader import read_job

ADVERT = """# Director of Operations

## Duties

- Lead the operations team of 120 staff.

## Requirements

- At least 8 years in water utility operations.

## Warunki (Terms of appointment)

- Appointment by resolution of the Supervisory Board for a three-year term of office.
- Company car and a private medical package.

## Wymagane dokumenty (Required documents)

- Copies of diplomas and of documents confirming employment history.
- A declaration of full capacity for legal acts.
"""


def test_terms_and_documents_are_no_requirements() -> None:
    texts = [requirement.text for requirement in read_job(ADVERT).requirements]
    assert any("8 years" in text for text in texts)
    assert not any("resolution" in text or "diplomas" in text or "declaration" in text
                   for text in texts)


def test_a_section_of_terms_of_reference_duties_is_still_read() -> None:
    advert = ADVERT.replace("## Requirements", "## Experience we need")
    texts = [requirement.text for requirement in read_job(advert).requirements]
    assert any("8 years" in text for text in texts)


def test_a_heading_in_a_script_without_capitals_opens_its_section() -> None:
    advert = """Facilities Director

條件要求 Requirements
- Ten years of cleanroom facility management.

加分條件 Preferred
- Experience of a new fab construction project.
"""
    requirements = read_job(advert).requirements
    assert [requirement.must for requirement in requirements
            if "cleanroom" in requirement.text] == [True]
    assert [requirement.must for requirement in requirements
            if "construction" in requirement.text] == [False]
