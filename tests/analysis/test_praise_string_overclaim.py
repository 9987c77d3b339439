"""A string of praising words about the speaker is self-praise, not an overclaim: the overclaim
rules (tone.overclaim, tone.sole_credit) leave a sentence that lists the speaker's qualities,
unless it takes credit from others in so many words; a change to a whole field only hoped for
is no record claimed."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, claims
from poise.analysis.text import Sentence, parse


def _one(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I'm honest, I'm reliable, I'm dead organised, I'm the best planner you'll find.",
    "My staff would say I'm calm, fair, approachable, the best manager they've had.",
    "I am decisive, strategic and very principled, and people notice it.",
])
def test_a_list_of_qualities_is_a_praise_string(text: str) -> None:
    assert claims.praise_string(_one(text))


@pytest.mark.parametrize("text", [
    "I'm proud of the team, and the result was good.",
    "I was responsible for the budget, the hiring and the suppliers.",
    "I am not patient, calm or tidy, and I know it.",
    "I'm the best negotiator in the region.",
])
def test_one_quality_or_a_denied_list_is_no_praise_string(text: str) -> None:
    assert not claims.praise_string(_one(text))


def _rules(answer: str, question: str = "What kind of leader are you?") -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="leadership_qualities"))
    return report.rules_fired()


OVERCLAIM = {"tone.overclaim", "tone.sole_credit"}


def test_a_rank_inside_a_string_of_qualities_is_not_an_overclaim() -> None:
    answer = ("My team would say I'm calm, fair, approachable, the best manager they've had. "
              "At the Hull depot I moved the rota planning onto the floor, and overtime fell by "
              "a fifth in six months.")
    assert not _rules(answer) & OVERCLAIM


def test_sole_credit_inside_a_string_of_qualities_is_still_an_overclaim() -> None:
    answer = ("I'm calm, fair, approachable, and I single-handedly turned the Hull depot round. "
              "Overtime fell by a fifth in six months.")
    assert _rules(answer) & OVERCLAIM


def test_a_rank_told_alone_is_still_an_overclaim() -> None:
    answer = ("My chair told me I'm the best finance director she has ever had. I closed the "
              "year-end in six days instead of fifteen.")
    assert _rules(answer, "What is your greatest strength?") & OVERCLAIM


@pytest.mark.parametrize(("text", "expected"), [
    ("Within a year our scheme changed how the whole sector thinks about repairs.", True),
    ("With the right leadership the charity can transform how the whole country thinks about "
     "mental health.", False),
    ("I hope our pilot will change how the entire industry works.", False),
])
def test_a_field_changed_is_a_claim_only_when_told_as_done(text: str, expected: bool) -> None:
    assert claims.field_transformed(_one(text)) is expected
