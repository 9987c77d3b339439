"""Flaws about what an answer leaves out (issue 11): the speaker's own part in the events told,
the question's own subject. Every example is written afresh in the project's own words.

- the speaker's part: events told only with others as their subjects ("the facilities team
  converted the hall", "security was arranged"), whatever the question's wording, and a lesson
  or the example named in "I would..." is no part in them; "we" with the speaker's own act told
  is not the flaw;
- "How'd you handle it?" after "a time you had to..." asks what was done, not a plan.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.asked import asks_about_listener, asks_plan
from poise.analysis.rules.code import others_acted
from poise.analysis.text import parse

NO_OWN = {"ownership.we_only", "structure.no_actions", "meaning.no_own_action"}


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


PROUDEST = "What's the piece of work you're proudest of?"


def test_events_told_only_by_others_lack_the_speakers_part() -> None:
    answer = ("I would point to the evening clinic at Riverside Health Centre. Patients had waited "
              "three weeks for a routine appointment. The practice board agreed a trial, and the "
              "facilities team converted two storerooms into consulting rooms. The rota was "
              "rebuilt by the practice manager, and the receptionists moved the booking line to "
              "the evening. Waits fell to eight days within the first quarter. What I take from "
              "it is that a pilot with a clear measure wins people over.")
    assert _fired(PROUDEST, answer) & NO_OWN


def test_we_with_the_speakers_own_part_is_not_the_flaw() -> None:
    answer = ("I would point to the evening clinic at Riverside Health Centre. Patients had waited "
              "three weeks for a routine appointment. I made the case to the practice board, and "
              "we converted two storerooms into consulting rooms. We rebuilt the rota together, "
              "and the receptionists moved the booking line to the evening. Waits fell to eight "
              "days within the first quarter.")
    assert not _fired(PROUDEST, answer) & {"ownership.we_only"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The facilities team converted two storerooms last spring.", True),
    ("Security was arranged through the university's contractor.", True),
    ("I converted two storerooms last spring.", False),
    ("The team would convert the storerooms if asked.", False),
    ("Customers were complaining every week.", False),
])
def test_others_acted_reads_the_subject_of_a_past_action(text: str, expected: bool) -> None:
    assert others_acted(parse(text).sentences[0]) is expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Tell me about a time you had to let somebody go. How'd you handle it?", False),
    ("You inherited a failing depot last year. How'd you turn it round?", False),
    # (not "how'd you handle a team...": coping with a kind of thing is answered by a record)
    ("How'd you turn round a team that missed its targets?", True),
    ("What'd you change first if you joined us?", True),
    ("What would you do in your first ninety days?", True),
])
def test_a_contracted_did_after_a_past_told_is_not_a_plan(question: str, expected: bool) -> None:
    assert asks_plan(question) is expected


def test_we_in_a_question_is_the_listeners_side() -> None:
    assert asks_about_listener("Why us? And what do you actually know about what we do?")
    assert not asks_about_listener("What do you know about project finance?")


def test_a_story_asked_with_hows_d_is_not_read_as_a_plan_asked() -> None:
    answer = ("The one that stays with me is a shift lead at our Derby depot who kept missing "
              "safety checks. I raised it with him twice and wrote it down the second time. When "
              "a forklift was damaged on his shift I suspended him, heard his side with HR and "
              "ended his contract that week. I told the crew myself the next morning, and the "
              "missed checks stopped; we have had no forklift damage since.")
    fired = _fired("Tell me about a time you had to let somebody go. How'd you handle it?", answer)
    assert "relevance.answers_another" not in fired
