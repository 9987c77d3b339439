"""Sarcasm in a reply to a challenge, read from the parse: the question given a softened verdict
(analysis/pushback.py ``move_judged``), the interviewer told their push is not needed
(``told_not_needed``), a bare retort, a mock apology and mock surprise (analysis/mock_reply.py).
Examples and near misses written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, mock_reply, pushback
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

DEFENSIVE = {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive",
             "meaning.defensive", "tone.curt_in_stress", "tone.heard_pushback"}


def _words(*names: str) -> frozenset[str]:
    lexicons = load_knowledge_base().lexicons
    return frozenset(entry.phrase.lower() for name in names for entry in lexicons[name].entries)


def _kept() -> frozenset[str]:
    return _words("acknowledging", "difficulty_words", "weighing_words")


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _sarcastic(text: str) -> set[str]:
    sent = _sentence(text)
    found = {
        "judged": bool(pushback.move_judged(sent, _kept())),
        "needed": bool(pushback.told_not_needed(sent)),
        "retort": mock_reply.retort(sent),
        "apology": mock_reply.mock_apology(sent),
        "surprise": mock_reply.mock_surprise(sent),
    }
    return {name for name, hit in found.items() if hit}


@pytest.mark.parametrize(("text", "kind"), [
    ("Frankly, that's a bit of a stock question.", "judged"),
    ("This is kind of a lazy question, if you don't mind me saying.", "judged"),
    ("That's a rather crude way to judge a finance team.", "judged"),
    ("I must say that's a slightly tired thing to ask a candidate.", "judged"),
    ("You don't have to keep reminding me.", "needed"),
    ("You really don't need to shout at me.", "needed"),
    ("Eighteen months, fine, so?", "retort"),
    ("Two resignations in a year, and?", "retort"),
    ("Sorry if the answer was too plain for you.", "apology"),
    ("Well, sorry it isn't exciting enough for you.", "apology"),
    ("Oh, I didn't know we were in court.", "surprise"),
    ("Well, I didn't realise I was on trial here.", "surprise"),
])
def test_sarcasm_is_read(text: str, kind: str) -> None:
    assert kind in _sarcastic(text)


@pytest.mark.parametrize("text", [
    # a firm, polite correction of a wrong fact
    "Actually, the overrun was four months, not five, and the board signed off the new date.",
    "I think the figure you have is from 2019; the year after, turnover was down to twelve percent.",
    # a question granted, then a record
    "That's a fair question, and the record is there: three plants, no lost-time injury.",
    "That's a pretty tough question, so let me take the numbers first.",
    "That's a bit of a big question, so I'll start with the plant.",
    "That's a pretty good question, and I've asked it of myself.",
    "That's the obvious question, and I'd ask it too.",
    # humour at one's own expense
    "Well, I didn't realise how bad my spreadsheets were until the auditor laughed.",
    "Honestly, I'm a bit of a slow reader, so I print everything.",
    "Sorry, I lost my thread for a second.",
    "Sorry it took me so long to get to the point.",
    # advice with a generic "you", a real question
    "You don't need to micromanage a good team.",
    "And what did the client say after that?",
    "We hit the date, and so did the second crew.",
    # a verdict on one's own story, in the past
    "It was a bit of a rushed question from the board, and we answered it badly.",
])
def test_near_misses_are_not_sarcasm(text: str) -> None:
    assert not _sarcastic(text)


def test_a_softened_verdict_on_the_question_is_defensive_under_stress() -> None:
    question = "Your depot lost its biggest client last year. Why should we believe you can grow ours?"
    answer = ("Honestly, that's a bit of a stock question. I lost that client when their parent "
              "company moved all logistics in-house, and I replaced the volume within a year by "
              "winning two grocers.")
    assert analyse(question, answer, context=AnalysisContext(
        interview_format="stress")).rules_fired() & DEFENSIVE


def test_a_granted_question_with_a_record_is_not_defensive_under_stress() -> None:
    question = "Your depot lost its biggest client last year. Why should we believe you can grow ours?"
    answer = ("That's a fair question. We lost that client when their parent company moved all "
              "logistics in-house, and I replaced the volume within a year by winning two grocers.")
    assert not analyse(question, answer, context=AnalysisContext(
        interview_format="stress")).rules_fired() & DEFENSIVE


def test_a_retort_is_defensive_under_a_challenge() -> None:
    question = "Your team's turnover was twenty percent last year. Why?"
    answer = ("Twenty percent, yes, and? The sector average was twenty-five, and I kept every one of "
              "my shift leads through the merger by moving them onto the new rota first.")
    assert analyse(question, answer, context=AnalysisContext(
        interview_format="stress")).rules_fired() & DEFENSIVE
