"""Plain praise of others (analysis/plain_praise.py), the "at all" and "he"/"she" denials of
analysis/meaning.py, and an outcome put down to anyone in the post (attribution.anyone_alike):
examples written for these tests, each with a look-alike that must not pass."""

from __future__ import annotations

import pytest

from poise.analysis import attribution
from poise.analysis.meaning import WordClasses, judged_targets
from poise.analysis.plain_praise import plain_praise
from poise.analysis.text import Sentence, parse


def _sent(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Marta ran the night desk for ten years and knew the regulars better than anyone.",
    "I wanted them to stay on, their engineers are excellent with young patients.",
    "I won't name him here; he was a superb planner and the crews trusted him.",
])
def test_warm_words_with_nothing_against_anyone_are_plain_praise(text: str) -> None:
    assert plain_praise(_sent(text))


@pytest.mark.parametrize("text", [
    "The partners only care about the margin.",  # a warm verb limited
    "My predecessor was a lovely man who never opened the post.",  # a relative clause tells more
    "The owners were more interested in the harbour view than in the boats.",  # set against
    "Frankly, the new board is very keen on committees.",  # a candid aside, a graded warmth
    "The buyers tend to love a long meeting.",  # a habit
    "Their engineers were good, but the planners never answered a call.",  # a contrast, a denial
    "The agency overpromised at every pitch.",  # too much
    "The vendor was careless with the keys.",  # nothing warm, a negative word
])
def test_limited_turned_or_negative_sentences_are_not_plain_praise(text: str) -> None:
    assert not plain_praise(_sent(text))


def test_candour_class_of_the_caller_turns_praise() -> None:
    text = "To put it kindly, the regional office was generous with its deadlines."
    assert not plain_praise(_sent(text), candour=frozenset({"kindly"}))


PEOPLE = WordClasses(targets=frozenset({"he", "she", "they", "boss", "director"}))
KNOWING = frozenset({"understand", "listen", "know", "respect"})


@pytest.mark.parametrize("text", [
    "The regional director, he does not understand freight at all.",
    "She doesn't listen to the crews.",
    "My boss doesn't understand the budget at all.",
])
def test_pointed_or_particular_denials_judge(text: str) -> None:
    assert judged_targets(_sent(text), PEOPLE, judgement_verbs=KNOWING)


@pytest.mark.parametrize("text", [
    "She does not understand why we moved the depot, so I am walking her through it this week.",
    "They don't understand the new tariff yet.",
    "He doesn't know the figures yet.",
])
def test_denials_taken_on_or_said_of_anyone_do_not_judge(text: str) -> None:
    assert not judged_targets(_sent(text), PEOPLE, judgement_verbs=KNOWING)


@pytest.mark.parametrize("text", [
    "Any manager in that seat would have had the same result.",
    "Put any director in that job and she will get the same numbers.",
    "Nobody could have saved that season.",
])
def test_outcome_put_down_to_anyone_in_the_post(text: str) -> None:
    assert attribution.anyone_alike(_sent(text))


@pytest.mark.parametrize("text", [
    "Nobody could have known the rules would change, so I rebuilt the plan.",
    "Anyone can make the same mistake.",
    "I would make the same call again.",
    "If anyone had had the same data, they would have seen it.",
    "Every supplier would quote the same price for that volume.",
    "Nobody else in the firm could have closed that deal.",  # sole credit, not a share refused
    "No other buyer would have got those terms.",
    "They'd come round to it in time, same as every client before them.",
    "They will face the same checks everybody faces.",
])
def test_choices_principles_and_conditions_are_not_put_down_to_the_post(text: str) -> None:
    assert not attribution.anyone_alike(_sent(text))
