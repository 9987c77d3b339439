"""Mechanisms added with round 10 as development data, each alone with adversarial sentences
it must not take, and through the whole analyser (examples written for these tests):
- a weakness settled as part of the speaker, with no step about it (analysis/accepted.py);
- asked about people outside the speaker's line, the answer tells of their own team
  (analysis/asked.py);
- a miss the speaker takes as their own is no misconduct told as a win (analysis/conduct.py), and
  an act kept from someone by another party's clause is not the speaker's (the relative clause
  has its own subject)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, accepted, analyse, answer_flaws, asked, conduct
from poise.analysis.grammar import TEAM_NOUNS
from poise.analysis.text import Sentence, parse


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


# --- a weakness settled as fixed ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Frankly, that is simply the way I was built.",
    "It's part of who I am, I'm afraid.",
    "That's how I'm programmed, really.",
    "I doubt it will ever go away.",
    "I don't think that's going to change now.",
    "I'm always going to be a little like that.",
    "I have made peace with it.",
    "At my age I have to accept it.",
])
def test_settles_a_trait(text: str) -> None:
    assert accepted.settles(_sentence(text))


@pytest.mark.parametrize("text", [
    "I used to think that was just how I was built.",  # told in the past
    "It is not who I am at my best.",  # denied
    "If that's how I'm wired, I need a system around it.",  # a condition
    "I accepted the board's decision in 2021.",  # accepting something done, in the past
    "The rota will never change unless we push for it.",  # under "unless": no settled trait
    "Here is how I approached the budget.",  # a wh-clause of doing, not of make-up
    "I will change how I run the weekly review.",  # a change to come
])
def test_does_not_settle(text: str) -> None:
    assert not accepted.settles(_sentence(text))


def test_a_step_taken_keeps_the_answer_clean() -> None:
    answer = parse("I rush long documents. For years I thought that was how I'm built. Since March "
                   "I now ask a colleague to read anything that goes to the board.")
    assert accepted.settled_sentences(answer) == []
    told = parse("I rush long documents. Honestly, it is how I'm built, and people get used to it.")
    assert accepted.settled_sentences(told) == [1]


def test_the_habit_itself_is_no_step() -> None:
    answer = parse("I check every file myself before it leaves. I still do it every week. "
                   "That's the way I am made.")
    assert accepted.settled_sentences(answer) == [2]


def test_weakness_settled_through_the_analyser() -> None:
    flagged = analyse(
        "What would your last director say you do badly?",
        "She would say I leave board papers to the last night. In 2023 two of them went out a day "
        "late and the chair noticed. Honestly, that is the way I am made, and I doubt it will ever go away.",
        context=AnalysisContext(family="weaknesses"),
    )
    assert "weaknesses.accepted" in flagged.rules_fired()
    clean = analyse(
        "What would your last director say you do badly?",
        "She would say I leave board papers to the last night. In 2023 two of them went out a day "
        "late and the chair noticed. Since then I set a draft date a week before each board and my "
        "deputy checks I hit it; the last six went out on time.",
        context=AnalysisContext(family="weaknesses"),
    )
    assert "weaknesses.accepted" not in clean.rules_fired()


def test_settled_trait_outside_a_weakness_question_is_not_judged() -> None:
    report = analyse(
        "Tell me about a time you changed your mind.",
        "In 2022 I backed a new rota the nurses disliked. After a month of complaints I met them, "
        "heard the problem with the night handover and changed it. Listening first is how I am made, "
        "and the sickness rate fell from 6% to 4% that winter.",
        context=AnalysisContext(family="past_behaviour"),
    )
    assert "weaknesses.accepted" not in report.rules_fired()


def test_asks_weakness() -> None:
    assert asked.asks_weakness("If I rang your boss, what would she call your biggest shortcoming?")
    assert asked.asks_weakness("Which weak spot of yours has cost you the most?")
    assert not asked.asks_weakness("Tell me about your proudest achievement.")


# --- people outside the speaker's line ------------------------------------------------------

PEOPLE = TEAM_NOUNS | frozenset({"officer", "nurse", "driver"})


@pytest.mark.parametrize("question", [
    "Tell me about a time you had to lead people who did not report to you.",
    "How do you get results from colleagues who don't work for you?",
    "Describe a project where the people doing the work didn't report to you - suppliers, say.",
])
def test_asks_outside_line(question: str) -> None:
    assert asked.asks_outside_line(question)


@pytest.mark.parametrize("question", [
    "How do you develop the managers who report to you?",  # the own line, asked for
    "Tell me about a time you led a team through a difficult change.",
    "Who did you report to in your last job?",
])
def test_does_not_ask_outside_line(question: str) -> None:
    assert not asked.asks_outside_line(question)


def test_own_line_told_instead() -> None:
    answer = parse("In 2020 I had forty drivers across two depots. I met my supervisors every "
                   "Monday and we rebuilt the routes. By spring the drivers were finishing an hour earlier.")
    assert asked.tells_own_line(answer, PEOPLE) == [0, 1, 2]


def test_people_outside_the_line_named_keep_it_clean() -> None:
    answer = parse("In 2020 I had forty drivers across two depots. The planners sat in another "
                   "department, so I asked their head for a weekly slot. My supervisors joined me.")
    assert asked.tells_own_line(answer, PEOPLE) == []
    denied = parse("I had a team of twelve, but the nurses on the ward were none of them reporting "
                   "to me. None of the nurses reported to me. I met my team each morning.")
    assert asked.tells_own_line(denied, PEOPLE) == []


def test_one_mention_of_the_own_team_is_not_enough() -> None:
    answer = parse("My team was small. I spent a month with the finance leads and the estates "
                   "office before I proposed anything, and they shaped the plan with me.")
    assert asked.tells_own_line(answer, PEOPLE) == []


# --- a miss owned, and another party's act ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "We missed the date, and that one is on me.",
    "It was my mistake to sign it off without a second check.",
    "The error was mine: I approved the order without reading the terms.",
    "I should have asked the auditors before we changed the process.",
    "I didn't build in any float for lost outages, and I should've, because everyone knows you lose some.",
    "That was my decision and my fault; the breeders had told me they wanted another season.",
])
def test_owns_fault(text: str) -> None:
    assert conduct.owns_fault(_sentence(text))


@pytest.mark.parametrize("text", [
    "That is on the vendor, not on us.",  # a fault placed with others
    "I went over her head and the contract was signed.",
    "It was not my mistake.",  # denied
    "My mistake was trusting the forecast.",  # owned (a possessive fault noun as subject)
    "They should've told us, and I have the emails.",  # someone else's miss; "have" is no ellipsis
])
def test_owns_fault_adversarial(text: str) -> None:
    expected = text.startswith("My mistake")
    assert conduct.owns_fault(_sentence(text)) is expected


def test_another_partys_clause_is_not_the_speakers() -> None:
    other = _sentence("We had trouble with the caterer, who changed the menu without telling us.")
    assert not conduct.kept_uninformed(other)
    own = _sentence("I changed the menu without telling the caterer.")
    assert conduct.kept_uninformed(own)


def test_owned_miss_through_the_analyser() -> None:
    report = analyse(
        "Tell me about a target you missed.",
        "In 2023 we set a target of 40 new volunteers and reached 22. That one is on me: I set it "
        "without checking whether the training budget could cover new starters. Since then I agree "
        "every target with finance first, and this year we hit 38.",
        context=AnalysisContext(family="failures"),
    )
    assert "tone.undermining" not in report.rules_fired()


# --- a story of deeds told all in "I" (ownership.superhero) ----------------------------------

def test_superhero_needs_deeds_and_nobody_else_acting(monkeypatch: pytest.MonkeyPatch) -> None:
    # the parse rule alone: the answer-level floor (tests/analysis/test_answer_floors.py) may
    # overrule it on a whole answer, as it does on this one
    monkeypatch.setattr(answer_flaws, "answer_model", lambda fingerprint: None)
    solo = analyse(
        "What is your proudest achievement?",
        "I rewrote the tender for the ferry contract. I priced every route again. I met the "
        "council's officers twice. I cut our bid by nine percent. I was awarded the contract in May. "
        "I opened the new timetable in June.",
        context=AnalysisContext(family="achievements"),
    )
    assert "ownership.superhero" in solo.rules_fired()
    named = analyse(
        "What is your proudest achievement?",
        "I rewrote the tender for the ferry contract. My deputy priced every route again. I met the "
        "council's officers twice. I cut our bid by nine percent. I was awarded the contract in May. "
        "I opened the new timetable in June.",
        context=AnalysisContext(family="achievements"),
    )
    assert "ownership.superhero" not in named.rules_fired()  # "my deputy" acts: not the speaker
    opinions = analyse(
        "What have you learned recently?",
        "I think the market has changed more than people admit. I'd say private lenders now set the "
        "terms. I guess my view has moved too. I believe the banks will come back. I feel we "
        "underrated that. I suppose time will tell.",
        context=AnalysisContext(family="development"),
    )
    assert "ownership.superhero" not in opinions.rules_fired()  # views and speech are no deeds


@pytest.mark.parametrize(("text", "expected"), [
    ("I raised it with the director in May, by which time we were six weeks behind.", True),
    ("I was late with the board paper twice that year.", True),
    ("I went over his head and we were ahead of plan by June.", False),  # a win told
    ("We were not behind at any point.", False),  # denied
    ("The contractor was weeks behind.", False),  # another party's miss
])
def test_told_as_miss(text: str, expected: bool) -> None:
    assert conduct.told_as_miss(_sentence(text)) is expected


@pytest.mark.parametrize(("text", "whole"), [
    ("That was my decision and my fault.", True),
    ("Part of it was my fault, but the supplier let us down badly.", False),  # a share, turned
    ("It was my mistake, but really the market moved against us.", False),
    ("The market moved against us.", False),
    ("The contractor went bankrupt in the middle of the works — this is my fault?", False),  # asked to deny
])
def test_a_miss_owned_whole_silences_blame_in_the_answer(text: str, whole: bool) -> None:
    from poise.analysis.rules.sensed import owned_whole

    assert owned_whole(_sentence(text)) is whole
