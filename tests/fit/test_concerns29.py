"""A lower rung of a command ladder or a professional body's grade is a level concern, and an
institute's own name is no chartered grade; a contract review attended is not a contract
managed; a sector the advert names for its customers is no move into it; a prison or police
career is public service and a local MP is an elected member; a certificate's name is no
international remit. Lines written for these tests."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.attended import attended_only
from poise.fit.concerns.customers import customer_mentions
from poise.fit.concerns.markets import abroad_asked
from poise.fit.concerns.sector import stated_sectors
from poise.fit.ladders import rungs_in
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

# --- ladders: command levels, and an institute's name ---------------------------------------------


@pytest.mark.parametrize(("text", "rung"), [
    ("Silver Commander accreditation, renewed 2024", "Silver Commander"),
    ("Sits on the regional gold command rota", "Gold Commander"),
    ("Bronze Commander for public-order events", "Bronze Commander"),
    ("CIPS Level 4 Diploma in Procurement and Supply", "CIPS Level 4"),
    ("MCIPS (Chartered Institute of Procurement & Supply)", "MCIPS"),
    ("Chartered member of the CIPD", "CIPD Level 7"),
])
def test_a_rung_is_read_by_its_own_words(text: str, rung: str) -> None:
    assert rung in [found.name for found in rungs_in(text, patterns_for(None))]


@pytest.mark.parametrize(("text", "not_rung"), [
    ("Chartered Institute of Procurement & Supply (CIPS)", "MCIPS"),
    ("Student member, Chartered Institute of Personnel and Development (CIPD)", "CIPD Level 7"),
])
def test_an_institutes_own_name_is_no_chartered_grade(text: str, not_rung: str) -> None:
    assert not_rung not in [found.name for found in rungs_in(text, patterns_for(None))]


@pytest.mark.parametrize("text", [
    "Won a silver medal at the regional rowing championships",
    "Gold award for customer service, 2022",
    "Command and control room upgrade delivered on time",
])
def test_a_metal_or_a_command_room_is_no_command_rung(text: str) -> None:
    assert not [found for found in rungs_in(text, patterns_for(None))
                if found.ladder == "incident_command"]


COMMAND_JOB = """# Area Director

## Requirements
- Current Silver Commander accreditation
- Gold Commander accreditation is desirable
- At least 10 years of operational leadership in emergency services
"""

COMMAND_RESUME = """# Sam Ortega
Leeds, United Kingdom

## Experience
### Group Manager — West Riding Fire and Rescue Service
April 2016 – present
- Silver Commander on the service rota; commanded 14 major incidents
- Led 120 firefighters across six stations

## Qualifications
- Silver Commander accreditation, renewed 2024
"""


def test_silver_held_for_gold_desired_is_a_level_concern() -> None:
    found = assess(COMMAND_JOB, COMMAND_RESUME, embed=hash_embed, today=TODAY).concerns
    assert "certification_level" in [concern.kind for concern in found]


def test_gold_held_for_gold_desired_is_no_level_concern() -> None:
    resume = COMMAND_RESUME.replace("Silver Commander accreditation, renewed",
                                    "Gold Commander accreditation, renewed")
    found = assess(COMMAND_JOB, resume, embed=hash_embed, today=TODAY).concerns
    assert "certification_level" not in [concern.kind for concern in found]


# --- a contract review attended is not a contract managed -----------------------------------------

@pytest.mark.parametrize(("text", "attended"), [
    ("Attend the quarterly contract review with the FM provider.", True),
    ("Sat on the supplier governance board for the catering contract.", True),
    ("Managed the FM contract and its twelve service levels.", False),
    ("Chair the quarterly contract review with the FM provider.", False),
    ("Oversaw the cleaning contractor's performance against its service levels.", False),
])
def test_outsourcing_words_under_a_verb_of_attending_are_attended_only(
        text: str, attended: bool) -> None:
    patterns = patterns_for(None)
    evidence = patterns.evidence["outsourcing"]
    assert any_match(evidence, text) is not None
    assert attended_only(text, evidence, patterns.evidence["attends_only"]) is attended


CONTRACT_JOB = """# Head of Estates

## Essential criteria
- Experience of managing contracted services against contract terms
- Degree or equivalent experience
"""

CONTRACT_RESUME = """# Robin Hale
York, United Kingdom

## Experience
### Deputy Head of Estates — Northfield College, York
May 2018 – present
- Lead a team of 22 estates staff across three campuses
- {line}
"""


def test_only_attending_contract_reviews_raises_the_outsourcing_concern() -> None:
    resume = CONTRACT_RESUME.format(line="Attend the monthly contract review with the cleaning provider")
    found = assess(CONTRACT_JOB, resume, embed=hash_embed, today=TODAY).concerns
    raised = [concern for concern in found if concern.kind == "outsourcing_vendor"]
    assert raised and "attended" in raised[0].title.lower()


def test_running_the_contract_review_raises_no_outsourcing_concern() -> None:
    resume = CONTRACT_RESUME.format(line="Managed the cleaning contract and chaired its monthly review")
    found = assess(CONTRACT_JOB, resume, embed=hash_embed, today=TODAY).concerns
    assert "outsourcing_vendor" not in [concern.kind for concern in found]


# --- a sector named for the customers ---------------------------------------------------------------

@pytest.mark.parametrize(("line", "count"), [
    ("Lead key account management with European retail customers.", 1),
    ("Customers: fashion and discount retailers in Germany and Spain.", 1),
    ("Our clients include regional retailers and wholesalers.", 1),
    ("We are a leading retailer with 300 stores.", 0),
    ("Experience of running a retail business with a store network.", 0),
])
def test_a_sector_word_counts_as_customers_only_inside_their_phrase(line: str, count: int) -> None:
    patterns = patterns_for(None)
    retail = next(matcher.regex for matcher in patterns.industries if matcher.industry.id == "retail")
    assert customer_mentions(line, retail, patterns.evidence["customer_nouns"]) == count


MAKER_JOB = """# General Manager, Knitwear Plant

Anatolia Knit is a garment manufacturer with two factories.
- Customers: discount retailers in Germany, the Netherlands and the UK
- Lead sales with European retail customers
- Run manufacturing on both campuses with lean methods
- At least 10 years in apparel manufacturing
"""

MAKER_RESUME = """# Arun Pillai
Tiruppur, India

## Summary
Manufacturing leader with 18 years in garment manufacturing.

## Experience
### Plant Head — Kaveri Knits, Tiruppur
June 2015 – present
- Run manufacturing for three knitting and sewing units, 2,400 staff
- Cut lead times by 20% with lean manufacturing
"""


def test_a_maker_selling_to_retailers_is_no_move_into_retail() -> None:
    found = assess(MAKER_JOB, MAKER_RESUME, embed=hash_embed, today=TODAY).concerns
    assert "industry_switch" not in [concern.kind for concern in found]


def test_a_retailer_advert_for_a_maker_is_still_a_move() -> None:
    job = """# Regional Director, Stores

Brightway is a retailer with 300 stores across the region.
- Lead 40 retail stores and their store managers
- Grow footfall and basket size in our retail network
- At least 10 years of multi-site leadership
"""
    found = assess(job, MAKER_RESUME, embed=hash_embed, today=TODAY).concerns
    assert "industry_switch" in [concern.kind for concern in found]


# --- public service, elected members ------------------------------------------------------------------

def test_years_in_the_prison_service_state_a_public_sector_career() -> None:
    resume = read_resume("# Dana Lee\nLeeds\n\n## Profile\nDeputy Governor with nineteen years in "
                         "the Prison Service, from landing officer to deputy.\n", today=TODAY)
    assert "public_sector" in stated_sectors(resume, patterns_for(None))


@pytest.mark.parametrize(("text", "elected"), [
    ("Brief the local MP on the recovery plan", True),
    ("Briefed two MSPs on the ward closures", True),
    ("Presented to a Member of Parliament and the council cabinet", True),
    ("Migrated the MPLS network to SD-WAN", False),
    ("Reduced mp3 licensing costs", False),
])
def test_a_single_mp_is_an_elected_member(text: str, elected: bool) -> None:
    found = any_match(patterns_for(None).evidence["elected_members"], text) is not None
    assert found is elected


# --- a record across countries ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "asked"), [
    ("Operations experience in more than one African country.", True),
    ("Experience in several European markets is an advantage.", True),
    ("Experience working with different business units.", False),
])
def test_a_count_of_countries_with_a_qualifier_asks_a_record_abroad(text: str, asked: bool) -> None:
    assert abroad_asked(text) is asked


ABROAD_JOB = """# Chief Operating Officer
Location: Accra, Ghana

## Preferred
- Operations experience in more than one African country.
"""

ABROAD_RESUME = """# Kunle Adeyemi
Lagos, Nigeria

## Experience
### Director of Network Operations — Verra Mobile, Lagos, Nigeria
January 2015 – present
- Ran operations for 9,500 sites across the South and West regions of Nigeria

## Certifications
- {certificate}
"""


def test_a_certificates_name_is_no_record_across_countries() -> None:
    resume = ABROAD_RESUME.format(certificate="NEBOSH International General Certificate, 2019")
    found = assess(ABROAD_JOB, resume, embed=hash_embed, today=TODAY).concerns
    assert "domestic_only" in [concern.kind for concern in found]


def test_work_in_two_countries_answers_the_record_across_countries() -> None:
    resume = ABROAD_RESUME.format(certificate="PMP, 2018").replace(
        "- Ran operations for", "- Ran operations in Nigeria and Ghana for")
    resume = resume.replace("### Director", "### Regional Director").replace(
        "Lagos, Nigeria\nJanuary", "Lagos, Nigeria and Accra, Ghana\nJanuary")
    found = assess(ABROAD_JOB, resume, embed=hash_embed, today=TODAY).concerns
    assert "domestic_only" not in [concern.kind for concern in found]


# --- conditions confirmed, qualities named: no missing must-have -------------------------------------

CONDITION_JOB = """# Director of Libraries

## Minimum qualifications
- {line}
- At least 5 years of public library leadership
"""

CONDITION_RESUME = """# Jo Park
Springfield, Illinois, United States

## Experience
### Deputy Director — Springfield Public Library
March 2017 – present
- Lead 58 staff across six branches and a $6M budget

## Education
- MLS, University of Illinois, 2005
"""


@pytest.mark.parametrize("line", [
    "Valid driver's license with an acceptable driving record.",
    "Access to appropriate transport, as the post involves travel across the county.",
    "Strong social skills and negotiating skills.",
    "A deep personal commitment to public service.",
])
def test_a_condition_or_a_quality_the_resume_is_silent_on_is_no_missing_must_have(line: str) -> None:
    found = assess(CONDITION_JOB.format(line=line), CONDITION_RESUME, embed=hash_embed,
                   today=TODAY).concerns
    assert "missing_must_have" not in [concern.kind for concern in found]


def test_a_record_the_resume_is_silent_on_is_still_a_missing_must_have() -> None:
    line = "Proven experience leading a capital bond program of $30 million or more."
    found = assess(CONDITION_JOB.format(line=line), CONDITION_RESUME, embed=hash_embed,
                   today=TODAY).concerns
    assert "missing_must_have" in [concern.kind for concern in found]


@pytest.mark.parametrize(("text", "sector"), [
    ("Operations manager of a ski area with 3 chairlifts", "hospitality"),
    ("Prepared the application under the cable car funding programme", "hospitality"),
])
def test_ski_and_cable_car_operators_read_as_tourism(text: str, sector: str) -> None:
    matchers = [matcher for matcher in patterns_for(None).industries
                if matcher.industry.id == sector]
    assert matchers and matchers[0].regex.search(text)
