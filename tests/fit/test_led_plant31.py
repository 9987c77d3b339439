"""A leading verb whose own object is the plant or site with its people reads those people as
the team led; a company merely named with its size does not."""

from __future__ import annotations

import pytest

from poise.fit.lexicon import patterns_for
from poise.fit.quantities import team_sizes_in


@pytest.mark.parametrize("line, size", [
    ("Lead the harbour plant with 3,800 operators on three shifts", 3800.0),
    ("Ran the north site with 310 staff and two shift managers", 310.0),
])
def test_the_place_led_with_its_people_is_the_team(line: str, size: float) -> None:
    assert size in team_sizes_in(line, patterns_for(None))


@pytest.mark.parametrize("line", [
    "Joined a group with 5,000 staff as a category buyer",
    "Partnered with a plant with 900 operators on a joint audit",
    "Managed supplier relations with a factory with 800 workers",
])
def test_a_place_named_with_its_size_is_no_team_led(line: str) -> None:
    # near misses: the verb leads something else, or nothing
    assert team_sizes_in(line, patterns_for(None)) == []
    assert team_sizes_in(line, patterns_for(None), loose=True) == []
