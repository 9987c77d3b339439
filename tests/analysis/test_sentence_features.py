"""The parse facts the flaw model reads beside the embedding: who is the subject, how the clause
is said, how negative its words are."""

from __future__ import annotations

import numpy as np

from poise.analysis import sentence_features
from poise.analysis.text import parse


def _facts(text: str) -> dict[str, float]:
    sent = parse(text).sentences[0]
    return dict(zip(sentence_features.NAMES, sentence_features.parse_features(sent), strict=True))


def test_the_subject_says_whether_the_speaker_the_team_or_a_third_party_acts() -> None:
    assert _facts("I rebuilt the rota in March.")["speaker_subject"] == 1.0
    assert _facts("We rebuilt the rota in March.")["team_subject"] == 1.0
    third = _facts("The vendor shipped the parts three weeks late.")
    assert third["third_party_subject"] == 1.0 and third["speaker_subject"] == 0.0
    assert _facts("You can read that however you like.")["listener_subject"] == 1.0


def test_modal_conditional_negated_and_habitual_clauses_are_marked() -> None:
    assert _facts("I would sit everyone down first.")["modal"] == 1.0
    assert _facts("If the numbers slip, I step in.")["conditional"] == 1.0
    assert _facts("The board never backed the plan.")["negated"] == 1.0
    assert _facts("I always check the figures myself.")["habitual"] == 1.0
    plain = _facts("I checked the figures myself.")
    assert plain["modal"] == plain["conditional"] == plain["negated"] == plain["habitual"] == 0.0


def test_tense_and_numbers_are_read_from_the_parse() -> None:
    past = _facts("I cut the backlog by 40 percent.")
    assert past["past"] == 1.0 and past["present"] == 0.0 and past["number"] == 1.0
    present = _facts("The place feels tired these days.")
    assert present["present"] == 1.0 and present["past"] == 0.0 and present["number"] == 0.0


def test_sentiment_comes_from_the_published_lexicon_and_stays_within_zero_and_one() -> None:
    sour = _facts("The managers were useless, lazy and hopeless.")
    sweet = _facts("The launch was a great success and the team was delighted.")
    assert sour["negative_words"] > 0.5 > sour["positive_words"]
    assert sweet["positive_words"] > 0.5 > sweet["negative_words"]
    matrix = sentence_features.parse_matrix(parse("Awful, awful, awful, terrible, dreadful day.").sentences)
    assert matrix.shape == (1, sentence_features.DIMS)
    assert float(matrix.max()) <= 1.0 and float(matrix.min()) >= 0.0


def test_no_sentences_give_an_empty_matrix() -> None:
    assert sentence_features.parse_matrix(()).shape == (0, sentence_features.DIMS)
    assert np.array_equal(sentence_features.parse_matrix([]), np.zeros((0, sentence_features.DIMS)))
