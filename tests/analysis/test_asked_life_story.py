"""Answers to another question (analysis/asked.py): asked for an occasion, a life story told
(where the speaker lived, studied, grew up, which languages they speak) with nobody acted with;
asked what the speaker knows of the organisation or the role, a long run of their own record with
no word of either. Each with near misses it must not take (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked
from poise.analysis.text import parse

# --- a life story ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I lived in Warsaw for six years and then in Accra.",
    "I studied for a year in Toronto before my first job.",
    "I grew up on a farm near the border.",
    "I was born in Valparaiso.",
    "I speak Polish and some Italian.",
])
def test_life_story_sentences(text: str) -> None:
    assert asked.life_story(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "I studied the overtime figures for each depot.",  # a task done, with its object
    "I grew the export book from two clients to nine.",  # a business grown, not a childhood
    "I spoke to each shift lead before the change.",  # a conversation held
    "She lived in Nairobi for ten years.",  # someone else's life
])
def test_not_life_story_sentences(text: str) -> None:
    assert not asked.life_story(parse(text).sentences[0])


LIFE_ANSWER = (
    "Working abroad has shaped my whole outlook. I grew up between Lisbon and Rotterdam, and I "
    "speak Portuguese, Dutch and English. I lived in Singapore for three years and later in "
    "Chicago. Every country has its own rhythm, and in Asia patience matters more than speed. In "
    "2021 I took over the regional role and I enjoyed the travel very much. I think curiosity is "
    "the key to any international career."
)

NEAR_MISS_ANSWER = (
    "In 2021 I took over our service desks in Lisbon, Rotterdam and Singapore. I lived in "
    "Singapore for the first six months. The Lisbon team waited for a decision from me on "
    "everything, while the Rotterdam leads argued every point in the open. I set up one weekly "
    "call and asked each lead to send their issues in writing the day before. I also paired the "
    "Singapore supervisors with the Rotterdam leads for the handover. Within a year the three "
    "desks ran one queue and the backlog fell from 900 tickets to 240."
)


def test_life_story_with_nobody_acted_with_is_told_instead() -> None:
    assert asked.tells_life_not_people(parse(LIFE_ANSWER))


def test_life_story_beside_work_with_people_is_context() -> None:
    assert not asked.tells_life_not_people(parse(NEAR_MISS_ANSWER))


def test_analyser_names_a_life_story_told_for_an_occasion() -> None:
    report = analyse("Tell me about a time you led a team based in several countries.", LIFE_ANSWER,
                     context=AnalysisContext(family="international"))
    assert "relevance.answers_another" in report.rules_fired()


def test_analyser_stays_silent_on_an_occasion_with_a_life_aside() -> None:
    report = analyse("Tell me about a time you led a team based in several countries.",
                     NEAR_MISS_ANSWER, context=AnalysisContext(family="international"))
    assert "relevance.answers_another" not in report.rules_fired()


def test_analyser_stays_silent_on_a_life_story_asked_for() -> None:
    report = analyse("Tell me about yourself and how you got here.", LIFE_ANSWER,
                     context=AnalysisContext(family="introduction"))
    assert "relevance.answers_another" not in report.rules_fired()


# --- a run of own record for "what do you know of us" --------------------------------------

RECORD_RUN_ANSWER = (
    "You are a regional water company, as far as I know. I have worked in asset management for "
    "fifteen years. In 2018 I took over the pumping stations at my current firm. I rebuilt the "
    "maintenance plan with my planners and cut call-outs by a third. I then led the move to "
    "remote telemetry across 140 sites. I also trained two of my engineers as reliability leads. "
    "So I would bring a lot of delivery to the job."
)

RECORD_WOVEN_ANSWER = (
    "You serve about two million customers and your leakage target for next year is tight. In "
    "2018 I took over the pumping stations at my current firm and rebuilt the maintenance plan. "
    "This role, as I read it, is mostly about turning that target into a plan the depots own. I "
    "cut call-outs by a third at my firm by letting planners set their own routes. Your board "
    "papers say telemetry is half done, and I led the same move across 140 sites. I see the job "
    "as finishing that work and holding the depots to the new numbers."
)


def test_record_run_counts_sentences_with_no_word_of_the_listener() -> None:
    assert len(asked.record_run(parse(RECORD_RUN_ANSWER))) >= 4


def test_record_woven_with_the_listener_has_no_long_run() -> None:
    assert len(asked.record_run(parse(RECORD_WOVEN_ANSWER))) < 4


def test_analyser_names_a_run_of_record_for_a_what_do_you_know_question() -> None:
    report = analyse("What do you know about our company, and what do you think this role is for?",
                     RECORD_RUN_ANSWER, context=AnalysisContext(family="role_understanding"))
    assert "relevance.answers_another" in report.rules_fired()


def test_analyser_stays_silent_on_record_woven_with_the_organisation() -> None:
    report = analyse("What do you know about our company, and what do you think this role is for?",
                     RECORD_WOVEN_ANSWER, context=AnalysisContext(family="role_understanding"))
    assert "relevance.answers_another" not in report.rules_fired()
