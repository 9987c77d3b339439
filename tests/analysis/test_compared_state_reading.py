"""A state told as changed is read on the verb's own complement: a comparative in a clause
joined to it, or "more" counting the occasions of the work, compares no state. Examples written afresh."""

from __future__ import annotations

import pytest

from poise.analysis.structure import changed_state, compared_state
from poise.analysis.text import parse


@pytest.mark.parametrize("text", [
    "It was a very tiring month and I spent many evenings on it, more than on my own site.",
    "Afterwards there were some more talks about the fees.",
    "There were more meetings about the rota that spring.",
])
def test_no_state_compared(text: str) -> None:
    sent = parse(text).sentences[0]
    assert not changed_state(sent)
    assert not compared_state(sent)


@pytest.mark.parametrize("text", [
    "The team got faster.",
    "The depot was calmer and the drivers were happier.",
    "The drivers seemed more relaxed.",
    "Handovers became quicker.",
    "The queue got shorter and I got more sleep.",
    "There was less paperwork to chase by the second week.",
])
def test_state_compared_is_still_read(text: str) -> None:
    sent = parse(text).sentences[0]
    assert changed_state(sent) or compared_state(sent)
