"""A number on the outcome read in more of the ways people say one (issue 11, item 2).

Numbers in words with their scale ("four million litres", "two hundred cases", "twenty-six
thousand pounds"), a change told with a direction between the verb and its "to" ("went up to 97
per cent"), and a state reached against a baseline ("£60,000 under budget") are results; a year,
a span of time, a head-count in the set-up or an aim told in the same words is not. Every case is
written in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.figures import result_numbers
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.text import parse

QUESTION = "Tell me about a time you improved the way your team worked."
OPENING = ("When I took over the depot, vans were leaving late most mornings. I timed every "
           "loading step with the two shift leads and I moved the scanners next to the bays. ")


def _read(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in result_numbers(sent)]


def _praised(answer: str) -> list[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext(family="past_behaviour"))
    return [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
            for item in strength.evidence]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We saved four million litres of water a year.", "four million"),
        ("The queue fell from two hundred parcels to forty.", "two hundred"),
        ("It saved twenty-six thousand pounds in the first year.", "twenty-six thousand"),
        ("Our on-time rate went up to 97 per cent.", "97 per cent"),
        ("Complaints came back down to 40 a month.", "40"),
        ("First-time fixes rose to seventy percent.", "seventy percent"),
        # "per cent" is the figure's unit even where the parser hangs it on a time after it
        ("Written complaints after delays fell 44 per cent the following season.", "44 per cent"),
        # a sum told by a sign before it or a currency word after it
        ("The saving came to US$7,500 a quarter.", "7,500"),
        ("The saving was around 38,000 US dollars for the year.", "38,000"),
        # a span of time against the date planned
        ("The second bridge, same design, went out five weeks early.", "five"),
        ("We handed the last block over three weeks ahead of schedule.", "three"),
    ],
)
def test_a_result_in_spelled_numbers_or_with_a_direction_is_read(text: str, figure: str) -> None:
    assert any(figure in quote for quote in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "I went to a firm with a turnover of sixty million.",  # the size of a place
        "We had thirty-five drivers on the morning shift.",  # a head-count
        "It took us eighteen months to get there.",  # a span of time
        "Our goal was to get up to ninety percent by the spring.",  # an aim
        "If we had saved four million litres, the council would have paid.",  # a condition
        "The project ran from 2019 to 2021.",  # years
        "I plan to finish the fit-out two weeks early.",  # an aim, however early
        "The pilot ran for five weeks.",  # a span with no reference
        "I spent 30 per cent of the next quarter on the road.",  # a share of time, no change
        "The budget was 45,000 dollars.",  # the means, not a change
        "I managed a budget of NZ$45,000.",  # the same, with a sign
        "Last spring I opened the Leeds clinic six weeks late.",  # the failure a story opens on
        "I pushed the opening two weeks earlier than the engineers wanted.",  # a date moved
    ],
)
def test_a_size_a_span_an_aim_or_a_year_in_the_same_words_is_not(text: str) -> None:
    assert _read(text) == []


def test_a_spelled_result_is_praised_as_a_number_on_the_outcome() -> None:
    quotes = _praised(OPENING + "The new loading plan saved four million litres of diesel in its first year.")
    assert any("four million" in quote for quote in quotes)


@pytest.mark.parametrize(
    "ending",
    [
        "I had thirty-five drivers and two hundred vans at the time.",  # the set-up's size
        "It took eighteen months, and we finished in 2021.",  # a span and a year
        "Next year we plan to save four million litres.",  # a plan
    ],
)
def test_a_head_count_a_span_or_a_plan_is_never_praised(ending: str) -> None:
    assert _praised(OPENING + ending) == []


def test_the_narrower_reading_the_learned_models_read_is_kept() -> None:
    # the sentence facts the flaw and praise models were trained on still read "four", not the
    # wider "four million": widening them would change what those models were trained on
    sent = parse("We saved four million litres of water a year.").sentences[0]
    assert [quote for *_, quote in sent.numbers] == ["four"]
    assert [quote for *_, quote in result_numbers(sent)] == ["four million"]
