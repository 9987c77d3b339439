"""A grand label inside a list of the speaker's qualities ("I'm dynamic, visionary, resilient")
is self-praise, which the self-praise rules name: the pompous-overclaim rule leaves such a
sentence (its ``aimed_at: beyond_praise``), and still names a grand label said alone or credit
taken from others in the same breath."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, claims
from poise.analysis.text import Sentence, parse

QUESTION = "What kind of leader are you?"


def _one(text: str) -> Sentence:
    return parse(text).sentences[0]


def _rules(answer: str) -> set[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext(family="leadership_qualities"))
    return report.rules_fired()


@pytest.mark.parametrize("text", [
    "I would describe myself as a visionary, empathetic and highly results-driven leader.",
    "I'd call myself calm, patient and organised.",
    "I consider myself loyal, thorough and genuinely curious.",
])
def test_labels_pinned_on_oneself_by_a_verb_of_description_are_a_praise_string(text: str) -> None:
    assert claims.praise_string(_one(text))


@pytest.mark.parametrize("text", [
    "I'd describe myself as someone who plans carefully and listens.",
    "I see myself running a bigger plant, hiring new staff and opening a site.",
    "I would describe the plant as old, cramped and badly lit.",
    "I don't consider myself calm, patient or organised.",
])
def test_a_self_description_with_fewer_than_three_praising_words_is_no_praise_string(text: str) -> None:
    assert not claims.praise_string(_one(text))


@pytest.mark.parametrize("answer", [
    "I'm dynamic, visionary, resilient and a natural motivator, and people gravitate towards me. "
    "At the Leith yard I paired every new welder with a senior hand for a month.",
    "Honestly I'm brilliant, charismatic, visionary and tireless. "
    "I moved our packing line from two shifts to three in a year.",
])
def test_a_grand_label_in_a_list_of_qualities_is_not_called_pompous(answer: str) -> None:
    assert "tone.pompous" not in _rules(answer)


@pytest.mark.parametrize("answer", [
    "I'm a visionary. At the Leith yard I paired every new welder with a senior hand for a month.",
    "I'm calm, fair and patient, and I single-handedly turned the Hull depot round.",
    "Frankly, I am irreplaceable. Nobody else at the depot understands the rota.",
])
def test_a_grand_label_alone_or_credit_taken_is_still_pompous(answer: str) -> None:
    assert "tone.pompous" in _rules(answer)
