"""A find the parse makes with a clear target stands past the answer-level floor; a weak find
keeps the floor (analysis/rules/grounded.py, read by the rule engine). Examples written for
these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.report import Evidence, Finding
from poise.analysis.rules import grounded, sensed
from poise.analysis.text import parse


def _finding(*spans: tuple[int, int]) -> Finding:
    return Finding("tone.judges_others", "medium", "tone", "m", "w", "f", "s",
                   tuple(Evidence(start, end, "") for start, end in spans))


def _data(text: str) -> SimpleNamespace:
    return SimpleNamespace(answer=parse(text))


def test_only_the_marked_sentences_outlive_the_floor() -> None:
    data = _data("He was clueless. The launch slipped a month. I re-planned the work.")
    first, second, _third = data.answer.sentences
    grounded.mark(data, "tone.judges_others", {0})
    kept = grounded.kept_past_floor(data, "tone.judges_others",
                                    [_finding((first.start, first.end), (second.start, second.end))])
    assert [(item.start, item.end) for item in kept[0].evidence] == [(first.start, first.end)]


def test_nothing_marked_means_the_floor_decides() -> None:
    data = _data("He was clueless. The launch slipped a month.")
    sent = data.answer.sentences[0]
    finding = _finding((sent.start, sent.end))
    assert grounded.kept_past_floor(data, "tone.judges_others", [finding]) == []
    # near miss: a mark made by another rule does not count for this one
    grounded.mark(data, "tone.blames_others", {0})
    assert grounded.kept_past_floor(data, "tone.judges_others", [finding]) == []


@pytest.fixture
def floor_says_no(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every floor the answer-level model sets is missed, as in an answer that read whole does
    not sound like criticism."""
    monkeypatch.setattr(sensed, "answer_agrees", lambda data, rule: False)


QUESTION = "Tell me about a project that went wrong."
CRITICISM = {"tone.judges_others", "meaning.badmouthing", "tone.heard_criticism", "tone.badmouthing"}


@pytest.mark.usefixtures("floor_says_no")
@pytest.mark.parametrize("answer", [
    # a third party as the subject of a negative verdict
    "We rebuilt the tender pack in a week. My old boss was clueless about pricing. I set up a weekly "
    "review with finance. The margin recovered by four points.",
    # a judging noun said of a named person
    "We rebuilt the tender pack in a week. The sales director, honestly, was a bit of a bully. I set "
    "up a weekly review with finance. The margin recovered by four points.",
])
def test_a_clear_verdict_stands_past_the_floor(answer: str) -> None:
    report = analyse(QUESTION, answer, context=AnalysisContext())
    assert report.rules_fired() & CRITICISM


@pytest.mark.usefixtures("floor_says_no")
@pytest.mark.parametrize("answer", [
    # near miss: a fair account of a situation the speaker then fixed, no one judged
    "The tender pack was a mess when I arrived. I rebuilt it in a week with the bid team. I set up "
    "a weekly review with finance. The margin recovered by four points.",
    # near miss: praise of a former boss
    "My old MD was brilliant at pricing and taught me most of what I know. I rebuilt the tender "
    "pack in a week. I set up a weekly review with finance. The margin recovered by four points.",
])
def test_no_verdict_no_finding_past_the_floor(answer: str) -> None:
    report = analyse(QUESTION, answer, context=AnalysisContext())
    assert not report.rules_fired() & CRITICISM
