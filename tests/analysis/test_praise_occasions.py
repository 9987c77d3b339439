"""The speaker's own acts told outside the simple past, and the words that only frame them.

An act told in the present perfect is praised when it tells one dated occasion ("in 2021",
"since"); undated, or a career ("I have managed budgets"), it is not. A present
form dated by a year tells a past event, as a speaker of English as a second language often
does; one said to recur stays a practice. A clause that gives a practice its time or condition
("once I arrive") is not the practice. "Took X over" is taking on the job, the particle split or
not; carried somewhere, it is not. A superlative that ranks no one ("I'm best fresh") is no
claim of rank; "the best" still is. A strength disguised as a weakness is named once, by that
flaw. Every sentence is written in the project's own words; each case is tried both ways.
"""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.grammar import clause_mood, framing_clause, reported_action
from poise.analysis.rules.flaws import _superlative_self
from poise.analysis.scoring import _took_over
from poise.analysis.text import Sentence, Token, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _verb(sent: Sentence, word: str) -> Token:
    return next(token for token in sent.tokens if token.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "told"),
    [
        ("I have introduced a new booking form in 2021.", "introduced", True),
        ("I've since rewritten the stocktake checklist with the leads.", "rewritten", True),
        ("I have raised it with the finance committee twice.", "raised", False),
        ("I'd have walked the site in 2021 if they had asked.", "walked", False),
        ("I have managed budgets for most of my career.", "managed", False),
        ("I have built strong relationships with suppliers.", "built", False),
        ("I have trained apprentices over the years.", "trained", False),
    ],
)
def test_one_occasion_in_the_perfect(text: str, verb: str, told: bool) -> None:
    sent = _first(text)
    assert reported_action(sent, _verb(sent, verb)) is told


@pytest.mark.parametrize(
    ("text", "verb", "mood"),
    [
        ("In 2022 I lead the move to the new cold store.", "lead", "past"),
        ("In March 2021 I change the supplier of the pallets.", "change", "past"),
        ("Every year I lead the stocktake with the two supervisors.", "lead", "not past"),
        ("I lead the stocktake with the two supervisors.", "lead", "not past"),
        ("In 2027 I will lead the move to the new cold store.", "lead", "not past"),
    ],
)
def test_present_dated_by_a_year(text: str, verb: str, mood: str) -> None:
    sent = _first(text)
    position = sent.tokens.index(_verb(sent, verb))
    if mood == "not past":
        assert clause_mood(sent, position) != "past"
    else:
        assert clause_mood(sent, position) == mood


@pytest.mark.parametrize(
    ("text", "verb", "frame"),
    [
        ("Once I arrive on a new site, I walk every line with the supervisor.", "arrive", True),
        ("Once I arrive on a new site, I walk every line with the supervisor.", "walk", False),
        ("If I see a gap in the rota, I call the agency myself.", "see", True),
        ("Because I check the rota daily, nobody is surprised on Monday.", "check", False),
    ],
)
def test_framing_clause(text: str, verb: str, frame: bool) -> None:
    sent = _first(text)
    assert framing_clause(sent, _verb(sent, verb)) is frame


def test_practice_framed_is_not_quoted_as_ownership() -> None:
    answer = ("Once I arrive on a new site, I walk every line with the supervisor and I ask the "
              "operators what slows them down. Last year I rebuilt the changeover checklist with "
              "the two shift leads, and changeovers fell from forty minutes to twenty-five.")
    report = analyse("How do you get to know a new operation?", answer)
    quotes = [item.quote for dimension in report.dimensions if dimension.name == "ownership"
              for item in dimension.evidence]
    assert quotes
    assert not any("arrive" in quote for quote in quotes)


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("I took the canteen contract over in May.", True),
        ("I took over the canteen contract in May.", True),
        ("I took the signed files over to the auditors.", False),
        ("I took the canteen contract to the board.", False),
        ("I took the team over the line in the last week.", False),
    ],
)
def test_took_over(text: str, over: bool) -> None:
    sent = _first(text)
    assert _took_over(sent, _verb(sent, "took")) is over


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("Honestly, I'm best fresh, early in the morning.", False),
        ("Honestly, I'm the best planner on the site.", True),
    ],
)
def test_bare_superlative_ranks_no_one(text: str, ranked: bool) -> None:
    sent = _first(text)
    verb = next(position for position, token in enumerate(sent.tokens) if token.lemma == "be")
    assert _superlative_self(sent, verb) is ranked


def test_disguised_strength_is_not_also_self_praise() -> None:
    answer = ("Honestly, I am a perfectionist. I like everything to be exactly right, and when a "
              "report is not quite right I rewrite it myself. Some people on the team find that "
              "slow, and it is something I know about.")
    weakness = analyse("What is your biggest weakness?", answer).rules_fired()
    assert "weaknesses.disguised_strength" in weakness
    assert not weakness & {"tone.hackneyed", "tone.self_praise", "meaning.self_praise"}
