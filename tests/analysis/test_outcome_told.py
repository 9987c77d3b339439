"""The missing outcome heard as a coach hears it, and the weakness plan asked only of a weakness
(issue 11, item 3).

A story whose "result" is only activity, effort, the scale of a roll-out, a figure of the
set-up or an aim says nothing of how it came out; a story asked for in other words than "tell
me about a time" is still a story. A weakness with no plan is a finding only where a weakness
of the speaker's was asked for and told. Every example here is written afresh in the project's
own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import analyser_for, knowledge_base
from poise.analysis.asked import asks_shortcoming
from poise.analysis.outcome_told import achieved, came_through, met_deadline, outcome_told, regained
from poise.analysis.structure import label_sentences
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result"}
NO_PLAN = "meaning.weakness_no_plan"


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


@pytest.mark.parametrize("text", [
    "By the spring every one of the twelve presses was back in production.",
    "We won the renewal against two bidders in June.",
    "The warehouse avoided a single lost shift over the peak.",
    "Both depots met the quarter's safety target.",
])
def test_an_achievement_or_a_state_regained_is_an_outcome(text: str) -> None:
    sent = _sentence(text)
    assert achieved(sent) or regained(sent)


@pytest.mark.parametrize("text", [
    "The new ledger went live a fortnight early.",
    "We closed the refit on time and within budget.",
])
def test_a_mark_met_is_an_outcome(text: str) -> None:
    assert met_deadline(_sentence(text))


@pytest.mark.parametrize("text", [
    "I kept the two site leads in every meeting.",
    "I met each of the night cleaners in my first week.",
    "We did not win the renewal.",
    "If we had kept the account, the year would have closed level.",
    "The tool was rolled out across all nineteen depots.",
    "The aim was to finish early.",
])
def test_activity_people_denial_and_aims_are_not_outcomes(text: str) -> None:
    sent = _sentence(text)
    assert not (achieved(sent) or met_deadline(sent) or regained(sent))


def _told(answer: str) -> bool:
    analyser = analyser_for(knowledge_base())
    parsed = parse(answer)
    shape = label_sentences(parsed, analyser.cues)
    return outcome_told(parsed, shape)


def test_a_setup_figure_and_a_rollout_are_no_outcome() -> None:
    answer = ("In 2023 the board cut the training budget by 30 per cent, just as the new "
              "system arrived. I wrote a short course for the supervisors and ran it on every "
              "shift. We then took the system live across all nineteen depots, which took most "
              "of the summer.")
    assert not _told(answer)


def test_a_measured_change_after_the_acts_is_an_outcome() -> None:
    answer = ("In 2023 the board cut the training budget by 30 per cent. I wrote a short course "
              "for the supervisors and ran it on every shift. By October picking errors had "
              "fallen from 4% to 1.5%.")
    assert _told(answer)


PROUDEST = "What's the piece of work from the last couple of years you're proudest of?"


def test_a_story_asked_in_other_words_is_flagged_when_it_only_describes_activity() -> None:
    answer = ("I'd pick the move of our returns desk from Derby to the main site. The desk had "
              "been on its own for years and nobody quite owned it. I mapped every step with the "
              "two team leaders, wrote the new handover notes and ran three dry runs on "
              "Saturdays. We then moved all fourteen people across in one weekend, and it was a "
              "big effort from everyone involved.")
    assert _fired(PROUDEST, answer) & NO_RESULT


def test_the_same_story_with_its_outcome_is_not_flagged() -> None:
    answer = ("I'd pick the move of our returns desk from Derby to the main site. The desk had "
              "been on its own for years and nobody quite owned it. I mapped every step with the "
              "two team leaders, wrote the new handover notes and ran three dry runs on "
              "Saturdays. We moved all fourteen people across in one weekend. Within two months "
              "the refund backlog had fallen from 600 cases to 40.")
    assert not _fired(PROUDEST, answer) & NO_RESULT


@pytest.mark.parametrize(("question", "asked"), [
    ("What would the people closest to you say you still need to get better at?", True),
    ("What would your peers like you to change about how you run meetings?", True),
    ("Tell me something your team would say you do badly.", True),
    ("Why are you looking for a new role?", False),
    ("What would you like to change about our onboarding?", False),
    ("Tell me about a time you had to change a plan.", False),
])
def test_a_shortcoming_is_asked_in_other_words(question: str, asked: bool) -> None:
    assert asks_shortcoming(question) is asked


def test_a_complaint_about_the_job_is_no_weakness_without_a_plan() -> None:
    answer = ("Honestly, the place has gone stale. Every proposal goes to a committee that meets "
              "once a quarter, and most of them come back with nothing decided. The people who "
              "were there when I joined have mostly left, and the ones who stayed have stopped "
              "caring. It is not somewhere anyone grows any more.")
    assert NO_PLAN not in _fired("Why are you looking for a new role?", answer)


def test_a_weakness_settled_as_fixed_is_still_flagged() -> None:
    answer = ("I can be blunt in reviews, and people sometimes hear it as a verdict rather than a "
              "view. Last year a new analyst asked to move teams after one of my comments. To be "
              "honest, that is how I am, and the people who work with me get used to it.")
    fired = _fired("What is your biggest weakness?", answer)
    assert fired & {NO_PLAN, "weaknesses.accepted", "weaknesses.no_steps"}


@pytest.mark.parametrize(("text", "through"), [
    ("We switched the payroll over in March with no missed payment and no data loss.", True),
    ("We reopened the depot without a single injury.", True),
    ("We went live with no plan for the second site.", False),
    ("If we go live without an outage, the board will sign off phase two.", False),
])
def test_work_done_without_harm_is_an_outcome(text: str, through: bool) -> None:
    assert came_through(_sentence(text)) is through
