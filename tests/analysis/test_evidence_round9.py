"""Evidence rules that must not cry wolf, and praise that must show what it claims: the general
mechanisms behind round 9's fixes, each with small examples written for these tests.

- a story does say how it ended when it tells how things came out ("we ended up..."), a
  measured consequence hung on an act ("..., which brought the start forward a month") or a
  result after "within about six months";
- a career told as a path is not a story that owes an outcome;
- the past said with stress ("I did raise it") is something the speaker did;
- a story told by the team ("the planners rebuilt...") owns no action of the speaker's, and an
  intention ("I'd want to help build that here") is not one either;
- an answer that tells nothing as having happened describes no situation, so it lacks no
  actions;
- a lesson told across two sentences is quoted whole.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.scoring import LESSON
from poise.analysis.structure import consequence, settled, told_result
from poise.analysis.text import parse

STORY = "Tell me about a time you fixed a process that was slowing your team down."
WE_STORY = "Tell me about a time you changed how your operation works."


def _sentence(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


def _rules(question: str, answer: str, family: str | None = None) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family=family)).rules_fired()


@pytest.mark.parametrize("text", [
    "We ended up shipping about half of the new checks.",
    "In the end the pilot paid off for both depots.",
    "It turned out cheaper than the old contract.",
])
def test_how_things_came_out_is_a_result(text: str) -> None:
    assert settled(_sentence(text))


@pytest.mark.parametrize("text", [
    "If it worked out, we would roll it out.",  # a condition
    "It never paid off.",  # negated: still an outcome, but not one this reads
    "We turned the lights out at six.",  # a phrasal with another meaning, in the wrong tense pair
])
def test_a_condition_or_a_denial_is_not_how_it_came_out(text: str) -> None:
    assert not settled(_sentence(text))


@pytest.mark.parametrize("text", [
    "I re-sequenced the fit-out myself, which brought handover forward six weeks.",
    "I moved the audits online, which cut the backlog by a third.",
])
def test_a_measured_consequence_of_an_act_is_a_result(text: str) -> None:
    assert consequence(_sentence(text))


@pytest.mark.parametrize("text", [
    "I re-sequenced the fit-out, which took six weeks.",  # how long the act took
    "I moved the audits online, which the auditors liked.",  # no change measured
])
def test_a_duration_or_a_reaction_is_no_measured_consequence(text: str) -> None:
    assert not consequence(_sentence(text))


def test_a_time_after_which_something_stood_may_be_approximate() -> None:
    assert told_result(_sentence("Over about ten months we closed four of the six sites' gaps."))


def test_no_result_is_not_raised_when_the_consequence_is_measured() -> None:
    answer = ("Our quarterly close took eleven working days and the auditors kept finding late "
              "journals. I mapped every step with the two finance leads and moved the accruals "
              "review a week earlier, which cut the close by four days. I also wrote a short "
              "checklist for the regional accountants and ran two sessions on it.")
    assert "structure.no_result" not in _rules(STORY, answer)


def test_no_result_is_still_raised_when_the_story_stops_at_the_actions() -> None:
    answer = ("Our quarterly close took eleven working days and the auditors kept finding late "
              "journals. I mapped every step with the two finance leads and moved the accruals "
              "review a week earlier. I also wrote a short checklist for the regional accountants "
              "and ran two sessions on it.")
    # the family is given: the rule under test is the story's missing outcome, not detection
    assert "structure.no_result" in _rules(STORY, answer, family="past_behaviour")


def test_a_career_path_owes_no_outcome() -> None:
    answer = ("I started as a lab technician at a dairy in 2008 and moved into quality two years "
              "later. From there I joined a drinks company as quality lead for two plants, and in "
              "2019 I became head of quality for the group. I've worked with auditors from four "
              "countries and I enjoy building teams that fix problems at the source.")
    fired = _rules("Walk me through your career so far.", answer, family="introduction")
    assert "structure.no_result" not in fired


def test_the_past_said_with_stress_is_an_action() -> None:
    sent = _sentence("I did raise the staffing problem with their partner.")
    assert [verb.text for verb in sent.own_past_actions] == ["raise"]


def test_a_story_told_by_the_team_owns_no_action() -> None:
    answer = ("Trucks used to queue at the gate for hours and the drivers were furious. The team "
              "looked at three booking tools and chose the simplest one. The planners ran a pilot "
              "with two hauliers, then the yard team redid the lanes for booked trucks. By spring "
              "the average wait was under an hour.")
    assert "ownership.we_only" in _rules(WE_STORY, answer)


def test_an_intention_is_not_an_action_of_the_speaker() -> None:
    answer = ("We rebuilt the returns process at the warehouse in 2022. We mapped every step and "
              "we cut two approvals that nobody needed. We trained the pickers on the new flow "
              "over a month. It's the kind of change I'd want to help build here too.")
    assert "ownership.we_only" in _rules(WE_STORY, answer)


def test_the_speakers_own_act_still_silences_we_only() -> None:
    answer = ("We rebuilt the returns process at the warehouse in 2022. I mapped every step and "
              "we cut two approvals that nobody needed. We trained the pickers on the new flow "
              "over a month. Returns now clear in two days instead of six.")
    assert "ownership.we_only" not in _rules(WE_STORY, answer)


def test_a_team_story_is_needed_when_no_example_was_asked() -> None:
    # asked for no example, a "we" that tells no events is no story told in "we"
    answer = ("We are a small team and our customers are mostly hospitals. Our service is known "
              "for being reliable and our people care about it. We share the same values and our "
              "reputation matters to all of us.")
    assert "ownership.we_only" not in _rules("What do you enjoy about your current role?", answer)


def test_nothing_told_as_having_happened_lacks_no_actions() -> None:
    answer = ("Calm, organised and fair. I'm a natural coach and a patient listener, and my "
              "people know where they stand with me. I set clear goals and I keep my promises, "
              "and I'm always available when something goes wrong on the floor.")
    fired = _rules("How would your team describe you as a manager? Give me an example.", answer)
    assert "structure.no_actions" not in fired


def test_a_situation_with_no_actions_still_lacks_them() -> None:
    answer = ("Two of my supervisors kept arguing about the rota and the night shift suffered. "
              "Sickness went up and a few agents complained to HR. It was a hard winter for "
              "everybody on the floor and the mood stayed low.")
    fired = _rules("Tell me about a conflict between two of your reports.", answer)
    assert fired & {"structure.no_actions", "meaning.no_own_action"}


LESSON_QUESTION = "When you took over your current team, what was the first thing you changed?"


def _lesson_quotes(question: str, answer: str) -> list[str]:
    report = analyse(question, answer, context=AnalysisContext())
    return [item.quote for strength in report.strengths if strength.what == LESSON
            for item in strength.evidence]


def test_a_lesson_told_across_two_sentences_is_quoted_whole() -> None:
    answer = ("When I took over the region in 2021 there were three hundred complaints past the "
              "deadline. I pulled the whole list myself, split it by branch and made every branch "
              "manager own their list. By the end of August the overdue number was under twenty. "
              "The lesson for me was to fix what can get you fined first. I still run a new patch "
              "that way.")
    assert _lesson_quotes(LESSON_QUESTION, answer) == [
        "The lesson for me was to fix what can get you fined first. I still run a new patch that way."]


def test_a_lesson_in_one_sentence_is_not_stretched() -> None:
    answer = ("When I took over the region in 2021 there were three hundred complaints past the "
              "deadline. I pulled the whole list myself, split it by branch and made every branch "
              "manager own their list. By the end of August the overdue number was under twenty. "
              "Since then I always fix what can get us fined before anything else. The team "
              "liked the daily call.")
    quotes = _lesson_quotes(LESSON_QUESTION, answer)
    assert quotes and all("The team liked" not in quote for quote in quotes)


def test_asking_what_you_did_about_it_asks_for_a_real_example() -> None:
    answer = ("I would sit down with the person first and ask what is going on. Then I would agree "
              "clear expectations and a date. I'd give them support, a buddy or a course, and I "
              "would follow up every week until it is fixed.")
    fired = _rules("Tell me about someone on your team who struggled, and what you actually did "
                   "about it.", answer)
    assert "structure.no_past_example" in fired


@pytest.mark.parametrize("text", [
    "About a year later two of the supervisors were promoted to site manager.",
    "We did not miss a single delivery slot that month.",
    "By then the night shift seemed far more settled than before.",
])
def test_a_result_told_without_a_measure_is_still_a_result(text: str) -> None:
    assert told_result(_sentence(text))


@pytest.mark.parametrize("text", [
    "I did not call a single supplier that week.",  # a thing left undone, not a result
    "The night shift seemed tired.",  # a state, compared with nothing
    "A year ago I joined the firm.",  # a date, not a time after the act
])
def test_a_denial_a_plain_state_or_a_date_is_no_result(text: str) -> None:
    assert not told_result(_sentence(text))

