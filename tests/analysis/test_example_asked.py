"""An occasion asked for in other words (analysis/example_asked.py), and the general account given
in its place (structure.no_past_example). Questions and answers written for these tests, with the
near misses the reading must not take: a motive, a state, a plan, a scenario, a statement."""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.example_asked import asks_past_example


@pytest.mark.parametrize("question", [
    "Which quality matters most in a finance director, and where have you proved it?",
    "How do your managers see you? Show me one occasion that shows it.",
    "How do you run a weekly review? Give me something specific.",
    "What did you actually change when the budget was cut?",
    "Tell me about someone you coached who later overtook you.",
    "Walk me through a call you had to make with half the facts.",
    "Could you give me an example?",
    "What have you personally done this year to become a better manager?",
    # the adjective after "something", wherever the parse hangs it
    "How do your buyers see you? And give me something real, not labels.",
    # an aside set off by a dash is not the subject of the request after it
    "Not the brochure version — show me with something that actually happened.",
    # "time" made one occasion by its determiner and the clause of what happened then
    "You seem very relaxed. Give me one time it really went wrong.",
    "Tell me a time when the numbers did not add up.",
    "I doubt you've ever been tested. Give me one time it actually got bad.",
])
def test_an_occasion_asked_for_in_other_words(question: str) -> None:
    assert asks_past_example(question)


@pytest.mark.parametrize("question", [
    "Why did you leave your last job?",  # a motive
    "What did you enjoy most about your current role?",  # a state
    "When did you join the company?",  # a step of the career path
    "How did you end up in logistics?",
    "How would you handle a difficult supplier?",  # a plan
    "What would you do in your first ninety days?",
    "Imagine you took over a failing depot. What do you change first?",  # a scenario
    "What is your management style?",
    "Give me a sense of your priorities.",  # no instance asked for
    "You gave me a list. Fine.",  # a statement, not a request
    "You closed two sites last year. That sounds like a retreat to me.",
    "Your deputy — she gave me something real to think about.",  # told, not asked for
    "Give me something, anything, to go on about your plans.",  # no instance
    "Give me time to think about it.",  # a span, not an occasion
    "Show me the time it takes to close the books.",  # a duration asked for
    "",
])
def test_no_occasion_asked(question: str) -> None:
    assert not asks_past_example(question)


GENERAL = ("My approach is simple. I usually meet each person alone every fortnight. I'd set out "
           "what good looks like and I'd agree the two things that matter most. When someone "
           "struggles, I always ask what is getting in their way before I judge.")


def test_a_general_account_where_a_moment_was_asked_for_is_heard() -> None:
    question = "How would your team describe the way you lead? Give me one moment that shows it."
    fired = analyse(question, GENERAL).rules_fired()
    assert "structure.no_past_example" in fired


def test_a_general_account_where_no_moment_was_asked_for_is_not() -> None:
    question = "How would your team describe the way you lead?"
    assert "structure.no_past_example" not in analyse(question, GENERAL).rules_fired()


def test_an_occasion_told_at_a_stated_time_is_an_example_even_if_it_ends_on_a_habit() -> None:
    question = "What have you done in the last year to become a better manager?"
    answer = ("In March I signed up for a twelve-week coaching course because my one-to-ones had "
              "turned into status updates. By June my reviews were shorter and my deputies ran "
              "half of them. I now book one course a year.")
    assert "structure.no_past_example" not in analyse(question, answer).rules_fired()


STORY_IN_THE_PRESENT = (
    "In 2021 our biggest client wants a new delivery plan in two weeks, and our drivers are "
    "already full. I know if we say no we lose them. So I decide to move six drivers from the "
    "night routes to the day. And for the weekend, I hire two vans from a partner in the next "
    "town. I check the first deliveries myself with the client. They sign again for three years.")
"""A story told in the present from a dated start, as many speakers of other languages tell one:
without the dated start, its "I decide", "I hire", "I check" would read as habits."""


def test_a_story_told_in_the_present_from_a_dated_start_is_an_example() -> None:
    question = "Tell me about a time you had to make a difficult call to keep a client."
    assert "structure.no_past_example" not in analyse(question, STORY_IN_THE_PRESENT).rules_fired()
    undated = STORY_IN_THE_PRESENT.replace("In 2021 our", "Our")
    assert "structure.no_past_example" in analyse(question, undated).rules_fired()


def test_habits_marked_as_habits_after_a_dated_start_are_still_a_general_account() -> None:
    question = "Tell me about a time you had to deliver more than your team could make."
    answer = ("In 2022 we have a big order, I remember. I always call the workshops first. I usually "
              "split the work by model. I always check the first pieces myself. I would do the same "
              "again with any order.")
    assert "structure.no_past_example" in analyse(question, answer).rules_fired()
