"""Drafts read on new pairs the night before: each fix made after reading them as the candidate
would (invented examples, in the shape of what was found)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from poise.content.loader import KnowledgeBase
from poise.fit.concerns.wording import _fitting_evidence, first_person_clause, split_outside_brackets
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import ResumeLine
from poise.followup.draft_check import check_text
from poise.followup.letter import _as_named, _shorten, need_phrase, with_article
from poise.prep.salary import advertised_range

# --- résumé lines told in the first person -----------------------------------------------------


@pytest.mark.parametrize(("line", "current", "told"), [
    # a word describing the action noun is no verb ("I direct management of …" before)
    ("Direct management of a team of 9 field engineers", True, "I manage a team of 9 field engineers"),
    ("Strategic leadership of 3 regional depots", False, "I led 3 regional depots"),
    # a piece of work done once is told in the past, whatever the role
    ("Roll-out of a new rostering tool across 12 wards", True,
     "I rolled out a new rostering tool across 12 wards"),
    ("Reduction of overtime from 14% to 6% through better rotas", True,
     "I reduced overtime from 14% to 6% through better rotas"),
    ("Savings of GBP 800k through energy contracts", True,
     "I delivered savings of GBP 800k through energy contracts"),
    # a remit held over time stays in the present under the current role
    ("Management of 4 shift leads", True, "I manage 4 shift leads"),
    # a present verb the tagger reads, under the current role
    ("Prepare the quarterly risk pack for the audit committee", True,
     "I prepare the quarterly risk pack for the audit committee"),
    # an acronym keeps its capitals
    ("HR lead for a trust of 900 staff", True, "I am the HR lead for a trust of 900 staff"),
])
def test_noun_phrase_lines_are_told_as_actions(line: str, current: bool, told: str) -> None:
    assert first_person_clause(line, current=current) == told


def test_a_semicolon_inside_brackets_does_not_cut_the_line() -> None:
    line = "Heading support for 3 clients (Retail – Returns; Travel – Bookings)"
    assert split_outside_brackets(line, ";") == [line]
    told = first_person_clause(line, current=True)
    assert told.count("(") == told.count(")") == 1
    assert told.endswith("Travel – Bookings)")


def test_a_bare_percentage_is_no_remit() -> None:
    told = first_person_clause("Ran the safety checks; 98% compliance at year end", current=False)
    assert told == "I ran the safety checks"  # never "my remit covered 98% compliance …"


def test_a_verb_the_tagger_reads_is_not_guessed_in_the_past() -> None:
    assert first_person_clause("Prepare the quarterly risk pack", current=False) == ""


# --- the evidence an answer argues from --------------------------------------------------------


def _context(kb: KnowledgeBase, bullets: list[str]) -> Any:
    lines = [ResumeLine(index, text, "experience", True, 0) for index, text in enumerate(bullets)]
    role = SimpleNamespace(employer="Harbour Foods", current=True, lines=list(range(len(bullets))),
                           start_min=2019 * 12)
    resume = SimpleNamespace(roles=[role], lines=lines, line=lambda index: lines[index])
    patterns = patterns_for(kb)
    return SimpleNamespace(resume=resume, patterns=patterns,
                           template=lambda kind: patterns.content.template(kind))


def _draft(support: ResumeLine, kind: str = "savings_target") -> Any:
    return SimpleNamespace(support=support, resume_line=support, kind=kind)


def test_a_savings_answer_argues_from_a_saving_not_the_first_line(kb: KnowledgeBase) -> None:
    context = _context(kb, ["Lead the plant of 300 staff in two shifts",
                            "Cut energy cost by GBP 400k a year through new contracts"])
    cues = kb.fit.template("savings_target").evidence_cues
    told, fits = _fitting_evidence(_draft(context.resume.lines[0]), context, cues)
    assert fits
    assert "I cut energy cost by GBP 400k" in told


def test_with_no_fitting_line_the_answer_claims_no_link(kb: KnowledgeBase) -> None:
    context = _context(kb, ["Lead the plant of 300 staff in two shifts"])
    template = kb.fit.template("savings_target")
    told, fits = _fitting_evidence(_draft(context.resume.lines[0]), context, template.evidence_cues)
    assert not fits and "I lead the plant" in told
    assert template.evidence_unrelated and "method" not in template.evidence_unrelated


def test_a_tool_answer_argues_from_a_line_naming_a_tool(kb: KnowledgeBase) -> None:
    context = _context(kb, ["Lead the maintenance team of 40", "Introduced Maximo for all work orders"])
    cues = kb.fit.template("tool_mismatch").evidence_cues
    told, fits = _fitting_evidence(_draft(context.resume.lines[0], "tool_mismatch"), context, cues)
    assert fits and "Maximo" in told


def test_every_kind_with_cues_has_a_plain_framing(kb: KnowledgeBase) -> None:
    for template in kb.fit.concerns.concerns:
        if template.evidence_cues:
            assert template.evidence_unrelated, template.kind


# --- the letter --------------------------------------------------------------------------------


def test_a_need_with_adjectives_before_a_degree_takes_an_article() -> None:
    need = need_phrase("Completed engineering degree (university or technical college) in a related field")
    assert need == "a completed engineering degree in a related field"


def test_an_undergraduate_degree_takes_an() -> None:
    assert need_phrase("Undergraduate degree in finance").startswith("an undergraduate degree")


@pytest.mark.parametrize(("held", "said"), [
    ("Certified Lean Six Sigma Black Belt", "Lean Six Sigma Black Belt"),
    ("Degree programme in Food Science", "a degree programme in Food Science"),
    ("Diploma in Nursing", "a diploma in Nursing"),
])
def test_an_award_is_named_as_a_sentence_names_it(held: str, said: str) -> None:
    assert with_article(_as_named(held)) == said


def test_a_long_line_is_never_cut_inside_its_aside() -> None:
    line = ("Quality lead for a network of 14 clinics: audit programme (all 60 procedures rewritten "
            "for the new standard, including consent and records)")
    short = _shorten(line)
    assert short.count("(") == short.count(")")


# --- the checker -------------------------------------------------------------------------------


def test_a_company_form_ends_no_sentence() -> None:
    checked = check_text("At Sahyadri Care Pvt. Ltd., I lead 300 agents across two sites.")
    # one sentence; its only problem is the legal form said aloud (drafts now leave it out)
    assert len(checked) == 1 and [problem.kind for problem in checked[0][1]] == ["legal form"]


def test_an_aside_left_open_is_a_problem() -> None:
    kinds = [problem.kind for _, problems in check_text(
        "I head support for 3 clients (Retail – Returns.") for problem in problems]
    assert "bracket" in kinds


# --- the salary the advert states --------------------------------------------------------------


CUES = ["salary", "pay", "annual", "base"]


def test_budgets_on_a_line_are_not_a_pay_range() -> None:
    line = "- A cost budget of about EUR 40 million and an annual capital budget of EUR 6 million"
    assert advertised_range(line, CUES) is None


def test_a_cue_counts_only_as_a_word() -> None:
    assert advertised_range("Run payroll for GBP 30,000 - GBP 45,000 earners", CUES) is None
    found = advertised_range("Salary: GBP 70,000 - GBP 80,000", CUES)
    assert found is not None and (found.low, found.high) == (70000, 80000)


# --- the concern in the user's words, the language plan, the break, the check-in --------------


@pytest.mark.parametrize(("noted", "clause"), [
    ("Worried about the time away from work", "about the time away from work"),
    ("Concerned that I have not led a unionised site", "that I have not led a unionised site"),
    ("Doubts over the size of the budget", "about the size of the budget"),
    ("Has not yet run a budget of this size", "that I have not yet run a budget of this size"),
])
def test_a_concern_noted_with_a_worry_word_reads_on_from_your_concern(noted: str, clause: str) -> None:
    from poise.followup.letter import concern_clause

    assert concern_clause(noted) == clause


def test_a_language_two_levels_away_promises_the_next_level(kb: KnowledgeBase) -> None:
    from poise.fit.concerns.model import Values
    from poise.fit.concerns.wording import _level_variant

    template = kb.fit.template("language_level")
    far = Values({"language_have": "A2", "language_wanted": "C1"})
    assert _level_variant(far, template.variants) == "long_way" and far["language_next"] == "B1"
    plan = template.wording("long_way")["plan"].format_map(far)
    assert "sit the B1 exam" in plan and "C1" in plan
    near = Values({"language_have": "B2", "language_wanted": "C1"})
    assert _level_variant(near, template.variants) == ""


def test_a_career_break_is_acknowledged_without_judging_it(kb: KnowledgeBase) -> None:
    said = kb.fit.template("employment_gap").wording("career_break")["acknowledge"]
    assert "planned" not in said and "glad" not in said


def test_the_check_in_says_what_the_interviewer_said_would_come_next(kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    body = kb.followup.schedule.steps.check_in_dated.body
    assert "you expected" not in body and "next step would be {next_step}" in body


@pytest.mark.parametrize(("text", "kind"), [
    ("You are looking for completed technical degree in chemistry.", "article"),
    ("I would add a point on your concern about worried about the move.", "stutter"),
])
def test_the_checker_finds_what_reading_found(text: str, kind: str) -> None:
    kinds = [problem.kind for _, problems in check_text(text) for problem in problems]
    assert kind in kinds


@pytest.mark.parametrize("text", [
    "You also need a degree or equivalent professional qualification, and I hold one.",
    "I would like to add to my answer on the budget.",
    "My qualifications include a diploma in nursing.",
])
def test_the_checker_leaves_sound_sentences_alone(text: str) -> None:
    assert not [problem for _, problems in check_text(text) for problem in problems]


def test_an_additional_qualification_takes_an_article() -> None:
    assert need_phrase("Additional qualification as a chartered accountant").startswith("an additional")


def test_a_preposition_again_over_a_noun_is_no_stutter() -> None:
    text = "You are looking for accountability for a budget of £5m, and I hold one."
    assert "stutter" not in [problem.kind for _, problems in check_text(text) for problem in problems]


def test_a_line_opening_with_a_bodys_initials_is_never_told_as_an_action() -> None:
    # "GPCB consent compliance": the initials open a noun phrase, not a verb ("I gpcb …")
    assert not first_person_clause("GPCB consent compliance, CEMS connectivity to CPCB",
                                   current=True).startswith("I gpcb")
    assert first_person_clause("Prepare the board packs", current=True) == "I prepare the board packs"
    assert first_person_clause("Manage 40 staff", current=True) == "I manage 40 staff"
