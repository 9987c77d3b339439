"""A rule stated and then not followed by the speaker (analysis/rule_broken.py) and the speaker's
own excuse for a shortcut (analysis/excuse.py), both part of tone.undermining. Sentences written
for these tests: a duty the speaker's side then did not do, a prohibition the speaker went past,
and a shortcut defended are heard; a duty met, a refusal, an exception asked for, someone else's
breach stopped and a plain remark about what people do are not."""

from __future__ import annotations

import pytest

from poise.analysis import excuse, proper_act, rule_broken
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import Sentence, parse

QUESTION = "Tell me about a time you delivered under pressure."


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


def _broken(text: str) -> bool:
    sentences = _sentences(text)
    return any(rule_broken.required_not_done(sentences, position)
               or rule_broken.forbidden_but_done(sentences, position)
               for position in range(len(sentences)))


def _excused(text: str) -> bool:
    sentences = _sentences(text)
    return any(excuse.act_excused(sentences, position) for position in range(len(sentences)))


def _undermining(text: str) -> bool:
    report = analyse(QUESTION, text, context=AnalysisContext(family="past_behaviour"))
    return any(finding.rule == "tone.undermining" for finding in report.findings)


@pytest.mark.parametrize("text", [
    "The procedure says every spill over five litres must be reported to the environment agency "
    "within a day. We cleaned it up ourselves and did not report it.",
    "The rules require us to notify the regulator of any breach, but we never notified them.",
    "Our contract says any delay over two weeks has to be disclosed to the client. I didn't "
    "disclose it, and we caught up by the end of the month.",
    "Company policy does not allow discounts above ten percent, but I promised the client twenty "
    "and planned to sort it out with finance afterwards.",
    "The code of conduct forbids gifts over fifty pounds. But I gave the buyer the box at the "
    "final and we won the contract.",
])
def test_a_rule_stated_then_not_followed(text: str) -> None:
    assert _broken(text)


@pytest.mark.parametrize("text", [
    # the duty met
    "The procedure says every spill over five litres must be reported to the environment agency "
    "within a day, so I reported it that afternoon.",
    "The contract says any delay has to be reported to the client, so I called them the same day.",
    # a refusal, an exception asked for
    "Policy does not allow discounts above ten percent, so I told the client we could not go to "
    "twenty.",
    "Policy does not allow remote contracts, but I asked the director for an exception and she "
    "agreed.",
    # someone else's breach, which the speaker stopped
    "The rules say every incident must be logged, but the night shift had not logged the fall. I "
    "logged it myself and retrained them.",
    # a rule only supposed
    "If the policy said every change must be signed off, we would not sign them off in time.",
])
def test_no_rule_broken_by_the_speaker(text: str) -> None:
    assert not _broken(text)


@pytest.mark.parametrize("text", [
    "I started the trial a week before the ethics approval came through. It was only a little "
    "early, and everybody does it.",
    "I signed the customer up before the credit check was back. I knew they would sign anyway.",
    "I booked the January orders in December. Everyone does that at year end.",
    "We launched before the board meeting. The board would have approved it anyway.",
])
def test_an_own_act_with_its_excuse(text: str) -> None:
    assert _excused(text)


@pytest.mark.parametrize("text", [
    # an excuse denied, a refusal foreseen, no act of the speaker's before the remark
    "I waited for the ethics approval. Not everybody does it, but it matters.",
    "I asked the board first. They would have said no anyway, and they did.",
    "Everybody does it this way in logistics now, and the results are good.",
    # a delay someone else caused, told without an act of the speaker's
    "The delivery came on the Monday. It was only a little late, and the client did not mind.",
    # the consent waited for
    "I knew the board would approve it anyway, but I waited for the vote.",
])
def test_no_excuse_without_an_own_shortcut(text: str) -> None:
    assert not _excused(text)


def test_undermining_quotes_the_act_and_its_excuse() -> None:
    text = ("I signed the customer up before the credit check was back. I knew they would sign "
            "anyway. The deal closed that week.")
    report = analyse(QUESTION, text, context=AnalysisContext(family="past_behaviour"))
    quotes = [evidence.quote for finding in report.findings if finding.rule == "tone.undermining"
              for evidence in finding.evidence]
    assert any("credit check" in quote for quote in quotes)
    assert any("anyway" in quote for quote in quotes)


@pytest.mark.parametrize("text", [
    "The procedure says every spill must be reported to the agency within a day. I found that my "
    "supervisor had not reported one, so I reported it myself and we retrained the shift.",
    "My manager asked me to book the overspend to the training budget. I refused, reported it to "
    "finance as an overspend, and we explained it to the board.",
])
def test_fair_conduct_is_not_undermining(text: str) -> None:
    assert not _undermining(text)


@pytest.mark.parametrize("text", [
    "I found that the quarterly figure we had sent the bank was wrong, so I corrected it and sent "
    "them the right one the next morning.",
    "The lender asked for audited accounts we did not have yet, so I told them the truth and "
    "offered the management draft marked as a draft. They waited two weeks.",
    "A near miss with the crane is reportable to the regulator, so I filed the report that day "
    "and we changed the lifting plan.",
])
def test_a_wrong_set_right_is_not_unethical(text: str) -> None:
    report = analyse(QUESTION, text, context=AnalysisContext(family="past_behaviour"))
    assert not any(finding.rule in {"meaning.unethical", "tone.undermining"}
                   for finding in report.findings)


@pytest.mark.parametrize(("text", "expected"), [
    ("I corrected the invoice and sent it again.", True),
    ("I told the client the truth about the delay.", True),
    ("I filed the incident report that afternoon.", True),
    ("I corrected the baseline so the savings looked larger.", False),  # made to look
    ("I filed the report as a routine inspection.", False),  # recast as something else
    ("My deputy corrected the invoice.", False),  # someone else's act
    ("I did not correct the figure.", False),
])
def test_set_right(text: str, expected: bool) -> None:
    assert any(proper_act.set_right(sent) for sent in _sentences(text)) is expected
