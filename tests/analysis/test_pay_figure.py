"""A pay figure against a business figure (analysis/pay_figure.py), and the salary-dodge rule's
gate that reads it: an answer that refuses any figure for pay but tells the budget it runs or a
saving it made still refuses the figure; an answer that gives a figure or a range is never
called evasive. Every text is written for these tests."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.pay_figure import is_pay_figure, pay_figures
from poise.analysis.rules.sensed import GATES
from poise.analysis.text import MONEY_RE, parse
from poise.content.loader import knowledge_base

PAY = frozenset(entry.phrase for entry in knowledge_base().lexicons["pay_words"].entries)


@pytest.mark.parametrize("text", [
    "I'd be after something like 140 thousand dollars.",
    "Roughly £88,000 would do it.",
    "My current base is $132,000 and I'd want a step up from that.",
    "Last year I was paid 97k plus a bonus.",
    "Somewhere in the region of €105,000 seems right to me.",
    "I'm on €76k today.",
    "A band of $150,000 to $165,000 is where I'd land.",
])
def test_a_sum_asked_for_or_earned_is_a_pay_figure(text: str) -> None:
    assert pay_figures(parse(text).sentences, PAY), text


@pytest.mark.parametrize("text", [
    "I run a depot with a £14m budget and a fleet of sixty vans.",
    "We cut freight spend from $4.2 million to $3.5 million in eighteen months.",
    "The programme had a capital budget of €300 million over five years.",
    "By renegotiating the lease I saved the trust £450,000 a year.",
    "The site employs 12,500 people across three shifts.",
])
def test_a_budget_run_or_a_saving_told_is_not(text: str) -> None:
    assert MONEY_RE.search(text), "the sum must be one the old gate saw"
    assert pay_figures(parse(text).sentences, PAY) == [], text


def test_without_a_parse_every_sum_counts() -> None:
    sentence = parse("We cut spend by $2 million.", parse_deps=False).sentences[0]
    match = MONEY_RE.search(sentence.text)
    assert match is not None
    assert is_pay_figure(sentence, sentence.start + match.start(), sentence.start + match.end(), PAY)


def _gate(question: str, answer: str, name: str = "figure", family: str | None = "salary") -> bool:
    seen: list = []
    import importlib

    pipeline = importlib.import_module("poise.analysis.analyse")
    original = pipeline.run_rules

    def remember(rules, data, **options):  # type: ignore[no-untyped-def]
        seen.append(data)
        return original(rules, data, **options)

    pipeline.run_rules = remember
    try:
        analyse(question, answer, context=AnalysisContext(family=family))
    finally:
        pipeline.run_rules = original
    return GATES[name](seen[-1])


def test_the_gate_opens_on_a_dodge_told_beside_a_budget() -> None:
    answer = ("I lead a logistics business with a turnover of £60 million, and last year I took "
              "£3 million of cost out of the network. On the salary, I'd sooner hold off naming "
              "anything until I know more about the role.")
    assert not _gate("What salary are you looking for?", answer)


def test_the_gate_stays_shut_on_a_range_given() -> None:
    answer = ("I lead a logistics business with a turnover of £60 million. For this role I'm "
              "looking for between £115,000 and £125,000, which is in line with the survey.")
    assert _gate("What salary are you looking for?", answer)


def test_a_figure_given_is_never_called_evasive() -> None:
    answer = ("Last year I took £3 million of cost out of our network. I'd want to understand "
              "the whole package first, but I'm looking for around £120,000 base.")
    report = analyse("What salary would you need to make the move?", answer,
                     context=AnalysisContext(family="salary"))
    assert "meaning.salary_evasive" not in report.rules_fired()


PLAIN = "I'd want to look at the store footprint first, and keep plan B and plan C open."


@pytest.mark.parametrize("question", [
    "Say we handed you the whole chain tomorrow. Where do you take it in three years?",
    "What's the most pressure you've ever been under, and how did you handle it?",
    "How would you grow our product range in the north?",  # a word of pay used of another thing
])
def test_a_question_that_names_no_pay_asks_no_figure(question: str) -> None:
    assert _gate(question, PLAIN, "pay_unasked", family=None)


@pytest.mark.parametrize("question", [
    "What kind of comp are you looking for in this role?",
    "What are you earning at the moment?",
    "Where would the package need to be for you to move?",
])
def test_a_question_that_names_pay_asks_for_a_figure(question: str) -> None:
    assert not _gate(question, PLAIN, "pay_unasked", family=None)


def test_the_salary_family_asks_for_a_figure_in_any_words() -> None:
    assert not _gate("And the number?", PLAIN, "pay_unasked", family="salary")


def test_a_currency_after_the_sum_is_its_unit_not_a_thing_it_measures() -> None:
    # a researched market range said in pounds is a pay figure; a budget in pounds is not
    market = parse("From my research, directors of operations in this region earn between "
                   "95,000 and 110,000 pounds, so I'd expect the upper half of that range.")
    assert pay_figures(market.sentences, PAY) == ["95,000", "110,000"]
    assert pay_figures(parse("I ran a budget of 40 million pounds.").sentences, PAY) == []
    assert pay_figures(parse("We cut freight spend by 200,000 pounds.").sentences, PAY) == []


@pytest.mark.parametrize("text", [
    "Today I'm on a base of eighty-four thousand Canadian dollars.",
    "I'd be looking for somewhere between one hundred and five and one hundred and fifteen thousand.",
    "Forty-five thousand pounds would be my floor.",
])
def test_a_sum_said_in_words_is_a_pay_figure(text: str) -> None:
    assert pay_figures(parse(text).sentences, PAY), text


@pytest.mark.parametrize("text", [
    "The terminal turns around six thousand passengers on a busy morning.",
    "We moved nine hundred thousand tonnes through the port last year.",
    "I look after twenty-two vessels and about three hundred crew.",
])
def test_a_count_said_in_words_is_no_pay_figure(text: str) -> None:
    assert not pay_figures(parse(text).sentences, PAY), text


def test_a_sum_in_a_denied_clause_is_no_figure_given_unless_it_is_a_bound() -> None:
    haggling = "I'm not the kind of person who haggles for months about three thousand pounds."
    assert not pay_figures(parse(haggling).sentences, PAY)
    assert pay_figures(parse("I won't go below £88,000.").sentences, PAY)
    assert pay_figures(parse("I wouldn't accept less than ninety thousand dollars.").sentences, PAY)
