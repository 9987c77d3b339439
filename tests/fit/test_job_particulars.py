"""Lines of an advert that ask nothing of the candidate stay out of the requirements: the post's
particulars ("Job grade: Band 11"), the employer in figures, the pay under any heading, prose
that tells of the employer under a duties heading, and a heading known by its gloss in brackets;
while duties written in the same shapes are still read."""

from __future__ import annotations

from poise.fit.job_reader import read_job


def texts(advert: str) -> list[str]:
    return [requirement.text for requirement in read_job(advert).requirements]


ADVERT = """# Head of Operations – Harbour Works

**Northgate Harbour Authority**

- Reference code: HB-2291
- Pay grade: Grade 9 (Senior Leader)
- Work pattern: Full-time, with a weekend rota
- Experience: 10 years in port operations

## Om hamnen (About the harbour)

Zahlen & Fakten (facts and figures):

- 3 container berths and 2 ferry terminals
- 640 staff across two sites

## Job summary

Northgate is a trust port handling 9 million tonnes a year.
Vessel delays are running at 11% of calls.
You will lead a team of six terminal managers and cut vessel delays below 5%.

## Key performance areas

- Safety: Act as the accountable person under the harbour safety code
- Production: Achieve berth productivity of 30 moves an hour

| Outcome | Measure |
|---|---|
| Partnerships | Joint plans with the two shipping lines are agreed and reviewed each quarter |

## Remuneration

- A company vehicle with a fuel card
- A long-term incentive plan

The successful candidate will be subject to background and academic credential verification.
"""


def test_the_posts_particulars_are_not_requirements_but_a_field_that_asks_still_is() -> None:
    read = texts(ADVERT)
    assert not any(text.startswith(("Reference code", "Pay grade", "Work pattern")) for text in read)
    assert any(text.startswith("Experience: 10 years") for text in read)


def test_the_employer_in_figures_under_a_glossed_heading_is_not_a_requirement() -> None:
    read = texts(ADVERT)
    assert not any("berths" in text or "640 staff" in text for text in read)


def test_prose_telling_of_the_employer_under_a_duties_heading_is_not_a_duty() -> None:
    read = texts(ADVERT)
    told = ("Northgate is a trust port", "Vessel delays are running")
    assert not any(text.startswith(told) for text in read)
    assert any(text.startswith("You will lead a team of six terminal managers") for text in read)


def test_duties_given_with_their_area_and_outcomes_in_a_table_are_still_read() -> None:
    read = texts(ADVERT)
    assert any("accountable person under the harbour safety code" in text for text in read)
    assert any("Achieve berth productivity" in text for text in read)
    assert any("Joint plans with the two shipping lines" in text for text in read)


def test_the_pay_under_remuneration_and_a_verification_check_are_not_requirements() -> None:
    read = texts(ADVERT)
    assert not any("vehicle" in text or "incentive plan" in text for text in read)
    assert not any("credential verification" in text for text in read)
