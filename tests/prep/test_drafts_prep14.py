"""The brief keeps a concern answer's commitment when it shortens it, and the weakness draft says
a shortcoming noted as a label, and progress that runs on, as the candidate would."""

from __future__ import annotations

from poise.prep.brief import _clip_answer
from poise.prep.quiz import cloze, record_facts
from poise.prep.weakness import draft_weakness

NAMED = "One thing I am working on is {shortcoming}."


def test_a_long_answer_gives_up_its_evidence_before_its_plan() -> None:
    opening = "I understand why you ask: this would be a step up from a team of 40."
    evidence = "The foundations are there: I ran " + ", ".join(["a depot"] * 25) + " and more."
    plan = "In my first 30 days I would meet every manager one to one."
    closing = "Would that give you enough confidence?"
    clipped = _clip_answer(" ".join([opening, evidence, plan, closing]), 60)
    assert clipped == " ".join([opening, plan, closing])


def test_an_aside_with_a_stop_inside_is_never_cut() -> None:
    opening = "I understand why you ask: this would be a step up from a team of 40."
    evidence = ("The foundations are there: I lead " + ", ".join(["a ward"] * 20)
                + " and 90 staff (approx. 70 FTE).")
    plan = "In my first 30 days I would meet every manager one to one."
    clipped = _clip_answer(" ".join([opening, evidence, plan, "Does that help?"]), 50)
    assert "70 FTE)" not in clipped and clipped.count("(") == clipped.count(")")


def test_a_short_answer_is_kept_whole() -> None:
    text = "That is fair. I led 12 people. In my first month I would meet them all. Does that help?"
    assert _clip_answer(text, 60) == text


def test_a_shortcoming_noted_as_a_label_is_said_as_a_sentence() -> None:
    said = draft_weakness("presenting to large audiences", "Join a speaking club", "", named=NAMED)
    assert said.startswith("One thing I am working on is presenting to large audiences.")
    kept = draft_weakness("I hold on to detail too long", "", "", named=NAMED)
    assert kept == "I hold on to detail too long."


def test_progress_that_runs_on_is_said_in_the_present_perfect() -> None:
    said = draft_weakness("I hold on to detail too long", "",
                          "Delegated 4 of the 6 monthly reports since January", named=NAMED)
    assert said.endswith("I have delegated 4 of the 6 monthly reports since January.")
    done = draft_weakness("I hold on to detail too long", "", "Passed the B2 exam in 2023",
                          named=NAMED)
    assert done.endswith("I passed the B2 exam in 2023.")


def test_a_card_blanks_the_whole_amount_with_its_currency() -> None:
    assert cloze("Led the NZ$18 million records programme across 4 councils") == (
        "Led the ___ records programme across 4 councils", "NZ$18 million")
    assert cloze("P&L ownership of USD 7.5 Mn annual revenue") == (
        "P&L ownership of ___ annual revenue", "USD 7.5 Mn")


def test_a_figure_inside_a_name_is_no_gap() -> None:
    assert cloze("Led the IFRS-17 programme for 6 insurers") == (
        "Led the IFRS-17 programme for ___ insurers", "6")
    assert cloze("Moved to SAP S/4HANA with 3 plants live") == (
        "Moved to SAP S/4HANA with ___ plants live", "3")
    assert cloze("Cut close from 9 to 5 days") == ("Cut close from ___ to 5 days", "9")


def test_a_card_names_the_employer_as_a_sentence_would() -> None:
    fit = {"resume": {"roles": [{"title": "Director of Programs", "employer": "1. RIVERBEND FOOD ALLIANCE",
                                 "start": "2019-04", "end": "present"}]}}
    prompts = [fact.prompt for fact in record_facts(fit)]
    assert "When did you start as Director of Programs at Riverbend Food Alliance?" in prompts
