"""Pushing back on the interviewer read from the parse (analysis/pushback.py): the question's
terms contested, the question denied a good quality, the interviewer told they would know better
(examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import pushback
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I'd push back on the word setback, if I may.",
    "I would challenge the premise a little.",
    "I'd question how much of a risk that really is.",
    "I'd dispute the framing there.",
])
def test_terms_contested(text: str) -> None:
    assert pushback.contests_terms(_sentence(text), _words("contest_verbs"), _words("question_terms"))


@pytest.mark.parametrize("text", [
    "I challenged the premise of the plan in the steering group, and we cut the scope by a third.",  # a story
    "I pushed back on the deadline and won two extra weeks.",  # a story, and not the question's terms
    "I'd push the team to ship the first version by June.",  # "push" without "back"
    "I would question every supplier about their lead times.",  # not the question's terms
])
def test_terms_not_contested(text: str) -> None:
    assert not pushback.contests_terms(_sentence(text), _words("contest_verbs"), _words("question_terms"))


@pytest.mark.parametrize("text", [
    "Honestly, I'm not sure that's a very helpful question.",
    "That's not a useful question at this stage.",
    "I don't think it's a particularly fair line of questioning.",
])
def test_question_judged(text: str) -> None:
    assert pushback.question_judged(_sentence(text))


@pytest.mark.parametrize("text", [
    "It was not a useful question to ask the board, so I reframed it.",  # a story
    "That's a fair question.",  # granted, not denied
    "I'm not sure the survey asked a useful question.",  # about a survey, not put as a verdict on this one
])
def test_question_not_judged(text: str) -> None:
    assert not pushback.question_judged(_sentence(text))


def test_told_to_look() -> None:
    sent = _sentence("If you had read my CV properly, you'd see that two of those jobs were the same firm.")
    assert pushback.told_to_look(sent, _words("cognition_verbs"))


@pytest.mark.parametrize("text", [
    "If you had asked the users, you would know the form was too long, so I rewrote it.",  # a generic "you"
    "If you look at my CV, you will see two plants turned around.",  # an invitation, not a reproach
])
def test_not_told_to_look(text: str) -> None:
    assert not pushback.told_to_look(_sentence(text), _words("cognition_verbs"))


def test_a_thing_said_to_be_itself_before_a_clause_of_places_is_a_tautology() -> None:
    sent = parse("Honestly, a kiln is a kiln, whether it sits in Leeds or in Lyon.").sentences[0]
    assert pushback.tautology(sent)


def test_a_thing_said_to_be_something_else_before_a_clause_is_not_a_tautology() -> None:
    sent = parse("A kiln is a furnace, whether it sits in Leeds or in Lyon.").sentences[0]
    assert not pushback.tautology(sent)
