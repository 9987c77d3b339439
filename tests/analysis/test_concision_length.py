"""Concision falls with length: an answer just above what the question needs loses a point, one
several times too long loses more, and each score below 5 says how long the answer was."""

from __future__ import annotations

from poise.analysis import analyse

ASKED = "Tell me about a time you turned round a failing team."
STORY = ("In 2021 I took over a depot team of 40 that was missing two thirds of its delivery "
         "slots. I sat with each shift for a week, rebuilt the rota around the peak hours and "
         "moved two team leaders. Within four months on-time deliveries went from 61% to 93%. ")


def _concision(answer: str) -> tuple[int, tuple[str, ...]]:
    report = analyse(ASKED, answer)
    item = next(item for item in report.dimensions if item.name == "concision")
    return item.score, item.reasons


def test_a_story_of_normal_length_keeps_full_concision() -> None:
    assert _concision(STORY * 2)[0] == 5


def test_an_answer_many_times_too_long_loses_more_than_one_point_and_says_why() -> None:
    score, reasons = _concision(STORY * 60)
    assert score <= 2
    assert any("times as long" in reason for reason in reasons)


def test_longer_never_scores_better() -> None:
    scores = [_concision(STORY * copies)[0] for copies in (2, 8, 16, 40)]
    assert scores == sorted(scores, reverse=True)
