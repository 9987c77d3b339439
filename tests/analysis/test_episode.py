"""An episode told (analysis/episode.py) and the lower floor it gives ``structure.no_result``.
Sentences written for these tests: actions told as events, tied to an occasion, are an episode;
habits, plans and a single step are not. A story whose actions were told and that stops short of
a result is heard at the episode floor; an answer with no episode, or one that tells a result,
is not."""

from __future__ import annotations

import pytest

from poise.analysis import episode
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.rules import sensed
from poise.analysis.text import parse


@pytest.mark.parametrize("text", [
    "In 2021 the Hull depot kept missing its evening trucks. I rewrote the picking routes. I "
    "trained the shift leads myself.",
    "I met every agent one to one. I rewrote the rota with the supervisors. We started a Friday "
    "review of the hardest calls.",
])
def test_an_episode_is_told(text: str) -> None:
    assert episode.episode_told(parse(text))


@pytest.mark.parametrize("text", [
    "I would always start by meeting the team. I usually rewrite the rota early. I tend to "
    "review the hardest calls every Friday.",
    "In 2021 the depot kept missing its trucks. I rewrote the routes.",  # one step
    "I will meet every agent in my first month. I will then rewrite the rota.",
])
def test_no_episode(text: str) -> None:
    assert not episode.episode_told(parse(text))


def test_anchored_by_a_time_a_name_or_a_number() -> None:
    first, second, third, fourth = parse(
        "Last March I called the supplier. I went to see Priya at the Leeds site. I cut the list "
        "to 40 lines. I called them.").sentences
    assert episode.anchored(first) and episode.anchored(second) and episode.anchored(third)
    assert not episode.anchored(fourth)


QUESTION = "Tell me about a time you turned around an underperforming team."
NO_RESULT = (
    "When I took over the Leeds contact centre in 2022, morale was low and two supervisors had "
    "just resigned. I met every agent one to one in my first fortnight. I rewrote the rota with "
    "the supervisors so nobody worked more than two late shifts a week. I also started a short "
    "Friday review of the hardest calls. What I learned is that people want to be heard.")
RESULT = NO_RESULT.replace("What I learned is that people want to be heard.",
                           "Within six months absence fell from 9% to 4%.")
HABITS = ("I would always start by meeting every agent one to one. I usually rewrite the rota "
          "with the supervisors. I tend to start a Friday review of the hardest calls. I believe "
          "people want to be heard.")


def _fired(answer: str, chance: float, monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr(sensed, "answer_chance", lambda data, flaw: chance)
    report = analyse(QUESTION, answer, context=AnalysisContext(family="past_behaviour"))
    return "structure.no_result" in report.rules_fired()


def test_an_episode_with_no_result_is_heard_at_the_episode_floor(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert _fired(NO_RESULT, 0.65, monkeypatch)


def test_below_the_episode_floor_nothing_is_heard(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _fired(NO_RESULT, 0.5, monkeypatch)


def test_a_result_told_is_no_finding_at_any_chance(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _fired(RESULT, 0.9, monkeypatch)


def test_habits_are_no_episode_for_the_lower_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _fired(HABITS, 0.65, monkeypatch)
