"""Asked for a figure, or pressed for one (salary.evasive): an answer that gives no figure of its
own pay is named even when its story carries head counts, shares or savings, more gently when
the question was put only once; a figure or a range in any form, with or without a currency, is
never called evasive (analysis/pay_figure.py, ``pay_numbers``), and a salary question that asks
no sum ("Would you take a pay cut?") asks for no figure (``figure_asked``). Every text is written
for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.pay_figure import figure_asked, pay_figures, pay_numbers
from poise.analysis.report import Finding
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


def _finding(question: str, answer: str) -> Finding | None:
    report = analyse(question, answer, context=AnalysisContext(family="salary"))
    return next((finding for finding in report.findings if finding.rule == RULE), None)


TURNED_BACK = ("I'd like to hear the band you have in mind first, and then we can see whether "
               "we're close. The scope matters more to me than the money.")


def test_asked_once_and_only_turned_back_is_named_more_gently_than_when_pressed() -> None:
    asked = _finding("What salary are you looking for?", TURNED_BACK)
    pressed = _finding(PRESSED, TURNED_BACK)
    assert asked is not None and pressed is not None
    assert asked.message == "Asked for your figure, the answer gives none"
    assert pressed.message == "Pressed for a figure, the answer still gives none"
    assert asked.evidence[0].quote.startswith("I'd like to hear the band")  # the pay is named there


@pytest.mark.parametrize("question", [
    "Would you take a pay cut to come and work for a charity?",
    "You're asking for more than the last person in this seat. What makes you think you're worth it?",
    "How do you feel about a lower base and a bigger bonus?",
])
def test_a_salary_question_that_asks_no_figure_is_not_answered_evasively(question: str) -> None:
    assert not figure_asked(parse(question).sentences)
    assert _finding(question, TURNED_BACK) is None


@pytest.mark.parametrize("question", [
    "Let's talk money. What are you expecting for this role?",
    "What would it take to get you to move?",
    "How much do you want?",
    "We need your expectation before the panel. What is it?",
])
def test_a_question_that_asks_for_a_sum_is_read_as_one(question: str) -> None:
    assert figure_asked(parse(question).sentences)


def test_asked_once_a_turn_back_with_its_range_ready_is_fair() -> None:
    answer = ("I have looked at what roles of this scope pay and I will give you my figure in a "
              "moment. First, how is the package structured?")
    assert _finding("What salary are you looking for?", answer) is None
    assert _finding(PRESSED, answer) is not None


def test_a_change_told_in_the_story_is_no_researched_range() -> None:
    answer = ("The market knows my record well. Occupancy went from 86 to 94 percent on my watch. "
              "I'd rather see your whole package before I name anything.")
    assert _finding(PRESSED, answer) is not None
