"""Money in one currency: amounts in different currencies are converted at the fixed reference
rates (content/fit/currencies.yaml) before a budget or a savings record is compared with what the
job asks, and the concern shows the candidate's own figure with the approximate converted one."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pydantic import ValidationError
from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.content.schema import FitCurrenciesFile
from poise.fit.currency import converted, in_reference, money_beside
from poise.fit.lexicon import fit_content, patterns_for
from poise.fit.quantities import CURRENCY, CURRENCY_NAMES
from poise.fit.result import assess


def _rates() -> FitCurrenciesFile:
    return fit_content(knowledge_base()).currencies


def test_the_rates_are_dated_approximate_and_cover_every_currency_the_reader_names() -> None:
    rates = _rates()
    assert rates.as_of.year >= 2024 and "approximate" in rates.note.lower()
    named = set(CURRENCY_NAMES.values()) | set(re.findall(r"\b[A-Z]{3}\b", CURRENCY))
    assert named <= set(rates.rates)


@pytest.mark.parametrize("change", [
    {"rates": {"USD": 1.1, "EUR": 1.17}},          # the reference must be worth 1
    {"rates": {"USD": 1.0, "EUR": -1.0}},          # no negative rate
    {"note": "Rates from mid-2025."},              # the note says they are approximate
    {"rates": {"USD": 1.0, "euro": 1.17}},         # codes, not names
])
def test_a_broken_rates_file_is_refused(change: dict[str, object]) -> None:
    data: dict[str, object] = {"as_of": date(2025, 7, 1), "note": "Approximate rates.",
                               "reference": "USD", "rates": {"USD": 1.0, "EUR": 1.17}}
    data.update(change)
    with pytest.raises(ValidationError):
        FitCurrenciesFile(**data)


def test_amounts_convert_only_when_both_currencies_are_known() -> None:
    rates = _rates()
    euros_in_pounds = converted(22e6, "EUR", "GBP", rates)
    assert 17e6 < euros_in_pounds < 21e6
    assert converted(22e6, "EUR", "", rates) == 22e6           # the ask names no currency
    assert converted(22e6, "", "GBP", rates) == 22e6
    assert converted(22e6, "EUR", "EUR", rates) == 22e6
    assert converted(22e6, "XYZ", "GBP", rates) == 22e6        # a currency the rates lack
    assert in_reference(82e6, "MYR", rates) < in_reference(60e6, "USD", rates)


def test_a_bare_dollar_is_never_converted_to_another_dollar() -> None:
    rates = _rates()  # "$" is read as USD, but an Australian advert writes its dollar the same way
    assert converted(48e6, "USD", "AUD", rates) == 48e6
    assert converted(22e6, "NZD", "USD", rates) == 22e6
    assert converted(22e6, "NZD", "AUD", rates) != 22e6        # both named: converted


def test_the_candidates_figure_stays_in_its_own_currency_with_the_converted_one_beside_it() -> None:
    rates = _rates()
    assert money_beside(22e6, "EUR", "GBP", rates) == "€22M (about £18.9M)"
    assert money_beside(22e6, "EUR", "EUR", rates) == "€22M"
    assert money_beside(22e6, "NZD", "", rates) == "NZ$22M"


RESUME_EUROS = """# Aoife Byrne
Dublin, Ireland

## Experience
### Head of Operations — Lifford Logistics, Dublin, Ireland
Jan 2016 – present
- Manage an operating budget of €22 million across three sites.
- Delivered €4.5 million of annualised cost savings through a labour-model redesign.
"""


def _kinds_and_titles(job: str, resume: str) -> dict[str, str]:
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    return {concern.kind: concern.title for concern in concerns}


def test_a_budget_in_euros_is_compared_with_one_in_pounds_after_conversion() -> None:
    # £30M against €22M: raw, 30/22 is no step up (under 1.5); at the rates €22M is about
    # £18.9M, and £30M is a step up.
    job = ("# Head of Operations\n\n## The role\n- Own an operating budget of £30m across the "
           "network.\n\n## Requirements\n- Experience running warehouse operations.\n")
    found = _kinds_and_titles(job, RESUME_EUROS)
    assert "scope_step_up" in found
    assert "€22M (about £18.9M) → £30M" in found["scope_step_up"]


def test_a_budget_within_reach_after_conversion_is_no_step_up() -> None:
    # $30M against €22M: raw, 30/22 is no step up; at the rates €22M is about $25.7M: none either.
    job = ("# Head of Operations\n\n## The role\n- Own an operating budget of USD 30 million across "
           "the network.\n\n## Requirements\n- Experience running warehouse operations.\n")
    assert "scope_step_up" not in _kinds_and_titles(job, RESUME_EUROS)


def test_a_savings_target_in_pounds_is_judged_against_a_record_in_euros() -> None:
    # £6M against €4.5M: raw, 6/4.5 is no savings concern; at the rates €4.5M is about £3.9M.
    job = ("# Head of Operations\n\n## The role\n- Deliver a £6m cost-reduction programme over the "
           "next 24 months.\n\n## Requirements\n- Experience running warehouse operations.\n")
    found = _kinds_and_titles(job, RESUME_EUROS)
    assert "savings_target" in found
    assert "€4.5M (about £3.9M)" in found["savings_target"]


def test_a_hyphenated_cost_reduction_programme_is_a_savings_line() -> None:
    patterns = patterns_for(knowledge_base())
    assert "savings" in patterns.kinds_of("Deliver a £6m cost-reduction programme over two years")
    assert "savings" in patterns.kinds_of("Lead an efficiency programme across the sites")
