"""The targets a polite complaint or pushback is aimed at, read from the parse
(analysis/tone_targets.py): the speaker's own job as the subject of a complaint, the
interviewer's point dismissed. Each fact has fresh positives and near misses written here."""

from __future__ import annotations

import pytest

from poise.analysis import tone_targets
from poise.analysis.text import parse
from poise.content.loader import knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _facts(text: str) -> dict[str, bool]:
    matrix = tone_targets.matrix(parse(text).sentences, work=_words("work_nouns"),
                                 feelings=_words("work_feelings"),
                                 concerns=_words("concern_words", "question_terms"))
    return {name: bool(matrix[:, column].max() > 0)
            for column, name in enumerate(tone_targets.NAMES)}


@pytest.mark.parametrize("text", [
    "These days my role is not what it was, and the best part of it has gone.",
    "I am tired of chasing approvals for every small change.",
    "I spend more time on spreadsheets for head office than with my own staff.",
])
def test_the_own_job_as_the_target_of_a_complaint_is_confirmed(text: str) -> None:
    assert _facts(text)["own_job_judged"]


@pytest.mark.parametrize("text", [
    "My role has grown every year, and I am proud of what the team built.",
    "I spent two weeks with the night shift before changing the rota.",
    "The role you advertise is a step up from my current one.",
])
def test_a_job_spoken_of_fairly_is_no_complaint(text: str) -> None:
    assert not _facts(text)["own_job_judged"]


@pytest.mark.parametrize("text", [
    "Honestly, that is not a fair reading of two difficult quarters.",
    "I'd frame the gap rather differently.",
    "I don't know why everyone keeps asking about the delay.",
    "I'm not sure that characterisation is quite fair.",
    "I do not accept that the move was a mistake.",
])
def test_the_interviewers_point_dismissed_is_confirmed(text: str) -> None:
    assert _facts(text)["point_dismissed"]


@pytest.mark.parametrize("text", [
    "That is a fair point: my largest budget was half this size.",
    "I don't know why the second pilot worked better, so I ran it again.",
    "I framed the proposal around the savings the board cared about.",
    "I agree that it was a failure, and I own it.",
    "I did not agree with the supplier on price, so we went to tender.",
])
def test_a_point_granted_or_an_open_question_is_no_dismissal(text: str) -> None:
    assert not _facts(text)["point_dismissed"]
