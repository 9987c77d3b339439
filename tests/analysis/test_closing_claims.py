"""A story's closing that passes on an opinion or a vague improvement is no result.

``claimed_result.claimed`` reads a person's growth told only by a word of degree ("she has grown
a lot") and other people's opinion passed on with nothing observable as its content ("everyone
says the ward is different now") as claims; ``outcome_told`` does not count a "turned out" that
introduces what was found, nor a vague thing reached by a time ("things settled down by May").
Each reader is tried both ways, with sentences that look like the thing and are not. Every
example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis.claimed_result import claimed
from poise.analysis.outcome_told import found_out, reached_by
from poise.analysis.text import Sentence, parse


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "He grew a lot over that year.",
    "She has really developed since the spring.",
    "Everyone on the ward says the place is different now.",
    "Everyone said it was better afterwards.",
    "She has grown a lot, she is far more confident now, everybody says so.",
])
def test_a_growth_by_degree_or_an_opinion_passed_on_is_a_claim(text: str) -> None:
    assert claimed(_sentence(text))


@pytest.mark.parametrize("text", [
    "She grew into the shift lead role within a year.",
    "He developed a new handover sheet with the drivers.",
    "The client said they had renewed the contract.",
    "Nobody said the ward was different.",
    "The backlog cleared, and everybody says so.",
    "The drivers said late returns were down to 4 a week.",
    "I grew a lot that year.",
])
def test_growth_into_something_named_a_reported_event_or_a_figure_is_not(text: str) -> None:
    assert not claimed(_sentence(text))


def test_a_turned_out_that_introduces_a_cause_found_is_no_settling() -> None:
    assert found_out(_sentence("It turned out that the pumps had been set wrong for months."))
    assert found_out(_sentence("Turned out he was being pushed by the sales side."))
    assert not found_out(_sentence("In the end the new rota turned out well."))
    assert not found_out(_sentence("We ended up keeping both suppliers."))


def test_a_vague_thing_reached_by_a_time_is_not_a_state_reached() -> None:
    assert reached_by(_sentence("When I arrived the queue was weeks long; by the spring it had cleared."))
    assert not reached_by(_sentence("We argued for a while, but things settled down by May."))
