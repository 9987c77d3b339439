"""Tailored questions: bank questions ranked by the requirements; questions to ask with warnings."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.fit.questions import answered_warning, questions_to_ask, tailored_questions
from poise.fit.result import assess


def test_top_questions_suit_the_level_and_the_requirements(job_text: str, resume_text: str) -> None:
    kb = knowledge_base()
    fit = assess(job_text, resume_text, embed=hash_embed, today=TODAY)
    result = tailored_questions(fit, kb)
    assert 0 < len(result.questions) <= 10
    # The advert's own duties first (in its words), then the bank's questions for the level.
    duties = [question for question in result.questions if question.id.startswith("duty.")]
    assert 0 < len(duties) <= 3 and list(result.questions[: len(duties)]) == duties
    assert all(question.text.startswith("The advert says: “") for question in duties)
    questions = result.questions[len(duties):]
    for question in questions:
        assert "director" in [level.value for level in kb.questions[question.id].levels]
    scores = [question.score for question in questions]
    assert scores == sorted(scores, reverse=True)
    assert any(question.why for question in questions)


def test_always_questions_are_listed_with_the_pause_question() -> None:
    asked = questions_to_ask("We are hiring a director.", knowledge_base())
    assert [question.id for question in asked][:1] == ["pause"]
    assert all(question.warning is None for question in asked)


def test_warning_when_the_job_text_already_answers() -> None:
    warning = answered_warning(["team of", "direct reports"], "You will lead a team of 12.")
    assert warning is not None and "team of" in warning
    assert answered_warning(["team of"], "You will lead a department.") is None
