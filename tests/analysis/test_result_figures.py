"""The figures a change told in a sentence carries (``story_end.result_figures``), and the
number on the outcome the report praises from them.

A quantity attached to a result (how far a measure moved under a verb of change, a figure told
against the level before, a level reached) is quoted with the words of its quantity; a quantity
of the set-up (a year, how long something lasted, a head-count, a budget) or of an aim is not.
Every example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.scoring import OUTCOME_NUMBER
from poise.analysis.story_end import result_figures
from poise.analysis.text import parse


def _quotes(text: str) -> list[str]:
    return [quote for _start, _end, quote in result_figures(parse(text).sentences[0])]


@pytest.mark.parametrize(("text", "quote"), [
    ("Missed collections dropped by about six minutes a round.", "about six minutes"),
    ("The queue of repairs fell by two-thirds over the winter.", "two-thirds"),
    ("Breakdowns on the night shift went from twelve to two.", "twelve"),
    ("By week six the depot was on 94 percent.", "94 percent"),
    ("The repair came to £8,000 against an estimated £50,000.", "£8,000"),
])
def test_a_quantity_moved_by_a_change_is_quoted_with_its_words(text: str, quote: str) -> None:
    assert quote in _quotes(text)


@pytest.mark.parametrize("text", [
    "The depot had 140 drivers and a budget of £2 million.",
    "I stopped the trial for three weeks in 2021.",
    "We set a target to cut breakdowns from twelve to two.",
    "If breakdowns had dropped by a third we would have kept the contract.",
    "Breakdowns never dropped by more than a few percent.",
    "I cut the weekly report from twelve measures to five.",
    "So we moved the evening round to 7.30, before handover.",
    "I went to every one of our twelve depots in person.",
    "In 2016 I moved to a housing trust that runs three hostels.",
])
def test_a_quantity_of_the_set_up_an_aim_or_a_wish_is_not(text: str) -> None:
    assert _quotes(text) == []


def test_a_figure_in_what_the_speaker_acted_on_stays() -> None:
    assert "zero batches" in _quotes("That winter we dumped zero batches, down from five.")


def test_each_quantity_is_quoted_once() -> None:
    quotes = _quotes("Breakdowns went from twelve a week to two a week by the spring.")
    assert len(quotes) == len(set(quotes)) == 2


QUESTION = "Tell me about a time you improved how a team worked."


def _praised(answer: str) -> list[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext())
    return [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
            for item in strength.evidence]


def test_a_change_measured_by_a_passive_by_is_praised() -> None:
    answer = ("Our call centre in Hull kept customers waiting on hold far too long, and the "
              "complaints were piling up. I sat with the agents for a week, rewrote the call "
              "scripts with them and moved two people onto the morning peak. Hold times were "
              "cut by about four minutes, and the complaints stopped within the month.")
    assert any("four minutes" in quote for quote in _praised(answer))


def test_a_figure_of_the_set_up_is_not_praised() -> None:
    answer = ("In 2019 I took over a call centre in Hull with 140 agents and a budget of two "
              "million pounds, and waiting times had gone up by four minutes that year. I sat with "
              "the agents, rewrote the call scripts and moved two people onto the morning peak.")
    assert not any("four minutes" in quote for quote in _praised(answer))
