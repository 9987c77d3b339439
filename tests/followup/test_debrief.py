"""The debrief: validation with field paths, who-said-what, weak answers and merged concerns."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from poise.content.loader import KnowledgeBase
from poise.errors import DebriefFileError
from poise.followup.debrief import (
    RAISED_KIND,
    Debrief,
    match_predicted,
    merge_concerns,
    parse_debrief_yaml,
    queue_reason,
    slug,
    validate_debrief,
)

from .conftest import FIT, TODAY, debrief_data


def _bank(kb: KnowledgeBase) -> dict[str, str]:
    return {question.id: question.text for question in kb.questions.values()}


def test_validate_debrief_fills_bank_text_and_full_names(kb: KnowledgeBase) -> None:
    debrief, problems = validate_debrief(debrief_data(), bank=_bank(kb), today=TODAY)
    assert problems == [] and debrief is not None
    first = debrief.questions[0]
    assert first.text == kb.questions["stress_resistance.why_hire_you"].text
    assert first.asked_by == "Maria Lopez"  # "Maria" resolved to the full name
    assert debrief.questions[2].asked_by == "Sam Reed"  # "sam", any case
    assert debrief.concerns[1].raised_by == "Sam Reed"
    assert debrief.next_step is not None and debrief.next_step.said_by == "Maria Lopez"
    assert debrief.held_on == date(2024, 5, 7)


def test_validate_debrief_reports_every_problem_with_its_field(kb: KnowledgeBase) -> None:
    data = debrief_data(round=0, colour="blue")
    data["questions"][1]["rating"] = 7
    data["interviewers"][1]["email"] = "not-an-address"
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    fields = {problem.field: problem.message for problem in problems}
    assert "round" in fields and "greater than or equal to 1" in fields["round"]
    assert "questions.1.rating" in fields and "5" in fields["questions.1.rating"]
    assert "unknown field 'colour'" in fields["colour"]
    assert "not an email address" in fields["interviewers.1.email"]


def test_validate_debrief_names_nobody_on_the_panel(kb: KnowledgeBase) -> None:
    data = debrief_data()
    data["questions"][0]["asked_by"] = "Bob"
    data["next_step"]["said_by"] = "Alice"
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    messages = {problem.field: problem.message for problem in problems}
    assert "'Bob' is not one of the interviewers (Maria Lopez, Sam Reed)" in messages["questions.0.asked_by"]
    assert "next_step.said_by" in messages


def test_validate_debrief_unknown_bank_id_suggests_the_nearest(kb: KnowledgeBase) -> None:
    data = debrief_data()
    data["questions"][2]["question_id"] = "failures.biggest_failur"
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert len(problems) == 1
    assert problems[0].field == "questions.2.question_id"
    assert "did you mean 'failures.biggest_failure'" in problems[0].message


def test_validate_debrief_refuses_a_future_interview_and_dates_before_it(kb: KnowledgeBase) -> None:
    data = debrief_data(date="2024-05-09")
    data["next_step"]["by"] = "2024-05-01"
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    fields = [problem.field for problem in problems]
    assert fields == ["date", "next_step.by"]
    assert "in the future" in problems[0].message


def test_validate_debrief_needs_a_question_id_or_text(kb: KnowledgeBase) -> None:
    data = debrief_data(questions=[{"rating": 3}])
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert problems and problems[0].field == "questions.0"
    assert "question_id" in problems[0].message and "text" in problems[0].message


def test_duplicate_interviewer_is_a_problem(kb: KnowledgeBase) -> None:
    data = debrief_data(interviewers=[{"name": "Maria Lopez"}, {"name": "maria lopez"}])
    data["questions"] = []
    data["concerns"] = []
    data["next_step"] = None
    _, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert [problem.field for problem in problems] == ["interviewers.1.name"]


def test_promise_keeps_only_what_was_promised() -> None:
    debrief = Debrief.model_validate({
        "date": "2024-05-07", "interviewers": [{"name": "A Person"}],
        "promises": [{"what": "I'll send you the deck from Zaragoza."}, {"what": "the org chart"}],
    })
    assert [promise.what for promise in debrief.promises] == ["the deck from Zaragoza", "the org chart"]


def test_weak_questions_are_rated_two_or_lower(debrief: Debrief) -> None:
    assert [question.rating for question in debrief.weak_questions] == [2, 1]
    reason = queue_reason(debrief.weak_questions[0], debrief, company="Northwind Logistics")
    assert "2/5" in reason and "round 1" in reason and "Sam Reed" in reason and "2024-05-07" in reason


def test_parse_debrief_yaml_locates_problems_by_line_and_field(kb: KnowledgeBase) -> None:
    text = (
        "date: 2024-05-07\n"
        "round: 1\n"
        "interviewers:\n"
        "  - name: Maria Lopez\n"
        "questions:\n"
        "  - text: How do you run a peak season?\n"
        "    rating: 9\n"
        "    asked_by: Maria\n"
    )
    with pytest.raises(DebriefFileError) as caught:
        parse_debrief_yaml(text, file="debrief.yaml", bank=_bank(kb), today=TODAY)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == ("debrief.yaml", 7, "questions.0.rating")
    assert "debrief.yaml:7: questions.0.rating:" in str(caught.value)
    assert caught.value.code == "E320"


def test_parse_debrief_yaml_broken_yaml_names_the_line(kb: KnowledgeBase) -> None:
    with pytest.raises(DebriefFileError) as caught:
        parse_debrief_yaml("date: 2024-05-07\ninterviewers: [\n  - oops", file="x.yaml", bank=_bank(kb),
                           today=TODAY)
    assert "broken YAML" in caught.value.problems[0].what


def test_merge_marks_matching_concerns_and_appends_new_ones(debrief: Debrief) -> None:
    original = copy.deepcopy(FIT)
    merged, outcomes = merge_concerns(FIT, debrief)
    assert original == FIT  # never modified in place
    assert [(item.status, item.concern_id) for item in outcomes] == [
        ("matched", "c1"),
        ("added", "raised_has_never_worked_with_unionised"),
    ]
    by_id = {concern["id"]: concern for concern in merged["concerns"]}
    assert by_id["c1"]["raised"] is True
    assert "raised" not in by_id["c2"]
    added = by_id["raised_has_never_worked_with_unionised"]
    assert added["kind"] == RAISED_KIND and added["raised"] is True
    assert added["answer_plan"]["plan"].startswith("Before my start date")
    assert added["severity"] == "medium"  # partly answered
    assert "Sam Reed" in added["why"]
    for key in ("id", "kind", "title", "why", "severity", "score", "evidence", "answer_plan", "draft"):
        assert key in added


def test_merge_twice_does_not_duplicate(debrief: Debrief) -> None:
    once, _ = merge_concerns(FIT, debrief)
    twice, outcomes = merge_concerns(once, debrief)
    assert len(twice["concerns"]) == len(once["concerns"]) == 3
    assert [item.status for item in outcomes] == ["matched", "updated"]


def test_merge_by_explicit_concern_id(kb: KnowledgeBase) -> None:
    data = debrief_data(concerns=[{"text": "coming from retail", "concern_id": "c2", "handled": "answered"}])
    debrief, problems = validate_debrief(data, bank=_bank(kb), today=TODAY)
    assert debrief is not None, problems
    merged, outcomes = merge_concerns(FIT, debrief)
    assert outcomes[0].concern_id == "c2" and outcomes[0].status == "matched"
    assert len(merged["concerns"]) == 2


def test_match_predicted_by_words() -> None:
    found = match_predicted("They worried I have no change management certificate", FIT)
    assert found is not None and found.id == "c1"
    assert match_predicted("too expensive for us", FIT) is None


def test_slug_cuts_at_a_word_boundary() -> None:
    assert slug("Has never worked with unionised warehouse staff!") == "has_never_worked_with_unionised"
    assert slug("P&L") == "p_l"
    assert slug("???") == "concern"


def test_a_raised_concern_sharing_only_a_word_of_measure_takes_no_prepared_plan() -> None:
    from poise.followup.debrief import RaisedConcern, concern_plan

    fit = {"concerns": [{"id": "scope_step_up", "kind": "scope_step_up",
                         "title": "Step up in scope: team size 40 → 120",
                         "answer_plan": {"acknowledge": "a", "evidence": "b",
                                         "plan": "Meet every manager.", "check_back": "c"}}]}
    assert concern_plan(RaisedConcern(text="the size of the budget"), fit) == ""
    assert concern_plan(RaisedConcern(text="the size of the team"), fit) == "Meet every manager."
