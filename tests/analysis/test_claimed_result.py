"""A result claimed, not told, and praise the quote does not show (issue 11, items 2 and 3).

A verdict on how it went ("the response was positive", "it worked", "in the end he understood")
is no result: a story that offers only that in the result's place gets a finding quoting it,
while a story with a concrete outcome, even unquantified, gets none. An own action is not
presence ("I attended", "I took part in"), a practice kept up now ("I now check..."), nor an act
on a kind only ranked against others; a figure of a practice kept up is no outcome. Every
example is written afresh in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import analyser_for, knowledge_base
from poise.analysis.claimed_result import claim_clause, claimed
from poise.analysis.example_asked import asks_past_example
from poise.analysis.outcome_told import outcome_told, still_in_use, taken_up
from poise.analysis.praise_gates import act_shown, outcome_shown, practice_now
from poise.analysis.scoring import OUTCOME_NUMBER, OWN_ACTION
from poise.analysis.structure import label_sentences
from poise.analysis.text import Sentence, parse

CLAIMED = "structure.claimed_result"
NO_RESULT = {"structure.no_result", "meaning.no_result", CLAIMED}


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _report(question: str, answer: str):  # type: ignore[no-untyped-def]
    return analyse(question, answer, context=AnalysisContext())


# --- the claim read from the parse -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The reaction from the wards was really positive.",
    "Senior management were satisfied with the outcome.",
    "Honestly, it went very well in the end.",
    "Everybody was pleased with how it landed.",
    "I would say it worked, because the crews were more engaged and the comments were good.",
    "In the end the supervisor understood who was running the shift.",
    "We made really good progress on most of our priorities.",
    "The trustees loved the new format.",
    "It was a great success for the whole region.",
])
def test_a_verdict_without_content_is_a_claim(text: str) -> None:
    assert claimed(_first(text))


@pytest.mark.parametrize("text", [
    "Everyone was pleased because the backlog was cleared by April.",
    "The trustees were delighted and renewed the grant for three years.",
    "Satisfaction in the staff survey went from 61% to 78%.",
    "The crews loved the new rota and sick days dropped.",
    "The depot now runs on the shared route sheets every night.",
    "The board approved the second site and we opened it in May.",
    "We won the county contract.",
    "It did not work.",
    "If the pilot worked, we would extend it.",
    "The new process worked well and the complaints stopped.",
])
def test_a_result_or_a_denial_is_not_a_claim(text: str) -> None:
    assert not claimed(_first(text))


def test_a_verb_of_praise_told_of_a_thing_is_no_claim() -> None:
    # "clear" reads as positive in the lexicon; a new system clearing a queue is what it did
    sent = _first("The new triage system cleared the queue.")
    verb = next(index for index, token in enumerate(sent.tokens) if token.text == "cleared")
    assert not claim_clause(sent, verb)


def test_outcome_told_does_not_count_a_claim() -> None:
    answer = parse(
        "Our night crew kept missing the first trucks. I moved two loaders onto the early shift "
        "and rewrote the picking order with the team leader. In the end the team leader "
        "understood why the order mattered.")
    shape = label_sentences(answer, analyser_for(knowledge_base()).cues)
    assert not outcome_told(answer, shape)


# --- the finding -------------------------------------------------------------------------------

STORY = "Tell me about a time you changed how your team worked."
SET_UP_AND_ACTS = (
    "At the regional call centre our callbacks were handled by whoever was free, and customers "
    "waited days. I set up a callback rota with the two shift leads, gave each agent a daily "
    "slot, and I went through the open cases with the leads every Monday morning. ")


def test_a_story_closing_on_a_verdict_gets_the_finding_quoting_it() -> None:
    closing = "By the summer the feedback from customers was really positive and management were happy."
    report = _report(STORY, SET_UP_AND_ACTS + closing)
    found = [item for item in report.findings if item.rule == CLAIMED]
    assert found, report.rules_fired()
    assert any("feedback from customers was really positive" in quote.quote
               for quote in found[0].evidence)
    assert "what changed" in found[0].fix


@pytest.mark.parametrize("closing", [
    "By the summer callbacks were made within a day, and the complaints about waiting stopped.",
    "By the summer the open cases were down from 300 to 40, and management were happy.",
    "The rota is still how the centre runs callbacks, and the two other sites have copied it.",
])
def test_a_story_with_a_concrete_outcome_gets_no_finding(closing: str) -> None:
    report = _report(STORY, SET_UP_AND_ACTS + closing)
    assert not NO_RESULT & report.rules_fired()


def test_a_verdict_outside_a_story_is_not_faulted() -> None:
    report = _report(
        "What do you enjoy most about managing people?",
        "I enjoy seeing people grow into bigger jobs than they thought they could do. Coaching a "
        "new supervisor through her first difficult conversation is the best part of my week. "
        "The team seem happy and the feedback I get is positive.")
    assert CLAIMED not in report.rules_fired()


# --- praise the quote must show ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "verb"), [
    ("I also took part in the company's leadership programme last year.", "took"),
    ("I attended every quarterly review with the finance team.", "attended"),
    ("I now check every rota against the leave calendar before it goes out.", "check"),
    ("In my last job I handled situations far harder than anything a small site would face.",
     "handled"),
])
def test_presence_practice_and_capacity_are_not_acts(text: str, verb: str) -> None:
    sent = _first(text)
    assert not act_shown(sent, next(token for token in sent.tokens if token.text == verb))


@pytest.mark.parametrize(("text", "verb"), [
    ("I sat in on her first three night shifts.", "sat"),
    ("I sat down with each driver and rebuilt the rounds.", "sat"),
    ("I checked every rota against the leave calendar that week.", "checked"),
    ("So I go to the director and I tell him the plan will not work.", "go"),
    ("I handled the two grievances myself.", "handled"),
])
def test_acts_told_stay_acts(text: str, verb: str) -> None:
    sent = _first(text)
    assert act_shown(sent, next(token for token in sent.tokens if token.text == verb))


def test_a_figure_of_a_practice_kept_up_is_no_outcome() -> None:
    sent = _first("My deputy reads every report of mine first and she trims it, usually by half.")
    assert {quote: outcome_shown(sent, start, end) for start, end, quote in sent.numbers} in (
        {}, {"half": False})
    trims = next(index for index, token in enumerate(sent.tokens) if token.text == "trims")
    assert practice_now(sent, trims)
    told = _first("That spring my deputy trimmed the monthly report by half.")
    trimmed = next(index for index, token in enumerate(told.tokens) if token.text == "trimmed")
    assert not practice_now(told, trimmed)


def test_praise_is_not_given_for_presence_or_a_practice_now() -> None:
    report = _report(
        "What have you done in the last two years to get better at your job?",
        "I took part in our company's leadership programme, which had six coaching sessions. "
        "I attended two conferences on warehouse automation. I now read the weekly safety "
        "figures with each shift lead.")
    praised = [quote.quote for item in report.strengths if item.what == OWN_ACTION
               for quote in item.evidence]
    assert not any(text.startswith(("I took part", "I attended", "I now read")) for text in praised)
    assert OUTCOME_NUMBER not in {item.what for item in report.strengths}


# --- concrete outcomes without a number ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Two other depots have copied the rota since.",
    "The board extended the pilot to all nine sites.",
    "The rota is still how the centre runs its callbacks.",
    "That dashboard is still in use on every shift.",
])
def test_work_taken_up_or_still_in_use_is_an_outcome(text: str) -> None:
    sent = _first(text)
    assert taken_up(sent) or still_in_use(sent)


@pytest.mark.parametrize("text", [
    "We extended the pilot to all nine sites.",
    "The sites that adopted it were the smaller ones.",
    "The team is still short of two drivers.",
    "He is still on the night shift.",
    "The backlog is still a problem.",
])
def test_own_steps_and_standing_problems_are_not_taken_up(text: str) -> None:
    sent = _first(text)
    assert not (taken_up(sent) or still_in_use(sent))


@pytest.mark.parametrize(("question", "asked"), [
    ("How do you plan the budget each year? Walk me through a real year.", True),
    ("Talk me through a specific project where the plan slipped.", True),
    ("What salary are you after? Give me a specific figure.", False),
    ("Walk me through your year ahead if you got this job.", False),
])
def test_a_real_stretch_of_work_asked_for_is_an_occasion(question: str, asked: bool) -> None:
    assert asks_past_example(question) is asked


@pytest.mark.parametrize(("text", "verb", "shown"), [
    ("I turned the whole depot around in a year.", "turned", False),
    ("And I basically turned it around single-handed.", "turned", False),
    ("I created a new culture of openness on the wards.", "created", False),
    ("I brought a new energy to the team.", "brought", False),
    ("Then I took the operations manager job at the Leeds site.", "took", False),
    ("I took the view that the engineers knew best.", "took", False),
    ("I turned the spare room into a training space.", "turned", True),
    ("I brought the two shift leads into the planning meeting.", "brought", True),
    ("I took the cost report apart line by line.", "took", True),
])
def test_a_change_claimed_with_no_act_is_not_praised(text: str, verb: str, shown: bool) -> None:
    sent = _first(text)
    assert act_shown(sent, next(token for token in sent.tokens if token.text == verb)) is shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Our apprentice retention is now over 80 percent.", True),
    ("We lost only two tenants out of 23, against the six we expected.", True),
    ("We cut the backlog by 40% in three months.", True),
    ("My deputy usually trims my reports by half.", False),
])
def test_a_state_now_is_an_outcome_and_a_habit_is_not(text: str, shown: bool) -> None:
    sent = _first(text)
    figures = {quote: outcome_shown(sent, start, end) for start, end, quote in sent.numbers}
    assert figures
    assert any(figures.values()) is shown


def test_a_verdict_beside_a_figure_told_after_the_steps_is_not_faulted() -> None:
    # the figure may carry the outcome even where no reader names it as one
    report = _report(STORY, SET_UP_AND_ACTS + (
        "Callbacks made on the same day were 212 in the last week of the trial. "
        "Management were happy with it."))
    assert CLAIMED not in report.rules_fired()
