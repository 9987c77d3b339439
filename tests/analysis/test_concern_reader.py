"""The concern reader (analysis/concern_reader.py): its features, the plan that keeps a reply
from being read, the reading through the whole analyser as ``relevance.answers_another``, and
the near misses it must leave alone: a reply that meets the gap in other words, one that grants
it with a dated step (examples written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse, concern_reader
from poise.analysis.text import parse

RULE = "relevance.answers_another"
COMMERCIAL = ("Is there anything about me or my experience that gives you pause? — Yes. You have "
              "always run the engineering side. This post carries a profit and loss account and a "
              "sales team of twenty, and I have not seen you sell or price anything.")
PAST = (
    "I understand. I have always been a very committed person, and my colleagues would tell you I "
    "give everything to the company. Engineering has been my passion since I was young, and I love "
    "solving difficult problems with my team. At the works in Dundee we rebuilt the boiler house "
    "in 2019 and the plant has run without a major stoppage since. I am loyal, I am a hard worker, "
    "and I learn fast. I am sure that with my energy and my attitude I will be a great success in "
    "this position."
)
MEETS = (
    "That is fair, and I would rather you raised it now. I have never carried a full profit and "
    "loss account. The nearest I have come is the spares business at the Dundee works, where I "
    "priced the service contracts myself and grew that revenue from two to three million pounds "
    "in two years. I also sat in on the quarterly account reviews with our four largest clients. "
    "In my first ninety days I would spend a day a week in the field with your sales team and "
    "agree the pricing rules with your finance director by the end of the second month."
)


def _ids(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(phase="concern_reply"))
    return set(report.rules_fired())


def test_features_are_the_mean_direction_then_the_nearness_to_the_gap() -> None:
    embeddings = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32)
    gap = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    row = concern_reader.features(embeddings, gap)
    assert row.shape == (3 + concern_reader.EXTRA,)
    assert row[:3] == pytest.approx([2 ** -0.5, 2 ** -0.5, 0.0], abs=1e-6)
    assert row[3:] == pytest.approx([1.0, 0.5, 2 ** -0.5, np.log(2)], abs=1e-6)


def test_no_sentences_give_a_row_of_zeros() -> None:
    row = concern_reader.features(np.zeros((0, 3), dtype=np.float32), np.ones(3, dtype=np.float32))
    assert not row.any()


def test_a_dated_step_is_a_plan_told() -> None:
    assert concern_reader.plan_told(parse(MEETS))
    assert not concern_reader.plan_told(parse(PAST))


def test_several_sentences_of_intent_are_a_plan_told() -> None:
    loose = ("I would learn the sales side. I would meet the clients. I would also work with the "
             "finance team on the prices.")
    assert concern_reader.plan_told(parse(loose))
    assert not concern_reader.plan_told(parse("I would learn the sales side. I love engineering."))


def test_a_reply_of_general_reassurance_talks_past_the_concern() -> None:
    assert RULE in _ids(COMMERCIAL, PAST)


def test_a_reply_that_meets_the_gap_is_left_alone() -> None:
    assert RULE not in _ids(COMMERCIAL, MEETS)


def test_a_reply_that_meets_the_gap_in_other_words_without_a_date_is_left_alone() -> None:
    other_words = (
        "You're right that I've never owned a sales budget. What I have done is price and sell the "
        "service contracts at the Dundee works: I set the rates, I negotiated with the buyers at "
        "our four biggest clients and I took that revenue from two to three million pounds. Losing "
        "a bid taught me to price on what the client saves, not on what the work costs us."
    )
    assert RULE not in _ids(COMMERCIAL, other_words)


def test_without_a_model_nothing_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concern_reader, "_model", lambda fingerprint: None)
    assert concern_reader.past_chance(parse(PAST), COMMERCIAL) is None
    assert not concern_reader.talks_past(parse(PAST), COMMERCIAL)
