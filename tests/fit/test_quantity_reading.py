"""Quantities a résumé line states: people led after a counted group of leaders, money in a
currency written as one letter before a scale word, and profit figures kept apart from budgets."""

from __future__ import annotations

from poise.fit.job_reader import read_job
from poise.fit.ladders import reports_rank
from poise.fit.lexicon import patterns_for
from poise.fit.quantities import amounts_in, figure_ratio, percents_in, team_sizes_in


def test_people_after_a_counted_group_of_leaders_are_the_team() -> None:
    patterns = patterns_for()
    line = "Run 4 shift supervisors, 58 operatives over three depots"
    assert team_sizes_in(line, patterns) == [58.0]
    # the leaders are counted as led: a team leader's rank or above
    assert reports_rank(line, patterns, counted=True) >= 1
    assert reports_rank("Oversee 2 team leads and 19 advisers", patterns, counted=True) >= 1
    # a count of things, not people, after the verb still leaves the people as the team
    assert team_sizes_in("Led 2 migrations, 14 engineers", patterns) == [14.0]
    # no people noun: no team
    assert team_sizes_in("Run 4 shift supervisors, 58 vans", patterns) == []


def test_a_one_letter_currency_needs_a_scale_word() -> None:
    assert amounts_in("Held an operating budget of R230 million") == [(230e6, "ZAR", "budget")]
    assert amounts_in("Capital plan R 1.5bn over five years")[0][:2] == (1.5e9, "ZAR")
    assert amounts_in("Filed form R2 and the R&D 5m claim") == []


def test_a_profit_figure_is_not_a_budget() -> None:
    assert amounts_in("Grew EBITDA to €14m, ahead of budget") == [(14e6, "EUR", "profit")]
    assert amounts_in("Operating profit of £3.2m against plan")[0][2] == "profit"
    assert amounts_in("Budget of £3.2m for the new depot")[0][2] == "budget"
    assert amounts_in("Full P&L of $60m")[0][2] == "pnl"


def test_basis_points_and_percentage_points_are_percentages() -> None:
    assert percents_in("Lifted net margin 250 bps and cut returns by 4%") == [2.5, 4.0]
    assert percents_in("Grew share by 1.5 percentage points; churn 7,5 %") == [1.5, 7.5]
    # a margin target in points compared with a record in basis points
    assert figure_ratio("Raise contribution margin by 4 percentage points",
                        ["Improved contribution margin 200 basis points in a year"]) == 0.5
    job = read_job("# Head of Revenue\n\n## Requirements\n- Improve gross margin by 150 bps\n")
    assert job.requirements[0].numbers["percent"] == 1.5


def test_millions_written_mn_are_money() -> None:
    assert [value for value, _, _ in amounts_in("a portfolio of USD 30 Mn+ annual revenue")] == [30e6]
    assert amounts_in("USD 22 Mn (approx. ₹ 180 crore)")[0][:2] == (22e6, "USD")
