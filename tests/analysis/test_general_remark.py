"""Sentences that name no one the speaker worked with (analysis/general_remark.py): a principle
about a kind of person and a reaction to a particular thing, against verdicts put in the same
shapes (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import general_remark
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _people() -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in ("third_parties", "role_nouns")
                     for entry in kb.lexicons[name].entries)


def _first(sentence: str):  # type: ignore[no-untyped-def]
    return parse(sentence).sentences[0]


@pytest.mark.parametrize("sentence", [
    "In my view a good site manager must be on the floor every morning, not in the office.",
    "A supervisor has to earn respect on the floor before anyone follows him.",
    "Crews should trust the one who plans their shifts.",
])
def test_a_principle_about_a_kind_of_person_names_no_one(sentence: str) -> None:
    assert general_remark.norm_for_anyone(_first(sentence), _people())


@pytest.mark.parametrize("sentence", [
    # someone in particular, by a noun, told what they ought to do: a verdict put as advice
    "The board must stop meddling in operations.",
    "My manager should learn to listen.",
    # what ought to have been: a reproach of the past
    "Managers should have listened to the crews.",
    # a story's event
    "A supervisor had to explain the rota to me twice.",
    # no obligation: a habit of a group
    "Supervisors never come down to the floor.",
])
def test_a_verdict_or_a_story_is_no_principle(sentence: str) -> None:
    assert not general_remark.norm_for_anyone(_first(sentence), _people())


@pytest.mark.parametrize("sentence", [
    "The packing crew hated it, most of them catch the last bus.",
    "The chairman did not like the proposal at all.",
    "The drivers disliked this, since the new route added an hour.",
])
def test_a_reaction_to_a_particular_thing_is_told(sentence: str) -> None:
    assert general_remark.told_reaction(_first(sentence), _people())


@pytest.mark.parametrize("sentence", [
    # disliking anything at all is a trait
    "He hated anything new.",
    # a verdict beside the reaction
    "The owners hated it because they are lazy and greedy.",
    # a person disliked, not a thing
    "She did not like me.",
    # the speaker's own reaction
    "I hated the new rota.",
])
def test_a_verdict_beside_or_instead_of_a_reaction_stays(sentence: str) -> None:
    assert not general_remark.told_reaction(_first(sentence), _people())
