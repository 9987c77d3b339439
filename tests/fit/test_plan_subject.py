"""A requirement of no known kind takes the step of what it is about (the nearest subject by
meaning), never the fallback step whatever it asks; a requirement near no subject, or between
two, keeps the fallback."""

from __future__ import annotations

import numpy as np
import pytest

from poise.content.loader import knowledge_base
from poise.fit.concerns.plan_subject import subject_step
from poise.fit.lexicon import patterns_for


@pytest.fixture(scope="module")
def concerns():  # type: ignore[no-untyped-def]
    return patterns_for(knowledge_base()).content.concerns


def _fake(scores: list[float]):  # type: ignore[no-untyped-def]
    """An embedding under which the requirement's similarity to subject i is scores[i]."""
    def embed(texts: tuple[str, ...]) -> np.ndarray:
        size = len(texts)
        rows = np.zeros((size, size), dtype=np.float32)
        rows[0, 0] = 1.0
        for number, score in enumerate(scores, start=1):
            rows[number, 0] = score
            rows[number, number] = float(np.sqrt(max(0.0, 1 - score * score)))
        return rows
    return embed


def test_the_nearest_subject_gives_its_step(concerns) -> None:  # type: ignore[no-untyped-def]
    scores = [0.1] * len(concerns.subject_plans)
    scores[1] = 0.6  # the unions' subject
    assert subject_step("anything", concerns, _fake(scores)) == concerns.union_plan


def test_a_tie_between_two_subjects_keeps_the_fallback(concerns) -> None:  # type: ignore[no-untyped-def]
    scores = [0.1] * len(concerns.subject_plans)
    scores[0], scores[1] = 0.6, 0.59
    assert subject_step("anything", concerns, _fake(scores)) == ""


def test_a_requirement_near_no_subject_keeps_the_fallback(concerns) -> None:  # type: ignore[no-untyped-def]
    scores = [0.2] * len(concerns.subject_plans)
    scores[3] = concerns.subject_plan_min - 0.05
    assert subject_step("anything", concerns, _fake(scores)) == ""
    assert subject_step("   ", concerns, _fake(scores)) == ""


@pytest.mark.parametrize(("requirement", "said"), [
    ("Experience of negotiating pay and conditions with recognised trade unions", "union"),
    ("Knowledge of the provincial health legislation and the national health system", "rules"),
    ("A record of turning round a failing factory's output and safety figures", "trend"),
    ("Ability to set a long-term strategic direction and make hard calls", "strategy"),
])
def test_requirements_get_the_step_of_their_subject(concerns, requirement: str, said: str) -> None:  # type: ignore[no-untyped-def]
    step = subject_step(requirement, concerns)
    assert said in step and "who does this best" not in step


@pytest.mark.parametrize("requirement", [
    "Able to stand for long periods and wear safety boots on site",
    "Full clean driving licence",
    "Willingness to work from our city-centre office at least three days a week",
    "Years of Experience: 15 years",
])
def test_requirements_on_no_subject_keep_the_fallback(concerns, requirement: str) -> None:  # type: ignore[no-untyped-def]
    assert subject_step(requirement, concerns) == ""
