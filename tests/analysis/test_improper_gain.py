"""Gains got improperly and told as a win (part of tone.undermining): a gift to the person who
decides (analysis/inducement.py), someone else's letterhead or login used, a period's items
booked in another (analysis/falsified.py), what a rival pays slipped to the speaker
(analysis/confidential.py), a record kept off a scorecard whatever clause the parse hangs the
"so" on (analysis/advantage.py). Sentences written for these tests, each shape beside
near-misses that must not fire: a gift refused and declared, a thank-you after the decision, a
mark used with leave, a request refused, a concern raised through a whistle-blowing line."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, advantage, analyse, confidential, falsified, inducement
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base

UNETHICAL = {"tone.undermining", "meaning.unethical"}
RULES_ALONE = AnalysisContext(family=None, phase="answer", rules=RuleConfig(whole_answer=False))


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


GIFTS = _words("inducement_gifts")
DECIDERS = _words("deciding_roles")
DECISIONS = _words("decisions_won")
MARKS = _words("identity_marks")
RECORDING = _words("recording_verbs")


def _bought(text: str) -> bool:
    sentences = parse(text).sentences
    return any(inducement.favour_bought(sentences, index, GIFTS, DECIDERS, DECISIONS)
               for index in range(len(sentences)))


# --- a gift to the person who decides ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I booked the licensing officer a weekend at the coast, and the licence was issued a fortnight later.",
    "The buyer was wavering. I sent her a case of champagne, and she signed the order on Friday.",
    "I treated the inspector to a long lunch, and we passed the inspection that afternoon.",
])
def test_gift_to_a_decider_with_the_decision_after(text: str) -> None:
    assert _bought(text)


@pytest.mark.parametrize("text", [
    # the speaker's own people
    "I took my team out for dinner, and we signed the new rota the next week.",
    # a gift received and declared, not given
    "The buyer sent me a case of champagne; I returned it, and we signed the order on merit.",
    # a thank-you after the decision
    "After they signed the order, I sent the buyer a card.",
    # no decision told
    "I took the planning officer to the site and walked him round the drainage.",
    # terms to the organisation, not a gift to a person
    "I gave the buyer a five percent discount, and she signed the order.",
])
def test_no_favour_bought(text: str) -> None:
    assert not _bought(text)


# --- someone else's mark used ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I printed the reference on my previous employer's letterhead, and it got him the job.",
    "I had our assistant redo the quote on their headed paper with a lower figure.",
])
def test_others_mark_used(text: str) -> None:
    assert falsified.others_mark_used(parse(text).sentences[0], MARKS)


@pytest.mark.parametrize("text", [
    "I asked the supplier to reissue the quote on their letterhead.",
    "With her permission I used her stamp on the routine certificates.",
    "My director told me to use her login to approve it, and I said no.",
    "I wrote the reference on our letterhead.",
    "I refused to use the old company letterhead.",
])
def test_mark_used_by_right_or_not_at_all(text: str) -> None:
    assert not falsified.others_mark_used(parse(text).sentences[0], MARKS)


# --- a period's items booked in another -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We were short of the target, so I counted the January orders in December.",
    "We booked next quarter's sales into this quarter and made the number.",
])
def test_booked_in_another_period(text: str) -> None:
    assert falsified.booked_in_another_period(parse(text).sentences[0], RECORDING)


@pytest.mark.parametrize("text", [
    "I counted the December orders in December.",
    "I counted the January orders in the warehouse.",
    "My manager asked me to count January orders in December, and I refused.",
])
def test_booked_in_its_own_period(text: str) -> None:
    assert not falsified.booked_in_another_period(parse(text).sentences[0], RECORDING)


# --- what another party pays, slipped to the speaker -------------------------------------------

def test_what_a_third_party_pays_slipped_to_the_speaker() -> None:
    sent = parse("He slipped me a note of what the other chain was paying per unit, which he "
                 "shouldn't have done.").sentences[0]
    assert confidential.figure_passed(sent)


@pytest.mark.parametrize("text", [
    # the client telling its own price
    "The client told me what they were paying their current supplier.",
    # the speaker's own side's figure
    "I told the supplier what we were paying.",
    "He never told me what they were paying.",
])
def test_what_a_party_pays_told_by_right(text: str) -> None:
    assert not confidential.figure_passed(parse(text).sentences[0])


# --- a record kept off a scorecard, the "so" hung anywhere -------------------------------------

def test_kept_off_the_scorecard_with_the_so_hung_on_the_first_clause() -> None:
    sent = parse("The thing that saved us most grief — I had it logged as a routine request rather "
                 "than a complaint, so it didn't go on the monthly scorecard.").sentences[0]
    assert advantage.kept_off_record(sent)


def test_a_fault_fixed_before_it_reached_the_log_is_no_record_kept_off() -> None:
    sent = parse("I fixed the leak within the hour, so it never went on the weekly scorecard.").sentences[0]
    assert not advantage.kept_off_record(sent)


# --- whole answers ------------------------------------------------------------------------------

def test_gift_to_the_officer_fires_on_the_answer() -> None:
    answer = ("Our extension needed a variation to the premises licence, and it had sat with the "
              "council for four months. I booked the licensing officer a weekend at the coast, and "
              "the licence was issued a fortnight later. We opened the terrace for the summer and "
              "took an extra forty thousand.")
    report = analyse("Tell me about a time you removed a blocker.", answer, context=RULES_ALONE)
    assert UNETHICAL & report.rules_fired()


def test_gift_refused_and_declared_is_left_alone() -> None:
    answer = ("During the tender the incumbent's account manager offered me a weekend at the coast. "
              "I declined, logged the offer on the gifts register and told our procurement lead. "
              "We scored the bids as planned, and a different supplier won on quality.")
    report = analyse("Tell me about a time you faced an ethical dilemma.", answer, context=RULES_ALONE)
    assert not UNETHICAL & report.rules_fired()


def test_concern_raised_through_the_whistleblowing_line_is_left_alone() -> None:
    answer = ("I noticed our regional director was counting January orders in December to hit the "
              "year-end number. I raised it through the whistle-blowing line, an internal audit "
              "followed, and the revenue policy was tightened the next quarter.")
    report = analyse("Tell me about a time you did the right thing at a cost.", answer,
                     context=RULES_ALONE)
    assert not UNETHICAL & report.rules_fired()
