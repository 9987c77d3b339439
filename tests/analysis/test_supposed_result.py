"""An outcome sized only by a word of degree, or offered as the speaker's supposition, is a
claim, not a result (issue 11, item 3).

"The mood on the ward changed enormously" and "I believe the suppliers respect us more now"
say that it went well without saying what changed: a coach asks for the figure or the thing
anyone could see. A change with its measure ("went down by a fifth", "from 9 to 6"), a thing
that stopped, a supposition about the speaker's own side, or a past opinion in the set-up is
left alone. Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.claimed_result import claimed
from poise.analysis.outcome_told import change_seen
from poise.analysis.story_end import vague_change
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result", "structure.claimed_result"}


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The mood on the ward changed enormously.",
    "Bookings went up, seriously up.",
    "Footfall rose massively over the summer.",
    "I believe the suppliers respect us more now.",
    "I reckon the depot is running smoother now.",
    "I think morale improved.",
])
def test_a_change_sized_by_degree_or_supposed_is_a_claim(text: str) -> None:
    assert claimed(_first(text))


@pytest.mark.parametrize("text", [
    "Bookings went up by a fifth over the summer.",
    "Costs came down a lot, from 9 to 6 million.",
    "Complaints about the night crossings stopped.",
    "I think we changed a lot as a team.",
    "I thought the old rota was better.",
    "I don't think morale improved at all.",
    "Footfall rose 14% over the summer.",
])
def test_a_measured_change_or_no_supposed_outcome_is_not(text: str) -> None:
    assert not claimed(_first(text))


def test_a_state_compared_with_more_is_a_verdict_of_a_vague_thing() -> None:
    assert vague_change(_first("After that the relations became more normal."))
    assert not vague_change(_first("After that the rota became more predictable for 40 drivers."))


def test_every_event_of_a_kind_is_no_change_seen() -> None:
    assert not change_seen(_first("We logged every delay for a month, with the time and the cause."))
    assert change_seen(_first("The auditors noticed the drop in missed collections."))


STORY = ("Tell me about a change you introduced at work.",
         "Our crematorium's booking line kept losing calls on Mondays. In 2022 I moved two "
         "administrators onto a shared rota and I wrote a short script for the first call. "
         "I also trained the funeral directors' liaison staff on the new online form myself. ")


def test_a_story_closing_on_a_supposed_outcome_gets_a_finding_quoting_it() -> None:
    report = analyse(STORY[0], STORY[1] + "I think the families are a lot happier with us now.",
                     context=AnalysisContext())
    quotes = [item.quote for f in report.findings if f.rule in NO_RESULT for item in f.evidence]
    assert quotes and any("happier" in quote for quote in quotes)


def test_a_story_closing_on_a_measured_outcome_gets_none() -> None:
    report = analyse(STORY[0], STORY[1] + "Lost calls on Mondays fell from about 40 to 6 within a "
                     "month, and I think the families noticed.", context=AnalysisContext())
    assert not [f for f in report.findings if f.rule in NO_RESULT]
