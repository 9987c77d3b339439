"""Rates compared with what a requirement asks: a percentage the résumé states for the same measure
at a worse level (lower where a floor is asked, higher where a ceiling is) keeps the requirement
below strong; a change, a baseline, another measure or a level met is no shortfall."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap, rates_in, shortfalls

RESUME = """# Sam Okafor
Leeds, UK

## Experience
Logistics Director, Harlow Stores plc, Leeds, 2017 – present
- Raised in-stock availability to 95% across 210 stores.
- Held on-time delivery at 99% through two peak seasons.
- Brought warehouse staff turnover down to 18% a year.
- Cut transport costs by 12% in two years.
- Led a team of 48 across three sites.
- Held a £35m operating budget.

## Certifications
PRINCE2 Foundation
"""


def _requirement(text: str):
    return read_job("# Supply Chain VP\n\n## Requirements\n" + f"- {text}\n").requirements[0]


def _shortfalls(text: str) -> list[str]:
    return shortfalls(_requirement(text), read_resume(RESUME, today=TODAY), patterns_for())


def test_a_rate_names_what_it_measures_and_whether_it_is_a_ceiling() -> None:
    assert rates_in("Improve in-stock to 97.5%") == [(97.5, frozenset({"in-stock"}), False)]
    (value, measure, ceiling), = rates_in("Keep staff turnover below 12%")
    assert (value, ceiling) == (12.0, True) and "turnover" in measure
    assert rates_in("Cut transport costs by 12%") == []


@pytest.mark.parametrize(
    ("text", "short"),
    [("Improve in-stock to 97.5% across the estate", "in-stock at 95% shown; 97.5% asked"),
     ("Keep staff turnover below 12%", "turnover at 18% shown; 12% asked"),
     ("Lead a supply chain team of 140 people", "a team of 48 shown; 140 asked"),
     ("Own a budget of £80m", "a budget of £35M shown; £80M asked"),
     ("PRINCE2 Practitioner certification", "PRINCE2 Foundation shown; PRINCE2 Practitioner asked")])
def test_a_smaller_figure_a_worse_rate_or_a_lower_rung_is_a_shortfall(text: str, short: str) -> None:
    assert any(short in found for found in _shortfalls(text))


@pytest.mark.parametrize(
    "text",
    ["Improve on-time delivery to 98%",                 # met: 99% shown
     "Keep staff turnover below 20%",                   # met: 18% shown, a ceiling
     "Cut operating costs by 15%",                      # a change asked, not a level
     "Raise in-stock from 90% to 97%",                  # a change from a baseline: a duty of the post
     "Cut staff turnover from 24% to below 15%",        # the same, towards a ceiling
     "Grow online sales to 30% of revenue",             # a measure the résumé gives no rate for
     "Improve in-stock to 97% or equivalent service level"])  # a choice
def test_a_rate_met_a_change_or_another_measure_is_no_shortfall(text: str) -> None:
    assert not [found for found in _shortfalls(text) if "%" in found]


def test_a_strong_verdict_on_a_worse_rate_becomes_partial_and_says_why() -> None:
    requirement = _requirement("Improve in-stock to 97.5% across the estate")
    strong = Match(requirement.id, STRONG, "Raised in-stock availability to 95%", "Shown.", 0.9)
    (capped,) = cap((requirement,), (strong,), read_resume(RESUME, today=TODAY), patterns_for())
    assert capped.strength == PARTIAL
    assert "95% shown; 97.5% asked" in capped.missing
