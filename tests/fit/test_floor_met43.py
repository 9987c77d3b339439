"""Quantities asked at a floor (``poise.fit.floor_met``): read with their unit however the figure is
written, met by a recent role that states as much in the same unit (a team the candidate led,
money of the same kind, a measured unit in the same period); a smaller figure, another unit or
period, an employer's own size, a role of long ago, a choice or a figure asked that is no floor
are not; a measured quantity shown smaller caps the verdict (``poise.fit.shortfall``)."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.duty_done import decade_roles
from poise.fit.floor_met import FloorMet, asked_floors, figures_in, floor_met, measured_shortfalls
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import patterns_for
from poise.fit.match import STRONG, Match
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import shortfalls
from poise.fit.verdict_head import floor_shown

RESUME = """# Marta Ilunga
Rotterdam, Netherlands

## Profile
Terminal and logistics leader.

## Experience
Operations Director, Maasvlakte Container Terminal, Rotterdam, 2018 – present
Maasvlakte Container Terminal is a deep-sea terminal with 4,000 employees and EUR 900m revenue.
- Lead 650 staff through five operations managers and 18 shift superintendents.
- Throughput raised to 3,4 million TEU a year; quay productivity of 31 moves per crane-hour.
- Own an operating budget of EUR 85m and a capex plan of EUR 40m.
- Manage 12 outsourced stevedoring and maintenance contracts worth EUR 30 million a year.
- Ran 3 terminals and 2 inland depots.

Logistics Manager, Delta Bulk, Antwerp, 2001 – 2009
- Handled 2.5 million tonnes of dry bulk a year at the river berth.
"""


def _read():
    return read_resume(RESUME, today=TODAY)


def _met(requirement: str) -> FloorMet | None:
    read = _read()
    return floor_met(requirement, read, decade_roles(read), patterns_for())


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("volumes of 8 million units or more", 8e6, "unit"),
    ("Crush 2,9 million t in 2025", 2.9e6, "tonne"),
    ("Handled 1.500 trucks a day", 1500, "truck"),
    ("a spinning unit of 50,000+ spindles", 50_000, "spindle"),
    ("a 36,000-spindle mill", 36_000, "spindle"),
    ("throughput: 1.2m", 1.2e6, "throughput"),
    ("a budget of R5 billion or more", 5e9, "money"),
    ("a team of at least 300 people", 300, "people"),
])
def test_a_figure_is_read_with_its_unit_however_written(text: str, value: float, unit: str) -> None:
    (figure,) = figures_in(text, patterns_for())
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


def test_a_year_a_share_a_span_of_time_or_a_standard_is_no_quantity() -> None:
    patterns = patterns_for()
    assert figures_in("since 2019, with 95% on time", patterns) == []
    assert figures_in("Minimum of 7,000 total flight hours", patterns) == []
    assert figures_in("at least 10 years in operations", patterns) == []
    assert figures_in("Maintain ISO 45001 and IATF 16949 certification", patterns) == []


def test_the_period_is_read_and_kept_apart() -> None:
    patterns = patterns_for()
    (daily,) = figures_in("1,100 truckloads a day", patterns)
    (yearly,) = figures_in("64,000 t/yr", patterns)
    assert daily.period == "day"
    assert yearly.period == "year" and yearly.unit == "tonne"


def test_a_floor_is_a_bound_before_or_after_the_figure() -> None:
    patterns = patterns_for()
    assert [item.floor for item in asked_floors("at least 3 terminals", patterns)] == [True]
    assert [item.floor for item in asked_floors("8 million units or more", patterns)] == [True]
    assert [item.floor for item in asked_floors("1,000+ employees", patterns)] == [True]
    # A target is no floor; a choice is left to the head.
    assert asked_floors("Handle 3 million TEU in 2026", patterns) == []
    assert asked_floors("3 terminals or 500 staff", patterns) == []


def test_a_measured_unit_stated_above_the_floor_meets_it() -> None:
    found = _met("Experience running terminals of at least 2 million TEU a year")
    assert found is not None
    assert found.line.text.startswith("Throughput raised")


def test_a_measured_unit_below_the_floor_or_in_another_period_does_not() -> None:
    assert _met("Experience running terminals of at least 4 million TEU a year") is None
    # TEU a day are not TEU a year.
    assert _met("Experience running terminals of at least 2 million TEU a day") is None


def test_a_team_is_one_the_candidate_led_not_the_employers_size() -> None:
    assert _met("Experience leading a workforce of 500+ people") is not None
    # 4,000 employees are the terminal's, not a team led.
    assert _met("Experience leading a workforce of 1,000+ people") is None


def test_money_compares_only_with_money_of_the_same_kind() -> None:
    from poise.fit.floor_met import _comparable

    patterns = patterns_for()
    rates = patterns.content.currencies
    (budget,) = figures_in("an operating budget of at least EUR 50 million", patterns)
    (held,) = figures_in("Own an operating budget of EUR 85m", patterns)
    (revenue,) = figures_in("EUR 900m revenue", patterns)
    assert budget.kind == "budget" and _comparable(budget, held, rates) == 85e6
    assert _comparable(budget, revenue, rates) is None
    # A budget met by its figure is still weighed by the head: a budget held is not the one run as
    # the post asks.
    assert _met("Managed an operating budget of at least EUR 50 million") is None
    # The employer's revenue is no budget, and no revenue the candidate made.
    assert _met("Revenue responsibility above EUR 500 million") is None
    # An amount of no stated kind (a gift, a deal, a project) is left to the head: the part the
    # candidate played in it is what a recruiter reads.
    assert _met("Management of outsourced contracts valued at EUR 20 million or more") is None
    assert _met("Capital projects valued at EUR 20 million or more") is None


def test_an_amount_of_no_stated_kind_compares_only_with_the_value_of_the_same_thing() -> None:
    from poise.fit.floor_met import _comparable

    patterns = patterns_for()
    rates = patterns.content.currencies
    (asked,) = figures_in("outsourced contracts valued at EUR 20 million or more", patterns)
    line = "Manage 12 outsourced stevedoring and maintenance contracts worth EUR 30 million a year."
    (shown,) = [item for item in figures_in(line, patterns) if item.unit == "money"]
    assert _comparable(asked, shown, rates, frozenset({"contract", "outsourc"})) == 30e6
    (other,) = figures_in("capital projects valued at EUR 20 million or more", patterns)
    assert _comparable(other, shown, rates, frozenset({"contract", "outsourc"})) is None


def test_a_second_demand_joined_to_the_quantity_leaves_it_to_the_head() -> None:
    assert _met("Experience leading a workforce of 500+ people") is not None
    assert _met("Experience leading a workforce of 500+ people and delivering savings") is None


def test_a_role_of_long_ago_does_not_count() -> None:
    # The 2.5 million tonnes were handled before 2010.
    assert _met("Experience handling at least 2 million tonnes of bulk a year") is None


def test_every_figure_asked_must_be_a_floor_compared() -> None:
    # The ten years are a span the rule does not read: the head weighs the requirement.
    assert _met("10 years in ports, including a terminal of at least 2 million TEU a year") is None


def test_the_rule_makes_the_verdict_strong_in_apply_head() -> None:
    found = _met("Has run at least 2 terminals")
    assert found is not None
    shown = floor_shown(Match("r1", "partial", "", "", 0.5), found)
    assert shown.strength == STRONG
    assert shown.quote == "Ran 3 terminals and 2 inland depots."
    assert "at least 2" in shown.reason


def test_a_measured_quantity_shown_smaller_is_a_shortfall() -> None:
    read = _read()
    patterns = patterns_for()
    assert measured_shortfalls("Handle 5,5 million TEU a year", read, patterns) == [
        "3.4 million TEU shown; 5,5 million TEU asked"]
    assert measured_shortfalls("Handle 3 million TEU a year", read, patterns) == []
    # A unit the résumé never states is left to the head.
    assert measured_shortfalls("Handle 9 million passengers a year", read, patterns) == []
    requirement = Requirement(id="r1", text="Handle 5,5 million TEU a year", kind="other", must=True)
    assert any("5,5 million TEU" in phrase for phrase in shortfalls(requirement, read, patterns))


def test_odd_input_is_read_in_bounded_work() -> None:
    patterns = patterns_for()
    assert figures_in("", patterns) == []
    assert _met("") is None
    long = "at least 2 terminals " + "and 3 more units " * 5000
    assert len(figures_in(long, patterns)) < 100


def test_an_or_between_the_names_of_one_figure_offers_no_choice() -> None:
    patterns = patterns_for()
    assert len(asked_floors("an operating budget or capex plan of at least EUR 50 million",
                            patterns)) == 1
    assert _met("Ran terminals or inland depots of at least 2 million TEU a year") is not None
    # Two figures either way: one may be met another way, so the head weighs it.
    assert asked_floors("at least 3 terminals or 500+ staff", patterns) == []
