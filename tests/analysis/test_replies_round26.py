"""Concern replies, unfair advantage and the outcome strength's quote: a step booked with a
date counts as a plan without a modal (analysis/scheduled.py), a holding of the record with its
size counts as evidence (analysis/gap_evidence.py), conduct that keeps something off a record,
undercuts a rival's passed-on price or contains news with a story is heard as unethical
(analysis/advantage.py), and "Puts a number on the outcome" quotes the clause the figure measures
(analysis/measured_clause.py). Sentences written for these tests; each behaviour is checked both
ways."""

from __future__ import annotations

import itertools

import pytest

from poise.analysis import advantage, gap_evidence
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.scheduled import scheduled_step
from poise.analysis.text import parse

CONCERN = AnalysisContext(phase="concern_reply")
GAP = "Is there anything that gives you pause? — Yes. You have never managed a P&L, and this role owns one."


def _first(text: str):  # type: ignore[no-untyped-def]
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "I start the management accounting course from January.",
    "I'm starting the finance course in March.",
    "I've booked a place on the September cohort of the finance course.",
    "I'm meeting your finance director next week.",
    "I join the controllers' forum from my first month.",
])
def test_a_step_booked_with_a_date_is_a_plan(text: str) -> None:
    assert scheduled_step(_first(text))


@pytest.mark.parametrize("text", [
    "Every January I set targets for the team.",  # a routine
    "I always start with the numbers in my first week.",
    "I started the course in January 2019.",  # told as past
    "I don't start until March.",  # denied
    "I work in finance since June.",  # a state since, not a step ahead
    "I caught myself redoing a quote in March, so I ask my team to flag it.",  # a practice since
    "I have led budgets in March.",
    "I love spring.",
])
def test_a_routine_a_past_or_a_denial_is_no_booked_step(text: str) -> None:
    assert not scheduled_step(_first(text))


def _rules(question: str, answer: str) -> set[str]:
    return {finding.rule for finding in analyse(question, answer, context=CONCERN).findings}


def test_a_concern_reply_with_a_booked_course_has_a_plan() -> None:
    answer = ("That's fair, I haven't owned a P&L. I ran a £9m budget at Halden for three years. "
              "I start the finance for non-finance leaders course from January. Does that help?")
    assert "concern.no_plan" not in _rules(GAP, answer)


def test_a_concern_reply_with_only_a_trait_still_has_no_plan() -> None:
    answer = ("That's fair, I haven't owned a P&L. I ran a £9m budget at Halden for three years. "
              "I'm a quick learner and I love numbers. Does that help?")
    assert "concern.no_plan" in _rules(GAP, answer)


def test_a_budget_held_counts_as_evidence_for_a_pnl_gap() -> None:
    answer = ("That's a fair point. I had full budget accountability for a £30m unit, including "
              "headcount and capital. I'd sit with your CFO in my first month. Does that help?")
    assert "concern.no_evidence" not in _rules(GAP, answer)


@pytest.mark.parametrize("answer", [
    # a trait, no record
    "That's a fair point. I'm a quick learner and I love numbers. I'd sit with your CFO in my "
    "first month. Does that help?",
    # tenure alone
    "That's a fair point. I have fifteen years in this business. I'd sit with your CFO in my "
    "first month. Does that help?",
    # a sum that is not the speaker's
    "That's a fair point. My daughter's school has a £30,000 budget for its trips. I'd sit with "
    "your CFO in my first month. Does that help?",
])
def test_no_record_of_the_speakers_own_is_still_no_evidence(answer: str) -> None:
    assert "concern.no_evidence" in _rules(GAP, answer)


def test_the_stated_gap_is_what_follows_the_invitation() -> None:
    assert gap_evidence.stated_gap(GAP).startswith("Yes. You have never managed a P&L")
    assert gap_evidence.stated_gap("You have no board exposure.") == "You have no board exposure."


def _unfair(text: str) -> bool:
    sentences = list(parse(text).sentences)
    return any(advantage.kept_off_record(sent) or advantage.told_to_contain(sent)
               or advantage.rival_figure_used(sent, before)
               for before, sent in zip((None, *sentences[:-1]), sentences, strict=True))


@pytest.mark.parametrize("text", [
    "I booked the spend as maintenance rather than capital, so it never went to the investment "
    "committee.",
    "I split the laptop order into four invoices so it did not need a second signature.",
    "I had the late repairs coded as cancelled visits, which took them out of the monthly count.",
    "The buyer's assistant let slip the quote our rival had tabled. I set our price just under it.",
    "A contact at the agency shared with me the fee the other firm had put in, so I pitched ours "
    "just below it.",
    "I told the auditor the figures were still provisional so it would not get out before the "
    "vote.",
])
def test_unfair_advantage_told_plainly_is_heard(text: str) -> None:
    assert _unfair(text)


@pytest.mark.parametrize("text", [
    "We fixed the fault the same night, so it never went on the incident log.",  # no record bent
    "I moved the night loading to two hubs, so it did not need a second shift.",
    "I split the project into three phases so it did not need a second budget round.",
    "I published our list price, and the client came in just under it.",  # nobody passed a price
    "I asked the supplier for their best price and we settled just under our budget.",
    "I told the team the plan early so rumours would not spread.",  # a plan shared, not a story
    "I cleared the backlog so the complaints did not reach the ombudsman.",
    "I logged every fault on the board, so nothing went on the risk register without an owner.",
])
def test_ordinary_work_is_not_heard_as_unfair(text: str) -> None:
    assert not _unfair(text)


def test_undermining_fires_on_a_record_bent_and_not_on_a_fault_fixed() -> None:
    question = "Tell me about a time you hit a difficult target."
    bent = ("Our region was two points off the complaints target in March. I had the late "
            "repairs coded as tenant-cancelled visits, which took them out of the monthly count, "
            "and we finished the year green.")
    fixed = ("Our region was two points off the complaints target in March. I rebuilt the repair "
             "rota with the two supervisors, and the late repairs fell from 40 to 12 a month, so "
             "we finished the year green.")
    fired = lambda answer: {f.rule for f in analyse(question, answer, context=AnalysisContext()).findings}  # noqa: E731
    assert "tone.undermining" in fired(bent)
    assert "tone.undermining" not in fired(fixed)


def _outcome_quotes(question: str, answer: str) -> list[str]:
    report = analyse(question, answer, context=AnalysisContext())
    return [item.quote for strength in report.strengths
            if strength.what == "Puts a number on the outcome" for item in strength.evidence]


def test_the_outcome_number_is_quoted_with_its_clause() -> None:
    quotes = _outcome_quotes(
        "Tell me about a time you improved a service.",
        "In 2022 our complaints were rising. I rebuilt the triage rota with the two team leads and "
        "retrained the night staff. Complaints fell 40% in a quarter, and the waiting list dropped "
        "from 300 to 120 by March.")
    assert "Complaints fell 40% in a quarter" in quotes
    assert all(quote not in {"40%", "300 to 120"} for quote in quotes)
    # the clause, not the whole sentence: the second result is its own quote
    assert not any("waiting list" in quote and "Complaints" in quote for quote in quotes)


def test_no_outcome_number_no_clause_quoted() -> None:
    assert not _outcome_quotes(
        "Tell me about a time you improved a service.",
        "Our complaints were rising. I rebuilt the triage rota with the team leads and retrained "
        "the night staff. The team felt better about the work afterwards.")


def test_pairs_read_in_order() -> None:
    sentences = list(parse("He let slip their floor price. I set ours just under it.").sentences)
    heard = [advantage.rival_figure_used(sent, before)
             for before, sent in itertools.pairwise([None, *sentences])]
    assert heard == [False, True]


def test_the_concern_rubric_reads_the_holding_and_the_booked_step_as_moves() -> None:
    answer = ("That's a fair point, I haven't owned a P&L outright. I had full budget "
              "accountability for a £30m unit, including headcount and capital. I start the "
              "finance for non-finance leaders course from January. Does that address it?")
    report = analyse(GAP, answer, context=CONCERN)
    handling = report.dimension("family")
    quoted = " ".join(item.quote for item in handling.evidence)
    assert handling.score == 5
    assert "£30m unit" in quoted
    assert report.dimension("structure").score == 5


def test_the_concern_rubric_still_misses_evidence_when_only_a_trait_is_given() -> None:
    answer = ("That's a fair point, I haven't owned a P&L outright. I'm a quick learner and I love "
              "numbers. I start the finance course from January. Does that address it?")
    report = analyse(GAP, answer, context=CONCERN)
    assert report.dimension("family").score < 5
