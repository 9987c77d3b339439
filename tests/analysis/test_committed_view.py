"""A view committed to with its specifics (analysis/committed_view.py) is what a strategy or
vision question tests: forecasts and orders told without qualifiers, with a figure, a date or a
name. Hedged views, slogans and a pronoun "one" count nothing. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.committed_view import committed
from poise.analysis.text import parse


@pytest.mark.parametrize("text", [
    "By 2030 most short crossings in the Baltic will run on batteries.",
    "I think two things will decide the next decade for regional carriers.",
    "A group like yours should sign grid capacity in Moravia before the 2027 auction.",
    "Put the first forty million into the oldest parks, where the connection already exists.",
    "We need to cut the cost per tonne by 15% before the new tariff bites.",
])
def test_a_specific_forecast_or_order_is_a_committed_view(text: str) -> None:
    assert committed(parse(text).sentences[0]), text


@pytest.mark.parametrize("text", [
    "Electric ferries could possibly be interesting by 2030, maybe.",
    "It depends on what Brussels decides in 2026.",
    "We will always put the customer first.",
    "I'd like to be the one steering it.",
    "Where will the market be in 2030?",
    "The plant ran 14 lines in 2019.",
])
def test_a_hedged_view_a_slogan_or_a_plain_fact_is_not(text: str) -> None:
    assert not committed(parse(text).sentences[0]), text


QUESTION = "Where do you see our sector going over the next five years, and what should we do about it?"
COMMITTED = (
    "I see two shifts. First, by 2028 the big retailers will buy only from mills with certified "
    "fibre, so the Baltic suppliers without FSC chains will lose that market. Second, energy. "
    "Gas contracts signed after 2022 will keep costs high for years. So a mill like yours should "
    "sign a long power purchase agreement with the Kaunas wind developers this year, and put the "
    "first twelve million into the boiler, not into a new line."
)
HEDGED = (
    "It is hard to say, there are many factors. Maybe certification becomes more important, "
    "perhaps energy prices could matter, possibly there will be some changes, it depends a lot on "
    "politics and on the market. I suppose a company like yours should maybe keep options open "
    "and watch what others do, and then decide, in some way, when things are clearer."
)


def test_the_strategy_answer_that_commits_shows_strategic_depth_and_the_hedged_one_does_not() -> None:
    committed_report = analyse(QUESTION, COMMITTED, context=AnalysisContext(family="strategy_vision"))
    hedged_report = analyse(QUESTION, HEDGED, context=AnalysisContext(family="strategy_vision"))
    assert committed_report.dimension("family").score == 5
    assert hedged_report.dimension("family").score < 5
    assert committed_report.overall > hedged_report.overall
