"""Criticism put as a contrast with someone described by a standing "who" clause
(analysis/contrasted_other.py), against contrasts that praise, state a fact or tell a past event
(examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import contrasted_other
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _classes() -> WordClasses:
    kb = load_knowledge_base()
    targets = frozenset(entry.phrase.lower() for name in ("third_parties", "role_nouns")
                        for entry in kb.lexicons[name].entries)
    return WordClasses(targets=targets | {"he", "she", "they"})


def _set_against(sentence: str) -> bool:
    return contrasted_other.contrasted_other(parse(sentence).sentences[0], _classes()) is not None


@pytest.mark.parametrize("sentence", [
    "Unlike the present directors, who have never walked the yard, I know every crane by name.",
    "It is very different from my current manager, who changes the plan every Monday.",
    "Unlike my supervisor, who blames the crews for every delay, I look at the schedule first.",
])
def test_a_contrast_with_someone_described_against_is_heard(sentence: str) -> None:
    assert _set_against(sentence)


@pytest.mark.parametrize("sentence", [
    # praise of the other, the speaker's own shortfall set beside it
    "Unlike my manager, who always backs her people, I used to step in too quickly.",
    # a fact about competitors
    "Compared with the other bidders, who have bigger fleets, we were small.",
    # a past event, not what they are like
    "Unlike my old boss, who gave me room to grow, the new one is hands off.",
    # anyone of a kind
    "Unlike a manager who never visits, I walk the floor daily.",
    # a contrast with no person
    "Unlike the old system, which never saved a draft, the new one keeps every change.",
])
def test_a_contrast_that_faults_no_one_stays_silent(sentence: str) -> None:
    assert not _set_against(sentence)
