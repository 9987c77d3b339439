"""What the speaker put openly to the people concerned is no conduct around them
(``conduct.discloses``): a position of their own side told to the other party ("I told him we
would qualify a second supplier") and a question put to a person about their own view ("I asked
him what he reckoned was going on"); a request to do something, a question about others and a
told state of affairs stay with the model."""

from __future__ import annotations

import pytest

from poise.analysis import conduct
from poise.analysis.text import Sentence, parse


def _one(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I told the distributor plainly that we would move the account to a rival if the price held.",
    "I met the union rep and told her we will not cut any shifts before the review.",
    "I sat down with the shift lead, showed him the overtime figures and asked him what he made "
    "of them.",
    "I went to the ward sister and asked her whether she thought the rota was workable.",
])
def test_an_open_stance_or_question_is_disclosure(text: str) -> None:
    assert conduct.discloses(_one(text))


@pytest.mark.parametrize("text", [
    "I asked the clerk to date the order in March so it would land in the old budget.",
    "I asked the buyer what the other bidders had offered.",
    "I told the board the plant would be ready by March.",
    "I told the inspector the logs were complete, although two weeks were missing.",
])
def test_a_request_a_question_about_others_or_a_told_state_is_not(text: str) -> None:
    assert not conduct.discloses(_one(text))
