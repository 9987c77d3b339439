"""Going, being or spending time somewhere is an act of the speaker's own when told as one:
done in person ("I went to the plant myself"), joined to what was done there ("I went down and
sat with the fitters"), or a short span spent on the ground ("I spent a week on the night
shift"); not a trip, a career stage or a reflexive object. And an act done with people and
nothing acted on ("sat with the fitters") is quoted with them.

Every sentence is written in the project's own words; each reading is tried with a near miss.
"""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.grammar import acts, in_person
from poise.analysis.scoring import OWN_ACTION
from poise.analysis.text import Sentence, parse

QUESTION = "Tell me about a time you turned round a struggling team."


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _acts(text: str, verb: str) -> bool:
    sent = _first(text)
    return acts(next(token for token in sent.tokens if token.text == verb), sent)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I went to the bottling plant myself for two days.", "went"),
        ("I personally went to each of the four kitchens.", "went"),
        ("I went down to the yard and sat with the fitters.", "went"),
        ("I spent a week on the night shift at the laundry.", "spent"),
        ("I spent my first month in the sorting office.", "spent"),
        ("I spent two days with their planners.", "spent"),
        ("I came in person to the opening of the new wing.", "came"),
    ],
)
def test_presence_told_as_an_act(text: str, verb: str) -> None:
    assert _acts(text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I went to Lisbon for a week.", "went"),
        ("I spent six years at the council.", "spent"),
        ("I spent a week on holiday with my wife.", "spent"),
        ("I went home and slept.", "went"),
        ("I came back to the firm in 2019.", "came"),
        ("I spent three months in Peru.", "spent"),
    ],
)
def test_a_trip_or_a_career_stage_is_no_act(text: str, verb: str) -> None:
    assert not _acts(text, verb)


def test_a_reflexive_object_is_not_in_person() -> None:
    sent = _first("I pushed myself far too hard that winter.")
    position = next(index for index, token in enumerate(sent.tokens) if token.text == "pushed")
    assert not in_person(sent, position)


def _quoted(answer: str) -> list[str]:
    report = analyse(QUESTION, answer)
    return [item.quote for strength in report.strengths if strength.what == OWN_ACTION
            for item in strength.evidence]


def test_a_visit_in_person_and_time_with_people_are_praised() -> None:
    quoted = _quoted(
        "The depot was missing a third of its morning runs. I went down to the garage myself "
        "and sat with the mechanics for a week. I myself rewrote the rota with the two shift "
        "leads. Missed runs fell from forty a week to six by March."
    )
    assert any(quote.startswith("I went") for quote in quoted)
    assert "sat with the mechanics" in quoted
    assert "I myself rewrote" in quoted


def test_a_trip_is_not_praised() -> None:
    quoted = _quoted(
        "We were behind on every order that spring. I went to Lisbon for a week. After that the "
        "team shipped the backlog and the orders came back."
    )
    assert not any(quote.startswith("I went") for quote in quoted)


def _reported(text: str, verb: str) -> bool:
    from poise.analysis.grammar import reported_action

    sent = _first(text)
    token = next((token for token in sent.own_past_actions if token.text == verb), None)
    return token is not None and reported_action(sent, token)


@pytest.mark.parametrize(
    ("text", "verb", "told"),
    [
        ("I did the weekly stock check myself.", "did", True),
        ("I did a pilot in one warehouse first.", "did", True),
        ("I did it.", "did", False),  # what was done is said elsewhere
        ("I did exactly that in my last post.", "did", False),
        ("I did something similar at the old depot.", "did", False),
        ("I did my best for the team.", "did", False),
        ("I did flag it to him.", "did", False),  # the support of "flag"
        ("I ran the morning briefing myself at seven.", "ran", True),
        ("I ran the claims department for six years.", "ran", False),
        ("I ran the claims department myself for six years.", "ran", False),
    ],
)
def test_a_thing_done_and_a_role_done_in_person(text: str, verb: str, told: bool) -> None:
    assert _reported(text, verb) is told


@pytest.mark.parametrize(
    ("text", "verb", "past"),
    [
        ("Last spring I rewrite the whole intake form.", "rewrite", True),
        ("Two years ago I change the supplier for the cold store.", "change", True),
        ("I sat with the drivers and rewrite the routes with them.", "rewrite", True),
        ("I check the rota on Mondays.", "check", False),
        ("I always rewrite the rota on Mondays.", "rewrite", False),
        ("Next spring I rewrite the whole intake form.", "rewrite", False),
    ],
)
def test_a_present_form_told_in_the_past(text: str, verb: str, past: bool) -> None:
    sent = _first(text)
    assert any(token.text == verb for token in sent.own_past_actions) is past
