"""Overclaiming read from the parse beyond the single words (analysis/none_but_me.py,
analysis/claims.py, analysis/claim_context.py): nobody else able to do what the speaker did,
credit given to "my vision", a whole built alone, a result "mine from start to end"; and what is
no record claimed (a lapse of composure denied, a feeling, a principle, the listener's words
thrown back). Conduct told as a win (analysis/deception.py, analysis/inducement.py): people put
forward while knowing they would not do the work, money handed to an official through someone
else. Every sentence was written for these tests, with the near misses each reading must leave."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, claim_context, claims, deception, inducement, none_but_me
from poise.analysis.text import Sentence, parse

LAPSES = frozenset({"panic", "snap", "crack", "flap", "fold", "temper", "cool", "composure", "nerve",
                    "patience", "stress", "stressed"})
GIFTS = frozenset({"cash", "envelope", "dinner", "tickets", "hamper"})
DECIDERS = frozenset({"inspector", "officer", "buyer", "official"})
DECISIONS = frozenset({"permit", "contract", "approve", "sign", "clear"})


def _one(text: str) -> Sentence:
    sentences = parse(text).sentences
    assert len(sentences) == 1, [sent.text for sent in sentences]
    return sentences[0]


@pytest.mark.parametrize("text", [
    "There is nobody in the freight sector who could do what I did that winter.",
    "Frankly there was nobody else in Wales with the experience to do what I did.",
    "I don't think anybody else could have saved that account.",
    "I sorted out in six weeks what nobody there had sorted out in a decade.",
    "No other finance director in the group got through that audit as well as we did.",
    "Nobody in the county runs a kitchen the way I do.",
    "Nobody else in the whole region knows how to run a cold chain at that size.",
    "We got the waiting list down to four weeks, and nobody else comes close.",
])
def test_nobody_but_the_speaker(text: str) -> None:
    assert none_but_me.nobody_but_me(_one(text))


@pytest.mark.parametrize("text", [
    "Nobody could have predicted the storm that week.",
    "Nobody noticed what I did until the audit.",
    "Nobody told me what I did wrong.",
    "Nobody had noticed what I did.",
    "Nobody else wanted the night shift.",
    "I don't think anybody else noticed the error.",
    "Nobody else on the team knows the old billing system.",
    "Nobody else asked the questions that I asked.",
    "Nobody on the team worked as hard as the drivers did.",
    "Could anybody else have done it?",
    "If nobody else could have done it, we would have hired someone.",
])
def test_a_plain_fact_about_others_is_no_claim(text: str) -> None:
    assert not none_but_me.nobody_but_me(_one(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("In a fortnight I will know the routes as well as anyone.", True),
    ("I can read a balance sheet as well as anybody in the building.", True),
    ("He knows the routes as well as anyone.", False),
    ("I don't know the routes as well as anyone here.", False),
    ("I hired chefs as well as anyone else we needed.", False),
    ("I briefed the drivers as well as anyone who asked.", False),
])
def test_the_speaker_matched_with_anyone(text: str, expected: bool) -> None:
    assert none_but_me.as_good_as_anyone(_one(text)) is expected


@pytest.mark.parametrize(("reader", "text", "expected"), [
    (claims.counterfactual_credit, "Without my plan the clinic would have closed that year.", True),
    (claims.counterfactual_credit, "Honestly, without me this merger cannot happen.", True),
    (claims.counterfactual_credit, "Without my team we would have failed.", False),
    (claims.counterfactual_credit, "Without my manager's backing we couldn't have done it.", False),
    (claims.result_owned, "That scheduling system was mine from beginning to end.", True),
    (claims.result_owned, "The plan was mine from the first day to the last.", True),
    (claims.result_owned, "The mistake was mine from start to finish.", False),
    (claims.result_owned, "The plan was mine, and the team made it work.", False),
    (claims.built_whole, "I built the whole booking system alone.", True),
    (claims.built_whole, "I set up the entire depot by myself.", True),
    (claims.built_whole, "I went alone to the meeting with the whole board.", False),
    (claims.built_whole, "I built the whole booking system with two developers.", False),
    (claims.no_exception, "There isn't a driver at the depot who wouldn't cover a shift for me.", True),
    (claims.no_exception, "There isn't a supplier who wouldn't deliver on time.", False),
    (claims.no_exception, "There wasn't a day that didn't remind me of it.", False),
    (claims.no_exception, "There's not a lot in that plant I haven't had a hand in.", False),
    (claims.no_exception, "I've never met a problem I couldn't solve.", True),
    (claims.universal_record, "I've collaborated with suppliers of every kind.", False),
    (claims.ranked_above_all, "I think I know the market better than many people.", False),
    (claims.ranked_above_all, "I know the market better than anyone in the business.", True),
])
def test_credit_taken_whole(reader, text: str, expected: bool) -> None:
    assert reader(_one(text)) is expected


@pytest.mark.parametrize("text", [
    "I don't panic, I never have.",
    "I would never panic in front of the crew.",
    "I have never lost my temper with a customer in ten years.",
    "I've never once been off with stress.",
    "I love the planning side, always have.",
    "I don't know why you say I never had a crisis.",
])
def test_no_record_of_results_claimed(text: str) -> None:
    assert claim_context.no_record_claimed(_one(text), LAPSES)


@pytest.mark.parametrize("text", [
    "I never panic and I have never missed a deadline.",
    "I have never lost a negotiation in my career.",
    "I love winning, and I have never lost a deal.",
    "I've never once lost my composure, and I'm the calmest manager in the company.",
    "They'd say I'm the best manager they've ever had.",
    "I have never failed to deliver a project.",
])
def test_a_record_of_results_stays_a_claim(text: str) -> None:
    assert not claim_context.no_record_claimed(_one(text), LAPSES)


@pytest.mark.parametrize(("text", "expected"), [
    ("I listed four senior engineers in the bid, even though I knew none of them would work on it.", True),
    ("So I decided to put their CVs in the proposal, even though I knew they were busy and would "
     "not do the job.", True),
    ("I submitted the report, even though I knew it would not be popular.", False),
    ("I put my name forward even though I knew I would not get it.", False),
    ("I sent the plan to the board, even though I knew they would not agree.", False),
    ("I included the risk in the bid even though I knew the client would not read it.", False),
    ("I didn't list them, because I knew they would not do the job.", False),
])
def test_put_forward_knowing_it_was_not_so(text: str, expected: bool) -> None:
    assert deception.put_forward_knowing_not(_one(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("When the permit stalled, I had our agent take care of the officer with a cash payment.", True),
    ("I slipped the inspector an envelope of cash.", True),
    ("I paid the inspector's fee and the inspection went ahead.", False),
    ("I took care of the inspector's questions with a full file.", False),
    ("I gave my team a cash bonus.", False),
    ("I refused to give the officer any cash.", False),
    ("If I had asked the agent to give the officer cash, it would have gone faster.", False),
])
def test_money_handed_to_an_official(text: str, expected: bool) -> None:
    sentences = list(parse(text).sentences)
    assert inducement.favour_bought(sentences, 0, GIFTS, DECIDERS, DECISIONS) is expected


def _rules(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


def test_the_whole_analyser_hears_nobody_but_me() -> None:
    fired = _rules("What result are you proudest of?",
                   "The winter the river flooded the depot. I moved the fleet to the quarry site "
                   "in one night and we kept every route running. There is nobody in the bus "
                   "trade who could do what I did that week.")
    assert "tone.sole_credit" in fired


def test_the_whole_analyser_leaves_a_temper_kept() -> None:
    fired = _rules("How do you handle pressure?",
                   "I have never lost my temper with a driver in twelve years. When the depot "
                   "flooded I moved the fleet in one night, and we kept every route running.")
    assert "tone.overclaim" not in fired
    assert "meaning.overclaiming" not in fired
