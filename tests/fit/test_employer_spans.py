"""The learned employer scorer: the spans it weighs, the signals it reads, and when it overrules
the layout rules."""

from __future__ import annotations

import numpy as np

from poise.fit import employer_spans
from poise.fit.employer_spans import (
    FEATURES,
    Model,
    Span,
    better_employer,
    features,
    shipped_model,
    spans_of,
    train,
)
from poise.fit.lexicon import patterns_for

PATTERNS = patterns_for(None)


def _signal(span: Span, name: str) -> float:
    return features(span, PATTERNS, None, ())[FEATURES.index(name)]


def test_every_piece_comma_part_and_bracketed_name_is_a_span() -> None:
    texts = [span.text for span in spans_of(
        "Quality Lead, Rivermoor Packaging Ltd | Sheffield (Northfield Group)", PATTERNS)]
    assert "Rivermoor Packaging Ltd" in texts
    assert "Quality Lead" in texts
    assert "Sheffield" in texts
    assert len(texts) == len({text.lower() for text in texts})  # each name once


def test_a_town_cut_from_a_place_piece_is_marked_as_such() -> None:
    spans = {span.text: span for span in spans_of("Brookvale | Portland, OR", PATTERNS)}
    assert spans["Portland"].place_piece
    assert not spans["Brookvale"].place_piece


def test_signals_read_a_legal_form_a_title_word_a_date_word_and_a_field_label() -> None:
    assert _signal(Span("Ostwind Logistik GmbH", 0, 1, 0), "legal_form") == 1.0
    assert _signal(Span("Regional Operations Manager", 0, 1, 0), "title_word") == 1.0
    assert _signal(Span("Present", 0, 1, 0), "date_word") == 1.0
    labelled = [span for span in spans_of("Employer: | Ostwind Logistik GmbH", PATTERNS)
                if span.text == "Employer"]
    assert labelled and labelled[0].label


def test_the_conditional_logit_learns_which_signal_marks_the_employer() -> None:
    # two spans per header; the one with the second signal is the employer
    rng = np.random.default_rng(3)
    groups = []
    for _ in range(40):
        rows = np.zeros((2, len(FEATURES)))
        rows[:, 0] = 1.0
        rows[0, 1] = 1.0
        rows[:, 2] = rng.random(2)
        groups.append((rows, np.array([1.0, 0.0])))
    model = train(groups, steps=200)
    probability = model.probability(groups[0][0].copy())
    assert probability[0] > 0.9
    assert abs(probability.sum() - 1.0) < 1e-9


def test_the_shipped_model_loads_with_the_features_it_was_trained_on() -> None:
    model = shipped_model()
    assert model is not None
    assert model.weights.shape == (len(FEATURES),)
    assert 0 < model.keep_ratio <= 1


def test_the_rules_employer_stays_when_the_model_finds_it_likely_enough() -> None:
    header = "Plant Manager | Ostwind Logistik GmbH | Bremen"
    assert better_employer(header, "Ostwind Logistik GmbH", PATTERNS, ()) == "Ostwind Logistik GmbH"


def test_a_town_read_as_the_employer_gives_way_to_the_marked_organisation() -> None:
    header = "Plant Manager | Ostwind Logistik GmbH | Bremen"
    assert better_employer(header, "Bremen", PATTERNS, ()) == "Ostwind Logistik GmbH"


def test_a_title_read_as_the_employer_gives_way_to_the_organisation() -> None:
    header = "Head of Finance, Calder Valley Housing Trust"
    assert better_employer(header, "Head of Finance", PATTERNS, ()) == "Calder Valley Housing Trust"


def test_without_a_model_the_rules_employer_stands() -> None:
    empty = Model(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES)))
    assert better_employer("Analyst | Leeds", "Leeds", PATTERNS, (), empty) == "Leeds"
    assert employer_spans.KEEP_RATIO == 0.5
