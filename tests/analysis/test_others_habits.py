"""A habit of someone else's told as a fault (analysis/others_habits.py) and knowing denied to
the absurd (analysis/knowing_idiom.py): each alone, flagged and passed, and through the whole
analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, knowing_idiom, others_habits
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    lexicons = load_knowledge_base().lexicons
    return frozenset(entry.phrase.lower() for name in names for entry in lexicons[name].entries)


PEOPLE = _words("third_parties", "role_nouns") | {"he", "she", "they"}
OWED = _words("judgement_verbs", "cognition_verbs")


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Honestly, they are people who constantly cheat on the hours.",
    "The planners never answer the phone.",
    "He never listens to the shift leads.",
    "They always blame the night shift for everything.",
    "The director never comes down to the floor.",
])
def test_a_habit_told_as_a_fault(text: str) -> None:
    assert others_habits.faulted_habit(_sentence(text), PEOPLE, OWED) is not None


@pytest.mark.parametrize("text", [
    "She never misses a deadline.",  # never with a failing verb: praise
    "He always backs his people.",  # always with a good verb
    "They never complain about the rota.",  # praise
    "He never gives up.",  # a particle turns the verb
    "My boss never micromanages.",  # no act owed
    "A good manager never blames the team.",  # a type of person
    "I never answer emails after six.",  # the speaker
    "If they never answer, I call the director.",  # a case
    "The planners never answered the phone that night.",  # a past event, not a habit
    "I noticed that the interpreters never give feedback in the call, so I changed the format.",
])
def test_no_habit_told_as_a_fault(text: str) -> None:
    assert others_habits.faulted_habit(_sentence(text), PEOPLE, OWED) is None


@pytest.mark.parametrize("text", [
    "The people at head office wouldn't know a warehouse if it fell on them.",
    "They don't know one end of a printing press from the other.",
    "Their new director wouldn't know a budget from a brochure.",
])
def test_knowing_denied_to_the_absurd(text: str) -> None:
    assert knowing_idiom.absurd_unknowing(_sentence(text)) is not None


@pytest.mark.parametrize("text", [
    "She didn't know the new manager from her last job.",  # someone particular
    "They did not know a single person from the head office.",  # where people come from
    "I wouldn't know a good wine from a bad one.",  # the speaker
    "You wouldn't know it from the outside.",  # the listener, a thing
    "He did not know a word of French.",  # a plain lack
])
def test_no_knowing_denied_to_the_absurd(text: str) -> None:
    assert knowing_idiom.absurd_unknowing(_sentence(text)) is None


LEAVING = "Why do you want to leave your current employer?"


def test_a_habit_of_the_owners_is_criticism() -> None:
    answer = ("I have run the northern depots for six years and cut lost loads by a third. "
              "The owners never listen to the depot managers, and I want a company where the "
              "people on the floor are heard.")
    assert {finding.rule for finding in analyse(LEAVING, answer).findings} & {
        "tone.judges_others", "tone.badmouthing", "meaning.badmouthing", "tone.heard_criticism"}


def test_an_absurd_denial_of_knowing_is_criticism() -> None:
    answer = ("I have run the northern depots for six years and cut lost loads by a third. "
              "The people at head office wouldn't know a warehouse if it fell on them, and I want "
              "a company that runs on what happens in its depots.")
    assert "tone.judges_others" in {finding.rule for finding in analyse(LEAVING, answer).findings}
