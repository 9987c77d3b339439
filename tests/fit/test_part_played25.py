"""A duty's thing shown only where the candidate played a supporting part is never strong: the
part is read from the parse of the lines that name the thing, not from phrases."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match
from poise.fit.part_played import asked, part_shortfall
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap

RESUME = """# Dana Whitcombe
Bristol, UK

## Experience
Finance Director, Harrow Components, Bristol, 2019 – present
- Lead a finance team of 18 across three countries.
- Supported the group CFO with budget templates as a member of the project team.
- Closed the books monthly in five working days.
"""


def _requirement(text: str):
    job = "# Finance Director\n\n## Requirements\n" + f"- {text}\n"
    return read_job(job).requirements[0]


def _capped(text: str, resume: str = RESUME) -> Match:
    requirement = _requirement(text)
    strong = Match(requirement.id, STRONG, "Lead a finance team of 18 across three countries.",
                   "Shown.", 0.9)
    (capped,) = cap((requirement,), (strong,), read_resume(resume, today=TODAY), patterns_for())
    return capped


def test_a_budget_duty_shown_only_as_support_is_capped_and_says_what_is_asked() -> None:
    capped = _capped("Lead the annual budget cycle")
    assert capped.strength == PARTIAL
    assert "supported" in capped.missing
    assert "lead the annual budget cycle" in capped.missing


def test_a_line_holding_the_thing_itself_keeps_the_verdict() -> None:
    resume = RESUME + "- Held a £40m operating budget and set it each year.\n"
    assert _capped("Lead the annual budget cycle", resume).strength == STRONG


def test_a_duty_asking_for_support_is_not_capped_by_a_supporting_line() -> None:
    assert _capped("Support the CFO with the annual budget").strength == STRONG


def test_a_duty_whose_thing_the_resume_never_names_is_left_to_the_other_checks() -> None:
    assert _capped("Lead the treasury and cash forecasting").strength == STRONG


@pytest.mark.parametrize(
    ("line", "part"),
    [("Member of the pricing committee for the new tariff.", "member"),
     ("Exposure to tariff reviews in a regulated utility.", "exposure"),
     ("Helped the commercial lead prepare the tariff review.", "helped"),
     ("Assisted with the tariff submission to the regulator.", "assisted")],
)
def test_a_supporting_part_is_read_from_the_verb_or_noun_above_the_thing(line: str,
                                                                         part: str) -> None:
    found = part_shortfall("Own the tariff review", [line], patterns_for())
    assert f"'{part}'" in found
    assert "own the tariff review" in found


@pytest.mark.parametrize(
    "line",
    ["Led the tariff review with the regulator.",
     "Owned tariff reviews for three regions.",
     "Negotiated a tariff review while supporting the sales team."],  # support is of another thing
)
def test_a_lead_part_is_not_capped(line: str) -> None:
    assert part_shortfall("Own the tariff review", [line], patterns_for()) == ""


def test_one_line_with_a_lead_part_outweighs_a_supporting_one() -> None:
    lines = ["Supported the tariff review in 2019.", "Ran the tariff review from 2021."]
    assert part_shortfall("Own the tariff review", lines, patterns_for()) == ""


@pytest.mark.parametrize(
    "text",
    ["Budget management experience",           # no verb: not a duty with a thing acted on
     "Responsible for the annual budget",      # no verb either
     "Assist the CFO with the annual budget",  # the duty asks for a supporting part
     "Lead the team"],                         # a thing too common to tie a line to
)
def test_requirements_asking_no_lead_of_a_named_thing_are_not_read(text: str) -> None:
    assert asked(text, patterns_for()) is None
