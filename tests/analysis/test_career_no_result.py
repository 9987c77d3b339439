"""An introduction told as posts, duties and qualities with nothing achieved in it
(``introduction.no_result``, analysis/rules/career.py), and the sentence-level result reader it
uses (``outcome_told.result_in``). Every example is written afresh in the project's own words."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.outcome_told import result_in
from poise.analysis.rules.career import held
from poise.analysis.text import Sentence, parse

RULE = "introduction.no_result"
ABOUT = "Tell me about yourself and how you got here."

POSTS_ONLY = (
    "I started in retail banking straight from college and moved into operations after three "
    "years. Then I ran a contact centre in Cardiff for a building society, which was a big and "
    "busy operation with a lot of moving parts. Now I look after customer operations for the "
    "whole region, the branches, the phones and the complaints team. I'm a calm, organised, "
    "people-first manager and I like a challenge. So this role feels like the natural next step.")

WITH_RESULT = (
    "I started in retail banking straight from college and moved into operations after three "
    "years. Then I ran a contact centre in Cardiff for a building society. In my second year "
    "there I cut the average wait on the phones from nine minutes to under two by moving the "
    "rota onto the real call pattern. Now I look after customer operations for the whole region. "
    "So this role feels like the natural next step.")

QUALITATIVE_RESULT = (
    "I started in retail banking straight from college and moved into operations after three "
    "years. Then I ran a contact centre in Cardiff for a building society. When I arrived the "
    "complaints queue was months long; by the spring it was gone. Now I look after customer "
    "operations for the whole region. So this role feels like the natural next step.")


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family="introduction")).rules_fired()


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def test_a_career_told_as_posts_and_qualities_is_flagged() -> None:
    assert RULE in _fired(ABOUT, POSTS_ONLY)


@pytest.mark.parametrize("answer", [WITH_RESULT, QUALITATIVE_RESULT])
def test_a_career_with_one_result_told_is_not_flagged(answer: str) -> None:
    assert RULE not in _fired(ABOUT, answer)


def test_a_story_question_is_left_to_the_story_rules() -> None:
    fired = analyse("Tell me about a time you turned a team around.", POSTS_ONLY,
                    context=AnalysisContext()).rules_fired()
    assert RULE not in fired


def test_a_short_introduction_is_not_judged() -> None:
    assert RULE not in _fired(ABOUT, "I run customer operations for a building society. "
                                     "I like a challenge.")


@pytest.mark.parametrize("text", [
    "Waiting times fell from nine minutes to two.",
    "By the spring the queue was gone.",
    "The March close came in at four days.",
    "Staff turnover settled at 8 percent.",
])
def test_a_sentence_telling_a_result_is_read_as_one(text: str) -> None:
    assert result_in(_sentence(text))


@pytest.mark.parametrize("text", [
    "I look after the branches, the phones and the complaints team.",
    "It was a big and busy operation with a lot of moving parts.",
    "The target was to cut waiting times to two minutes.",
    "I'm a calm and organised manager.",
])
def test_duties_scale_aims_and_qualities_are_no_result(text: str) -> None:
    assert not result_in(_sentence(text))


def test_held_reads_what_the_speaker_holds_not_a_quality_claimed() -> None:
    assert held(_sentence("Now I look after customer operations for the whole region."))
    assert not held(_sentence("I'm a calm, organised manager."))


@pytest.mark.parametrize("text", [
    "I came in at nine every morning to open the branch.",
    "We settled at the table and went through the plan.",
    "By March I had rewritten the whole rota.",
])
def test_the_speaker_arriving_or_acting_by_a_date_is_no_result(text: str) -> None:
    assert not result_in(_sentence(text))


SHARES = (
    "I came up through the warehouse, picking and then driving the forklifts, and moved into "
    "supervision after four years. I've run the night shift at the Doncaster hub since 2019. "
    "Along the way I've been heavily involved in the new sortation line and I was involved in "
    "the site's health and safety committee. I'm organised and I get on with everyone. "
    "So I'm ready for a bigger site now.")

SHARES_WITH_RESULT = SHARES.replace(
    "I'm organised", "On the night shift I got mis-sorts down from 2 percent to 0.4 percent "
    "inside a year. I'm organised")


def test_a_career_told_as_shares_taken_in_work_is_flagged_without_the_model() -> None:
    from poise.analysis.rules import grounded  # noqa: F401  (the finding is marked as grounded)

    assert RULE in _fired(ABOUT, SHARES)


def test_shares_taken_beside_a_result_are_not_flagged() -> None:
    assert RULE not in _fired(ABOUT, SHARES_WITH_RESULT)


@pytest.mark.parametrize(("text", "share"), [
    ("I was involved in the roll-out of the new tills.", True),
    ("I've been closely involved in the depot's move to electric vans.", True),
    ("I got involved with the bid team in my second year.", True),
    ("I participated in the group's lean programme.", True),
    # an act of the speaker's, a share denied, someone else's share, a share imagined
    ("I involved the drivers in the new rota.", False),
    ("I was never involved in the hiring.", False),
    ("My deputy was involved in the audit.", False),
    ("If I were involved in it, I would push for a pilot.", False),
])
def test_a_share_in_the_work_is_read_from_the_parse(text: str, share: bool) -> None:
    from poise.analysis.rules.career import involved

    assert involved(_sentence(text)) is share
