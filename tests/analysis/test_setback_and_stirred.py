"""Off-topic readings sharpened on the question's focus (analysis/asked.py, analysis/focus.py):
a setback asked in other words ("what would she say you got wrong", "something that didn't work
out"), what does not count as something going wrong (the lesson, a measured cut, a relative
clause), and "me" stirred by a thing is not the speaker's own side (examples written for these
tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked, focus
from poise.analysis.text import parse


@pytest.mark.parametrize("question", [
    "If we called your old finance director, what would he say you got wrong?",
    "Tell me about something you launched at work that didn't work out.",
    "Where did you fail as a team leader?",
])
def test_setback_asked_in_other_words(question: str) -> None:
    assert asked.asks_setback(question)


@pytest.mark.parametrize("question", [
    "Tell me about something your own staff couldn't fix and you brought in a partner.",
    "What would you do if you got a forecast wrong?",
    "Tell me about something you're proud of at work.",
])
def test_no_setback_in_near_misses(question: str) -> None:
    assert not asked.asks_setback(question)


def test_lesson_measured_cut_and_description_are_not_things_going_wrong() -> None:
    answer = parse(
        "I moved the parts ordering onto the handhelds with our stores lead. It cut ordering "
        "time by about twenty minutes a job and went to every depot within a year. We now get "
        "data we couldn't see before. What I took from it: start with the most sceptical crew."
    )
    assert asked.nothing_went_wrong(answer)


def test_a_real_failure_still_counts() -> None:
    answer = parse(
        "I moved the parts ordering onto the handhelds. The drivers hated it and the pilot "
        "was scrapped after a month. What I took from it: ask the crews first."
    )
    assert not asked.nothing_went_wrong(answer)


def test_setback_question_answered_with_a_success_is_off_topic_even_when_projective() -> None:
    answer = ("Honestly, she'd start with the Corby depot. In 2021 I pushed the board to sign a "
              "ten-year lease there and planned the move with our transport lead. Volumes are "
              "up a third since, and it is now our most profitable site. She'd say that was my "
              "best call.")
    report = analyse("If we rang your chair tomorrow, what would she say you got wrong?", answer,
                     context=AnalysisContext(family="projective"))
    assert "relevance.answers_another" in report.rules_fired()


@pytest.mark.parametrize("text", [
    "That's what gets me out of bed in the morning, seeing the team grow.",
    "Honestly it keeps me learning every single week.",
])
def test_me_stirred_by_a_thing_is_not_own_side(text: str) -> None:
    assert not any(focus.own_side(sent) for sent in parse(text).sentences)


@pytest.mark.parametrize("text", [
    "My coach pushed me to speak last in every meeting.",
    "My mentor told me to stop rewriting my deputies' reports.",
])
def test_me_moved_by_a_person_stays_own_side(text: str) -> None:
    assert any(focus.own_side(sent) for sent in parse(text).sentences)
