"""Key-facts quiz core: tolerant checking, Leitner scheduling on an injected clock, fact sources."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poise.errors import InputError
from poise.prep.quiz import (
    BOXES,
    INTERVALS,
    CardState,
    check_answer,
    cloze,
    due_count,
    edit_distance,
    new_card,
    next_due,
    next_due_at,
    normalise,
    parse_facts,
    question_text,
    readable_date,
    record_facts,
    review,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("given_answer", "expected"),
    [
        ("1962", "1962"),
        ("1962.", "1962"),
        ("nineteen sixty-two", "1962"),
        ("It was founded in 1962", "1962"),
        ("maria keller", "Maria Keller"),
        ("Maria Kelller", "Maria Keller"),
        ("Keller, Maria", "Maria Keller"),
        ("CEO Maria Keller", "Maria Keller"),
        ("the Acme group", "Acme Group"),
        ("March 2019", "March 2019"),
        ("03/2019", "March 2019"),
        ("2019-03", "March 2019"),
        ("mar 2019", "March 2019"),
        ("4800", "4,800"),
        ("four thousand eight hundred", "4,800"),
        ("€1.2bn", "EUR 1.2bn"),
        ("1.2 billion euros", "EUR 1.2bn"),
        ("45%", "45 percent"),
        ("twelve", "12"),
    ],
)
def test_check_answer_accepts_the_same_fact_written_differently(
    given_answer: str, expected: str
) -> None:
    verdict = check_answer(given_answer, expected)
    assert verdict.correct, (normalise(given_answer), normalise(expected))
    assert verdict.expected == expected


@pytest.mark.parametrize(
    ("given_answer", "expected"),
    [
        ("1963", "1962"),
        ("1926", "1962"),
        ("Hamburg", "Munich"),
        ("John Keller", "Maria Keller"),
        ("Keller", "Maria Keller"),
        ("4,900", "4,800"),
        ("April 2019", "March 2019"),
        ("", "1962"),
        ("founded long ago", "1962"),
    ],
)
def test_check_answer_rejects_a_different_fact(given_answer: str, expected: str) -> None:
    verdict = check_answer(given_answer, expected)
    assert not verdict.correct
    assert verdict.note


def test_check_answer_says_whether_the_match_was_exact() -> None:
    assert check_answer("Maria Keller", "Maria Keller").exact
    assert not check_answer("maria kelller", "Maria Keller").exact


def test_edit_distance_counts_single_character_edits() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert edit_distance("same", "same") == 0


NUMBERISH = st.sampled_from(["one", "twenty", "hundred", "thousand", "million", "and", "oh", "a",
                             "dozen", "march", "may", "first", "k", "m", "bn", "-", ".", ",",
                             ":", "%", "$", "€", "0", "1", "05", "1.50", "th"])


@given(st.text(max_size=40) | st.lists(NUMBERISH, max_size=10).map(" ".join)
       | st.lists(NUMBERISH, max_size=10).map("".join))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_a_month_name_counts_as_a_number_only_next_to_one() -> None:
    assert normalise("May 2019") == "5 2019"
    assert normalise("It may be 1962") == "may be 1962"
    assert check_answer("It may be 1962", "1962").correct


@given(st.text(min_size=1, max_size=40).filter(lambda text: normalise(text) != ""))
def test_every_answer_matches_itself(text: str) -> None:
    assert check_answer(text, text).correct


def test_new_card_is_due_now_in_box_one() -> None:
    state = new_card(NOW)
    assert (state.box, state.due_at, state.reviews) == (1, NOW, 0)


def test_right_answers_move_a_card_up_the_boxes_with_growing_intervals() -> None:
    state = new_card(NOW)
    clock = NOW
    gaps: list[timedelta] = []
    for _round in range(6):
        state = review(state, correct=True, now=clock)
        gaps.append(state.due_at - clock)
        clock = state.due_at
    assert state.box == BOXES
    assert gaps == [INTERVALS[2], INTERVALS[3], INTERVALS[4], INTERVALS[5], INTERVALS[5],
                    INTERVALS[5]]
    assert gaps == sorted(gaps)
    assert (state.reviews, state.lapses, state.last_result) == (6, 0, "right")


def test_a_missed_card_goes_back_to_box_one_and_comes_back_sooner() -> None:
    state = CardState(box=4, due_at=NOW)
    missed = review(state, correct=False, now=NOW)
    kept = review(state, correct=True, now=NOW)
    assert missed.box == 1 and missed.lapses == 1 and missed.last_result == "wrong"
    assert missed.due_at == NOW + INTERVALS[1]
    assert missed.due_at < kept.due_at
    assert missed.last_reviewed_at == NOW


def test_next_due_picks_the_longest_overdue_then_lower_box_then_id() -> None:
    cards = [
        (1, CardState(box=2, due_at=NOW - timedelta(hours=1))),
        (2, CardState(box=1, due_at=NOW - timedelta(hours=3))),
        (3, CardState(box=1, due_at=NOW + timedelta(minutes=5))),
        (4, CardState(box=3, due_at=NOW - timedelta(hours=3))),
    ]
    assert next_due(cards, NOW) == 2
    assert next_due(cards[2:3], NOW) is None
    assert next_due(cards[2:3], NOW + timedelta(minutes=5)) == 3
    assert due_count(cards, NOW) == 3
    assert next_due_at(cards) == NOW - timedelta(hours=3)
    assert next_due_at([]) is None


def test_a_session_on_an_injected_clock_is_deterministic() -> None:
    def run() -> list[int | None]:
        cards = {card_id: new_card(NOW) for card_id in (1, 2, 3)}
        asked: list[int | None] = []
        clock = NOW
        for step in range(8):
            chosen = next_due(list(cards.items()), clock)
            asked.append(chosen)
            if chosen is not None:
                cards[chosen] = review(cards[chosen], correct=chosen != 2, now=clock)
            clock += timedelta(minutes=6 * (step + 1))
        return asked

    first = run()
    assert first == run()
    assert first[:3] == [1, 2, 3]
    assert 2 in first[3:]
    assert 1 not in first[3:]


def test_parse_facts_reads_a_list_a_mapping_or_a_facts_key() -> None:
    as_list = parse_facts([{"fact": "Founded", "answer": 1962}, {"fact": "CEO", "answer": "M. K."}])
    as_mapping = parse_facts({"Founded": 1962, "CEO": "M. K."})
    under_key = parse_facts({"facts": [{"fact": "Founded", "answer": "1962"},
                                       {"fact": "CEO", "answer": "M. K."}]})
    assert as_list == as_mapping == under_key
    assert as_list[0].prompt == "Founded" and as_list[0].answer == "1962"
    assert as_list[0].source == "company"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("just text", "neither a list nor a mapping"),
        ([], "empty"),
        ([{"fact": "Founded"}], "Item 1 is not a fact"),
        ([{"fact": "Founded", "answer": "1962", "year": 1}], "unknown keys: year"),
        ({"Founded": None}, "has no answer"),
        ({"Founded": {"year": 1962}}, "nested value"),
        ([{"fact": "", "answer": "x"}], "needs a prompt"),
    ],
)
def test_parse_facts_explains_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_facts(data)


def test_record_facts_come_from_the_fit_resume(fit: dict[str, Any]) -> None:
    facts = {fact.prompt: fact for fact in record_facts(fit)}
    start = facts["When did you start as Head of Operations at Acme Logistics?"]
    assert (start.answer, start.source) == ("March 2019", "record")
    assert "When did you leave your role as Head of Operations at Acme Logistics?" not in facts
    assert facts["When did you leave your role as Operations Manager at Northwind?"].answer == (
        "March 2018"
    )
    gap = facts["Fill the gap: Cut late deliveries from ___ to 6% in 18 months"]
    assert gap.answer == "30%"
    # the currency is part of the amount asked, never left standing before the gap
    assert facts["Fill the gap: Saved ___ in overtime a year"].answer == "EUR 1.4m"
    assert facts["Fill the gap: Led ___ people across 3 sites"].answer == "45"
    assert record_facts(None) == [] and record_facts({"resume": "nonsense"}) == []


def test_record_facts_tolerate_odd_shapes() -> None:
    odd = {"resume": {"roles": [{"title": "CEO"}, "junk", {"employer": "X"}],
                      "achievements": ["No numbers here", {"text": "Grew 2019 sales 40%"}, 7]}}
    prompts = [fact.prompt for fact in record_facts(odd)]
    assert prompts == ["Fill the gap: Grew 2019 sales ___"]


def test_a_paragraph_long_achievement_is_asked_one_sentence_at_a_time() -> None:
    # A résumé paragraph longer than a card's prompt had stopped the brief with "too long".
    paragraph = ("FIELD SUPPORT: As head of the regional service desk, supervise nine analysts "
                 "and direct the daily work of 14 contractor staff for about 2,400 users. "
                 + "Write plans, approve leave and coach new starters through their first year. " * 4
                 + "Cut ticket backlog by 35% within a year.")
    facts = record_facts({"resume": {"achievements": [paragraph]}})
    assert [fact.prompt for fact in facts] == [
        "Fill the gap: FIELD SUPPORT: As head of the regional service desk, supervise nine "
        "analysts and direct the daily work of ___ contractor staff for about 2,400 users."]
    assert cloze("Raised $3.1M in grants. Grew 40%.") == ("Raised ___ in grants.", "$3.1M")
    assert cloze("x " * 200 + "sold 12 units") is None


def test_cloze_skips_years_and_readable_date_formats() -> None:
    assert cloze("In 2019 we grew 40%") == ("In 2019 we grew ___", "40%")
    assert cloze("No numbers") is None
    assert readable_date("2019-03") == "March 2019"
    assert readable_date("2019-03-15") == "March 2019"
    assert readable_date("03/2019") == "March 2019"
    assert readable_date("2019") == "2019"
    assert readable_date(None) == ""


def test_question_text_adds_the_company_to_a_bare_prompt() -> None:
    assert question_text("Founded", "Hanse") == "Hanse: Founded?"
    assert question_text("Who is the CEO?", "Hanse") == "Who is the CEO?"
    assert question_text("Fill the gap: Led ___ people", "Hanse") == "Fill the gap: Led ___ people"


def test_record_facts_read_the_fit_engines_quote_and_value_items() -> None:
    fit = {"resume": {
        "roles": [{"title": "Operations Manager", "employer": "Grootmarkt", "start": "2019-04",
                   "end": "present", "months": 92}],
        "team_sizes": [{"value": 25, "quote": "Lead a team of 25 staff through three managers."}],
        "budgets": [{"value": 3100000, "quote": "Manage the site budget of €3.1M.",
                     "kind": "budget", "currency": "EUR"}],
        "achievements": ["Cut lost-time injuries by 45% in two years."],
    }}
    answers = {fact.prompt: fact.answer for fact in record_facts(fit)}
    assert answers["When did you start as Operations Manager at Grootmarkt?"] == "April 2019"
    assert answers["Fill the gap: Lead a team of ___ staff through three managers."] == "25"
    assert answers["Fill the gap: Manage the site budget of ___."] == "€3.1M"
    assert answers["Fill the gap: Cut lost-time injuries by ___ in two years."] == "45%"
    assert check_answer("3.1 million euros", "€3.1M").correct
