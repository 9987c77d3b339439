"""Fair conduct told plainly is no conduct an employer would worry about, and records done away
with ahead of someone else's check are (examples written for these tests): escalating through
the proper channel, declining a gift, reporting a problem, keeping a confidence; a record
purged before an audit, beside an erasure under a retention policy and one after a check."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, belief_planted, conduct
from poise.analysis.text import Sentence, parse

QUESTION = "Tell me about a time you had to handle a difficult situation at work."
CONDUCT_RULES = frozenset({"meaning.unethical", "tone.undermining"})


def _conduct_rules(answer: str) -> list[str]:
    """The conduct rules that fire on ``answer`` read as a plain answer to ``QUESTION``."""
    report = analyse(QUESTION, answer, context=AnalysisContext(family=None, phase="answer"))
    return [finding.rule for finding in report.findings if finding.rule in CONDUCT_RULES]


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


@pytest.mark.parametrize("answer", [
    # escalating through the proper channel, with the person informed
    "The plant manager kept postponing the safety upgrade. After two meetings with no result, I "
    "escalated it through the formal safety committee, as the procedure says, and copied him on "
    "my note. The committee approved the budget and the guards were installed within a month.",
    "My manager wanted to ship the release with a known defect in the payment module. I disagreed, "
    "so I raised it with him first, and when he still wanted to go ahead I took it to the head of "
    "engineering through the weekly risk review, with him in the room. She delayed the release by "
    "a week and we fixed the defect.",
    # declining a gift offered during a tender
    "A supplier's sales rep offered me two tickets to the cup final while we were evaluating their "
    "bid. I declined, told him we could not accept gifts during a tender, and logged the offer "
    "with our compliance team the same day. We went on to choose another supplier on price and "
    "quality.",
    # reporting a problem found
    "During a stock count I found that one of our warehouse leads had been recording returns that "
    "never arrived. I reported it to the finance director and to HR the same afternoon, with the "
    "count sheets attached. An investigation confirmed it, and we added a second signature on "
    "every return.",
    # refusing to backdate a document
    "A client asked me to backdate a delivery note so they could book it in the previous quarter. "
    "I said no and explained that we cannot change dates on our documents. They stayed with us "
    "and we renewed the contract.",
    # a confidence kept
    "A colleague told me in confidence about a pay offer he had from a competitor. I kept it to "
    "myself, and when he asked, I helped him think through both options. He stayed and was "
    "promoted a year later.",
])
def test_fair_conduct_told_plainly_raises_no_conduct_finding(answer: str) -> None:
    assert _conduct_rules(answer) == []


def test_information_kept_back_unentrusted_is_still_held_back() -> None:
    sentences = _sentences("The survey came back with bad scores for my department. "
                           "I kept it to myself until the bonuses were paid.")
    assert conduct.held_back(sentences[1])
    assert not conduct.confidence_kept(sentences[1], sentences[0])


def test_a_confidence_is_entrusted_only_by_someone_else() -> None:
    assert conduct.entrusted(_sentences("She confided in me that she was leaving.")[0])
    assert conduct.entrusted(_sentences("He told me privately that he had an offer.")[0])
    assert not conduct.entrusted(_sentences("I told him privately that he had an offer.")[0])
    assert not conduct.entrusted(_sentences("He told me that he had an offer.")[0])


@pytest.mark.parametrize("answer", [
    "Our auditor was going to review the overtime claims, so I had my assistant delete the worst "
    "timesheets from the shared drive the night before. The audit found nothing and my "
    "department kept its budget.",
    "Before the regulator's visit I had the team shred the maintenance sheets that showed the "
    "missed checks. The visit went smoothly.",
])
def test_records_done_away_with_ahead_of_a_check_are_conduct(answer: str) -> None:
    assert "tone.undermining" in _conduct_rules(answer)


@pytest.mark.parametrize("answer", [
    # under the rule it followed
    "Under our retention policy I deleted the customer files older than seven years before the "
    "audit, and I logged every deletion. The auditors signed off the process.",
    # the check already made and acted on
    "The inspector found that our cleaning logs were incomplete. I removed the old paper logs "
    "from the wall and replaced them with a digital checklist the supervisors sign every shift.",
    # no check at all
    "We deleted two thousand duplicate records from the CRM, and the sales team's reports became "
    "reliable again within a month.",
    # only a plan
    "If the auditors were coming next week, I would never delete a single timesheet.",
])
def test_records_removed_openly_or_after_a_check_are_no_conduct(answer: str) -> None:
    assert _conduct_rules(answer) == []


def test_erased_before_check_needs_the_speakers_side() -> None:
    sentences = _sentences("Before the audit the old manager deleted the timesheets.")
    assert not conduct.erased_before_check(sentences[0], None)


@pytest.mark.parametrize("sentence", [
    "I let the client believe our team had ten engineers on their project, when it was really four.",
    "I told the union it was only a pilot, although in fact we had decided to make it permanent.",
    "I told the supplier we had a signed offer from their rival, when in fact we had nothing.",
    "I assured the board the project was on track, although I knew it was two months late.",
])
def test_a_party_led_to_believe_what_the_speaker_says_was_not_so(sentence: str) -> None:
    assert belief_planted.believed_against_truth(_sentences(sentence)[0])


@pytest.mark.parametrize("sentence", [
    # a contrast with no word of what was really so
    "I told them we would finish by June, although it was tight.",
    "I told the team we would go live when the testing finished.",
    # the telling denied
    "I never told the client it was ready when it really was not.",
    # the truth told
    "I told my boss the truth when he asked, although it was hard.",
    "I told the client we were late, although we had already fixed half of the orders.",
])
def test_a_claim_with_no_truth_set_against_it_is_no_belief_planted(sentence: str) -> None:
    assert not belief_planted.believed_against_truth(_sentences(sentence)[0])


def test_a_belief_planted_is_conduct_told_as_a_win() -> None:
    answer = ("Our biggest client was about to move to a rival. I let the client believe our team had "
              "ten engineers on their project, when it was really four. They renewed for two years.")
    assert "tone.undermining" in _conduct_rules(answer)
