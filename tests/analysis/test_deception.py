"""Deception and covert taking told by the speaker (analysis/deception.py, part of
tone.undermining). Sentences written for these tests: a claim the next breath calls untrue, what
belongs to someone else moved covertly, a sign-off arranged away are heard; a promise that
failed, a claim corrected, one's own material shared quietly, a routine check made lighter and
someone else's covert act are not."""

from __future__ import annotations

import itertools

import pytest

from poise.analysis import deception
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import Sentence, parse

DISCREET = frozenset({"privately", "quietly", "informally", "discreetly", "unofficially"})


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


def _denied(text: str) -> bool:
    sentences = _sentences(text)
    return any(deception.claim_then_denied(said, after)
               for said, after in itertools.pairwise(sentences))


@pytest.mark.parametrize("text", [
    "I told the regulator the pumps had been serviced in May. They hadn't.",
    "So I assured the client the stock was already in our warehouse. Which was not true, it was "
    "still at sea.",
    "I said the board had approved the budget. That wasn't accurate, but it got the vendor moving.",
    # what was really so, less than claimed
    "In the meeting I mentioned that we had a signed offer from a rival mill. We'd actually only "
    "had one phone call, but it moved them.",
    "I told the buyer we had three other bidders. We really just had one.",
])
def test_a_claim_the_next_sentence_denies(text: str) -> None:
    assert _denied(text)


@pytest.mark.parametrize("text", [
    "I told the client we would finish by June. We didn't.",  # a promise that failed
    "I told the board the margin was 12%. It was not true that the board was split, though.",
    "I told them the figures were final. That was not right, and I corrected them the same day.",
    "I told the panel the plan had three phases. It worked.",
    "The supplier told us the parts had shipped. They hadn't.",  # someone else's claim
    "I told the team the audit had found four issues. It actually only found one.",  # not ours
    "I told the board we had three bidders. We actually only have two now.",  # the present
    "I told the client we would need six weeks. We actually only needed four.",  # a forecast
    "I told them we had three bidders. We actually only had two, and I corrected it that "
    "afternoon.",
    "I mentioned the pilot had run in four stores. We also ran it in two depots.",
])
def test_no_claim_denied(text: str) -> None:
    assert not _denied(text)


@pytest.mark.parametrize("text", [
    "I asked a contact at the rival firm to quietly send me their tender prices.",
    "I privately copied the other region's customer files before the audit.",
    "I showed the buyer the competitor's rate card, not officially, on my own phone.",
])
def test_what_belongs_to_others_moved_covertly(text: str) -> None:
    assert deception.covert_taking(_sentences(text)[0], DISCREET)


@pytest.mark.parametrize("text", [
    "I quietly shared my own draft with our finance lead before the meeting.",
    "I showed the client the competitor's rate card, which they had sent us themselves.",
    "My predecessor quietly copied the other region's customer files.",  # not the speaker
    "I quietly asked her how the team was coping.",
    "I didn't quietly forward their files; I asked the owner first.",
])
def test_no_covert_taking(text: str) -> None:
    assert not deception.covert_taking(_sentences(text)[0], DISCREET)


@pytest.mark.parametrize("text", [
    "Before I left my previous firm I exported my contact list from their CRM.",
    "When I resigned, I downloaded the firm's pricing model to a memory stick.",
    "As I was leaving, I took the client files from their shared drive.",
])
def test_records_taken_on_leaving(text: str) -> None:
    assert deception.taken_on_leaving(_sentences(text)[0])


@pytest.mark.parametrize("text", [
    "Before I left I copied my own notes from my laptop.",  # one's own, from one's own
    "Before I left the bank I handed over my client files to my successor.",
    "Before she left, she exported their client list.",  # not the speaker
    "I exported the contact list from their CRM in my first week.",  # no leaving
    "Before I left, I didn't take anything from their systems.",
])
def test_no_records_taken_on_leaving(text: str) -> None:
    assert not deception.taken_on_leaving(_sentences(text)[0])


@pytest.mark.parametrize("text", [
    "I split the spend over two budgets so the director wouldn't have to sign it off.",
    "We logged it as maintenance so that finance didn't need to approve it.",
])
def test_a_sign_off_arranged_away(text: str) -> None:
    assert deception.sign_off_avoided(_sentences(text)[0])


@pytest.mark.parametrize("text", [
    "I reorganised the rota so the nurses wouldn't have to count the stock twice.",
    "I prepared the pack early so I didn't have to sign it on the day.",
    "The director wouldn't have to sign it off, because the spend was inside her delegation.",
])
def test_no_sign_off_arranged_away(text: str) -> None:
    assert not deception.sign_off_avoided(_sentences(text)[0])


def test_the_undermining_rule_quotes_the_claim_that_was_denied() -> None:
    report = analyse("Tell me about a time you won a difficult client.",
                     "The client was about to walk, so I told them our plant was already ISO "
                     "certified. It wasn't. They signed the three-year deal that week.",
                     context=AnalysisContext(family="past_behaviour"))
    found = [finding for finding in report.findings if finding.rule == "tone.undermining"]
    assert found and "already ISO certified" in found[0].evidence[0].quote


def test_a_promise_that_failed_is_not_undermining() -> None:
    report = analyse("Tell me about a time you missed a deadline.",
                     "I told the client we would deliver by March. We didn't, and I called them "
                     "the day I knew, with a new plan week by week. We delivered in April.",
                     context=AnalysisContext(family="failures"))
    assert not [finding for finding in report.findings if finding.rule == "tone.undermining"]


@pytest.mark.parametrize(("answer", "flagged"), [
    ("My director kept stalling the pricing change, so I went over her head to the CFO and "
     "launched it. Margin rose four points.", True),
    ("My director kept stalling the pricing change, so I sent the figures to her first, not over "
     "her head, and she backed it. Margin rose four points.", False),
    ("I asked for a meeting with the chief executive with my manager in the room, not behind his "
     "back, and the plan was approved.", False),
])
def test_going_around_someone_denied_is_not_undermining(answer: str, flagged: bool) -> None:
    report = analyse("Tell me about a time you got something done against resistance.", answer,
                     context=AnalysisContext(family="past_behaviour"))
    assert ("tone.undermining" in {finding.rule for finding in report.findings}) is flagged


@pytest.mark.parametrize("text", [
    "I told the buyer we'd had a bid from a rival mill — truth is, we hadn't, but he did not ask.",
    "I told the supplier we had a second offer. In reality we had not.",
    "I told the lender we had signed the lease. Truth is, we hadn't signed anything yet.",
])
def test_claim_echo_denied(text: str) -> None:
    sentences = list(parse(text).sentences)
    assert deception.claim_echo_denied(sentences[0], sentences[1] if len(sentences) > 1 else None)


@pytest.mark.parametrize("text", [
    "I told the client we had tested it twice, and we hadn't skipped a single step.",
    "I told the board we had met the target, but the painters hadn't finished.",
    "I told them we hadn't finished, and we hadn't.",
    "I told them we would finish by May. We didn't.",
    "I told the client we had shipped it, but they said we hadn't.",
    "I told them we had a backup. We hadn't, and I corrected it the next morning.",
])
def test_no_claim_echo_denied(text: str) -> None:
    sentences = list(parse(text).sentences)
    assert not deception.claim_echo_denied(sentences[0], sentences[1] if len(sentences) > 1 else None)


@pytest.mark.parametrize("text", [
    "The batch failed its moisture test. If we reported it, the buyer could reject the order. So I "
    "sent the results from an earlier batch. The buyer did not notice, and we were paid on time.",
    "If we told them, they could cancel. We kept the numbers to ourselves. They never knew.",
])
def test_fault_kept_after_weighing(text: str) -> None:
    sentences = list(parse(text).sentences)
    assert any(deception.fault_kept_after_weighing(sentences, p) for p in range(len(sentences)))


@pytest.mark.parametrize("text", [
    "If we declared it, the client could refuse the lot. So I called their quality manager that "
    "afternoon and told him everything. He did not see it as a reason to refuse.",
    "If we reported the delay late, the regulator would fine us. We reported it within the hour, "
    "and nobody noticed any disruption.",
    "We moved the customers to the new platform over one weekend. Nobody noticed the difference.",
])
def test_no_fault_kept_after_weighing(text: str) -> None:
    sentences = list(parse(text).sentences)
    assert not any(deception.fault_kept_after_weighing(sentences, p) for p in range(len(sentences)))
