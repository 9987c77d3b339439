"""Whether an answer answers the question asked (issue 11): what the question asks for, read
from its parse. Every example is written afresh in the project's own words.

- a statement that sets the scene before the request ("You'd have ten countries under you
  here. Tell me about a time...") asks for no plan; a scenario opened with "imagine" still does;
- in a question asking for the speaker's own story, "how'd you end up..." asks what was done;
- "this regional operations director role" points at the listener's role across its modifiers;
- asked for a time ("Tell me about a time..."), a life story with nothing done with anyone
  answers another question.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.asked import asks_about_listener, asks_plan

ANOTHER = "relevance.answers_another"


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


@pytest.mark.parametrize(("question", "expected"), [
    ("You'd be looking after six depots here. Tell me about a time a depot manager pushed back "
     "on you.", False),
    ("You would inherit a night shift of forty. Describe a night that went wrong for you.", False),
    ("You'd be looking after six depots here. How would you spend your first month?", True),
    ("Imagine you joined and two depots lost their managers. You would have to cover both.", True),
    ("What would you change first?", True),
])
def test_a_scene_set_before_the_request_asks_no_plan(question: str, expected: bool) -> None:
    assert asks_plan(question) is expected


def test_a_contracted_did_in_a_question_about_ones_own_story() -> None:
    question = "Take me through your career so far. How'd you land where you are today?"
    assert asks_plan(question, past_told=True) is False
    assert asks_plan("How'd you run the region if you got the job?", past_told=False) is True


def test_a_story_asked_after_a_scene_is_not_answering_another_question() -> None:
    question = ("You'd have engineers from nine countries on this site. Tell me about a time "
                "working across languages slowed a job down.")
    answer = ("At the Kemble compressor station in 2021 I had Italian fitters and a Scottish "
              "inspection crew on one shutdown. The permits were written in English and two of "
              "the fitters signed them without reading the isolation steps. I stopped the job "
              "that afternoon. I had the permits translated overnight, and I paired each fitter "
              "with an inspector for the walk-down. We restarted a day later and finished the "
              "shutdown two days early with no safety incident.")
    assert ANOTHER not in _fired(question, answer)


@pytest.mark.parametrize(("question", "expected"), [
    ("What do you see as the two biggest risks in this regional operations director role?", True),
    ("What do you understand about this fast-growing parcel business?", True),
    ("What do you know about municipal bonds?", False),
    ("What do you see as the hardest part of a plant manager's job in general?", False),
])
def test_the_role_pointed_at_across_its_modifiers_is_the_listeners(question: str,
                                                                     expected: bool) -> None:
    assert asks_about_listener(question) is expected


def test_a_life_story_for_a_time_asked_answers_another_question() -> None:
    question = "Tell me about a time a difference in culture got in the way of a job."
    answer = ("For me working with every culture is very natural. I grew up in Rotterdam with "
              "neighbours from everywhere, and I studied in Lyon and in Leeds. I speak Dutch, "
              "French, English and some Turkish. I love to travel, I have visited more than "
              "forty countries, and I always enjoy the food and the music. People can feel that "
              "I am open, so culture has never really been a problem for me.")
    assert ANOTHER in _fired(question, answer)
