"""Tone flaws heard by the tone model (analysis/tone_model.py, rules/heard.py): each sentence read
with the question it answers and the answer it sits in. The near-misses must stay silent: a fair
word about a group, a neutral constraint, a failure owned while its cause is named, a fact
corrected politely, a demanding job spoken of warmly."""

from __future__ import annotations

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse, sentence_features, tone_model
from poise.analysis.text import parse
from poise.content.loader import knowledge_base
from poise.content.schema import CodeRule

FAILED = "Tell me about a project that did not go to plan."
MISSED = "Your region missed its numbers last year. Why?"
LEAVING = "Why are you looking for a new role?"
INHERITED = "Tell me about the team you inherited."
MOVES = "You have changed jobs four times in five years. Why would you stay with us?"
HEARD = {"blame", "badmouthing"}
CONFIRMED_ONLY = {"defensive", "job_complaint"}
"""Flaws quoted only by the confirmed tier (``confirm_at``: a lower probability the parse must
bear out), with no threshold of the model's own."""
PAUSE = "What gives me pause is that you have never run a budget this size."
ONE_LINE = "Sum up your biggest achievement in one line."
TURNED = "Tell me about a time you took over a struggling team."


@pytest.fixture(scope="module", autouse=True)
def _shipped() -> None:
    if tone_model.model() is None:
        pytest.skip("the tone model is not built for this embedding model")


def _fired(question: str, answer: str, family: str | None, interview_format: str | None = None) -> set[str]:
    report = analyse(question, answer,
                     context=AnalysisContext(family=family, interview_format=interview_format))
    return {rule for rule in report.rules_fired() if rule.startswith("tone.heard_")}


def test_blame_and_criticism_are_quoted_the_other_flaws_are_contrast_classes() -> None:
    rules = [rule for rule in knowledge_base().rules.values()
             if isinstance(rule, CodeRule) and rule.function == "heard_tone"]
    plain = [str(rule.params["flaw"]) for rule in rules if "confirm_at" not in rule.params]
    confirmed = [str(rule.params["flaw"]) for rule in rules if "confirm_at" in rule.params]
    # criticism is quoted from its own threshold and also has a confirmed tier below it
    assert set(plain) <= HEARD
    assert set(confirmed) == CONFIRMED_ONLY | (HEARD - set(plain))
    model = tone_model.model()
    assert model is not None and model.labels == tone_model.TONE_LABELS
    for flaw in tone_model.TONE_FLAWS:
        assert (0.5 <= model.threshold_of(flaw) <= 1.0) == (flaw in HEARD)


def test_the_question_changes_what_a_sentence_means() -> None:
    model = tone_model.model()
    assert model is not None
    text = parse("The vendor delivered the interface four months late.")
    facts = sentence_features.parse_matrix(text.sentences)
    plain = tone_model.format_flags(None, "answer")
    after_failure = tone_model.probabilities(model, text, FAILED, facts, plain)
    after_week = tone_model.probabilities(model, text, "What does a normal week look like for you?",
                                          facts, plain)
    blame = tone_model.TONE_LABELS.index("blame")
    assert after_failure[0, blame] > after_week[0, blame]
    assert np.allclose(after_failure.sum(axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize(("question", "answer", "family", "flaw"), [
    (FAILED, "Most of the overrun traced back to the planning office, whose estimates were far too "
             "optimistic.", "failures", "blame"),
    (MISSED, "The group cut our marketing budget in March, and after that the targets were out of "
             "reach for any region.", "failures", "blame"),
])
def test_blame_in_words_no_lexicon_lists_is_heard(question: str, answer: str, family: str,
                                                       flaw: str) -> None:
    assert f"tone.heard_{flaw}" in _fired(question, answer, family)


@pytest.mark.parametrize(("question", "answer", "family"), [
    # fair praise of a group
    (INHERITED, "The night shift were the most dependable people I have worked with, and they knew "
                "the kit better than anyone.", "people_management"),
    # a failure owned while its cause is named
    (FAILED, "The partner missed two milestones, but I had not checked their plan, and that was my "
             "mistake; I now review every partner plan in week one.", "failures"),
    # a neutral constraint
    (FAILED, "Procurement rules required a twelve-week tender, so I started it before the design "
             "was final and we kept the date.", "failures"),
    # a fact corrected politely
    (MOVES, "One small correction: the third move was an internal promotion, not a new employer. I "
            "understand why it reads that way, and I want to stay long enough here to see a "
            "five-year plan through.", "stress_resistance"),
    # a demanding job spoken of warmly, and a forward reason
    (LEAVING, "The job is demanding and I have enjoyed that; I want to run a whole business next, "
              "and this role offers it.", "stress_resistance"),
    (LEAVING, "I have taken the region as far as its remit allows, and I want a national role with "
              "a full P&L.", "stress_resistance"),
])
def test_near_misses_stay_silent(question: str, answer: str, family: str) -> None:
    assert _fired(question, answer, family) == set()


def test_the_format_changes_what_a_short_reply_means() -> None:
    model = tone_model.model()
    assert model is not None
    text = parse("You wanted it short, so there it is.")
    facts = sentence_features.parse_matrix(text.sentences)
    under_stress = tone_model.probabilities(model, text, ONE_LINE, facts,
                                            tone_model.format_flags("stress", "answer"))
    plain = tone_model.probabilities(model, text, ONE_LINE, facts,
                                     tone_model.format_flags(None, "answer"))
    defensive = tone_model.TONE_LABELS.index("defensive")
    assert under_stress[0, defensive] > plain[0, defensive]


@pytest.mark.parametrize(("question", "answer", "family", "interview_format"), [
    # what others felt, told as the situation the speaker then dealt with
    (TURNED, "Several of the drivers felt their complaints went nowhere, so I set up a fortnightly "
             "meeting with the depot manager and answered every point in writing.",
     "past_behaviour", None),
    # a composed reply to a stress prompt
    (ONE_LINE, "Fair enough: I took a loss-making depot to a profit of two million in eighteen "
               "months.", "stress_resistance", "stress"),
    # a rival's strength granted under stress
    ("Why should we pick you over the internal candidate?",
     "She knows the network better than I do; what I bring is two migrations of this size run "
     "without an outage.", "stress_resistance", "stress"),
    # a stated concern granted and answered
    (PAUSE, "That is a fair point; my largest was four million, so I would spend my first month "
            "with your finance lead on the controls.", None, None),
])
def test_fair_replies_in_each_format_stay_silent(question: str, answer: str, family: str | None,
                                                 interview_format: str | None) -> None:
    assert _fired(question, answer, family, interview_format) == set()
