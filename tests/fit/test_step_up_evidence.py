"""A step-up answer argues from the line that shows the figure it names (the largest team), or
from nothing: never from a smaller team or an unrelated result told instead; and a résumé clause
that gives the size after a semicolon keeps it when told."""

from __future__ import annotations

import re

import pytest

from poise.fit.concerns.wording import first_person_clause
from poise.services.fit import build_fit

JOB = """# Director of Operations

## Requirements
- Lead an operations organisation of 3,000 staff across 12 sites
- Experience of multi-site operations
- Strong stakeholder management with regulators and unions
- Proven track record of cost reduction
"""

RESUME = """# Ines Calloway
Leeds, UK | ines@example.org

## Experience

**Operations Director** — Brackwater Foods (2019 – present)
- Lead 7 site managers; ~1,150 staff across 5 plants
- Cut conversion cost by 11% in two years through a lean programme
- Led a team of 4 analysts building the weekly operations dashboard

**Plant Manager** — Tollgate Dairy (2012 – 2019)
- Ran a plant of 240 staff on three shifts
- Negotiated the site's first three-year pay deal with the union
"""


@pytest.fixture(scope="module")
def answers() -> dict[str, str]:
    fit = build_fit(JOB, RESUME).to_dict()
    return {concern["kind"]: concern["draft"] for concern in fit["concerns"] if concern.get("draft")}


def test_the_step_up_argues_from_the_team_it_names(answers: dict[str, str]) -> None:
    step_up = answers["scope_step_up"]
    named = re.search(r"step up from a team of ([\d,]+)", step_up)
    assert named is not None
    evidence = step_up[named.end():]
    assert named.group(1) in evidence  # the line that shows the figure, not another
    assert "4 analysts" not in step_up and "dashboard" not in step_up


@pytest.mark.parametrize(("line", "told"), [
    ("Lead 11 ward managers and 2 matrons; ~640 FTEs; budget $71M", "with about 640 FTEs"),
    ("Led 3 depot managers; approx. 400 drivers", "with about 400 drivers"),
    ("Managed 6 buyers; 1,200 suppliers", "with 1,200 suppliers"),
])
def test_a_size_after_a_semicolon_is_told_with_the_action(line: str, told: str) -> None:
    assert told in first_person_clause(line, current=True)


def test_a_year_after_a_semicolon_is_no_size() -> None:
    assert "with 2019" not in first_person_clause("Led the audit; 2019", current=False)
