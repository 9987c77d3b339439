"""A reply to a concern is judged with the concern rubric (acknowledge, evidence, plan, check
back), a question asked at the end as a question, and the report says what it judged."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.report import judged_as

PAUSE = "Is there anything that gives you pause about my application?"
MODEL_REPLY = (
    "That's a fair concern: the largest budget I have run is 4 million, not 12. In 2022 I took "
    "over a 4 million programme that was 20% over plan and closed the year on budget. In my first "
    "90 days I would review every cost line with your finance partner. Does that address it?"
)


def _dimension(report, name: str):
    return next(item for item in report.dimensions if item.name == name)


def _concern(answer: str):
    return analyse(PAUSE, answer, context=AnalysisContext(phase="concern"))


def test_a_model_reply_earns_structure_and_handling_from_its_four_moves() -> None:
    report = _concern(MODEL_REPLY)
    structure, handling = _dimension(report, "structure"), _dimension(report, "family")
    assert structure.score == 5 and handling.score == 5
    assert "first sentence does not answer" not in structure.anchor
    assert "acknowledge, evidence" in structure.anchor or "Grants the concern" in structure.anchor
    assert handling.label == "Concern handling"
    quotes = [item.quote for item in handling.evidence]
    assert quotes[0].startswith("That's a fair concern")
    assert quotes[-1] == "Does that address it?"
    assert any(quote.startswith("In my first 90 days") for quote in quotes)
    for item in (*structure.evidence, *handling.evidence):
        assert report.answer[item.start:item.end] == item.quote


def test_a_reply_that_does_not_open_by_granting_the_concern_is_short_of_5_with_the_reason() -> None:
    answer = (
        "In 2022 I took over a 4 million programme that was 20% over plan and closed the year on "
        "budget. In my first 90 days I would review every cost line with your finance partner. "
        "Does that address it?"
    )
    structure = _dimension(_concern(answer), "structure")
    assert structure.score < 5
    assert "the reply does not open by granting the concern" in structure.reasons


def test_a_missing_move_is_named_once_by_its_finding() -> None:
    answer = (
        "That's a fair concern: the largest budget I have run is 4 million, not 12. In 2022 I took "
        "over a 4 million programme that was 20% over plan and closed the year on budget."
    )
    report = _concern(answer)
    handling = _dimension(report, "family")
    assert handling.score < 5
    assert "concern.no_check_back" in {finding.rule for finding in report.findings}
    # the finding states the missing check back; the dimension does not say it twice
    assert not any(reason.startswith("no closing question") for reason in handling.reasons)
    assert any("settled" in reason for reason in handling.reasons)


def test_the_pause_question_with_its_concern_is_judged_the_same_way_without_a_phase() -> None:
    question = "Is there anything that gives you pause? You haven't run a budget this size."
    report = analyse(question, MODEL_REPLY, context=AnalysisContext())
    assert report.phase == "concern_reply"
    assert _dimension(report, "structure").score == 5
    assert _dimension(report, "family").label == "Concern handling"


def test_a_batch_line_with_a_phase_is_judged_with_the_rubric() -> None:
    from poise.analysis.analyse import analyser_for
    from poise.content.loader import knowledge_base

    [report] = analyser_for(knowledge_base()).analyse_many(
        [(PAUSE, MODEL_REPLY, AnalysisContext(phase="concern"))])
    assert not isinstance(report, Exception)
    assert _dimension(report, "structure").score == 5
    assert judged_as(report).startswith("a reply to a concern")


@pytest.mark.parametrize(
    ("answer", "structure", "family"),
    [
        ("What would success look like in the first six months for the person in this role?", 5, 5),
        ("Is there a gym in the building?", 4, 3),
        ("I have really enjoyed today and I think I would fit in well here.", 3, 3),
    ],
)
def test_a_closing_question_is_judged_as_a_question(answer: str, structure: int, family: int) -> None:
    report = analyse("Do you have any questions for us?", answer,
                     context=AnalysisContext(phase="closing"))
    assert _dimension(report, "structure").score == structure
    assert _dimension(report, "family").score == family
    assert "first sentence does not answer" not in _dimension(report, "structure").anchor
    assert judged_as(report) == "your question at the end: judged as a closing question"


def test_the_family_line_says_unsure_or_none_for_an_answer() -> None:
    report = analyse("Tell me about a time you led a team through a hard change.",
                     "In 2021 I took over a team of eight and cut missed deadlines by half.",
                     context=AnalysisContext())
    assert judged_as(report).startswith("family: ")
    from dataclasses import replace

    assert judged_as(replace(report, family=None, family_source="unsure")) == (
        "family: unsure (general rules only)")
    assert judged_as(replace(report, family=None, family_source="none")).startswith(
        "family: none recognised")
