"""Answers to another question read from both parses (analysis/asked.py): whose growth the
question asks about against whose growth the answer tells; a why-question about people in
general answered with the speaker's own record; a stated aim answering a plan question; a plan
gone wrong told without sentiment words. Each with near misses it must not take, and through the
whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked
from poise.analysis.text import parse

ROLE_NOUNS = frozenset({"planner", "engineer", "analyst", "supervisor", "officer"})


# --- whose growth the question asks about ------------------------------------------------

@pytest.mark.parametrize(("question", "whose"), [
    ("How have you developed the planners who report to you?", "others"),
    ("Tell me about someone you mentored who went on to a bigger role.", "others"),
    ("How do you coach your team leads?", "others"),
    ("What have you done this year to develop yourself?", "self"),
    ("How have you grown as a leader since your last promotion?", "self"),
    ("What did you do for your own development last year?", "self"),
    ("What have you learned recently about running a night shift?", "self"),
])
def test_asks_whose_growth(question: str, whose: str) -> None:
    assert asked.asks_whose_growth(question) == whose


@pytest.mark.parametrize("question", [
    "Tell me about a time you grew revenue in a falling market.",  # a business grown, not a person
    "How did you develop the new pricing model?",  # a thing developed
    "What is your biggest development area?",  # a weakness question
])
def test_asks_no_growth(question: str) -> None:
    assert asked.asks_whose_growth(question) is None


def test_growth_of_others_told_instead_of_own() -> None:
    answer = parse(
        "Learning matters a lot in my unit. In 2023 I set up a reading circle for my analysts and "
        "paired each of them with a senior colleague. I also sent three of my planners on a "
        "forecasting course. Most of the team completed it within the year."
    )
    told = asked.other_growth_told(answer, "self", 2, ROLE_NOUNS)
    assert len(told) >= 2


def test_own_growth_with_a_word_for_the_team_is_not_other_growth() -> None:
    answer = parse(
        "In 2022 I took a part-time course in contract law for non-lawyers. I also asked our HR "
        "partner to run a 360 on me with my direct reports. Since then I speak last in our "
        "planning meetings, and my team leads tell me they get more room."
    )
    assert asked.other_growth_told(answer, "self", 2, ROLE_NOUNS) == []


def test_own_learning_told_instead_of_others_growth() -> None:
    answer = parse(
        "Growth has always mattered to me. In 2018 I enrolled in an evening degree in logistics and "
        "finished it in 2021. I read a management book most months. Later I hired a coach for "
        "myself, and that changed how I run my week."
    )
    assert len(asked.other_growth_told(answer, "others", 2, ROLE_NOUNS)) >= 2


def test_developing_a_named_person_is_an_answer_about_others() -> None:
    answer = parse(
        "In 2021 I gave Tomasz the weekly planning meeting to chair and coached him after each one. "
        "I sent him on a scheduling course and I learned a lot from watching him. He now runs "
        "planning for the whole depot."
    )
    assert asked.other_growth_told(answer, "others", 2, ROLE_NOUNS) == []


# --- why do people in general..., answered about oneself -----------------------------------

@pytest.mark.parametrize("question", [
    "Why do you think good nurses leave the NHS?",
    "Quick one: why do customers stop renewing their contracts?",
])
def test_asks_why_of_group(question: str) -> None:
    assert asked.asks_why_of_group(question)


@pytest.mark.parametrize("question", [
    "Why do people follow you?",  # about the speaker after all
    "Why did you leave your last job?",  # no group
])
def test_asks_why_not_of_a_group(question: str) -> None:
    assert not asked.asks_why_of_group(question)


def test_why_of_group_answered_about_oneself() -> None:
    group = asked.asks_why_of_group("Why do you think good nurses leave the NHS?")
    answer = parse(
        "Honestly, I have stayed in the NHS for twenty years. I trained at St Thomas' and I moved "
        "to theatres in 2009. I turned down an agency offer twice because I wanted to keep my "
        "team, and I have never regretted it."
    )
    assert len(asked.tells_self_not_group(answer, group)) >= 2


def test_why_of_group_answered_about_them_with_an_example() -> None:
    group = asked.asks_why_of_group("Why do you think good nurses leave the NHS?")
    answer = parse(
        "Mostly for rotas they cannot plan a life around. On my ward two of our best nurses left in "
        "2022, and when I asked them, they both named the late changes to the rota. I moved the "
        "rota to six weeks ahead and nobody has left for that reason since."
    )
    assert asked.tells_self_not_group(answer, group) == []


def test_opinions_are_not_a_record() -> None:
    group = asked.asks_why_of_group("Why do good engineers leave small firms?")
    answer = parse(
        "It is hard to say, really. I think it depends on the firm. I would say money matters, "
        "and I don't know that one reason covers it."
    )
    assert asked.tells_self_not_group(answer, group) == []


# --- a stated aim answers a plan question ------------------------------------------------------

def test_a_stated_aim_is_a_plan_given() -> None:
    answer = parse(
        "At my current firm I rebuilt the route planning in 2021 and cut late deliveries by half. "
        "I also renegotiated the fuel contract. In five years I want to be running a whole region, "
        "with a say in the network strategy."
    )
    assert asked.plans_nothing(answer) == []


def test_a_record_alone_gives_no_plan() -> None:
    answer = parse(
        "At my current firm I rebuilt the route planning in 2021 and cut late deliveries by half. "
        "I also renegotiated the fuel contract and moved the night loading to two hubs."
    )
    assert asked.plans_nothing(answer)


def test_judging_how_it_went_is_a_view_not_a_plan() -> None:
    assert not asked.asks_plan("How would you judge whether your first year here has gone well?")


# --- a plan gone wrong, told without sentiment words ----------------------------------------

def test_late_and_over_is_something_going_wrong() -> None:
    answer = parse(
        "We finished the depot nine weeks late and about 400,000 pounds over. I resequenced the "
        "works and met the client every fortnight."
    )
    assert not asked.nothing_went_wrong(answer)


# --- through the whole analyser ------------------------------------------------------------

def test_analyser_names_own_growth_told_for_others() -> None:
    report = analyse(
        "How do you develop the supervisors who report to you?",
        "Growth has always mattered to me personally. In 2019 I enrolled in a part-time master's "
        "in operations management and finished it in 2022 while running the depot. I also found "
        "myself a mentor, a retired logistics director. I read a management book most months, and "
        "the course changed how I plan the week.",
        context=AnalysisContext(family="development"),
    )
    assert "relevance.answers_another" in report.rules_fired()


def test_analyser_stays_silent_on_a_loose_answer_about_others() -> None:
    report = analyse(
        "How do you develop the supervisors who report to you?",
        "I try to give each of my supervisors something bigger than their job every year. In 2022 "
        "I gave one of them our budget round to run and met her weekly while she did it. I learned "
        "a fair amount myself doing that, and I went on a coaching course the same year. She now "
        "runs the budget for the whole site.",
        context=AnalysisContext(family="development"),
    )
    assert "relevance.answers_another" not in report.rules_fired()


@pytest.mark.parametrize("question", [
    "What's the one project from your time at the council you'd stake your reputation on?",
    "What's one hire of yours you'd undo if you could?",
    "Your region missed its target last spring. Why? What did you do? Would you do it again?",
])
def test_a_past_thing_or_a_past_act_asked_is_no_plan(question: str) -> None:
    assert not asked.asks_plan(question)


@pytest.mark.parametrize("question", [
    "What would you focus on in your first ninety days?",
    "Which of your projects would you repeat here first?",
    "Where do you want to be in five years?",
])
def test_a_plan_is_still_asked(question: str) -> None:
    assert asked.asks_plan(question)


# --- a record offered first, then the plan asked ------------------------------------------------

PLAN_QUESTION = "What would you change first in our warehouses if you joined us?"
OFFERED = "Before I answer, let me tell you what I did at my current depot, because it guides me."
RECORD = (" In 2022 I moved the night loading to two bays and cut late trailers by half. I also"
          " rebuilt the rota with the shift leads.")


def _answers_another(question: str, answer: str) -> bool:
    return "relevance.answers_another" in analyse(question, answer, context=AnalysisContext()).rules_fired()


def test_steps_ahead_are_read_and_a_forecast_is_not() -> None:
    assert asked.steps_ahead(parse("In my first month I would walk every aisle with the pickers.").sentences)
    assert not asked.steps_ahead(parse("I will be very successful here, I am sure.").sentences)


def test_a_record_offered_then_the_plan_asked_is_no_swap() -> None:
    answer = OFFERED + RECORD + (" Here, in my first month I would map every pick route with your "
                                 "supervisors and move the slowest lines to the front.")
    assert not _answers_another(PLAN_QUESTION, answer)


def test_a_record_offered_with_only_a_forecast_after_it_is_a_swap() -> None:
    answer = OFFERED + RECORD + " So I am sure I will be successful here as well."
    assert _answers_another(PLAN_QUESTION, answer)
