# ruff: noqa: E501
"""Indirect judgements read from the parse (analysis/indirect.py): polite criticism of a third
party and misrepresentation admitted in a concessive clause, found through the whole analyser and
by each mechanism alone (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, indirect
from poise.analysis.meaning import WordClasses
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _classes() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | {"he"})


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The regional directors were more focused on their away days than on the depots.",
    "Our sponsor was far more interested in the launch party than in whether the system worked.",
    "The owners were more at home on the golf course than anywhere near the kitchens.",
])
def test_belittling_comparison_of_a_third_party(text: str) -> None:
    assert indirect.belittling_comparison(_sentence(text), _classes(), _words("leaning_words"))


@pytest.mark.parametrize("text", [
    "My manager was happier with the second draft than with the first.",  # a preference, not a verdict
    "The team was more focused than before.",  # a change over time
    "The team was more focused on quality than in previous years.",  # a change over time
    "The client was more focused on cost than on the launch date, so I rebuilt the plan around cost.",  # set-up of an action
    "I find customers are more interested in delivery times than in price.",  # the speaker's view
    "I was more interested in the numbers than in the slides.",  # the speaker, not a third party
])
def test_comparison_that_is_not_a_verdict(text: str) -> None:
    assert not indirect.belittling_comparison(_sentence(text), _classes(), _words("leaning_words"))


@pytest.mark.parametrize("text", [
    "My old manager was, shall we say, relaxed about deadlines.",
    "The board, to put it politely, took its time over every decision.",
])
def test_understatement_about_a_third_party(text: str) -> None:
    assert indirect.understatement(_sentence(text), _classes())


@pytest.mark.parametrize("text", [
    "Let's say a customer calls at six on a Friday.",  # a supposition with content
    "My manager asked what I had to say about the forecast.",  # a saying with content
    "I have to say, the board backed the plan within a week.",  # the speaker's own saying
    "To be honest, my manager was right about the timing.",
])
def test_saying_that_is_not_an_understatement(text: str) -> None:
    assert not indirect.understatement(_sentence(text), _classes())


def test_verdict_left_to_show() -> None:
    assert indirect.verdict_left_to_show(_sentence("The supplier was always somewhere else, and it showed."), _classes())
    assert not indirect.verdict_left_to_show(_sentence("The supplier changed its process and it showed in the figures."), _classes())
    assert not indirect.verdict_left_to_show(_sentence("The survey showed it clearly."), _classes())


@pytest.mark.parametrize("text", [
    "I reported the migration as complete to the steering group, although two sites were still on the old system.",
    "We described the pilot as finished even though the last two clinics had not started.",
])
def test_presented_despite_an_admission(text: str) -> None:
    assert indirect.presented_despite(_sentence(text), _words("presenting_verbs"))


@pytest.mark.parametrize("text", [
    "I described the plan as ambitious, although the team thought it could be done.",  # an opinion conceded
    "I described the launch as a partial success, although we had not hit the margin target.",  # already qualified
    "I presented the plan to the board as a three-stage programme.",  # no admission
    "The vendor reported the build as complete, although two screens were still missing.",  # not the speaker
])
def test_presentation_that_is_not_misrepresentation(text: str) -> None:
    assert not indirect.presented_despite(_sentence(text), _words("presenting_verbs"))


def test_analyser_names_veiled_criticism_and_misrepresentation() -> None:
    leaving = analyse(
        "Why do you want to leave your current company?",
        "I have run the northern region for four years. The leadership team were, shall we say, "
        "relaxed about the stores, and the new owners are more interested in the property than in "
        "the shops. I want a role where retail is the business.",
        context=AnalysisContext(family="stress_resistance"),
    )
    assert "tone.judges_others" in leaving.rules_fired()
    result = analyse(
        "Tell me about a time you delivered under pressure.",
        "The funder wanted the new records system live by March. I reported it to them as fully "
        "live in March, although three of the five clinics were still on paper, and we closed the "
        "gap by June. The grant was renewed for three years.",
        context=AnalysisContext(family="past_behaviour"),
    )
    assert "tone.undermining" in result.rules_fired()


def test_calm_answer_about_a_boss_passes() -> None:
    report = analyse(
        "Why do you want to leave your current company?",
        "My director was more focused on the merger than on the regions that year, so I set up a "
        "monthly review with her and we agreed three priorities. I now want a role with a full P&L.",
        context=AnalysisContext(family="stress_resistance"),
    )
    assert "tone.judges_others" not in report.rules_fired()


def test_quiet_influence_before_a_decision() -> None:
    discreet, occasions = _words("discreet_manner"), _words("decision_occasions")
    assert indirect.quiet_influence(_sentence(
        "I rang the panel chair privately and walked her through our numbers before the vote."), discreet, occasions)
    assert not indirect.quiet_influence(_sentence(
        "I spoke to him privately about his absences and we agreed a plan."), discreet, occasions)
    assert not indirect.quiet_influence(_sentence(
        "I briefed the chair before the meeting, as the terms of reference ask."), discreet, occasions)
