"""Concern answers a candidate would say without editing: a commitment dated by what the step
takes (a certificate's study time as data), no step of preparation claimed for the candidate,
résumé shorthand restated for speech, a company said without its legal form; the checker learns
each case. Every job and résumé line here is written for these tests."""

from __future__ import annotations

import string

import pytest

from poise.content.loader import KnowledgeBase
from poise.fit.concerns.wording import said_aloud, study_deadline
from poise.fit.lexicon import patterns_for
from poise.followup.draft_check import check_text
from poise.followup.voice import spoken_name


def _kinds(text: str, kb: KnowledgeBase, *, spoken: bool = True) -> list[str]:
    return [problem.kind for _, problems in check_text(text, kb=kb, spoken=spoken)
            for problem in problems]


# --- a certificate's date comes from its study time ------------------------------------------

@pytest.mark.parametrize(("name", "by"), [
    ("Lean Six Sigma Black Belt", "the end of my eighth month"),
    ("ITIL 4 Foundation", "the end of my second month"),
    ("IOSH Managing Safely", "the end of my first month"),
    ("PMP", "the end of my fifth month"),
])
def test_a_certificate_is_promised_by_the_date_its_study_allows(kb: KnowledgeBase, name: str,
                                                                 by: str) -> None:
    said, deadline = study_deadline(name, patterns_for(kb).content.concerns)
    assert deadline == by
    assert said.endswith(("of study", "a project", "projects"))


def test_a_certificate_of_unknown_study_time_gets_no_guessed_date(kb: KnowledgeBase) -> None:
    assert study_deadline("Certified Harbour Pilot Examiner", patterns_for(kb).content.concerns) == ("", "")


@pytest.mark.parametrize("sentence", [
    "I would sign up for a Prosci course at once and be change-management certified within my first 30 days.",
    "I would book the Black Belt training now and hold it by the end of my first quarter.",
    "I would start the PMP course straight away and pass the exam within my first month.",
    "I would enrol for ACCA before my start date and hold it within my first six months.",
])
def test_the_checker_flags_a_certificate_promised_sooner_than_it_can_be_held(
        kb: KnowledgeBase, sentence: str) -> None:
    assert "unrealistic plan" in _kinds(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "I would book the Black Belt training before my start date and hold it by the end of my eighth month.",
    "I would enrol for ITIL Foundation before I start and aim to hold it by the end of my second month.",
    "Within my first 30 days I would meet every depot manager one to one.",
    "Before my start date I would complete the Azure fundamentals training, and within my first "
    "30 days I would shadow your planners.",
])
def test_the_checker_passes_a_date_the_study_allows(kb: KnowledgeBase, sentence: str) -> None:
    assert "unrealistic plan" not in _kinds(sentence, kb)


# --- no step of preparation claimed for the candidate ------------------------------------------

@pytest.mark.parametrize(("sentence", "words"), [
    ("I have signed up for evening classes and would pass the Dutch B2 exam within my first six months.",
     "I have signed"),
    ("My partner and I have talked it through, and I would live in Aarhus within two months.",
     "I have talked"),
    ("I already looked at schools near the Graz office.", "I already looked"),
    ("I've booked a week with your Leeds team before I start.", "I 've booked"),
])
def test_the_checker_flags_a_step_claimed_as_taken(kb: KnowledgeBase, sentence: str,
                                                    words: str) -> None:
    found = [problem.detail for _, problems in check_text(sentence, kb=kb) for problem in problems
             if problem.kind == "invented step"]
    assert found and found[0].replace(" '", "'") == words.replace(" '", "'")


@pytest.mark.parametrize("sentence", [
    "I would book lessons before my start date and sit the B2 exam within six months.",
    "At Orlen Freight, I started the night shift and cut damages by 14%.",
    "I have led 3 depot teams through two peak seasons.",
    "That is in line with the pay survey I have looked at for port roles.",
])
def test_the_checker_passes_a_step_to_come_or_a_result(kb: KnowledgeBase, sentence: str) -> None:
    assert "invented step" not in _kinds(sentence, kb)


def test_no_concern_plan_claims_a_step_or_promises_too_soon(kb: KnowledgeBase) -> None:
    """Every plan Poise can say (each kind, its variants, the steps by requirement, scope and
    switch), filled with fresh values, passes the two checks."""
    concerns = patterns_for(kb).content.concerns
    values = {"cert": "the Harbour Safety certificate", "language": "Danish", "language_have": "B1",
              "language_wanted": "C1", "language_next": "B2", "live_in": "in Aarhus",
              "switch_to": "water utilities", "switch_from": "rail", "tool_required": "Dynamics 365",
              "category": "ERP", "saving_asked": "€3M", "outsourcing_asked": "900 FTEs",
              "study_time": "about a month of study", "study_by": "the end of my second month"}
    plans = [*concerns.plans.values(), *concerns.scope_plans.values(), *concerns.switch_plans.values(),
             *concerns.plans_again, concerns.study_unknown_plan or ""]
    for template in concerns.concerns:
        plans.append(template.plan)
        plans.extend(variant.plan for variant in template.variants.values() if variant.plan)
        plans.extend(text for text in (template.evidence_unrelated, template.acknowledge) if text)
    for plan in plans:
        names = {name for _, name, _, _ in string.Formatter().parse(plan) if name}
        text = plan.format_map({name: values.get(name, "the site") for name in names})
        kinds = _kinds(text, kb)
        assert "invented step" not in kinds, text
        assert "unrealistic plan" not in kinds, text


# --- résumé shorthand restated for speech --------------------------------------------------------

@pytest.mark.parametrize(("clause", "said"), [
    ("I lead a 30-person depot team (drivers, planners, yard staff) through two shift managers",
     "I lead a 30-person depot team through two shift managers"),
    ("I ran the Gdańsk hub: 4 docks, 210 staff and a budget of €9m",
     "I ran the Gdańsk hub, with 4 docks, 210 staff and a budget of €9m"),
    ("I manage an outsourced returns partner (60 FTEs): set SLAs, monthly reviews and audits",
     "I manage an outsourced returns partner (60 FTEs)"),
    ("I cut dwell time at the yard (Gate 3) to 40 minutes",
     "I cut dwell time at the yard (Gate 3) to 40 minutes"),
])
def test_a_told_line_keeps_its_figures_and_drops_its_shorthand(clause: str, said: str) -> None:
    assert said_aloud(clause) == said


@pytest.mark.parametrize("sentence", [
    "At Orlen Freight I led a 30-person depot team (drivers, planners, yard staff) through two winters.",
    "What carries over: at Orlen Freight, I ran the inbound hub: goods receipt, returns and cross-docking.",
])
def test_the_checker_flags_shorthand_said_aloud(kb: KnowledgeBase, sentence: str) -> None:
    assert "résumé shorthand" in _kinds(sentence, kb)
    assert "résumé shorthand" not in _kinds(sentence, kb, spoken=False)  # a letter may write it


def test_the_checker_passes_a_plan_with_its_own_list(kb: KnowledgeBase) -> None:
    sentence = "By day 60 I would set a review rhythm sized for 900 FTEs: service reviews and audits."
    assert "résumé shorthand" not in _kinds(sentence, kb)


# --- a company is said without its legal form --------------------------------------------------

@pytest.mark.parametrize(("written", "said"), [
    ("Lumen Harbour Pte Ltd", "Lumen Harbour"),
    ("Corrib Mutual Assurance DAC", "Corrib Mutual Assurance"),
    ("Ballyvore Creamery Ltd, Tralee, Co. Kerry", "Ballyvore Creamery"),
    # a Spanish or Portuguese name in capitals: its small words and its form ("Cía. Ltda.")
    ("FLORES DEL VALLE ALTO CÍA. LTDA.", "Flores del Valle Alto"),
    ("TRANSPORTES DO NORTE LTDA", "Transportes do Norte"),
])
def test_an_employer_is_said_without_its_form_even_before_a_place(kb: KnowledgeBase, written: str,
                                                                  said: str) -> None:
    assert spoken_name(written, patterns_for(kb).legal_forms) == said


@pytest.mark.parametrize("sentence", [
    "At Lumen Harbour Pte, I ran the terminal's night operations.",
    "At Corrib Mutual Assurance DAC, I cut claims leakage by 6%.",
])
def test_the_checker_flags_a_legal_form_said_aloud(kb: KnowledgeBase, sentence: str) -> None:
    assert "legal form" in _kinds(sentence, kb)


# --- the practice concern's model reply fits its kind ----------------------------------------

@pytest.mark.parametrize(("kind", "absent"), [
    ("location", "sector"), ("outsourcing_vendor", "sector"), ("domestic_only", "sector"),
    ("employment_gap", "Each move"), ("no_leading_leaders", "[the requirement]"),
    ("language_level", "[the requirement]"),
])
def test_each_concern_kind_has_a_practice_reply_of_its_own(kb: KnowledgeBase, kind: str,
                                                           absent: str) -> None:
    from poise.interview.closing import _with_plan

    assert kb.interview is not None
    concern = _with_plan(kb.interview, {"kind": kind, "source": "fit"})
    assert concern.get("model_reply")
    assert absent not in concern["model_reply"]


# --- the map's notes are never read out --------------------------------------------------------

def test_a_partial_match_with_notes_run_together_says_not_all_of_it() -> None:
    from poise.fit.concerns.evidence import shown_gap

    notes = "about 4 years shown; 12 asked; about 0 years in sales roles shown; 6 asked"
    assert shown_gap(notes) == "but not all of it"
    assert shown_gap("a Diploma in Fleet Safety not shown") == "but not a Diploma in Fleet Safety"


def test_a_remit_opening_with_direct_is_told_as_a_remit() -> None:
    from poise.fit.concerns.wording import first_person_clause

    told = first_person_clause("Direct responsibility for the harbour pilots and 3 tug masters",
                               current=True)
    assert told == "I am responsible for the harbour pilots and 3 tug masters"


def test_a_name_with_an_ampersand_has_no_article(kb: KnowledgeBase) -> None:
    sentence = "At Hollin Mills, I lead Treasury, FP&A and Tax across three sites."
    assert "article" not in _kinds(sentence, kb)
