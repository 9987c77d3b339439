"""What a question's form asks against what the answer gives: a case walked through or a picture
of success ahead asks a plan (``asked.asks_plan``, ``asked.puts_case``); an answer that puts what
matters before the case or years after it (``case_horizon``), or opens by offering the speaker's
record in other words ("let me explain what I did", "a little context on where I'm coming from",
"you need to understand where I come from", ``announced.offers_telling_own``), answers another
question. Near misses that must be left alone sit beside each reading. Examples written for these
tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked
from poise.analysis.announced import offers_telling_own
from poise.analysis.case_horizon import key_elsewhere
from poise.analysis.text import parse

RULE = "relevance.answers_another"
WEIGHT = frozenset({"important", "key", "priority", "essential", "real"})
OTHER_TIME = frozenset({"before", "beginning", "year", "years", "future", "advance"})
WARDING = frozenset({"avoid", "prevent", "stop"})
CASE = ("It's a Saturday in July, the main conveyor at the depot has jammed and forty trailers are "
        "waiting in the yard. The regional director is on the phone. Walk me through what you do.")


@pytest.mark.parametrize("question", [
    "Walk me through your first hour.",
    "Take me through what you would do.",
    "A water pipe has burst in the store on the morning of the sale. Walk me through what you do.",
    "What would success look like for you at the end of your first year?",
    "If we appointed you, what will success look like after twelve months?",
])
def test_forms_that_ask_a_plan(question: str) -> None:
    assert asked.asks_plan(question)


@pytest.mark.parametrize("question", [
    "Walk me through your career so far.",
    "Walk me through what you did.",
    "Walk me through what you do on a normal Monday.",  # a practice, no case put
    "What did success look like in your last role?",
    "Tell me about a time you succeeded against the odds.",
])
def test_forms_that_do_not_ask_a_plan(question: str) -> None:
    assert not asked.asks_plan(question)


def test_a_case_walked_through_is_a_case_put() -> None:
    assert asked.puts_case(CASE)
    assert not asked.puts_case("Walk me through your career so far.")
    assert not asked.puts_case("What would success look like for you at the end of your first year?")


@pytest.mark.parametrize("text", [
    "Honestly, the most important thing is to avoid this situation from the beginning.",
    "My priority would be to cut our reliance on that one trailer firm over the next three years.",
    "So for me the key is long-term investment in maintenance and in people.",
    "The real work is before, not on the day.",
])
def test_weight_put_before_the_case_or_years_after(text: str) -> None:
    assert key_elsewhere(parse(text), WEIGHT, OTHER_TIME, WARDING) == [0]


@pytest.mark.parametrize("text", [
    # a step inside the case: what is avoided is no part of the case itself
    "The most important thing is to avoid panic on the dock.",
    "My priority would be to get the trailers moving within the hour.",
    "The key is to call the director before the customers hear it from someone else.",
    # a time word outside the weighted clause
    "I have run this depot for six years, and the first thing I do is walk the yard.",
    "Next year we should look at a second conveyor, but today I would reroute to Hall B.",
])
def test_steps_in_the_case_are_not_put_elsewhere(text: str) -> None:
    assert key_elsewhere(parse(text), WEIGHT, OTHER_TIME, WARDING) == []


@pytest.mark.parametrize("text", [
    "So let me explain what I did at the depot in Leeds.",
    "Yeah, so, first, a little context on where I'm coming from, because I think it matters.",
    "First, some background on how I got here.",
    "I think to understand why this job, you need to understand where I come from.",
])
def test_record_offered_in_other_words(text: str) -> None:
    assert offers_telling_own(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "Let me explain what I mean.",
    "Let me explain why I applied.",
    "Let me explain how I would run the first month.",
    "First, a word on how I would approach it.",
    "You need to understand what I think about this market.",
    "You need to understand where the money comes from.",
])
def test_offers_that_answer_are_left_alone(text: str) -> None:
    assert not offers_telling_own(parse(text).sentences[0])


def _fired(question: str, answer: str) -> bool:
    report = analyse(question, answer, context=AnalysisContext(family=None))
    return RULE in report.rules_fired()


def test_case_answered_with_prevention_is_named() -> None:
    answer = (
        "It depends on a lot of things, so it is hard to say without being there. Maybe I would "
        "check with the shift lead first, or maybe the engineers are already on it. But honestly, "
        "the most important thing is to avoid this situation from the beginning. At my last depot "
        "we invested in preventive maintenance and a spare drive for every conveyor. If you "
        "invest properly in the kit and the people, these breakdowns become very rare."
    )
    assert _fired(CASE, answer)


def test_case_answered_with_steps_and_a_later_fix_is_left_alone() -> None:
    answer = (
        "First I would get the engineer on the conveyor and ask for an honest time to fix. While "
        "that happens I would open the two dock doors in Hall B and hand-load the urgent trailers, "
        "oldest orders first. I would call the regional director back within fifteen minutes with "
        "what we know, what we are doing and when I will next update him. Once it is running, I "
        "would book a review of why the drive failed and whether we need a spare on site."
    )
    assert not _fired(CASE, answer)


def test_success_ahead_answered_with_an_offered_record_is_named() -> None:
    question = "If we hired you, what would success look like at the end of your first year?"
    answer = (
        "Success, I think, comes from experience, and I have a lot of it, so let me explain what I "
        "did at the Harbourside depot. I joined in 2016 as a shift planner. I rebuilt the night "
        "rota and moved the loading to two bays. Late departures fell from one in five to one in "
        "twenty. I also trained the new team leaders myself."
    )
    assert _fired(question, answer)


def test_success_ahead_answered_with_aims_is_left_alone() -> None:
    question = "If we hired you, what would success look like at the end of your first year?"
    answer = (
        "At the end of the first year I would want on-time departures above ninety-five percent, "
        "from about eighty-eight today. I would also want every team leader to run their own "
        "weekly review without me in the room. And I would want the safety walk to be a habit, "
        "with near misses reported, not hidden. At my last depot I did the same, so I know it can "
        "be done in a year."
    )
    assert not _fired(question, answer)


YOUTH = frozenset({"college", "school", "university", "childhood", "child", "kid", "boy", "girl",
                   "teenager", "student"})
FAMILY = frozenset({"dad", "father", "mother", "mum", "mom", "grandmother", "grandfather", "parents"})


@pytest.mark.parametrize("text", [
    "I've worked on the buses since I was seventeen, and me dad drove the number 9 for thirty years.",
    "Honestly, I've loved maps ever since school.",
    "I grew up two streets from the depot.",
    "My mother was a district nurse, so I heard about the wards at every meal.",
])
def test_origin_told(text: str) -> None:
    from poise.analysis.origin import origin_told
    assert origin_told(parse(text).sentences[0], YOUTH, FAMILY)


@pytest.mark.parametrize("text", [
    "I've run the depot since 2019.",  # a date, not an age
    "Since the merger, the trust has grown to nine hospitals.",
    "I know you grew the network to forty stations since the merger.",
    "Your founder's mother started the first shop, as I read on your site.",  # not the speaker's family
])
def test_no_origin_told(text: str) -> None:
    from poise.analysis.origin import origin_told
    assert not origin_told(parse(text).sentences[0], YOUTH, FAMILY)


def test_role_asked_and_an_origin_opened_is_named() -> None:
    question = "Why this job, and what do you actually know about us?"
    answer = (
        "Well, I've been around buses since I was a boy, my dad was a driver at the old Fenwick "
        "garage. I started as a cleaner there and worked my way up to shift supervisor. I know "
        "every route in the north of the city. I've always been the one people ring when a bus "
        "breaks down. I think I'd be a really good fit and I'm ready for the next step."
    )
    assert _fired(question, answer)


def test_role_asked_and_an_origin_tied_to_them_is_left_alone() -> None:
    question = "Why this job, and what do you actually know about us?"
    answer = (
        "You run the busiest bus network in the region, with about six hundred vehicles, and you "
        "have just ordered your first electric fleet for the north garages. That is the job I "
        "want: I have spent four years on charging at my current operator, where I planned the "
        "depot power upgrade. I grew up riding your number 9, so I know what a late bus costs "
        "people. I would want to start by walking the north garages with the engineers."
    )
    assert not _fired(question, answer)
