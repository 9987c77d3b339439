"""Concealment told by the speaker (analysis/concealed_part.py, part of tone.undermining), and a
short "no" that refuses what the question ruled out (analysis/declined_ask.py, read by the
defensive rules). Sentences written for these tests: the speaker's hand hidden from the one it
was done against, a fact kept from a party with a claim said in its place, a thing altered to
pass as genuine are heard; the speaker's own not knowing, a silence with nothing said instead, a
promise said instead, a thing made to look tidier are not."""

from __future__ import annotations

import pytest

from poise.analysis import concealed_part, declined_ask
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import Sentence, parse


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


def _one(text: str) -> Sentence:
    return _sentences(text)[0]


@pytest.mark.parametrize("text", [
    "The plant was shut for a week and the area manager never found out it was me.",
    "We won the vote, and the director never knew it was us who had briefed the trustees.",
    "Nobody on the board ever realised it was me.",
])
def test_the_speakers_hand_hidden(text: str) -> None:
    assert concealed_part.own_part_unknown(_one(text))


@pytest.mark.parametrize("text", [
    "I never found out it was him who had changed the rota.",
    "She knew it was me straight away, and we talked it through.",
    "The client never found out about the delay because we fixed it overnight.",
])
def test_no_hand_hidden(text: str) -> None:
    assert not concealed_part.own_part_unknown(_one(text))


def _claimed(text: str) -> bool:
    sentences = _sentences(text)
    return any(concealed_part.withheld_and_claimed(sent, before)
               for before, sent in zip((None, *sentences[:-1]), sentences, strict=True))


@pytest.mark.parametrize("text", [
    "Only half of the rooms had passed the fire check. I did not tell her this, I said yes, all "
    "passed, because otherwise we would lose the booking.",
    "The stock had not arrived. I did not tell them this, I told them it was on the lorry.",
])
def test_a_fact_kept_and_a_claim_said_instead(text: str) -> None:
    assert _claimed(text)


@pytest.mark.parametrize("text", [
    # nothing said in its place
    "Only half of the rooms had passed the fire check. I did not tell her this until Monday.",
    # a promise said in its place
    "The stock had not arrived. I did not tell them that, I said I would call them back by noon.",
    # no shortfall told before it
    "We had finished the survey early. I did not tell him this, I said the team had done it.",
])
def test_no_fact_kept_with_a_claim(text: str) -> None:
    assert not _claimed(text)


@pytest.mark.parametrize("text", [
    "I sent them a copy of the old quote with the date changed so it would look real.",
    "I edited the supplier's letter so it looked official and forwarded it to the bank.",
])
def test_altered_to_pass_as_genuine(text: str) -> None:
    assert concealed_part.altered_to_pass(_one(text))


@pytest.mark.parametrize("text", [
    "I changed the layout of the report so it would look cleaner for the board.",
    "I rewrote the slides so they looked professional.",
    "The supplier changed the certificate so it would look real.",
])
def test_not_altered_to_pass(text: str) -> None:
    assert not concealed_part.altered_to_pass(_one(text))


def test_undermining_reads_a_hidden_hand_as_a_win() -> None:
    report = analyse(
        "Tell me about a time you disagreed with your manager.",
        "My manager wanted to keep the old supplier. I phoned their auditor off the record and "
        "suggested a visit, and the contract was cancelled a week later. My manager never found "
        "out it was me.",
        context=AnalysisContext(family=None),
    )
    assert "tone.undermining" in {finding.rule for finding in report.findings}


@pytest.mark.parametrize(("question", "verbs"), [
    ("What's your weakness? And please don't say you're a perfectionist.", {"say"}),
    ("Weaknesses. And don't tell me you work too hard.", {"tell"}),
    ("Tell me about a time you failed.", set()),
    ("Why don't you tell me about your last role?", set()),
])
def test_what_the_question_rules_out(question: str, verbs: set[str]) -> None:
    assert declined_ask.ruled_out(question) == frozenset(verbs)


@pytest.mark.parametrize(("question", "text", "declined"), [
    ("Weaknesses. And don't tell me you work too hard.", "Ha, no, you'll not get that from me.", True),
    ("What's your weakness? Please don't say perfectionism.", "No, I won't say that.", True),
    # what the question asks for refused, not what it ruled out
    ("Don't give me a range, give me a number.", "No, I'm not going to do that.", False),
    # nothing ruled out in the question
    ("Tell me your weakness.", "Ha, no, you'll not get that from me.", False),
    # a longer sentence says more than the refusal
    ("Weaknesses. And don't tell me you work too hard.",
     "No, you won't get that from me, because frankly it is a silly question and I think you "
     "know it is.", False),
])
def test_a_refusal_of_what_was_ruled_out(question: str, text: str, declined: bool) -> None:
    assert declined_ask.declines(_one(text), declined_ask.ruled_out(question)) is declined
