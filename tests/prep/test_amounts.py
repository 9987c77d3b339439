"""Amounts are read one way for the CLI and the web: "95k", "95,000", "€95.000"..."""

from __future__ import annotations

import pytest

from poise.errors import InputError
from poise.prep.salary import check_range, parse_amount


@pytest.mark.parametrize(("text", "value"), [
    ("95000", 95_000), ("95,000", 95_000), ("95.000", 95_000), ("€95.000", 95_000),
    ("95k", 95_000), ("95 K", 95_000), ("1.2m", 1_200_000), ("£80,000", 80_000),
    ("GBP 80k", 80_000), ("$120,000/year", 120_000), ("1,250,000", 1_250_000), ("87.5k", 87_500),
    ("95 000", 95_000),
])
def test_amounts_as_people_type_them(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "ninety", "95kk", "12-15k", "1.2.3"])
def test_what_is_not_an_amount_names_its_field(text: str) -> None:
    with pytest.raises(InputError) as error:
        parse_amount(text, field="high")
    assert error.value.field == "high"


def test_range_errors_name_their_field() -> None:
    with pytest.raises(InputError) as error:
        check_range(100, 90, "EUR", "Hays")
    assert error.value.field == "low"
    with pytest.raises(InputError) as error:
        check_range(90, 100, "EURO", "Hays")
    assert error.value.field == "currency"
    with pytest.raises(InputError) as error:
        check_range(90, 100, "EUR", " ")
    assert error.value.field == "source"
