"""Drafts read the night before on new pairs (rounds 11 and 12): each fix, with invented examples
in the shape of what was found, and the checks that now catch the old wording."""

from __future__ import annotations

import pytest

from poise.fit.concerns.evidence import shown_gap
from poise.fit.concerns.wording import _plausible_employer, first_person_clause
from poise.fit.quantities import amounts_in
from poise.followup.draft_check import repeated_evidence, sentence_problems
from poise.followup.letter import need_phrase
from poise.followup.voice import commitment

# --- a profile sentence already in the first person is not told again -----------------------------


@pytest.mark.parametrize("line", [
    "I am currently Director of Facilities at a regional college, where I run a £9m budget",
    "My remit spans four depots and 210 drivers",
    "We rebuilt the planning cycle across three plants",
])
def test_a_line_in_the_first_person_is_not_restated(line: str) -> None:
    assert first_person_clause(line, current=True) == ""


def test_an_action_line_is_still_restated() -> None:
    assert first_person_clause("Opened 6 clinics in two years", current=False) == \
        "I opened 6 clinics in two years"


def test_checker_flags_a_first_person_sentence_inside_a_clause() -> None:
    sentence = ("In my previous roles, I was the I am currently Director of Facilities at a "
                "regional college.")
    kinds = [problem.kind for problem in sentence_problems(sentence)]
    assert "subject said twice" in kinds


# --- a plan that is a sentence already gets no "I will" ------------------------------------------


def test_a_purpose_clause_before_its_own_subject_is_kept() -> None:
    plan = ("To close the gap quickly, within my first 60 days I would agree three goals with "
            "you and report on them monthly.")
    assert commitment(plan) == plan


def test_an_order_still_becomes_a_commitment() -> None:
    assert commitment("To book the exam before June") == "I will book the exam before June."


def test_checker_flags_two_clauses_spliced_with_a_comma() -> None:
    sentence = ("I will close the gap quickly, within my first 60 days I would agree three goals "
                "with you.")
    assert "comma splice" in [problem.kind for problem in sentence_problems(sentence)]
    joined = ("In my first month I would meet each manager, and by day 60 I would agree three "
              "goals with you.")
    assert "comma splice" not in [problem.kind for problem in sentence_problems(joined)]


# --- the letter names a need as a noun phrase ------------------------------------------------------


@pytest.mark.parametrize(("requirement", "phrase"), [
    ("You've launched payment products to paying merchants, not only pilots",
     "someone who has launched payment products to paying merchants, not only pilots"),
    ("Fluent in Portuguese, spoken and written", "someone fluent in Portuguese, spoken and written"),
    ("You're comfortable with a fast-moving board agenda",
     "someone comfortable with a fast-moving board agenda"),
    ("Proficiency in French and Dutch", "proficiency in French and Dutch"),
])
def test_a_need_written_about_the_reader_reads_after_looking_for(requirement: str,
                                                                  phrase: str) -> None:
    assert need_phrase(requirement) == phrase


def test_a_need_that_is_a_name_keeps_its_capitals() -> None:
    assert need_phrase("Master of Science in Nursing").endswith("Master of Science in Nursing")


@pytest.mark.parametrize("sentence", [
    "You are looking for you've launched payment products: I launched two.",
    "You also need fluent in Portuguese, and I speak Portuguese.",
])
def test_checker_flags_a_need_that_is_no_noun(sentence: str) -> None:
    assert "need not a noun" in [problem.kind for problem in sentence_problems(sentence)]


# --- a partial match names the part it lacks as a noun phrase -------------------------------------


@pytest.mark.parametrize(("missing", "said"), [
    ("4 shown; 6 asked", "but not all of it"),
    ("not clearly shown: see above", "but not all of it"),
    ("not clearly shown: Bachelor's degree", "but not a Bachelor's degree"),
    ("Yellow Belt shown; Green Belt asked", "but not Green Belt"),
])
def test_the_missing_part_is_a_noun_phrase(missing: str, said: str) -> None:
    assert shown_gap(missing) == said


# --- a duration read as an employer is never said as one ------------------------------------------


@pytest.mark.parametrize("name", ["4 years 1 month", "11 months", "2 yrs"])
def test_a_duration_is_no_employer(name: str) -> None:
    assert not _plausible_employer(name)


def test_a_company_is_an_employer() -> None:
    assert _plausible_employer("Northgate Freight")


# --- US dollars are not Singapore dollars ---------------------------------------------------------


def test_us_dollars_keep_their_currency() -> None:
    assert [currency for _value, currency, _kind in
            amounts_in("Ran a technology budget of US$ 7.5M a year")] == ["USD"]
    assert [currency for _value, currency, _kind in amounts_in("Ran a budget of S$3M")] == ["SGD"]


# --- one long employer name said in two answers is no repeated result -----------------------------


def test_an_employer_named_twice_is_no_evidence_said_again() -> None:
    resume = ("- Ran estates for Saint Columba and Riverside Community Health Partnership Trust "
              "across five sites\n")
    answers = [
        "At Saint Columba and Riverside Community Health Partnership Trust, I wrote the plan.",
        "That is fair: at Saint Columba and Riverside Community Health Partnership Trust, I led 80 staff.",
    ]
    assert repeated_evidence(answers, resume=resume) == []
