"""Praise that must not be given, and the points proven evidence is worth.

A year, a span of time or a head-count of the set-up is never a number on the outcome; a
criticism of others, a plan or a regret is never a lesson still applied; a condition or an
opinion is never an own action; and the points a proven strength adds never carry an answer
with a gap past 84.
"""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.report import DimensionScore, Evidence, Strength
from poise.analysis.scoring import (
    LESSON,
    LEVEL_CEILING,
    OUTCOME_NUMBER,
    OWN_ACTION,
    PROVEN_REACH,
    overall_score,
)

STORY = "Tell me about a time you turned round a struggling team."


def _praised(answer: str, what: str) -> list[str]:
    report = analyse(STORY, answer)
    return [item.quote for strength in report.strengths if strength.what == what
            for item in strength.evidence]


@pytest.mark.parametrize(
    ("answer", "not_praised"),
    [
        ("In 2019 I took over a claims team of 14 people that had missed every target for a year. "
         "I met each handler, rebuilt the queue by complexity and paired the new starters with "
         "the two most experienced people. Things got better and the team felt calmer.",
         ("2019", "14")),
        ("I joined a depot of forty drivers where morale was low. Over six weeks I rode along "
         "on every route and rewrote the rota with the shift leads. People seemed happier "
         "afterwards and the complaints eased off.", ("forty", "six")),
        ("Our goal was to cut the backlog by 30% before the audit. I sat with the three "
         "supervisors, split the work by urgency and took the hardest files myself. We got "
         "through the audit without trouble.", ("30%",)),
    ],
)
def test_no_number_on_the_outcome_from_the_set_up_a_span_or_an_aim(
        answer: str, not_praised: tuple[str, ...]) -> None:
    quoted = " ".join(_praised(answer, OUTCOME_NUMBER))
    for figure in not_praised:
        assert figure not in quoted


@pytest.mark.parametrize(
    "answer",
    [
        ("I took over a sales team that had lost two big accounts. I rang each client, rebuilt "
         "the pipeline review and coached the two newest reps. We won one account back. What I "
         "learned is that my old director never understood how long a renewal takes."),
        ("I inherited a project that was four months late. I cut the scope with the sponsor and "
         "moved two engineers onto testing. It shipped in June. If I did it again I would bring "
         "finance in much earlier."),
        ("I led a team whose handovers kept failing. I wrote a one-page handover sheet and ran "
         "it with the night shift. Handovers got smoother. The lesson for the company was that "
         "head office should staff the nights properly."),
    ],
)
def test_no_lesson_from_a_criticism_a_plan_or_a_lesson_for_others(answer: str) -> None:
    assert _praised(answer, LESSON) == []


def test_no_own_action_from_a_condition_or_an_opinion() -> None:
    answer = ("If I said no to the client, they would have walked. I think the team was "
              "capable. Honestly I believe it went well in the end.")
    quoted = " ".join(_praised(answer, OWN_ACTION))
    assert "I said" not in quoted and "I think" not in quoted and "I believe" not in quoted


def _dimensions(levels: dict[str, int]) -> tuple[DimensionScore, ...]:
    return tuple(DimensionScore(name, name, level, "", (), ()) for name, level in levels.items())


LEVELS = {"structure": 4, "evidence": 3, "ownership": 4, "relevance": 5, "concision": 5,
          "tone": 4, "family": 4}


def _strength(what: str) -> Strength:
    return Strength(what, ())


def test_proven_strengths_rank_answers_a_gap_bounds_alike() -> None:
    bare = overall_score(_dimensions(LEVELS), story=True, insufficient=False)
    shown = overall_score(_dimensions(LEVELS), story=True, insufficient=False,
                          strengths=(_strength(OWN_ACTION), _strength(LESSON)))
    assert shown > bare


def test_proven_strengths_never_lift_an_answer_with_a_gap_far_past_its_bound() -> None:
    every = tuple(_strength(what) for what in (OWN_ACTION, LESSON, OUTCOME_NUMBER,
                                                "Credits the team"))
    bare = overall_score(_dimensions(LEVELS), story=True, insufficient=False)
    shown = overall_score(_dimensions(LEVELS), story=True, insufficient=False, strengths=every)
    # a dimension at 3 bounds it at 72: the three kinds proven lift it, never past PROVEN_REACH
    assert bare < shown <= LEVEL_CEILING[3] + PROVEN_REACH < 85
    strong = {**LEVELS, "evidence": 5, "structure": 5}
    assert overall_score(_dimensions(strong), story=True, insufficient=False,
                         strengths=every) < 85  # no quoted evidence: never 85


def test_other_strengths_add_no_points() -> None:
    bare = overall_score(_dimensions(LEVELS), story=True, insufficient=False)
    assert overall_score(_dimensions(LEVELS), story=True, insufficient=False,
                         strengths=(_strength("Credits the team"),)) == bare


def test_proven_strengths_never_carry_a_score_past_100() -> None:
    every = tuple(_strength(what) for what in (OWN_ACTION, LESSON, OUTCOME_NUMBER))
    quoted = (Evidence(0, 1, "I"),)
    perfect = tuple(DimensionScore(name, name, 5, "", quoted, ()) for name in LEVELS)
    assert overall_score(perfect, story=True, insufficient=False, strengths=every) == 100
