"""Defensiveness read from the parse: the thing the interviewer raised called ordinary in the
reply ("four jobs in five years is pretty normal here"), which waves the concern away instead of
answering it. Near-misses: the concern granted first, an ordinary thing the question never
raised, a past fact, a neutral constraint."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.pushback import concern_normalised
from poise.analysis.rules.flaws import question_words
from poise.analysis.text import parse

MOVES = "You have changed jobs four times in five years. Why would you stay with us?"
GAP = ('Is there anything about my background that gives you pause? Interviewer: "You have a '
       'two-year gap on your CV."')
ORDINARY = frozenset({"normal", "norm", "common", "standard", "typical", "usual", "routine",
                      "unusual", "uncommon", "rare"})


def _normalised(question: str, sentence: str) -> bool:
    sent = parse(sentence).sentences[0]
    return bool(concern_normalised(sent, question_words(question, 3), ORDINARY))


@pytest.mark.parametrize("sentence", [
    "Four jobs in five years is pretty normal in software these days.",
    "Changing jobs every year or so is the norm in my field.",
    "Short stays in a job are common in start-ups.",
])
def test_the_question_s_own_term_called_ordinary(sentence: str) -> None:
    assert _normalised(MOVES, sentence)


def test_a_gap_denied_to_be_unusual_and_a_three_letter_term() -> None:
    assert _normalised(GAP, "A gap like that isn't unusual for people who have cared for a parent.")
    assert _normalised(GAP, "That kind of gap is nothing unusual.")


@pytest.mark.parametrize(("question", "sentence"), [
    (MOVES, "Travel was normal in that role, and I led the Asia launch."),  # not the question's term
    (MOVES, "Changing jobs was common in my old firm."),  # a past fact, not the reply now
    (MOVES, "If four jobs were normal here, you would not ask."),  # a condition
    ("Tell me about a project that did not go to plan.",
     "A twelve-week tender is standard for public contracts."),  # a neutral constraint
    (GAP, "My gap is not normal, I know, and here is what I did in it."),  # the speaker's own
])
def test_near_misses_are_not_normalising(question: str, sentence: str) -> None:
    assert not _normalised(question, sentence)


def _fired(question: str, answer: str, family: str | None, phase: str = "answer") -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family=family, phase=phase)).rules_fired()


def test_a_stress_reply_that_normalises_the_concern_is_defensive() -> None:
    answer = ("Four jobs in five years is pretty normal in software these days. I'd stay because "
              "the work here is what I want.")
    assert "tone.defensive" in _fired(MOVES, answer, "stress_resistance")


def test_a_concern_reply_that_normalises_the_gap_is_dismissive() -> None:
    answer = ("A gap like that isn't unusual for people who have cared for a parent. I kept my "
              "certification current throughout.")
    assert "concern.dismissive" in _fired(GAP, answer, None, "concern_reply")


def test_the_concern_granted_first_then_explained_is_not_defensive() -> None:
    answer = ("That's a fair question. Moving every year or so is common in consulting, but I want "
              "to stay long enough here to see a five-year plan through.")
    fired = _fired(MOVES, answer, "stress_resistance")
    assert not {"tone.defensive", "tone.curt"} & fired
