"""Drafts read the night before on new pairs (rounds 8 to 10): each fix, with invented examples in
the shape of what was found, and the checks that now catch the old wording."""

from __future__ import annotations

import pytest

from poise.fit.concerns.wording import first_person_clause
from poise.fit.lexicon import patterns_for
from poise.followup.draft_check import check_text, sentence_problems
from poise.followup.letter import need_phrase
from poise.followup.voice import commitment, spoken_name


def _kinds(text: str) -> list[str]:
    return [problem.kind for _, problems in check_text(text) for problem in problems]


# --- a part named by a noun is the candidate's, not a remit over a person ------------------------


def test_a_holder_is_told_as_the_candidates_part() -> None:
    told = first_person_clause("Budget holder for the regional therapy service (£18m)", current=True)
    assert told == "I am the budget holder for the regional therapy service (£18m)"


def test_checker_flags_a_remit_that_covers_a_person() -> None:
    assert "remit over a person" in _kinds(
        "At Fernhill Trust, my remit covers a budget holder for the therapy service (£18m).")


# --- a table's row is never told as a remit ---------------------------------------------------


@pytest.mark.parametrize("line", ["2019 | PRINCE2 Practitioner (Axelos)", "2016 – MBA, Aston University",
                                  "2012 - 2014: Diploma in Management"])
def test_a_dated_entry_is_not_a_remit(line: str) -> None:
    assert first_person_clause(line, current=False) == ""


def test_a_budget_that_opens_a_line_is_still_a_remit() -> None:
    assert first_person_clause("Budget of £40m; cut cost per drop by 6%", current=True) == \
        "my remit covers a budget of £40m, and I cut cost per drop by 6%"


def test_checker_flags_a_table_row_in_a_sentence() -> None:
    assert "table row" in _kinds("In my previous roles, my remit covered 2019 | PRINCE2 Practitioner.")


# --- the need is a noun phrase: "working knowledge", a gloss after a dash -----------------------


@pytest.mark.parametrize(("line", "need"), [
    ("Working knowledge of Scottish procurement law and data protection",
     "working knowledge of Scottish procurement law and data protection"),
    ("Existing networks with regional health commissioners",
     "existing networks with regional health commissioners"),
    ("Fluent German – it is the language of our plants", "fluent German"),
    ("Experience of multi-site retail - ideally in grocery", "experience of multi-site retail"),
])
def test_need_phrase_reads_a_noun_phrase(line: str, need: str) -> None:
    assert need_phrase(line) == need


def test_a_duty_in_ing_is_still_a_duty() -> None:
    assert need_phrase("Managing budgets of over £5m across three regions") == \
        "someone to manage budgets of over £5m across three regions"


def test_checker_flags_a_need_told_with_an_intransitive_verb_or_a_gloss() -> None:
    assert "need not a noun" in _kinds(
        "You are looking for someone to work knowledge of procurement law: I led tenders.")
    assert "need not a noun" in _kinds(
        "You are looking for fluent German – it is the language of our plants: I speak German.")
    assert "need not a noun" not in _kinds(
        "You are looking for someone to work with elected members: I briefed the cabinet monthly.")


# --- a second action in -ing keeps its subject ---------------------------------------------------


def test_a_second_ongoing_action_is_said_with_i_am() -> None:
    told = first_person_clause("Completed the accreditation gap review in 2024 and currently "
                               "leading the submission", current=True)
    assert told.endswith("and I am currently leading the submission")
    assert "no verb" in _kinds("At Ridgeway, I completed the review and currently leading the bid.")


# --- an employer said without the résumé's list number or a bracketed legal form -----------------


@pytest.mark.parametrize(("written", "said"), [
    ("2. Sunfield Contact Centres Pvt. Ltd.", "Sunfield Contact Centres"),
    ("Kopje Mining (Pvt) Ltd", "Kopje Mining"),
    ("Alimentos Sierra Alta, S.A.B. de C.V.", "Alimentos Sierra Alta"),
    ("3M", "3M"),
])
def test_an_employer_is_said_as_people_say_it(written: str, said: str) -> None:
    assert spoken_name(written, patterns_for(None).legal_forms) == said


def test_checker_flags_a_list_number_or_a_bracketed_form() -> None:
    assert "list number in a name" in _kinds("At 2. Sunfield Contact Centres, I led 300 agents.")
    forms = tuple(patterns_for(None).content.lexicons.legal_forms)
    assert "legal form" in [problem.kind for problem in sentence_problems(
        "At Kopje Mining (Pvt), I managed a budget of USD 40 million.", legal_forms=forms)]


# --- a plan of several clauses is a commitment in each ------------------------------------------


def test_each_clause_of_a_plan_is_a_commitment() -> None:
    assert commitment("Hand the weekly pack to my deputy by March; review it only at month end") == \
        "I will hand the weekly pack to my deputy by March; I will review it only at month end."
    assert commitment("I will meet the union in week one; then agree the rota") == \
        "I will meet the union in week one; then agree the rota."


def test_checker_flags_an_award_under_way_said_as_a_rung() -> None:
    assert "award under way as a rung" in _kinds(
        "You are right: my certification is CFA in progress, one step below CFA.")


# --- an award named by its holder keeps its participle ---------------------------------------------


def test_an_award_named_by_its_holder_keeps_certified() -> None:
    from poise.followup.letter import _as_named

    assert _as_named("Certified Management Accountant (CMA)") == "Certified Management Accountant (CMA)"
    assert _as_named("Certified Internal Auditor") == "Certified Internal Auditor"
    assert _as_named("Certified Lean Six Sigma Black Belt") == "Lean Six Sigma Black Belt"
