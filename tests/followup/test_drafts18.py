"""Letters read on rounds 13-17: a need restated from its parse, argued only from evidence that
shows it, a result with an action and a figure; ``draft_check`` catches each fault in any draft
(fresh, invented job and résumé lines: no evaluation text)."""

from __future__ import annotations

from typing import Any

import pytest

from poise.content.loader import knowledge_base
from poise.fit.lexicon import patterns_for
from poise.followup.application import read_fit
from poise.followup.draft_check import check_text
from poise.followup.letter import choose_needs, fallback_result, need_phrase
from poise.followup.restated import (
    action_with_result,
    clause_subject,
    evidence_gaps,
    need_problems,
)


def _kinds(text: str) -> list[str]:
    return [problem.kind for _, problems in check_text(text) for problem in problems]


def _templates() -> Any:
    followup = knowledge_base().followup
    assert followup is not None
    return followup.letter


# --- a need restated from its parse -------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Knowledge of Welsh would be preferred.", "knowledge of Welsh"),
    ("A working knowledge of Power BI is expected", "a working knowledge of Power BI"),
    ("Must have hosted MHRA inspections as site lead",
     "someone who has hosted MHRA inspections as site lead"),
    ("Oversees the capital programme for 40 schools",
     "someone who oversees the capital programme for 40 schools"),
    ("design and run the annual budget round with the finance partners",
     "someone to design and run the annual budget round with the finance partners"),
    ("HNC+2 diploma or equivalent trade experience", "an HNC+2 diploma or equivalent trade experience"),
    ("Chartered surveyor (MRICS) with current registration",
     "a chartered surveyor (MRICS) with current registration"),
    ("Proven track record of opening stores", "a proven track record of opening stores"),
    ("Educated to degree level or equivalent", "someone educated to degree level or equivalent"),
])
def test_a_need_is_restated_as_a_noun_phrase(line: str, expected: str) -> None:
    assert need_phrase(line) == expected
    assert need_problems(expected) == []


def test_clause_subject_reads_the_subject_of_a_need_said_as_a_clause() -> None:
    assert clause_subject("Experience of tenant panels will be an advantage") == "Experience of tenant panels"
    assert clause_subject("Lead the regional sales team") == ""
    assert clause_subject("You will report to the board") == ""


@pytest.mark.parametrize(("need", "fault"), [
    ("knowledge of Welsh will be", "auxiliary"),
    ("chaired two MHRA inspections as site lead", "clause"),
    ("fluent Dutch is essential", "clause"),
    ("HNC diploma or equivalent", "article"),
    ("Languages: Dutch C1 required", "label"),
    ("strong budget skills. Knowledge of Welsh", "two sentences"),
])
def test_need_problems_name_what_keeps_a_need_from_reading(need: str, fault: str) -> None:
    assert any(fault in problem for problem in need_problems(need))


# --- evidence that shows the need --------------------------------------------------------------

@pytest.mark.parametrize(("need", "evidence", "gap"), [
    ("someone to run the depot network and lift fill rate to 97%",
     "my qualifications include a Lean Six Sigma Yellow Belt.", "duty"),
    ("a doctorate in chemistry", "my qualifications include a BSc in Chemistry.", "degree below"),
    ("a PRINCE2 Practitioner", "my qualifications include PRINCE2 Foundation.", "Foundation shown"),
    ("someone who hosted MHRA inspections", "I hosted two FDA inspections.", "MHRA"),
    ("five years' experience in the Welsh housing sector", "I speak fluent Welsh.", "language"),
])
def test_evidence_gaps_say_why_evidence_does_not_show_a_need(need: str, evidence: str, gap: str) -> None:
    assert any(gap in found for found in evidence_gaps(need, evidence, patterns_for()))


@pytest.mark.parametrize(("need", "evidence"), [
    ("a master's degree in logistics", "my qualifications include an MSc in Supply Chain Management."),
    ("someone who hosted MHRA inspections", "I hosted three MHRA inspections with no major findings."),
    ("fluent Welsh", "I speak fluent Welsh."),
    ("someone to cut agency spend", "I cut agency spend from 22% to 9% of pay in two years."),
])
def test_evidence_that_shows_the_need_has_no_gap(need: str, evidence: str) -> None:
    assert evidence_gaps(need, evidence, patterns_for()) == []


def test_a_result_carries_an_action_and_a_figure_other_than_a_year() -> None:
    assert action_with_result("I cut overdue invoices from 14% to 3% in a year.")
    assert not action_with_result("I am a finance director with 15 years in retail.")
    assert not action_with_result("I was the project lead for a $4m refit.")
    assert not action_with_result("I worked with the port authority on the move (2019–2021).")


# --- the letter chooses only needs it can say and show -----------------------------------------

def _fit(requirements: list[tuple[str, str, str]], quotes: list[str]) -> dict[str, Any]:
    return {
        "version": 1,
        "requirements": [{"id": f"r{n}", "text": text, "kind": kind, "must": must == "must",
                          "numbers": {}} for n, (text, kind, must) in enumerate(requirements)],
        "matches": [{"requirement_id": f"r{n}", "strength": "strong", "quote": quote,
                     "reason": "", "score": 0.8} for n, quote in enumerate(quotes)],
        "concerns": [],
        "resume": {"roles": [], "languages": [{"language": "Welsh", "level": "fluent"}],
                   "education": ["BSc Chemistry, University of Leeds"],
                   "certifications": ["Lean Six Sigma Yellow Belt"]},
    }


def test_the_letter_argues_no_duty_from_a_certificate_nor_a_degree_below_the_one_asked() -> None:
    fit = _fit([("Lead the continuous improvement programme and lift OEE to 80%", "experience", "must"),
                ("PhD in chemistry or a related science", "education", "must"),
                ("Knowledge of Welsh would be preferred.", "languages", "nice"),
                ("Cut the scrap rate across the three lines", "experience", "nice")],
               ["Lean Six Sigma Yellow Belt", "BSc Chemistry, University of Leeds",
                "Welsh (fluent)", "Cut scrap from 6.1% to 2.4% across two moulding lines in 18 months"])
    needs = choose_needs(read_fit(fit), _templates())
    said = " ".join(need.sentence for need in needs)
    assert "Yellow Belt" not in said and "BSc" not in said
    assert "knowledge of Welsh, and I speak fluent Welsh" in said or "knowledge of Welsh:" in said
    assert "will be" not in said and "would be" not in said
    for need in needs:
        assert _kinds(need.sentence) == [], need.sentence


def test_the_result_added_to_a_short_letter_is_an_action_with_a_figure() -> None:
    fit = _fit([("Board-level reporting", "experience", "must"),
                ("Commercial leadership", "experience", "must")],
               ["I am a commercial director with 18 years in building products.",
                "Grew trade revenue from £41m to £58m in three years by reopening 6 branches"])
    for match in fit["matches"]:
        match["strength"] = "partial"
    result = fallback_result(read_fit(fit), _templates(), set())
    assert "I grew trade revenue from £41m to £58m" in result
    assert "I am a commercial director" not in result


# --- the checker counts each fault -------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("You also need knowledge of Welsh will be, and I speak fluent Welsh.", "need not a noun"),
    ("You are looking for chaired two MHRA inspections as site lead: I hosted two.", "need not a noun"),
    ("You are looking for someone to run the depot network and lift fill rate from 91% to 97%: "
     "my qualifications include a Lean Six Sigma Yellow Belt.", "evidence does not show the need"),
    ("You also need a doctorate in chemistry, and my qualifications include a BSc in Chemistry.",
     "evidence does not show the need"),
    ("From my recent work, I would bring this: I am a finance director.",
     "result with no action or figure"),
    ("You are looking for a licence: a practising certificate from the Law Society: my "
     "qualifications include a law degree.", "two colons"),
])
def test_the_checker_finds_each_restated_need_fault(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "You are looking for fluent Welsh: I speak fluent Welsh.",
    "You also need someone to cut agency spend, and I cut agency spend from 22% to 9% in two years.",
    "You are looking for a master's degree in logistics: my qualifications include an MSc in "
    "Supply Chain Management.",
    "From my recent work, I would bring this: I cut overdue invoices from 14% to 3% in a year.",
])
def test_sound_need_and_result_sentences_pass(text: str) -> None:
    assert _kinds(text) == []


def test_a_sentence_cut_after_a_determiner_is_caught() -> None:
    assert "cut short" in _kinds("I wrote the plan for the new depot approved by the.")
    assert "cut short" not in _kinds("I wrote the plan for the new depot that the board approved.")
    assert "cut short" not in _kinds("I ran three sea sites stocked with 1.1 million smolts each.")
    assert "cut short" not in _kinds("I met the shop stewards and the managers, and I kept them both.")
    assert "cut short" in _kinds("I ran three sea sites and I reported the results to my.")


def test_experience_is_shown_by_something_done_and_a_passive_is_no_result() -> None:
    gaps = evidence_gaps("experience in mixed-use estates", "my qualifications include an MSc in "
                         "Facilities Management.", patterns_for())
    assert any("experience" in gap for gap in gaps)
    assert not action_with_result("I was appointed safety lead for 3 sites in 2019.")


def test_experience_with_a_long_list_of_settings_is_still_experience() -> None:
    need = "experience in low-rise, mixed-tenure estate or city-centre regeneration schemes"
    gaps = evidence_gaps(need, "my qualifications include an MSc in Urban Planning.", patterns_for())
    assert any("experience" in gap for gap in gaps)


def test_a_degree_written_with_full_stops_takes_its_article() -> None:
    from poise.followup.letter import with_article

    assert with_article("B.E. Civil Engineering") == "a B.E. Civil Engineering"
    assert with_article("M.Sc. Logistics") == "an M.Sc. Logistics"


def test_a_language_at_a_level_is_named_as_a_language_and_a_german_degree_ends_no_sentence() -> None:
    assert need_phrase("Dutch at B2 level or higher and fluent English") == (
        "Dutch at B2 level or higher and fluent English")
    assert "no verb" not in _kinds("You also need a degree, and my qualifications include "
                                   "Dipl.-Ing. (FH) Elektrotechnik.")
    assert _kinds("You also need Dutch at B2 level, and I speak fluent Dutch.") == []
