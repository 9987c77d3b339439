"""Drafts read on a new round of pairs the night before: one résumé result argued in answer after
answer, a résumé line of two sentences half pasted, a duty named as a noun in the letter, a
credential said without its article, and what the checker now catches of them (invented
examples, in the shape of what was found)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from poise.content.loader import KnowledgeBase
from poise.fit.concerns.model import Values
from poise.fit.concerns.wording import (
    _bullets_up_to,
    _evidence_sentence,
    _fitting_evidence,
    _holds_cue,
    _spoken_values,
    first_person_clause,
    line_sentences,
    opens_with_duty,
    word_drafts,
)
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import ResumeLine
from poise.followup.draft_check import check_text, repeated_evidence
from poise.followup.letter import need_phrase

# --- a résumé line of several sentences ----------------------------------------------------------


def test_a_line_of_two_sentences_is_told_whole_never_half_pasted() -> None:
    line = "Joined when the two firms merged. Led 14 analysts in 2 teams, each with a senior lead."
    told = first_person_clause(line, current=False)
    assert told == "I led 14 analysts in 2 teams, each with a senior lead"  # the result, told
    assert "Led 14" not in told


def test_the_results_of_a_line_are_joined_two_at_most() -> None:
    line = ("Run 3 depots with about 260 drivers. Accountable for a £21M cost budget. "
            "Report to the operations director.")
    assert first_person_clause(line, current=True) == (
        "I run 3 depots with about 260 drivers, and I am accountable for a £21M cost budget")


def test_a_company_blurb_opening_the_line_is_not_told() -> None:
    line = "Brightmoor: a payroll start-up for small firms. Sold to 400 customers in two years."
    assert first_person_clause(line, current=False) == ""


def test_an_abbreviation_ends_no_sentence() -> None:
    assert line_sentences("Led approx. 350 staff across the U.S. Midwest") == [
        "Led approx. 350 staff across the U.S. Midwest"]


@pytest.mark.parametrize(("line", "told"), [
    ("P&L responsibility for depot revenue of $30M", "my remit covers the P&L for depot revenue of $30M"),
    ("Budget responsibility: annual maintenance budget EUR 9 million",
     "my remit covers an annual maintenance budget EUR 9 million"),
])
def test_a_scale_named_as_a_responsibility_is_told_as_the_remit(line: str, told: str) -> None:
    assert first_person_clause(line, current=True) == told


# --- the evidence each answer argues from --------------------------------------------------------


def _role(employer: str, start: int, lines: list[int], current: bool) -> Any:
    return SimpleNamespace(employer=employer, current=current, lines=lines, start_min=start * 12)


def _context(kb: KnowledgeBase, roles: list[tuple[str, int, list[str]]]) -> Any:
    lines: list[ResumeLine] = []
    made = []
    for number, (employer, start, bullets) in enumerate(roles):
        first = len(lines)
        lines += [ResumeLine(first + offset, text, "experience", True, number)
                  for offset, text in enumerate(bullets)]
        made.append(_role(employer, start, list(range(first, len(lines))), number == 0))
    resume = SimpleNamespace(roles=made, lines=lines, line=lambda index: lines[index])
    patterns = patterns_for(kb)
    return SimpleNamespace(resume=resume, patterns=patterns,
                           template=lambda kind: patterns.content.template(kind))


def test_an_answer_passes_over_a_result_an_earlier_answer_told(kb: KnowledgeBase) -> None:
    context = _context(kb, [("Harbour Foods", 2019, ["Lead 120 staff across 3 sites",
                                                     "Cut waste by 18% in two years"])])
    first = _evidence_sentence(context.resume.lines[0], context)
    second = _evidence_sentence(context.resume.lines[0], context, {first})
    assert first == "at Harbour Foods, I lead 120 staff across 3 sites."
    assert second == "at Harbour Foods, I cut waste by 18% in two years."


def test_a_kind_that_can_say_what_it_brings_does_not_repeat_its_only_line(kb: KnowledgeBase) -> None:
    context = _context(kb, [("Harbour Foods", 2019, ["Cut energy cost by GBP 400k a year",
                                                     "Lead the plant of 300 staff"])])
    cues = kb.fit.template("savings_target").evidence_cues
    draft = SimpleNamespace(support=None, resume_line=None, kind="savings_target")
    said, fits = _fitting_evidence(draft, context, cues)
    assert fits and "400k" in said
    again, fits_again = _fitting_evidence(draft, context, cues, {said}, may_repeat=False)
    assert not fits_again and "300 staff" in again  # told as what I bring, not as the method


def test_concern_answers_each_argue_from_their_own_result(kb: KnowledgeBase) -> None:
    context = _context(kb, [("Harbour Foods", 2019, ["Lead 120 staff across 3 sites",
                                                     "Cut waste by 18% in two years",
                                                     "Opened a second bakery line in 2021"])])
    line = context.resume.lines[0]

    def draft(kind: str, key: str, score: float) -> Any:
        return SimpleNamespace(kind=kind, key=key, score=score, values={"count": "3",
                               "tenure_list": "x", "industry_from": "food", "industry_to": "retail"},
                               job_line="", resume_line=line, support=line, requirement=None,
                               plan_step="", quotes=[], parts={}, variant="")

    concerns = word_drafts([draft("short_tenures", "a", 60), draft("industry_switch", "b", 50)],
                           context)
    evidence = [concern.answer_plan.evidence for concern in concerns]
    assert evidence[0] != evidence[1]
    assert repeated_evidence([concern.draft for concern in concerns],
                             resume="\n".join(item.text for item in context.resume.lines)) == []


def test_the_time_before_a_break_is_argued_from_before_it(kb: KnowledgeBase) -> None:
    context = _context(kb, [("Harbour Foods", 2019, ["Lead 120 staff across 3 sites"]),
                            ("Dockside Mills", 2010, ["Mill profile for the region",
                                                      "Raised output by 12% across 2 mills"])])
    assert [item.text for item in _bullets_up_to(context, 1)] == [
        "Raised output by 12% across 2 mills", "Mill profile for the region"]
    told = _evidence_sentence(context.resume.lines[1], context, earlier_only=True)
    assert told == "at Dockside Mills, I raised output by 12% across 2 mills."  # not the later role


def test_a_move_of_model_is_no_move_of_home(kb: KnowledgeBase) -> None:
    cues = {cue.casefold() for cue in kb.fit.template("location").evidence_cues}
    assert not _holds_cue("Moved the agencies to a fee and bonus model", cues, frozenset())
    assert _holds_cue("Relocated from Doha to Leeds with my family", cues, frozenset())


def test_a_credential_named_by_a_common_noun_is_said_with_the() -> None:
    spoken = _spoken_values(Values({"cert": "Senior Leaders programme", "cert_have": "Green Belt"}))
    assert spoken["cert"] == "the Senior Leaders programme"
    assert spoken["cert_have"] == "Green Belt"


def test_a_ladder_plan_never_says_course_after_a_programme(kb: KnowledgeBase) -> None:
    plan = kb.fit.template("certification_level").plan.format_map(
        _spoken_values(Values({"cert": "Senior Leaders programme"})))
    assert "programme course" not in plan
    assert "the Senior Leaders programme" in plan


# --- the letter's need ---------------------------------------------------------------------------


@pytest.mark.parametrize(("requirement", "need"), [
    ("Monitor supplier performance (monthly scorecards) and report it to the board",
     "someone to monitor supplier performance (monthly scorecards) and report it to the board"),
    ("Change management experience", "change management experience"),
    ("Project management skills", "project management skills"),
    ("Degree in Economics, Finance or a related discipline",
     "a degree in Economics, Finance or a related discipline"),
    ("Fluency in Portuguese is preferred to work with the Lisbon office", "fluency in Portuguese"),
])
def test_a_need_reads_after_looking_for(requirement: str, need: str) -> None:
    assert need_phrase(requirement) == need


def test_a_duty_verb_is_told_from_a_noun_phrase() -> None:
    assert opens_with_duty("monitor customer churn and retention")
    assert not opens_with_duty("change management experience")


# --- what the checker catches --------------------------------------------------------------------


def _kinds(text: str) -> list[str]:
    return [problem.kind for _, problems in check_text(text) for problem in problems]


def test_the_checker_catches_a_duty_verb_after_looking_for() -> None:
    assert "verb after a preposition" in _kinds(
        "You are looking for monitor customer churn and retention: I built the churn model.")
    assert "verb after a preposition" not in _kinds(
        "You are looking for change management experience: I led the merger.")


def test_the_checker_catches_the_adverts_rule_left_in_the_sentence() -> None:
    assert "requirement's rule" in _kinds(
        "You also need fluency in Portuguese is preferred to work with Lisbon, and I speak it.")
    assert "requirement's rule" not in _kinds("You also need fluency in Portuguese, and I speak it.")


def test_the_checker_catches_one_result_argued_in_two_answers() -> None:
    resume = "- Cut waste by 18% in two years across the three plants\n- Lead 120 staff"
    answers = ["That's fair. The foundations are there: I cut waste by 18% in two years across "
               "the three plants. Does that help?",
               "You're right. What I bring: I cut waste by 18% in two years across the three "
               "plants. Would that do?"]
    found = repeated_evidence(answers, resume=resume)
    assert [(number, problem.kind) for number, problem in found] == [(1, "evidence said again")]
    # the templates' own words may repeat: they are not in the résumé
    stock = ["In my first 30 days I would meet every manager one to one. A.",
             "In my first 30 days I would meet every manager one to one. B."]
    assert repeated_evidence(stock, resume=resume) == []


def test_a_metric_after_a_semicolon_is_not_told_as_an_action() -> None:
    told = first_person_clause(
        "Introduced weekly flow reviews; lead time for orders down from 9 days to 4 days", current=False)
    assert told == "I introduced weekly flow reviews"  # never "I led time down …"


def test_the_letter_cuts_a_long_line_before_its_list_not_inside_it() -> None:
    from poise.followup.letter import _shorten

    line = ("Lead 5 ward managers and about 300 staff across theatres, recovery, two surgical wards, "
            "day surgery, the pre-assessment clinic and the endoscopy unit, with a budget of $31M for the "
            "surgical division and its outpatient services")
    assert _shorten(line) == "Lead 5 ward managers and about 300 staff"


def test_an_answer_never_argues_from_a_line_the_tone_rules_read_as_private(kb: KnowledgeBase) -> None:
    context = _context(kb, [("Harbour Foods", 2019, ["Lead the day surgery unit of 40 staff",
                                                     "Cut waiting lists by 30% in a year"])])
    told = _evidence_sentence(context.resume.lines[0], context)
    assert told == "at Harbour Foods, I cut waiting lists by 30% in a year."


def test_the_brief_never_cuts_a_line_at_an_abbreviation_or_inside_a_bracket() -> None:
    from poise.prep.brief import _short

    line = ("Ran the regional P&L: revenue of EUR 410 million (approx. USD 450 million) in 2024, "
            "up 7% a year since 2019 against a market growing 3% in the same years.")
    assert _short(line, 14) == ("Ran the regional P&L: revenue of EUR 410 million (approx. USD 450 "
                                "million) in…")  # the stop after "approx" ends no sentence
    assert _short(line, 11) == "Ran the regional P&L: revenue of EUR 410 million…"
    assert _short("Led the team. Cut cost by 5%.") == "Led the team."


def test_when_the_newest_results_are_told_an_older_role_speaks(kb: KnowledgeBase) -> None:
    newest = [f"Opened depot number {number} in {2019 + number}" for number in range(1, 9)]
    context = _context(kb, [("Harbour Foods", 2019, newest),
                            ("Dockside Mills", 2010, ["Raised output by 12% across 2 mills"])])
    told = {_evidence_sentence(item, context) for item in context.resume.lines[:8]}
    assert _evidence_sentence(context.resume.lines[0], context, told) == (
        "at Dockside Mills, I raised output by 12% across 2 mills.")


@pytest.mark.parametrize(("line", "told"), [
    ("Throughput improvement of 12% (cases per hour) by new slotting", ""),  # never "I improved 12%"
    ("Reduction of overtime from 14% to 6% through better rotas",
     "I reduced overtime from 14% to 6% through better rotas"),
    ("Savings of GBP 800k through energy contracts",
     "I delivered savings of GBP 800k through energy contracts"),
])
def test_a_figure_is_no_object_of_an_action_noun(line: str, told: str) -> None:
    assert first_person_clause(line, current=True) == told


def test_an_unrelated_line_another_answer_told_is_left_out(kb: KnowledgeBase) -> None:
    """A résumé with one line to argue from: the step-up answer tells it; the board answer, which
    no line shows, says nothing rather than the same line again as "what I bring"."""
    context = _context(kb, [("Harbour Foods", 2019,
                             ["Lead the northern region of 34 branches and 340 staff"])])
    line = context.resume.lines[0]

    def draft(kind: str, key: str, score: float) -> Any:
        return SimpleNamespace(kind=kind, key=key, score=score, values={"count": "3"},
                               job_line="", resume_line=line, support=line, requirement=None,
                               plan_step="", quotes=[], parts={}, variant="")

    step_up, board = word_drafts([draft("short_tenures", "a", 60),
                                  draft("no_board_exposure", "b", 50)], context)
    assert "34 branches" in step_up.answer_plan.evidence
    assert board.answer_plan.evidence == ""
    assert board.answer_plan.plan  # the plan still answers the concern
