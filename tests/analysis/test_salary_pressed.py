"""Pressed for a number (salary.evasive): an answer that still gives no figure of its own pay is
named even when its story carries head counts, shares or savings; a figure or a range in any
form, with or without a currency, is never called evasive (analysis/pay_figure.py,
``pay_numbers``). Every text is written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.pay_figure import pay_figures, pay_numbers
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

PAY = frozenset(entry.phrase for entry in knowledge_base().lexicons["pay_words"].entries)
PRESSED = "I need a number from you today. What is your figure?"
RULE = "salary.evasive"


@pytest.mark.parametrize("text", [
    "Around 120.",
    "I'd want 120 to 130 thousand.",
    "I would be looking for about R1.8 million.",
    "My base today is 96k.",
])
def test_a_figure_given_reads_as_pay(text: str) -> None:
    assert pay_numbers(parse(text).sentences, PAY), text


@pytest.mark.parametrize("text", [
    "I run three sites and about 1,400 staff.",
    "Complaints fell by 12% in the first year.",
    "Our score rose from 71 to 83.",
    "I got overtime down from £52,000 a month to £39,000 by changing the rota.",
])
def test_a_count_a_share_or_a_change_told_is_not_pay(text: str) -> None:
    sentences = parse(text).sentences
    assert not pay_numbers(sentences, PAY), text
    assert not pay_figures(sentences, PAY), text


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="salary"))
    return set(report.rules_fired())


def test_pressed_and_no_pay_figure_among_story_numbers_is_evasive() -> None:
    answer = (
        "I run four warehouses and about 600 staff, and last year I cut picking errors by 30%. "
        "Those are the results I'd expect the package to reflect. As for a figure, I would rather "
        "not put one on the table until I have seen the whole offer."
    )
    assert RULE in _fired(PRESSED, answer)


def test_pressed_and_a_researched_range_is_not_evasive() -> None:
    answer = (
        "Fair enough. Published surveys for a role of this scope put it between 118 and 132 "
        "thousand, and I'd expect to sit in that range. How is the bonus structured?"
    )
    assert RULE not in _fired(PRESSED, answer)


def test_pressed_and_a_figure_in_a_letter_currency_is_not_evasive() -> None:
    answer = (
        "Understood. My number is a guaranteed package of R2.4 to R2.7 million, and I run two "
        "plants with 900 people today, so that is in line with the scope."
    )
    assert RULE not in _fired(PRESSED, answer)


def test_unpressed_turn_back_is_left_to_the_first_ask() -> None:
    # the first ask may be turned back once: this rule reads only an answer pressed for a number
    answer = ("I'd like to hear the band you have in mind first, and then we can see whether "
              "we're close. The scope matters more to me than the money.")
    assert RULE not in _fired("What salary are you looking for?", answer)
