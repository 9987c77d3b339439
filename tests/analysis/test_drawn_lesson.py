"""Lessons praised only where they are, and a plan heard where it is told.

A lesson drawn in other words than "learn" ("what I retain is...", "it showed me that...", "the
learning is...") is a lesson when what follows is a general statement; a past event, a wish or a
lesson for someone else is not. A lesson told in a reply to a concern is praised like one told in
a story. A result told before a lesson is not quoted as part of it. A weakness answer that tells
two steps or more already taken is a weakness worked on; a wish or settling with it is not.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.accepted import plan_taken
from poise.analysis.drawn_lesson import drawn_lesson
from poise.analysis.scoring import LESSON
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "What I retain is that a forecast must be checked against the till roll every week.",
        "It showed me that a rota works only when the crews write it themselves.",
        "The learning is that you agree the measure before you agree the target.",
        "What stuck with me is that a short pilot beats a long debate.",
        "Now I know that a late warning does more harm than an early false alarm.",
        "What I still do: a bad forecast goes to the board the same day.",
        "The habit I kept from that job: agree the measure in the first week.",
        "My rule now is simple: nobody signs a contract alone.",
    ],
)
def test_a_lesson_drawn_in_other_words_is_read(text: str) -> None:
    assert drawn_lesson(_first(text))


@pytest.mark.parametrize(
    "text",
    [
        "I realised the delivery van was two hours late.",  # a past event
        "I realised I want to move into finance one day.",  # a wish
        "The lesson for head office is that it should visit the stores more.",  # someone else's
        "I know the warehouse in Tilbury very well.",  # a view, not a lesson drawn
        "What stuck with me is that the manager shouted at everybody.",  # a past event
        "What did you realise about the budget?",  # a question
        "What I did: I wrote a new rota for the night crew.",  # the story, not a practice kept
        "The rule I hated: wear a tie on Fridays.",  # a rule not the speaker's
        "My rule was simple: I checked every invoice.",  # a past practice
        "I still do the payroll for the two shops.",  # a duty held
        "I also understand that your customer is a large retailer.",  # the present, not the story
        "For me, this shows that I have courage.",  # a claim read in the present
        "Still, I know it is not the same as running a region.",  # a concession
    ],
)
def test_what_only_looks_like_a_lesson_is_not(text: str) -> None:
    assert not drawn_lesson(_first(text))


def _lessons(question: str, answer: str, phase: str = "answer") -> list[str]:
    report = analyse(question, answer, context=AnalysisContext(phase=phase))
    return [item.quote for strength in report.strengths if strength.what == LESSON
            for item in strength.evidence]


CONCERN = "You have never run a site this size. How would you cope?"
REPLY = ("That's a fair point, the biggest site I have run had ninety staff. When I took on the "
         "second depot in 2021 I split the night shift into two crews and set up a handover "
         "board. What I learned from that move is to agree the handover checks in writing before "
         "anyone starts, and I still do that on every change of shift. Here I would start by "
         "spending a week on each shift before changing anything.")


def test_a_lesson_in_a_concern_reply_is_praised() -> None:
    quotes = _lessons(CONCERN, REPLY, phase="concern_reply")
    assert any("agree the handover checks in writing" in quote for quote in quotes)


def test_a_concern_reply_without_a_lesson_praises_none() -> None:
    reply = ("That's fair. The biggest site I have run had ninety staff. I would spend a week on "
             "each shift before changing anything, and I would meet the union reps in week one.")
    assert _lessons(CONCERN, reply, phase="concern_reply") == []


@pytest.mark.parametrize(
    "ending",
    [
        "I will learn what I need to learn on the job, like I always have.",
        "I am always learning, and every day I learn something new from the crews.",
    ],
)
def test_learning_as_a_habit_or_a_promise_is_no_lesson_in_a_concern_reply(ending: str) -> None:
    reply = ("I see why you ask. I have run two depots of forty staff each and I cut the agency "
             "hours by a third in my first year. " + ending)
    assert _lessons(CONCERN, reply, phase="concern_reply") == []


def test_a_result_before_a_lesson_is_not_quoted_as_the_lesson() -> None:
    answer = ("Our returns at the Bristol store were the worst in the region. I set up a daily "
              "check of the packing bench and I trained the two new packers myself. Returns went "
              "from forty a week to twelve by the spring. I learned that a checklist is only "
              "useful when you read it out every morning.")
    quotes = _lessons("Tell me about a time you turned something around.", answer)
    assert quotes
    assert not any("went from forty" in quote for quote in quotes)


@pytest.mark.parametrize(
    "answer",
    [
        "I take on too much myself. Since then I have handed the weekly rota to my deputy, and I "
        "now send the agenda for every review a day early.",
        "I leave decisions late. I have set a deadline for every open decision, and I am sending "
        "the board a one-page note each Friday.",
    ],
)
def test_two_steps_taken_are_a_plan(answer: str) -> None:
    assert plan_taken(parse(answer))


@pytest.mark.parametrize(
    "answer",
    [
        "I take on too much myself. I am trying to get better at it, and I hope to improve.",
        "I leave decisions late. I have accepted it, and I have made peace with it.",
        "I interrupt people. I would set a timer, and I would ask a colleague to watch me.",
        "I take on too much myself. Last year I handed the rota to my deputy.",  # one step, past
    ],
)
def test_a_wish_or_settling_is_no_plan(answer: str) -> None:
    assert not plan_taken(parse(answer))
