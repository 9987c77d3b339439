"""A thing the speaker told or presented, followed by what was really so
(analysis/reality_after_claim.py, part of tone.undermining). Sentences written for these tests:
a claim or a presentation the next sentence limits or retells are heard; a forecast, a present
state, a correction and someone else's claim are not."""

from __future__ import annotations

import itertools

import pytest

from poise.analysis import reality_after_claim
from poise.analysis.text import parse


def _read(text: str) -> bool:
    sentences = list(parse(text).sentences)
    return any(reality_after_claim.claim_then_reality(said, after)
               for said, after in itertools.pairwise(sentences))


@pytest.mark.parametrize("text", [
    "I told the customer the part was in stock. In reality it was still on a ship, but they "
    "signed the order.",
    "I told the auditor the stock count had been done in March. Actually we did it in May.",
    "In the funding bid I described the volunteer network as already in place. At that point we "
    "had only two volunteers and a plan.",
    "I presented the draft as the signed lease. In fact the landlord had not signed it yet.",
])
def test_a_claim_followed_by_what_was_really_so(text: str) -> None:
    assert _read(text)


@pytest.mark.parametrize("text", [
    "I told the client we would need six weeks. We actually only needed four.",  # a forecast
    "I told the board we had three bidders. We actually only have two now.",  # the present
    "I told them we had three bidders. We actually only had two, and I corrected it that "
    "afternoon.",
    "The supplier told us the parts had shipped. In reality they were still in the warehouse.",
    "I told the team the plan was ready. Actually, the best part was how quickly they took it up.",
])
def test_no_claim_against_reality(text: str) -> None:
    assert not _read(text)
