"""Counts, sums of money and unfinished courses compared with what a requirement asks: a number of
things, an amount of money or a rung shown below it keeps the requirement below strong."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.extract import read_job
from poise.fit.ladders import asked_rungs, held_texts, rungs_in, shown_rungs
from poise.fit.lexicon import patterns_for
from poise.fit.quantities import counts_in
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import shortfalls

RESUME = """# Priya Nandakumar
Leeds, UK

## Experience
Head of Student Services, Northfield College, Leeds, 2018 – present
- Ran support services for a campus of 9,200 learners across 3 campuses.
- Brought in $300,000 in donor gifts for a hardship fund.
- Held a $2m operating budget.

## Education
MA Higher Education Leadership, Pennine University
2024 – present (60 of 180 credits done)
BSc Psychology, Pennine University, 2004

## Certifications
International Compliance Association Certificate in Compliance, 2016
"""


def _requirement(text: str):
    job = "# Dean\n\n## Requirements\n" + f"- {text}\n"
    return read_job(job).requirements[0]


def _shortfalls(text: str) -> list[str]:
    resume = read_resume(RESUME, today=TODAY)
    return shortfalls(_requirement(text), resume, patterns_for())


@pytest.mark.parametrize(
    ("line", "counted"),
    [("a region of 40,000+ pupils", [(40000.0, "pupil")]),
     ("two wards and 6 acute clinics", [(6.0, "clinic")]),
     ("looked after 12 depots delivering parcels", [(12.0, "depot")]),
     ("12 years in retail and 5% growth", []),
     ("joined in 2015 with £4m of stock", []),
     ("over 2 stages of a rollout", [])],
)
def test_a_count_is_a_number_and_the_thing_it_counts(line, counted):
    assert counts_in(line) == counted


def test_fewer_things_counted_than_asked_is_a_shortfall():
    assert _shortfalls("Experience in a setting of 15,000 learners") == [
        "9,200 learners shown; 15,000 asked"]


def test_as_many_things_as_asked_or_things_never_counted_are_no_shortfall():
    assert _shortfalls("Experience across 3+ campuses") == []
    assert _shortfalls("Experience running 4 libraries") == []  # never counted on the résumé
    assert _shortfalls("20,000 learners or 5 campuses") == []  # a choice: met another way


def test_a_smaller_sum_of_the_same_kind_is_a_shortfall_but_a_budget_is_not_that_kind():
    # The $2m budget is money held, not money raised: only the $300k compares.
    assert _shortfalls("Lead a $1 million fundraising campaign") == ["$300k shown; $1M asked"]
    assert _shortfalls("Lead a $250,000 fundraising campaign") == []


def test_a_degree_still_being_studied_is_not_held():
    resume = read_resume(RESUME, today=TODAY)
    patterns = patterns_for()
    shown = shown_rungs(held_texts(resume.lines, patterns), patterns)
    assert shown["degree"][0].name == "Bachelor's degree"
    assert _shortfalls("Master's degree in education or equivalent") == [
        "Bachelor's degree shown; Master's degree asked"]


def test_a_finished_degree_with_its_years_below_it_is_held():
    text = "# A\n\n## Education\nMSc Management, Kestrel University\n2015 – 2017\n"
    resume = read_resume(text, today=TODAY)
    patterns = patterns_for()
    shown = shown_rungs(held_texts(resume.lines, patterns), patterns)
    assert shown["degree"][0].name == "Master's degree"


def test_compliance_awards_compare_by_rung():
    patterns = patterns_for()
    asked = asked_rungs("ICA Advanced Certificate in AML or higher", patterns)
    assert asked["ica_compliance"].name == "ICA Advanced Certificate"
    shown = rungs_in("ICA Postgraduate Diploma in Financial Crime", patterns)
    # The award's own ladder, and the degree ladder's rung for a postgraduate diploma.
    assert [rung.name for rung in shown] == [
        "ICA Postgraduate Diploma", "Postgraduate certificate or diploma"]
    assert _shortfalls("ICA Diploma in Governance, Risk and Compliance") == [
        "ICA Certificate shown; ICA Diploma asked"]


def test_or_more_raises_a_floor_and_offers_no_choice():
    assert _shortfalls("Lead fundraising campaigns of $1 million or more") == [
        "$300k shown; $1M asked"]


STATED = """# Lena Hart
Leeds, UK

## Summary
Logistics leader with 17 years in distribution, including 4 years running cold-chain depots.

## Experience
Operations Director, Coldline Ltd, Leeds, 2009 – present
- Run 6 depots.
"""


def test_the_candidates_own_count_of_a_later_span_short_of_the_one_asked():
    resume = read_resume(STATED, today=TODAY)
    found = shortfalls(_requirement("12+ years in distribution, including 6+ years running "
                                     "cold-chain depots"), resume, patterns_for())
    assert found == ["4 years running cold-chain depots shown; 6 asked"]
    # A later span in other words than the statement's is left to the other checks.
    assert shortfalls(_requirement("12+ years in distribution, including 6+ years in retail "
                                   "buying"), resume, patterns_for()) == []


def test_the_last_part_of_a_career_is_a_stated_span():
    from poise.fit.years import stated_leading_years, stated_spans

    line = "Engineering leader with 19 years in software, the last five leading managers."
    assert stated_spans(line) == [(5.0, "leading managers")]
    assert stated_leading_years(line) == 5.0


def test_a_place_of_study_named_asks_for_no_degree():
    from tests.fit.conftest import hash_embed

    from poise.fit.match import match_requirements, similarity

    job = read_job("# Dean\n\n## Requirements\n- Experience at a public university of 20,000 "
                   "students\n- Master's degree in education\n")
    resume = read_resume(RESUME, today=TODAY)
    matches = match_requirements(job, resume, similarity(job, resume, hash_embed),
                                 patterns_for())
    kinds = [[verdict.kind for verdict in match.verdicts] for match in matches]
    assert "education" not in kinds[0]
    assert "education" in kinds[1] or "certification" in kinds[1]


def test_separate_certificates_of_one_body_are_not_rungs_of_each_other():
    patterns = patterns_for()
    assert "apics" not in asked_rungs("APICS CSCP certification", patterns)
    assert [rung.name for rung in rungs_in("APICS CPIM, 2012", patterns)] == ["CPIM"]


def test_a_rung_counts_only_for_the_scheme_its_list_item_names():
    patterns = patterns_for()
    found = {rung.ladder: rung.name
             for rung in rungs_in("Delivery (PRINCE2 Practitioner, MSP Foundation)", patterns)}
    assert found == {"prince2": "PRINCE2 Practitioner", "msp": "MSP Foundation"}


def test_an_awarding_body_is_not_the_qualification_it_awards():
    from tests.fit.conftest import hash_embed

    from poise.fit.match import match_requirements, similarity

    text = ("# K\n\n## Experience\nBuyer, Arden Tools, Leeds, 2015 – present\n\n## Certifications\n"
            "APICS CPIM, 2012\nApprenticeship in retail (IHK), 2001\n")
    resume = read_resume(text, today=TODAY)
    job = read_job("# Head of Supply\n\n## Requirements\n- APICS CSCP certification\n"
                   "- Qualification as Fachwirt (IHK)\n")
    matches = match_requirements(job, resume, similarity(job, resume, hash_embed), patterns_for())
    certification = [[verdict.strength for verdict in match.verdicts
                      if verdict.kind == "certification"] for match in matches]
    assert "strong" not in certification[0]
    assert "strong" not in certification[1]


def test_degree_abbreviations_joined_to_their_subject_name_their_level():
    patterns = patterns_for()
    assert [r.name for r in rungs_in("B.Arch (Hons), Northfield School of Design", patterns)] == [
        "Bachelor's degree"]
    assert [r.name for r in rungs_in("MPharm, University of Eastmoor, 2011", patterns)] == [
        "Master's degree"]
    assert [r.name for r in rungs_in("M.Ed in Educational Leadership", patterns)] == [
        "Master's degree"]
    # An initial before a surname is no degree.
    assert rungs_in("Referee: M. Okafor, Finance Director", patterns) == []
    assert rungs_in("Reported to B. Lindqvist", patterns) == []
