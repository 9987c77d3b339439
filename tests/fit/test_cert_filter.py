"""The learned certificate filter: the signals it reads and what it keeps."""

from __future__ import annotations

import numpy as np

from poise.fit.cert_filter import FEATURES, Model, features, kept_certifications, shipped_model
from poise.fit.lexicon import patterns_for

PATTERNS = patterns_for(None)


def _signal(text: str, heading: str, name: str) -> float:
    return features(text, heading, PATTERNS)[FEATURES.index(name)]


def test_signals_read_a_course_length_a_plain_membership_and_the_heading() -> None:
    assert _signal("Negotiation for buyers (2 days)", "Training", "course_length") == 1.0
    assert _signal("Negotiation for buyers (2 days)", "Training", "heading_training") == 1.0
    assert _signal("Member, Rotary Club of Hexham", "Memberships", "membership") == 1.0
    assert _signal("PRINCE2 Practitioner", "Certifications", "heading_certificates") == 1.0
    assert _signal("PRINCE2 Practitioner", "", "no_heading") == 1.0


def test_the_filter_keeps_what_a_model_scores_at_its_threshold_and_drops_the_rest() -> None:
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("course_length")] = -5.0
    weights[0] = 2.0
    model = Model(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), weights, threshold=0.5)
    kept = kept_certifications((("PRINCE2 Practitioner", "Certifications"),
                                ("Negotiation for buyers (2 days)", "Training")), PATTERNS, model)
    assert kept == ("PRINCE2 Practitioner",)


def test_without_candidates_nothing_is_kept() -> None:
    assert kept_certifications((), PATTERNS) == ()


def test_the_shipped_filter_ranks_a_named_certificate_above_a_short_course() -> None:
    model = shipped_model()
    assert model is not None
    rows = np.array([features("PRINCE2 Practitioner, 2019", "Certifications", PATTERNS),
                     features("Negotiation for buyers (2 days)", "Certifications", PATTERNS)])
    named, course = model.probability(rows)
    assert named > course
    assert named >= model.threshold
