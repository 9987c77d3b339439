"""Conduct told as a win is the speaker's own (conduct.speaker_acts, the ``actor: speaker`` gate of
meaning.unethical). Sentences written for these tests: the speaker or their team acting is kept,
and so is an act around someone put as a denial; a denied act, someone else's decision or
someone else's feeling about the speaker is not conduct of theirs."""

from __future__ import annotations

import pytest

from poise.analysis import conduct
from poise.analysis.text import Sentence, parse
from poise.content.loader import knowledge_base


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I signed the order myself while the director was on leave.",
    "We booked the costs into the next quarter so the numbers held.",
    "I'd just get it done and tell them afterwards.",
    "I always go straight to the owner when my boss stalls.",
    "I didn't mention that the idea came from me.",  # an act around someone, put as a denial
])
def test_conduct_the_speaker_carries_out(text: str) -> None:
    assert conduct.speaker_acts(_sentence(text))


@pytest.mark.parametrize("text", [
    "She didn't agree in that meeting, and I didn't go over her head.",
    "The decision was taken at group level and the packages were put together by head office.",
    "My two deputies felt I did not trust them.",
    "I think it was handled as well as it could have been.",
])
def test_no_conduct_of_the_speaker(text: str) -> None:
    assert not conduct.speaker_acts(_sentence(text))


def test_the_unethical_model_rule_asks_for_the_speaker_as_the_actor() -> None:
    rule = knowledge_base().rules["meaning.unethical"]
    # speaker_told: the speaker as the actor, in an act told as done rather than imagined
    assert rule.params.get("actor") in {"speaker", "speaker_told"}
