"""Phases: a reply to a stated concern is judged with the concern rubric, by name or by the question."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import phase_of
from poise.errors import InputError
from poise.services.analysis import read_batch

REPLY = (
    "That's fair: my largest budget was twelve million. I ran it within 1% for three years, and "
    "in my first 60 days I would go through every cost line with your finance lead. Does that "
    "address the concern?"
)


@pytest.mark.parametrize(("name", "phase"), [("concern", "concern_reply"), ("closing", "candidate_question"),
                                             ("answer", "answer"), ("concern_reply", "concern_reply")])
def test_phase_names_map_to_phases(name: str, phase: str) -> None:
    assert phase_of(name) == phase


def test_unknown_phase_is_refused_with_the_list() -> None:
    with pytest.raises(InputError) as caught:
        phase_of("rebuttal")
    assert "answer" in caught.value.hint and "concern" in caught.value.hint


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything that gives you pause? Yes: you have not run a budget of this size.",
        "My main concern is that you have only worked in small companies.",
        "I'm a little worried that you have never managed managers.",
    ],
)
def test_pause_question_with_its_concern_is_a_concern_reply(question: str) -> None:
    report = analyse(question, REPLY)
    assert report.phase == "concern_reply"
    assert not {f.rule for f in report.findings if f.rule.startswith("salary.")}


def test_concern_phase_by_name_judges_with_the_concern_rubric() -> None:
    report = analyse("You have not run a budget this size.", "Budgets are budgets. I'll manage.",
                     context=AnalysisContext(phase="concern"))
    assert report.phase == "concern_reply"
    assert {"concern.no_evidence", "concern.no_plan"} <= report.rules_fired()


def test_batch_lines_carry_a_phase_and_unknown_ones_name_the_line() -> None:
    items = read_batch(['{"id": "1", "question": "q", "answer": "a", "phase": "concern"}'])
    assert items[0].phase == "concern"
    with pytest.raises(InputError) as caught:
        read_batch(['{"id": "1", "question": "q", "answer": "a"}',
                    '{"id": "2", "question": "q", "answer": "a", "phase": "nope"}'])
    assert "Line 2" in caught.value.message


def test_family_is_unsure_when_no_family_is_clearly_meant() -> None:
    report = analyse("And then what happened with the people and the money?",
                     "I would start with the accounts closest to renewal and price the rest later.")
    assert report.family is None and report.family_source == "unsure"


def test_an_on_the_spot_case_is_detected_as_a_competency_case() -> None:
    report = analyse("Revenue has to grow by ten percent next quarter. How do you get there?",
                     "I would start with the accounts closest to renewal and price the rest later.")
    assert report.family == "competency_cases" and report.family_source == "detected"


def test_detected_family_never_raises_a_family_specific_high_finding() -> None:
    report = analyse("Which flaw of yours gets in the way at work most often?",
                     "I'm a perfectionist and I care too much about my work, honestly.")
    assert report.family_source in {"detected", "unsure", "bank"}
    if report.family_source == "detected":
        kb_specific = [f for f in report.findings if f.rule.startswith("weaknesses.")]
        assert all(f.severity != "high" for f in kb_specific)
