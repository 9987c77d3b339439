"""People said not to have needed to know, after an act of the speaker's (appearance.none_to_know,
part of tone.undermining). Sentences written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import appearance
from poise.analysis.text import parse


def _heard(text: str) -> bool:
    sentences = parse(text).sentences
    return any(appearance.none_to_know(sent, sentences[index - 1] if index else None)
               for index, sent in enumerate(sentences))


@pytest.mark.parametrize("text", [
    "I moved the two late orders into next month's batch, and the customer didn't need to know.",
    "I signed the waiver on the site manager's behalf. Nobody needed to know about it.",
    "I quietly changed the scoring sheet before the panel met; no one needed to know.",
])
def test_people_not_needing_to_know_after_an_own_act_is_heard(text: str) -> None:
    assert _heard(text)


@pytest.mark.parametrize("text", [
    # near miss: a skill nobody needed, not a secret
    "We moved the whole team onto the new booking tool, and nobody needed to know how to code.",
    # near miss: the speaker told them because they needed to know
    "My predecessor had hidden the losses, so I told the board, because they needed to know.",
    # near miss: a rule bent by someone else that the speaker stopped
    "The shift lead had been signing off checks nobody did, and he thought no one needed to know. "
    "I stopped it that week.",
    # near miss: the speaker's own need
    "I didn't need to know every detail, so I asked for one page a week.",
])
def test_no_secret_kept_by_the_speaker_is_left_alone(text: str) -> None:
    assert not _heard(text)
