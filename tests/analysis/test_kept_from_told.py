"""Something told or sent to a party that the party then never knew was so, or would have acted
on had it known, is conduct told as a win; a fault fixed before it reached anyone, the truth
told, or a party that did not know before it was told is not.

Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.deception import kept_from_told
from poise.analysis.text import parse

KEPT = [
    "I told the landlord we had two other sites lined up. We had none, but he never knew.",
    "I wrote the insurer that the flood had started in the street. They never found out, and "
    "the claim paid in full.",
    "I told the regulator the spill was a valve failure, because if they knew it was a missed "
    "inspection they would have fined us.",
    "Then I had the fitter sign the old sheet and sent the auditors that copy. That took the "
    "pressure off. They never knew.",
]

LEFT_ALONE = [
    "We fixed the switch overnight. The tenants never knew there had been a fault.",
    "I told the client the truth the same morning. They did not know how bad it was until then.",
    "I sent the board a full report. They had not known about the backlog, and they thanked me.",
    "I sent the hauliers our forecast every Monday. They never knew our volumes before that.",
    "What I can show the panel is the audit trail. They did not know it existed.",
    "I showed him the error log. He said he was sorry he did not know the new system.",
]


def _fires(text: str) -> bool:
    sentences = parse(text).sentences
    return any(kept_from_told(sentences, position) for position in range(len(sentences)))


@pytest.mark.parametrize("text", KEPT)
def test_what_a_party_was_told_and_never_knew_is_kept_from_it(text: str) -> None:
    assert _fires(text)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_a_smooth_recovery_the_truth_or_earlier_ignorance_is_not(text: str) -> None:
    assert not _fires(text)


def test_the_story_told_as_a_win_is_a_finding_with_its_quote() -> None:
    answer = ("Our biggest customer threatened to leave after a late delivery. I told their buyer "
              "the delay was caused by a port strike, because if they knew it was our planning "
              "error they would have moved the contract. They stayed, and renewed for three years.")
    report = analyse("Tell me about a time you kept a difficult customer.", answer)
    found = [item for item in report.findings if item.rule == "tone.undermining"]
    assert found and "port strike" in found[0].evidence[0].quote


def test_the_same_story_owned_as_a_mistake_is_not_a_finding() -> None:
    answer = ("Early in my career I told a buyer the delay was caused by a port strike, because if "
              "they knew it was our planning error they would have moved the contract. That was my "
              "mistake, and I was wrong to do it; I went back a week later and told them the truth.")
    report = analyse("Tell me about a mistake you learned from.", answer)
    assert not [item for item in report.findings if item.rule == "tone.undermining"]
