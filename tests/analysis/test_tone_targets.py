"""The targets a polite complaint or pushback is aimed at, read from the parse
(analysis/tone_targets.py): the speaker's own job as the subject of a complaint, the
interviewer's point dismissed, someone else judged now. Each fact has fresh positives and near
misses written here."""

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


@pytest.mark.parametrize(("fact", "text", "holds"), [
    ("own_job_judged", "These days my role is not what it was, and the best part of it has gone.",
     True),
    ("own_job_judged", "I am tired of chasing approvals for every small change.", True),
    ("own_job_judged", "I spend more time on spreadsheets for head office than with my own staff.",
     True),
    # near misses: a job spoken of fairly, the speaker's own step, the role applied for
    ("own_job_judged", "My role has grown every year, and I am proud of what the team built.",
     False),
    ("own_job_judged", "I spent two weeks with the night shift before changing the rota.", False),
    ("own_job_judged", "The role you advertise is a step up from my current one.", False),
    ("point_dismissed", "Honestly, that is not a fair reading of two difficult quarters.", True),
    ("point_dismissed", "I'd frame the gap rather differently.", True),
    ("point_dismissed", "I don't know why everyone keeps asking about the delay.", True),
    ("point_dismissed", "I'm not sure that characterisation is quite fair.", True),
    ("point_dismissed", "I do not accept that the move was a mistake.", True),
    # near misses: a point granted, an open question, a frame of one's own, a failure owned,
    # another party's offer turned down
    ("point_dismissed", "That is a fair point: my largest budget was half this size.", False),
    ("point_dismissed", "I don't know why the second pilot worked better, so I ran it again.",
     False),
    ("point_dismissed", "I framed the proposal around the savings the board cared about.", False),
    ("point_dismissed", "I agree that it was a failure, and I own it.", False),
    ("point_dismissed", "I did not agree with the supplier on price, so we went to tender.", False),
    ("third_party_judged_now", "Most regional buyers still can't read a margin report.", True),
    ("third_party_judged_now", "Their planners never return a call before Thursday.", True),
    ("third_party_judged_now", "Frankly, the people upstairs don't grasp what the depots do.", True),
    # near misses: a state told in the past, a type sketched to make a point, the speaker's own
    # verdict, praise of others
    ("third_party_judged_now", "The depot managers were behind on every count that spring.", False),
    ("third_party_judged_now", "A buyer who never visits a store is not really a buyer.", False),
    ("third_party_judged_now", "I don't always read the margin report closely enough.", False),
    ("third_party_judged_now", "Our planners know the routes better than anyone.", False),
])
def test_the_target_of_a_complaint_or_a_pushback_is_read_from_the_parse(
        fact: str, text: str, holds: bool) -> None:
    assert _facts(text)[fact] is holds
