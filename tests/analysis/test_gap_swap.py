"""A concern reply that opens by offering the speaker's own record on something other than the
stated gap (analysis/gap_named.py, analysis/announced.py ``offered_own``), and through the whole
analyser as ``relevance.answers_another``, with the near misses it must not take: a record that
names the gap in other words, one measured against it ("the closest thing"), one pointing back
at it, an admission with a plan, and a story asked for (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.announced import offered_own, turned_cleft
from poise.analysis.gap_named import gap_terms, speaks_to_gap
from poise.analysis.text import parse

RULE = "relevance.answers_another"
OPENING = "Is there anything about me or my experience that gives you pause? — "
UNION = OPENING + ("Yes. You have never worked with a unionised workforce, and our three mills "
                   "are all unionised.")
REGULATOR = OPENING + ("You have run depots well, but you have never sat across the table from "
                       "the rail regulator in a review.")
BODY = (
    " At Harbour Freight I had six hundred drivers across four depots. In 2021 I rebuilt the "
    "rota with the depot leads and cut overtime by 18% in a year. Turnover fell from 30% to 14%."
)


def _ids(question: str, answer: str, *, phase: str = "concern_reply") -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(phase=phase))
    return set(report.rules_fired())


def test_a_noun_with_a_kind_is_read_by_its_kind() -> None:
    terms = gap_terms(UNION)
    assert "union" in terms
    assert "workf" not in terms  # a workforce of another kind is not the gap


def test_what_the_interviewer_grants_before_but_is_not_the_gap() -> None:
    terms = gap_terms(REGULATOR)
    assert "regul" in terms
    assert "depot" not in terms and "depots" not in terms


@pytest.mark.parametrize("text", [
    "Let me tell you how I manage a big workforce.",
    "What I'd point to is my operational record.",
    "I would like to take the chance to explain what I built at Harbour Freight.",
    "Let me tell you about the project I am proudest of.",
])
def test_offers_of_the_speakers_record(text: str) -> None:
    assert offered_own(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "Let me say that I have never left a job for money.",  # a claim, not a record offered
    "I'll tell you how I would approach the first month.",  # a plan ahead
    "I told the board what I had found.",  # a report, not an offer
    "Let me give you the facts.",  # nothing of the speaker's own
])
def test_not_offers_of_the_speakers_record(text: str) -> None:
    assert not offered_own(parse(text).sentences[0])


def test_a_record_naming_the_gap_in_other_words_speaks_to_it() -> None:
    sent = parse("Let me tell you how I dealt with the unions at Harbour Freight.").sentences[0]
    told = [sent.tokens[position] for position in offered_own(sent)]
    assert speaks_to_gap(told, gap_terms(UNION))


def test_swap_to_another_record_is_named_without_a_reason() -> None:
    answer = "Thank you for being direct. Let me tell you how I manage a big workforce." + BODY
    assert RULE in _ids(UNION, answer)


def test_swap_to_what_the_interviewer_granted_is_named() -> None:
    answer = "Thank you for being direct. What I'd point to is my depot record." + BODY
    assert RULE in _ids(REGULATOR, answer)


@pytest.mark.parametrize("answer", [
    # the gap named in other words
    "Thank you. Let me tell you how I dealt with the unions at Harbour Freight." + BODY,
    # measured against the gap
    "That's fair. Let me tell you what I've done that's closest." + BODY,
    # pointing back at it
    "I understand. What I can tell you is what I actually did about it." + BODY,
    # an admission and a plan, no offer at all
    "That's fair: I have not negotiated with a union myself. At Harbour Freight I ran the works "
    "council for two depots and agreed two shift changes with it. In my first month I would meet "
    "each mill's union reps before changing anything.",
])
def test_replies_that_meet_the_gap_are_not_named(answer: str) -> None:
    assert RULE not in _ids(UNION, answer)


def test_the_regulator_named_is_not_a_swap() -> None:
    answer = "Fair point. What I'd point to is how I handled the regulator's audit of our depots." + BODY
    assert RULE not in _ids(REGULATOR, answer)


def test_a_story_asked_for_is_not_a_swap() -> None:
    answer = "Let me tell you how I manage a big workforce." + BODY
    assert RULE not in _ids("Tell me about a time you led a large workforce through change.", answer,
                            phase="answer")


@pytest.mark.parametrize("text", [
    "Anyway, what I'd really like you to know about is the catering side, because nobody sees it.",
    "What I would actually want you to know is the state of the fleet when I arrived.",
    "But what I'd rather tell you about is our loyalty scheme.",
    # a dialect "me" for "my" after the "is": the parse hangs the "is" as an unlabelled dependent
    "Anyway, what I'd actually want to tell you about is me years at the bus depot.",
])
def test_a_cleft_setting_aside_what_came_before_is_read(text: str) -> None:
    assert turned_cleft(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "What I can tell you is that I have never negotiated with a union.",  # no word setting aside
    "What I would say is that the closest thing I have done is the depot pay round.",
    "I really like working with the drivers.",  # no cleft of offering
    "What really matters is the harbour.",  # no offer: read by other checks
])
def test_not_a_cleft_setting_aside(text: str) -> None:
    assert not turned_cleft(parse(text).sentences[0])


def test_concern_reply_turning_aside_to_another_topic_mid_reply_is_named() -> None:
    answer = ("I hear that. I have run big sites for a long time." + BODY
              + " Anyway, what I'd really like you to know about is the catering side, because "
              "nobody ever looks at it.")
    assert RULE in _ids(UNION, answer)


def test_concern_reply_turning_to_the_gap_itself_is_left_alone() -> None:
    answer = ("Fair point. Anyway, what I'd really like you to know about is how I'd get to know "
              "the union reps in my first month." + BODY)
    assert RULE not in _ids(UNION, answer)
