""""Says what you did yourself" quotes only an act the speaker did: not a plan or intention to
act, not an impression of the listener's own things, not a stance taken or a relationship
"built", not "a lot" taken on, not a belief told with a verb of working out; a person moved is
an act. And a feeling the speaker denies ("it's not that I'm unhappy") is no complaint about the
job, whichever reader hears it.

Each case is tried both ways (the near-miss that must keep its reading); every sentence is
written in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.grammar import acts
from poise.analysis.praise_gates import act_shown
from poise.analysis.scoring import OWN_ACTION
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _shown(text: str, verb: str) -> bool:
    sent = _first(text)
    token = next(token for token in sent.tokens if token.text == verb)
    return act_shown(sent, token)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("So I planned to try a firmer line with the landlord.", "planned"),
        ("In the end I meant to wait for the audit.", "meant"),
        ("I took a sensible decision.", "took"),
        ("I watched your adverts on the buses for years.", "watched"),
        ("Before applying I looked at your pricing pages closely.", "looked"),
        ("I built a strong relationship with their directors.", "built"),
        ("In that job I took on a lot.", "took"),
        ("Through all of it I still managed to keep going.", "managed"),
        ("Somehow I managed to cope.", "managed"),
    ],
)
def test_no_act_is_shown(text: str, verb: str) -> None:
    assert not _shown(text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("So I chose the second quote and signed it that afternoon.", "chose"),
        ("So I decided to move the stocktake to a Sunday.", "decided"),
        ("I took that decision to the finance committee myself.", "took"),
        ("I read your last three annual reports before today.", "read"),
        ("I gave my own number to every shift lead.", "gave"),
        ("I took the two late orders to the warehouse myself.", "took"),
        ("I read every incident log from the last quarter.", "read"),
        ("I built a booking form for the drivers.", "built"),
        ("I took on the two vacant rounds myself.", "took"),
    ],
)
def test_an_act_is_shown(text: str, verb: str) -> None:
    assert _shown(text, verb)


def test_a_person_moved_is_an_act_and_a_belief_is_not() -> None:
    moved = _first("I moved her to the early shift for a month.")
    assert [token.text for token in moved.own_past_actions if acts(token, moved)] == ["moved"]
    away = _first("I moved to Bristol in the spring.")
    assert not [token for token in away.own_past_actions if acts(token, away)]
    figured = _first("So I figured, time for a change of scene.")
    assert not figured.own_past_actions
    worked_out = _first("I figured out the fault in the valve.")
    assert [token.text for token in worked_out.own_past_actions] == ["figured"]


QUESTION = "Why are you looking to leave your current role?"


def _complaint(answer: str) -> bool:
    fired = analyse(QUESTION, answer).rules_fired()
    return bool(fired & {"tone.job_complaint", "tone.heard_job_complaint", "meaning.job_complaint"})


@pytest.mark.parametrize(
    "answer",
    [
        "It isn't that I'm bored there, honestly. The depot is in good shape after the rebuild, "
        "and your network is four times the size, which is the next problem I want to take on.",
        "It's not that I'm unhappy at the bakery; I honestly am not. I've finished the rebuild I "
        "was hired for, and a network of nine bakeries is the bigger problem I want next.",
        "I'm not frustrated with the firm at all. I've done what I came to do, and this post runs "
        "three sites, which is the scale I want to work at next.",
    ],
)
def test_a_denied_feeling_is_no_complaint(answer: str) -> None:
    assert not _complaint(answer)


def test_a_stated_feeling_is_still_a_complaint() -> None:
    assert _complaint("Honestly, I'm bored there. I've done the same reports for five years "
                      "and nobody has asked what I think, so I want something new.")


def _own_action_quotes(answer: str) -> list[str]:
    report = analyse("Tell me about a time you turned round a late project.", answer)
    return [item.quote for strength in report.strengths if strength.what == OWN_ACTION
            for item in strength.evidence]


def test_a_thing_had_done_is_quoted_with_what_was_done() -> None:
    quotes = _own_action_quotes(
        "In 2021 our depot refit was six weeks late. I had the supplier's fitters moved onto nights, "
        "and I had the snag list cut into three weekly batches. We opened in April, two weeks "
        "ahead of the revised date, and nine of ten snags were closed in the first month.")
    assert any(quote.startswith("I had the") and len(quote.split()) > 3 for quote in quotes)
    assert "I had" not in quotes
