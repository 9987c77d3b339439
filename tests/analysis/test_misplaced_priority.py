"""Someone else's attention set on the wrong thing by a comparison
(analysis/misplaced_priority.py), flagged and passed (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis.misplaced_priority import misplaced_priority
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

PEOPLE = frozenset(entry.phrase.lower() for name in ("third_parties", "role_nouns")
                   for entry in load_knowledge_base().lexicons[name].entries) | {"he", "she", "they"}


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "He was more on the golf course than in the mill.",
    "The regional director is more interested in the dinners with the council than in the depots.",
    "The owners were more worried about their bonus than about the drivers.",
])
def test_attention_set_on_the_wrong_thing(text: str) -> None:
    assert misplaced_priority(_sentence(text), PEOPLE) is not None


@pytest.mark.parametrize("text", [
    "She was more experienced than me.",  # a comparison of people
    "The team was more confident than before.",  # of times
    "I was more interested in the people than in the numbers.",  # the speaker's own
    "If he is more interested in golf than in the mill, we have a problem.",  # a case
    "The buyers were more interested in price than in service, so I repriced the service.",  # acted on
])
def test_no_attention_set_on_the_wrong_thing(text: str) -> None:
    assert misplaced_priority(_sentence(text), PEOPLE) is None
