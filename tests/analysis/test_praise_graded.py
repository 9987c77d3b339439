"""A word of degree on praise is no verdict: "the owners were dead pleased", "the buyers were
awfully kind about it" pass no negative judgement on anyone, though "dead" and "awfully" are
rated negative on their own; a negative adverb on a fault ("terribly slow") still judges."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.meaning import WordClasses, negative_predicate
from poise.analysis.text import parse

CRITICISM = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing", "tone.heard_criticism"}


def _root_verdict(text: str) -> str | None:
    sent = parse(text).sentences[0]
    root = next(index for index, token in enumerate(sent.tokens) if token.dep == "ROOT")
    word = negative_predicate(sent, root, WordClasses())
    return None if word is None else word.lower


@pytest.mark.parametrize("text", [
    "The owners were dead pleased.",
    "The buyers were awfully kind about it.",
    "The board were terribly proud of the crew.",
])
def test_a_degree_word_on_praise_is_no_verdict(text: str) -> None:
    assert _root_verdict(text) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The owners were terribly slow.", "terribly"),
    ("The supplier was dead wrong about the dates.", "wrong"),
])
def test_a_degree_word_on_a_fault_still_judges(text: str, word: str) -> None:
    assert _root_verdict(text) == word


def test_others_pleased_at_the_close_is_no_badmouthing() -> None:
    answer = ("I brought in a booking slot system at the depot. I wrote the proposal, ran a "
              "four-week trial on two bays and trained the gate staff myself. Drivers stopped "
              "queueing on the road, and the site owners were dead pleased with it.")
    report = analyse("Tell me about a new idea you introduced at work.", answer,
                     context=AnalysisContext(family="innovation"))
    assert not report.rules_fired() & CRITICISM


BETTER = "Tell me about a time you improved a team's performance."


def _criticism(question: str, family: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    return report.rules_fired() & CRITICISM


def test_a_measured_shortfall_then_handled_is_a_fair_account() -> None:
    answer = ("One of my supervisors ran the night shift, and his crew was the weakest on picking "
              "accuracy for a whole quarter, at 94 percent against a target of 99. I sat with him "
              "for two nights, we rebuilt the pick paths together, and I set up a daily check of "
              "the first hundred picks. Within two months his crew reached 99.2 percent.")
    assert not _criticism(BETTER, "people_management", answer)


def test_a_bare_verdict_with_a_figure_stays_criticism() -> None:
    answer = ("My predecessor was useless and left 40 vacancies unfilled. I rebuilt the rota, "
              "hired twelve people and cut agency spend.")
    assert _criticism(BETTER, "people_management", answer)


def test_a_fair_criticism_the_speaker_owns_part_of_is_no_badmouthing() -> None:
    answer = ("My first boss at the port was a good teacher and very fair with the crews. He was "
              "slow to sign off spending, which held up two of my projects, though I could have "
              "brought him the numbers earlier myself, and once I did, he signed within a week. I "
              "still plan approvals that way.")
    assert not _criticism("Tell me about a manager you learned from.", "leadership_qualities", answer)
