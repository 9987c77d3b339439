"""What the speaker says they are (``self_described``) and the self-praise rules that read it: a
list of qualities in one sentence is self-praise whatever story stands elsewhere in the answer,
unless the sentence or the one after it shows them; one self-description is not a string of
self-praise; a confident claim backed by a number, a feeling about something and a quality only
asked about or set on a condition are not flagged. Answers written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, self_described, word_valence
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse

CLASSES = WordClasses(positive=frozenset({"hardworking", "dependable", "disciplined", "inspiring"}))
TEAM_VIEW = "What would your team say about working for you?"


def _praising(text: str) -> set[str]:
    words: set[str] = set()
    for sent in parse(text).sentences:
        words |= self_described.praising(sent, CLASSES, least=1.0, estimate=word_valence.estimate)
    return words


def _rules(question: str, answer: str) -> set[str]:
    return {finding.rule for finding in analyse(question, answer).findings}


@pytest.mark.parametrize(("text", "expected"), [
    ("I am calm, fair and dependable.", {"calm", "fair", "dependable"}),
    ("I'm known as a calm, courageous and honest operator.", {"calm", "courageous", "honest"}),
    ("I'd describe myself as energetic, loyal and disciplined.", {"energetic", "loyal", "disciplined"}),
    ("They'd say I'm incredibly fair, super approachable, really inspiring.",
     {"fair", "approachable"}),
])
def test_qualities_said_of_the_speaker_are_read_in_each_shape(text: str, expected: set[str]) -> None:
    assert expected <= _praising(text)


@pytest.mark.parametrize("text", [
    "Am I a good, fair and honest leader?",
    "I'm not sure that is a fair or honest question.",
    "If I were calmer and more patient, I would be a better manager.",
    "I'm happy to relocate and excited about the role.",
    "The team is calm, fair and dependable.",
])
def test_no_quality_is_claimed_asked_negated_conditional_felt_or_of_others(text: str) -> None:
    assert not _praising(text)


def test_a_list_of_qualities_beside_an_unrelated_story_is_self_praise() -> None:
    answer = ("In 2021 I moved the night shift to a four-on four-off pattern and I retrained the "
              "two leads myself; absence fell from 9% to 4% in a year. The crews still talk about "
              "that rota. But if you ask them seriously, they will say I am very dedicated, very "
              "honest, very disciplined and very caring.")
    assert "tone.self_praise" in _rules(TEAM_VIEW, answer)


def test_a_list_of_qualities_shown_in_the_next_sentence_is_not_flagged() -> None:
    answer = ("They would say I am calm, fair and dependable. When the chiller failed in July I "
              "moved the whole day's stock to our second site within three hours, and we lost "
              "nothing. I also hold a short briefing every Monday so nobody is surprised.")
    assert "tone.self_praise" not in _rules(TEAM_VIEW, answer)


def test_a_confident_claim_backed_by_a_number_is_not_self_praise() -> None:
    answer = ("I'm confident I can run this site: at Harwell I took on-time dispatch from 81% to "
              "97% in nine months by rebuilding the pick sequence with the shift leads. They would "
              "probably add that I push hard on the numbers every Monday.")
    rules = _rules(TEAM_VIEW, answer)
    assert "tone.self_praise" not in rules
    assert "meaning.self_praise" not in rules


def test_one_self_description_is_not_a_string_of_self_praise() -> None:
    answer = ("Four moves in six years looks restless, I know. Two of them came when the firm I "
              "worked for was bought, and the third when my post was funded for a fixed term. If "
              "the role is as stable as you describe it, I will stay. I'm a loyal person.")
    assert "meaning.self_praise" not in _rules(
        "Is there anything about me that gives you pause?", answer)
