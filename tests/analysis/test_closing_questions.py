"""A question the candidate asks at the end is judged as a question.

It has no story, so it is scored on structure, concision and the closing-question dimension
only; the pause question is asked as a yes/no question by design and is not marked down for it;
two questions joined in one sentence count as two; a preamble does not hide the question; a
question better kept for after an offer is a finding with the kind's own reason.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.closing_moves import question_parts
from poise.analysis.matching import compile_matcher, find
from poise.content.loader import load_knowledge_base
from poise.content.schema import Matcher

CLOSING = AnalysisContext(family=None, phase="candidate_question")
ASKED = "Do you have any questions for us?"


def _scores(answer: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    report = analyse(ASKED, answer, context=CLOSING)
    return {item.name: (item.score, item.reasons) for item in report.dimensions}


def test_a_question_is_not_judged_on_evidence_ownership_relevance_or_tone() -> None:
    assert set(_scores("How will you judge whether this hire worked out after a year?")) == {
        "structure", "concision", "family"}


def test_the_pause_question_is_not_marked_down_for_being_yes_or_no() -> None:
    scores = _scores("Is there anything about my background that makes you hesitate?")
    assert scores["structure"][0] == 5 and scores["family"][0] == 5


def test_two_questions_in_one_sentence_count_as_two() -> None:
    scores = _scores("Who would I report to, and how are decisions split between the two directors?")
    assert scores["structure"][0] == 4
    assert any("2 questions at once" in reason for reason in scores["structure"][1])


def test_a_preamble_does_not_hide_an_open_question() -> None:
    scores = _scores("So, given the merger last spring and the new owners, what would you need "
                     "the person in this role to fix first?")
    assert scores["structure"][0] == 5


def test_a_long_preamble_costs_a_point_of_concision_with_the_count() -> None:
    preamble = "I have been thinking about the region, the teams and the plans you shared, " * 4
    scores = _scores(f"{preamble}so what would success look like in the first year?")
    assert scores["concision"][0] == 4 and "words" in scores["concision"][1][0]


@pytest.mark.parametrize(
    "answer",
    [
        "Could you tell me how much annual leave the directors get?",
        "How soon could I be promoted out of this post?",
        "What is the bonus like at this level?",
    ],
)
def test_a_question_for_after_an_offer_is_a_finding_with_its_reason(answer: str) -> None:
    report = analyse(ASKED, answer, context=CLOSING)
    found = [item for item in report.findings if item.rule == "closing.question_to_avoid"]
    assert found and found[0].why and found[0].evidence[0].quote == answer


def test_a_question_about_the_role_is_not_flagged() -> None:
    report = analyse(ASKED, "What would the board expect to see from this role by next summer?",
                     context=CLOSING)
    assert not report.findings


def test_question_parts_split_joined_questions_only() -> None:
    assert question_parts("What matters most here, and how is it measured?") == [
        "What matters most here", "how is it measured?"]
    assert question_parts("How do sales and marketing work together?") == [
        "How do sales and marketing work together?"]


def test_every_kind_to_avoid_recognises_its_own_example() -> None:
    kb = load_knowledge_base()
    for kind in kb.questions_to_ask.avoid:
        if kind.id == "no_questions":
            continue  # having no question at all is the structure's finding
        assert find(compile_matcher(Matcher(phrases=list(kind.cues)), kb.lexicons), kind.example), kind.id
