"""An overclaim by rank over a place (analysis/claims.ranked_over_a_place): the speaker said to
be the first, only or best across a country, a region or a field, or their own organisation so
ranked across all of one, or "no other firm in the region does it as well as us". A rank in
time, a checkable first of an organisation in a named place, a rank inside one's own
organisation, a denial and someone else's rank are no overclaim. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.claims import ranked_over_a_place
from poise.analysis.text import parse


def _first(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I was the first engineer in Portugal to run a fleet on predictive maintenance.",
    "Honestly, I am the best scheduler in the country.",
    "Today our depot is the most reliable in all of Scandinavia.",
    "No other laundry in Somerset turns linen round as fast as us.",
])
def test_a_rank_over_a_place_is_an_overclaim(text: str) -> None:
    assert ranked_over_a_place(_first(text))


@pytest.mark.parametrize("text", [
    "It was the first time in Portugal that I ran a tender.",  # a rank in time
    "We became the first hospital in Kenya to gain that accreditation.",  # checkable, no "all"
    "I am the only one in the plant who knows the old kiln.",  # inside one's own organisation
    "I was not the first person in Ghana to try it.",  # denied
    "She was the first woman in Uganda to run a port.",  # someone else
    "I organised our first open day in Geneva in 2019.",  # an ordinal of an event
    "I should have tested the price in one region first.",  # an adverb of order
])
def test_a_rank_in_time_or_in_ones_own_house_or_of_others_is_no_overclaim(text: str) -> None:
    assert not ranked_over_a_place(_first(text))


def test_the_rule_quotes_the_ranked_claim() -> None:
    answer = ("In 2021 I moved our inspections from paper to tablets and trained the nine "
              "technicians myself; audit preparation fell from three days to half a day. I was "
              "the first engineer in Portugal to run a fleet on digital records.")
    report = analyse("Tell me about an improvement you introduced.", answer)
    [finding] = [item for item in report.findings if item.rule == "tone.overclaim"]
    assert any("first engineer in Portugal" in item.quote for item in finding.evidence)
