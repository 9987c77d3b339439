"""The answer-level flaw model (analysis/answer_flaws.py): flaws heard in the whole answer, not in
one sentence - a weakness with no step in any tense, goals with nothing to measure them by.
Its row, its independent outputs, the gate that keeps a weakness
being worked on clean, and the whole analyser on answers written for these tests."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse, answer_flaws, learned, nlp, sentence_features
from poise.analysis.rules import sensed
from poise.analysis.rules.sensed import gates_of
from poise.content.loader import knowledge_base
from poise.content.schema import CodeRule

pipeline = importlib.import_module("poise.analysis.analyse")


def _row(family: str | None, sentences: int = 3, labels: int = 4) -> np.ndarray:
    rng = np.random.default_rng(3)
    embeddings = rng.normal(size=(sentences, 8))
    return answer_flaws.features(
        family=family, families=("goal_setting", "weaknesses"),
        probabilities=rng.uniform(size=(sentences, labels)),
        facts=rng.integers(0, 2, size=(sentences, sentence_features.DIMS)).astype(np.float32),
        question_sims=rng.uniform(size=sentences), answer_sim=0.4, question=rng.normal(size=8),
        sentence_embeddings=embeddings, centroid=embeddings.mean(axis=0), words=120)


def test_the_row_has_the_width_the_model_reads() -> None:
    assert _row("weaknesses").shape == (answer_flaws.width(2, 4),)


@pytest.mark.parametrize(("family", "slots"), [
    ("weaknesses", [0.0, 1.0, 0.0]),
    (None, [0.0, 0.0, 1.0]),  # unsure or no family: its own slot, never a guess
    ("motivation", [0.0, 0.0, 0.0]),  # a family the model was not trained with: no slot
])
def test_the_family_is_one_slot(family: str | None, slots: list[float]) -> None:
    assert _row(family)[:3].tolist() == slots


def test_a_question_with_no_similarities_still_gives_a_row() -> None:
    rng = np.random.default_rng(5)
    row = answer_flaws.features(
        family=None, families=(), probabilities=rng.uniform(size=(1, 2)),
        facts=np.zeros((1, sentence_features.DIMS), dtype=np.float32), question_sims=None,
        answer_sim=None, question=np.zeros(4), sentence_embeddings=rng.normal(size=(1, 4)),
        centroid=rng.normal(size=4), words=30)
    assert np.isfinite(row).all()


def test_outputs_are_independent_not_a_softmax() -> None:
    model = learned.LinearModel(("off_topic", "weakness_no_plan"), np.ones((2, 3), dtype=np.float32),
                                np.array([0.0, 5.0], dtype=np.float32), "", 1.01,
                                thresholds=(0.99, 0.5))
    row = np.ones(3)
    found = answer_flaws.probabilities(model, row)[0]
    assert found.sum() > 1.5  # an answer may show two flaws at once
    assert answer_flaws.flaws_heard(model, row) == frozenset({"weakness_no_plan"})


def test_an_unknown_whole_answer_gate_is_refused() -> None:
    rule = next(r for r in knowledge_base().rules.values() if r.id == "meaning.weakness_no_plan")
    assert isinstance(rule, CodeRule)
    assert gates_of(rule, "whole_unless") == ["step"]
    broken = rule.model_copy(update={"params": {**rule.params, "whole_unless": ["no such fact"]}})
    with pytest.raises(ValueError, match="no such fact"):
        gates_of(broken, "whole_unless")


def _shipped() -> learned.LinearModel:
    model = answer_flaws.answer_model(nlp.embedding_fingerprint())
    if model is None:
        pytest.skip("no answer-level model for this embedding model")
    return model


def _heard(question: str, answer: str) -> tuple[frozenset[str], set[str]]:
    """What the answer-level model hears in the answer, and the rules that fired."""
    _shipped()
    seen: list = []
    original = pipeline.run_rules

    def remember(rules, data, **options):  # type: ignore[no-untyped-def]
        seen.append(data)
        return original(rules, data, **options)

    pipeline.run_rules = remember
    try:
        report = analyse(question, answer, context=AnalysisContext(family=None))
    finally:
        pipeline.run_rules = original
    return sensed.answer_level(seen[-1]), report.rules_fired()


WEAKNESS_Q = "What would your team say is your biggest weakness as a manager?"


def test_a_weakness_left_as_it_is_is_heard() -> None:
    heard, fired = _heard(WEAKNESS_Q, (
        "I hold on to too much of the work myself. When a deadline is close I would rather build "
        "the model than wait for someone else to learn it, and my deputies have said more than "
        "once that they feel shut out of the interesting work. It has been like that for most of "
        "my career. The work gets done, and done well, and I suppose that matters more to me in "
        "the end. People who have worked with me for a while know what to expect."))
    assert "weakness_no_plan" in heard
    assert fired & {"meaning.weakness_no_plan", "weaknesses.no_steps", "weaknesses.accepted"}


def test_a_weakness_being_worked_on_is_not_flagged() -> None:
    # the model alone leans towards the flaw on the first sentences; the step told since then
    # (``accepted.worked_on``) silences the whole-answer path
    _, fired = _heard(WEAKNESS_Q, (
        "I hold on to too much of the work myself. When a deadline is close I would rather build "
        "the model than wait for someone else to learn it, and my deputies told me in 2022 that "
        "they felt shut out. Since then I have given each of them one piece of the monthly "
        "forecast to own, and I review it with them instead of redoing it. I also asked my "
        "director to check with them every quarter. In the last survey my team's score on "
        "development rose from 58 to 74 percent."))
    assert not fired & {"meaning.weakness_no_plan", "weaknesses.no_steps", "weaknesses.accepted"}


GOALS_Q = "What goals would you set for the sales team in your first year?"


def test_goals_with_nothing_to_measure_are_heard() -> None:
    heard, fired = _heard(GOALS_Q, (
        "I want the team to be more customer focused and to feel ownership of their numbers. I'd "
        "like us to grow, to be known in the market as the people who get things done, and to "
        "build a culture where everyone improves a little every month. Above all I want people to "
        "enjoy coming to work and to be proud of what we deliver together."))
    assert "vague_goals" in heard
    assert "meaning.vague_goals" in fired or "goal_setting.vague_aim" in fired


def test_measured_goals_are_not_heard_as_vague() -> None:
    heard, fired = _heard(GOALS_Q, (
        "In the first quarter I would agree three targets with the team: raise repeat orders from "
        "41 to 50 percent by December, cut the quote turnaround from five days to two by the end "
        "of March, and have every rep run two joint calls a month with a product engineer. I would "
        "review them weekly on one page and reset them in July."))
    assert "vague_goals" not in heard
    assert "meaning.vague_goals" not in fired
