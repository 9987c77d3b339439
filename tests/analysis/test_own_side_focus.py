"""Asked what the speaker does for themselves, the answer tells what they did for their people
(analysis/focus.py, rule relevance.answers_another): the question's focus read from its parse,
each answer sentence's side, near misses it must not take, an unsure family that gives no
finding, and the whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, focus
from poise.analysis.rules.asked import _own_side_told
from poise.analysis.rules.base import RuleInput
from poise.analysis.text import parse
from poise.content.loader import knowledge_base
from poise.content.schema import CodeRule

TEAM_TOLD = (
    "Keeping going is something I have thought about a lot. Last winter our depot lost two of "
    "its five drivers in the same month. I rebuilt the rota so my supervisors each had one free "
    "weekend a month, and I gave every driver a fixed finishing time. I also brought in two "
    "agency drivers so my planners could stop working late. Absence in my team stayed under four "
    "percent all winter."
)
OWN_ROUTINE = (
    "Last winter our depot lost two of its five drivers in the same month. Personally, I kept a "
    "routine: I ran three mornings a week and I stopped reading email after eight. I rebuilt the "
    "rota so my supervisors each had one free weekend a month, and I gave every driver a fixed "
    "finishing time. Absence in my team stayed under four percent all winter."
)


# --- the question's focus ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "words"), [
    ("How do you keep yourself going when a hard stretch lasts for months?", "keep yourself going"),
    ("What are you personally doing this year to get better at your job?", "you personally"),
    ("What goal did you set for your own learning last year?", "your own learning"),
    ("How do you set targets for yourself, not for the business?", "set targets for yourself"),
    ("What have you done lately to grow, you and not your staff?", "not your staff"),
])
def test_asks_own_side(question: str, words: str) -> None:
    found = focus.asks_own_side(question)
    assert found is not None
    assert found.words == words


@pytest.mark.parametrize("question", [
    "Tell me about yourself.",  # presenting oneself
    "How would you describe yourself as a manager?",  # judging oneself
    "In your own words, what is this job for?",  # a manner of speaking
    "Tell me about an innovation you personally drove.",  # one's part, no growth asked
    "Tell me about a stretch target you set for your own team.",  # the team's target
    "How do you develop the planners who report to you?",  # other people's growth
    "Tell me about a negotiation you led yourself.",  # one's part, no growth asked
])
def test_asks_no_own_side(question: str) -> None:
    assert focus.asks_own_side(question) is None


# --- each sentence's side ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2023 I did a part-time course in contract law.",
    "I asked our HR partner to run a 360 on me.",
    "Personally, I keep a routine and I walk every morning.",
    "My coach and I meet every month.",
    "I read a book on negotiation every quarter.",
])
def test_own_side_sentences(sentence: str) -> None:
    assert focus.own_side(parse(sentence).sentences[0])


@pytest.mark.parametrize("sentence", [
    "Development is very important for me.",  # a judgement, not a thing done for the speaker
    "What I learned is that people stay where they can grow.",  # a lesson drawn
    "I started a mentoring scheme for my new supervisors.",  # founded for others
    "I personally sit with them once a month.",  # the speaker's part in their growth
])
def test_not_own_side_sentences(sentence: str) -> None:
    assert not focus.own_side(parse(sentence).sentences[0])


@pytest.mark.parametrize(("sentence", "side"), [
    ("I sent six of my planners on a forecasting course.", True),
    ("Every technician now has a training budget.", True),
    ("Seventy percent of the team finished the module.", True),
    ("Our customers were complaining about late orders.", False),  # not the speaker's line
    ("The number of errors fell by half.", False),  # a thing with a person's ending
])
def test_peoples_side(sentence: str, side: bool) -> None:
    assert focus.peoples_side(parse(sentence).sentences[0]) is side


def test_others_told_when_the_answer_never_turns_to_the_speaker() -> None:
    assert len(focus.others_told(parse(TEAM_TOLD))) >= 2


def test_one_sentence_of_own_side_stops_it() -> None:
    assert focus.others_told(parse(OWN_ROUTINE)) == []


def test_a_single_sentence_about_the_team_is_not_enough() -> None:
    answer = parse("I walk every morning. I also sent two of my planners on a course. That helps.")
    assert focus.others_told(answer) == []


# --- the rule -----------------------------------------------------------------------------

def _rule_input(question: str, answer: str, family: str | None) -> tuple[CodeRule, RuleInput]:
    kb = knowledge_base()
    rule = kb.rules["relevance.answers_another"]
    assert isinstance(rule, CodeRule)
    data = RuleInput(
        answer=parse(answer), question=question,
        family=kb.families[family] if family else None, behavioural=False, interview_format=None,
        phase="answer", role=(), job_text="", shape=None, question_sims=None, answer_sim=None,
        kb=kb, compile=lambda matcher: (),
    )
    return rule, data


QUESTION = "How do you keep yourself going when a hard stretch lasts for months?"


def test_rule_quotes_the_focus_and_the_team_sentences() -> None:
    rule, data = _rule_input(QUESTION, TEAM_TOLD, "stress_resistance")
    finding = _own_side_told(rule, data)
    assert finding is not None
    assert '"keep yourself going"' in finding.message
    assert "what you did for yourself" in finding.fix
    assert any("every driver" in evidence.quote for evidence in finding.evidence)


def test_rule_gives_nothing_under_an_unsure_family() -> None:
    rule, data = _rule_input(QUESTION, TEAM_TOLD, None)
    assert _own_side_told(rule, data) is None


def test_rule_gives_nothing_on_an_introduction() -> None:
    rule, data = _rule_input("What do you do to keep yourself growing, in a sentence or two about "
                             "you?", TEAM_TOLD, "introduction")
    assert _own_side_told(rule, data) is None


TEAM_GROWTH = (
    "Right now my main focus is the development of my shift leaders. In March I set up a monthly "
    "clinic where each shift leader brings one problem from the floor. Nine of my shift leaders "
    "have been to every session. Two of them now run the clinic without me in the room, and "
    "overtime on their shifts is down by a fifth."
)
OWN_GROWTH = (
    "Right now I am working on my delegation. In March I asked my manager for a monthly review of "
    "what I still do that my shift leaders could take. I also read a book on delegation and tried "
    "one idea a week. Two of my shift leaders now run the weekly plan."
)


@pytest.mark.parametrize(("answer", "fired"), [(TEAM_GROWTH, True), (OWN_GROWTH, False)])
def test_analyser_reads_whose_growth_is_told(answer: str, fired: bool) -> None:
    report = analyse("What are you personally doing at the moment to get better at your job?", answer,
                     context=AnalysisContext(family="development"))
    assert ("relevance.answers_another" in report.rules_fired()) is fired


OWN_AND_TEAM = (
    "In 2022 I did a one-year programme in board communication, and after every board meeting I "
    "asked the chair to give me one thing to change. I also set up a reading circle for my "
    "analysts and paired each of them with a senior colleague. I sent three of my planners on a "
    "forecasting course, and most of the team completed it within the year."
)


def test_whose_growth_reading_yields_to_a_sentence_on_the_speakers_side() -> None:
    question = "What have you done in the last two years to develop yourself?"
    assert any(focus.own_side(sent) for sent in parse(OWN_AND_TEAM).sentences)
    report = analyse(question, OWN_AND_TEAM, context=AnalysisContext(family="development"))
    assert "relevance.answers_another" not in report.rules_fired()
