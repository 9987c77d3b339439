"""Level calibration: scope signals, the level a story reads at, and what would lift it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poise.content.schema import PrepContent
from poise.errors import InputError
from poise.prep.calibration import calibrate, read_signals
from poise.prep.numbers import amount_value, number_value, plain_amount, words_to_digits
from poise.prep.stories import story_text

from .data import DIRECTOR_STORY, EXECUTIVE_STORY, MANAGER_STORY, WEAK_STORY

STORIES = {
    "manager": story_text(MANAGER_STORY),
    "director": story_text(DIRECTOR_STORY),
    "executive": story_text(EXECUTIVE_STORY),
}


@pytest.mark.parametrize("level", ["manager", "director", "executive"])
def test_story_reads_at_its_own_level_when_target_matches(prep: PrepContent, level: str) -> None:
    result = calibrate(STORIES[level], target=level, levels=prep.levels)
    assert result.reads_as == level
    assert result.verdict == "matches"
    assert not result.thin
    assert "matches the level" in result.summary


def test_manager_story_is_below_when_target_is_director(prep: PrepContent) -> None:
    result = calibrate(STORIES["manager"], target="director", levels=prep.levels)
    assert (result.reads_as, result.verdict) == ("manager", "below")
    lifted = [lift.signal for lift in result.lifts]
    assert lifted[:3] == ["people", "layers", "budget"]
    people = result.lifts[0].advice
    assert "25 or more" in people and "Director" in people
    budget = next(lift.advice for lift in result.lifts if lift.signal == "budget")
    assert budget.startswith("Give the budget or P&L you owned")
    assert "First lift" in result.summary


def test_executive_story_is_above_when_target_is_director(prep: PrepContent) -> None:
    result = calibrate(STORIES["executive"], target="director", levels=prep.levels)
    assert (result.reads_as, result.verdict) == ("executive", "above")
    assert result.lifts == ()
    assert result.reads_as_name == "VP / C-level"


def test_director_story_signals_quote_the_story(prep: PrepContent) -> None:
    signals = {signal.name: signal for signal in read_signals(STORIES["director"], prep.levels)}
    assert signals["people"].value == 40 and "department of 40" in signals["people"].evidence
    assert signals["layers"].value == 2 and "through three team leads" in signals["layers"].evidence
    assert signals["budget"].value == 4_000_000 and signals["budget"].level == "director"
    assert signals["span"].detail == "3 sites"
    assert signals["horizon"].value == 18
    assert "owned or approved a budget" in signals["decisions"].detail
    assert "reshaped an organisation" in signals["decisions"].detail


def test_executive_signals_read_layers_countries_pnl_and_board(prep: PrepContent) -> None:
    signals = {signal.name: signal for signal in read_signals(STORIES["executive"], prep.levels)}
    assert signals["people"].value == 1200
    assert signals["layers"].value == 3
    assert signals["budget"].value == 300_000_000
    assert signals["span"].level == "executive"
    assert signals["decisions"].level == "executive"
    assert signals["horizon"].value == 60


def test_thin_story_says_it_shows_no_scope(prep: PrepContent) -> None:
    result = calibrate(story_text(WEAK_STORY), target="manager", levels=prep.levels)
    assert result.thin
    assert all(not signal.found for signal in result.signals)
    assert result.summary.startswith("The story shows too little scope")
    assert {lift.signal for lift in result.lifts} == {
        "people", "layers", "budget", "decisions", "span", "horizon"
    }


def test_savings_are_not_read_as_a_budget(prep: PrepContent) -> None:
    text = "With the budget review we saved EUR 3m in overtime across the network."
    budget = read_signals(text, prep.levels)[2]
    assert budget.name == "budget" and not budget.found


def test_leaders_the_candidate_reported_to_are_not_layers_below(prep: PrepContent) -> None:
    text = "I reported to two directors and led a team of 6 analysts for nine months."
    signals = {signal.name: signal for signal in read_signals(text, prep.levels)}
    assert signals["layers"].value == 1
    assert signals["people"].value == 6


def test_managers_of_managers_and_explicit_layers_count(prep: PrepContent) -> None:
    through = {s.name: s for s in read_signals("I led managers of managers.", prep.levels)}
    assert through["layers"].value == 3
    layered = {s.name: s for s in read_signals("A unit with 4 layers of management.", prep.levels)}
    assert layered["layers"].value == 4


def test_global_cue_reads_as_a_span_across_countries(prep: PrepContent) -> None:
    span = {s.name: s for s in read_signals("I ran the global roll-out.", prep.levels)}["span"]
    assert span.found and span.level == "director"


def test_years_are_not_counted_as_people_or_horizons(prep: PrepContent) -> None:
    signals = {s.name: s for s in read_signals("In 2019 our engineers shipped.", prep.levels)}
    assert not signals["people"].found
    assert not signals["horizon"].found


def test_calibrate_rejects_unknown_level_and_empty_story(prep: PrepContent) -> None:
    with pytest.raises(InputError, match="Unknown level"):
        calibrate("I led 40 people.", target="emperor", levels=prep.levels)
    with pytest.raises(InputError, match="empty"):
        calibrate("  ", target="manager", levels=prep.levels)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_calibration_is_total_and_deterministic_on_any_text(text: str) -> None:
    from poise.content.loader import knowledge_base

    levels = knowledge_base().prep.levels  # type: ignore[union-attr]
    if not text.strip():
        return
    first = calibrate(text, target="director", levels=levels)
    second = calibrate(text, target="director", levels=levels)
    assert first == second
    assert first.reads_as in ("manager", "director", "executive")


@pytest.mark.parametrize(
    ("written", "value"),
    [("forty-five", 45), ("nineteen sixty-two", 1962), ("twenty nineteen", 2019),
     ("one hundred and twenty", 120), ("two thousand and nineteen", 2019), ("a dozen", 12),
     ("1,200", 1200), ("three", 3)],
)
def test_number_value_reads_words_and_digits(written: str, value: float) -> None:
    assert number_value(written) == value


def test_words_to_digits_keeps_separate_numbers_apart() -> None:
    assert words_to_digits("forty five people in nineteen sixty-two and three leads") == (
        "45 people in 1962 and 3 leads"
    )


def test_amounts_and_plain_amounts() -> None:
    assert amount_value("2.5", "m") == 2_500_000
    assert amount_value("forty", "k") == 40_000
    assert plain_amount(2_500_000) == "2.5 million"
    assert plain_amount(450_000) == "450,000"


def test_a_lift_says_one_site_and_one_layer_in_the_singular(prep: PrepContent) -> None:
    """Thresholds are said with their noun: "1 site or 1 country", never "1 sites"."""
    levels = prep.levels
    for target in ("manager", "director", "executive"):
        result = calibrate("We improved the process.", target=target, levels=levels)
        for lift in result.lifts:
            assert not re.search(r"\b1 (?:sites|countries|layers)\b", lift.advice), lift.advice
            assert not re.search(r"\b(sites|countries|layers) (sites|countries|layers)\b",
                                 lift.advice), lift.advice
