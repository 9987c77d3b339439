"""Three readings of a résumé and its drafts: an organisation's name that holds a job-title word
inside it ("Al Noor Specialist Hospital") is an employer, not a title, so a unit after a title's
dash stays part of the title; a postcode written with a hyphen ("7520-109 Sines") is no phone
number cutting the address short; and "and" between two nouns ("district metering and leak
detection") is not read as a second action told in the first person. Texts written for these
tests; each reading is checked both ways."""

from __future__ import annotations

from poise.fit.concerns.wording import first_person_clause
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import classify, organisation_headed, read_header

EXPERIENCE = "\n\nExperience\nHead of Finance, Dale Foods Ltd, Leeds\nMar 2018 – present\n"


def test_an_organisation_noun_that_closes_a_name_makes_it_an_employer() -> None:
    patterns = patterns_for(None)
    assert organisation_headed("Al Noor Specialist Hospital, Riyadh, KSA", patterns)
    assert classify("Al Noor Specialist Hospital, Riyadh, KSA", patterns).kind == "employer"
    # a job-title word at either end heads a title, whatever organisation word it holds
    assert not organisation_headed("Hospital Manager", patterns)
    assert not organisation_headed("Director, City Hospital", patterns)
    assert classify("Hospital Manager", patterns).kind == "title"


def test_a_unit_after_the_titles_dash_stays_with_the_title() -> None:
    patterns = patterns_for(None)
    header = read_header(["Ward Manager – Cardiac Care", "Al Noor Specialist Hospital, Riyadh, KSA"],
                         patterns)
    assert header.employer == "Al Noor Specialist Hospital"
    assert header.title == "Ward Manager – Cardiac Care"


def test_a_hyphenated_postcode_is_no_phone_number() -> None:
    text = ("Rita Sousa\n- Address: Rua das Flores 12, 3.º Dto., 4050-262 Porto (Portugal)\n"
            "- Telephone: +351 912 000 111")
    assert read_resume(text + EXPERIENCE).location.startswith("Porto")


def test_a_phone_number_after_an_address_still_ends_it() -> None:
    text = "Tom Reed\nAddress: 22 Mill Lane, Didsbury, Manchester M20 2AB +44 7700 900123"
    assert read_resume(text + EXPERIENCE).location == "Manchester"


def test_two_nouns_joined_by_and_are_not_a_second_action() -> None:
    told = first_person_clause("Cut water losses from 24% to 13% through zone metering and leak "
                               "detection", current=True)
    assert "I leak" not in told
    assert told.endswith("zone metering and leak detection")


def test_a_second_action_under_the_present_role_keeps_its_subject() -> None:
    told = first_person_clause("Reported termly to the governors and attend its committees",
                               current=True)
    assert told == "I reported termly to the governors, and I attend its committees"
