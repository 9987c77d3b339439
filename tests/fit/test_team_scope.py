"""A team asked with no size: met only at the rung and the scale asked. A team led as its team
leader does not meet a team of managers; a plant's head-count under a word of leading is the scale
asked. The near-misses must stay as they were: a requirement that asks any team is met by any team,
a smaller team stays partial, a lower rung of a certificate stays partial, and no head lifts a
team shown short to strong (the shortfall cap)."""

from __future__ import annotations

from dataclasses import replace

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_resume
from poise.fit.job_reader import read_job
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import patterns_for
from poise.fit.match import (
    PARTIAL,
    STRONG,
    Match,
    asked_leader_rank,
    match_one,
    shown_leader_rank,
    similarity,
)
from poise.fit.shortfall import cap

TEAM_LEADER = """# Sam Ortiz
Leeds, UK · sam@example.org

## Experience
Team Leader, Halden Freight, Leeds, 2018 – present
- Led a team of 8 warehouse operatives across two shifts.

Warehouse Operative, Tollard Logistics, Leeds, 2012 – 2018
- Picked and packed orders for retail clients.
"""

MANAGER_OF_MANAGERS = """# Ada Lenz
Leeds, UK · ada@example.org

## Experience
Operations Manager, Halden Freight, Leeds, 2016 – present
- Led a team of 85 staff through four team leaders across three shifts.

Team Leader, Tollard Logistics, Leeds, 2010 – 2016
- Led a team of 12 warehouse operatives.
"""


def _match(requirement: str, resume_text: str) -> tuple[Match, object, object]:
    patterns = patterns_for()
    job = read_job(f"# Head of Operations\n\n## Requirements\n- {requirement}\n")
    resume = read_resume(resume_text, today=TODAY)
    sim = similarity(job, resume, hash_embed)
    return match_one(job.requirements[0], resume, sim, patterns), job, resume


def _team(match: Match) -> str:
    found = [verdict for verdict in match.verdicts if verdict.kind == "scope_team"]
    assert found, match.verdicts
    return found[0].strength


def test_a_team_leader_does_not_meet_a_team_of_managers() -> None:
    match, _, _ = _match("Lead a team of managers and supervisors across the network.", TEAM_LEADER)
    assert _team(match) == PARTIAL
    assert match.strength != STRONG
    team = next(verdict for verdict in match.verdicts if verdict.kind == "scope_team")
    assert "team leader" in team.missing and "manager of managers" in team.missing


def test_a_manager_of_managers_meets_a_team_of_managers() -> None:
    match, _, _ = _match("Lead a team of managers and supervisors across the network.",
                         MANAGER_OF_MANAGERS)
    assert _team(match) == STRONG


def test_a_team_asked_at_no_level_is_met_by_any_team() -> None:
    # Near-miss: no one is named by title, so the team leader's eight meet it.
    match, _, _ = _match("Experience managing a team and developing its people.", TEAM_LEADER)
    assert _team(match) == STRONG


def test_a_plain_team_leader_is_not_a_leader_of_leaders() -> None:
    patterns = patterns_for()
    asked = asked_leader_rank("Experience leading managers who lead their own teams.", patterns)
    resume = read_resume(TEAM_LEADER, today=TODAY)
    line = resume.line(resume.team_sizes[0].line)
    assert shown_leader_rank(resume, patterns, line) < asked
    richer = read_resume(MANAGER_OF_MANAGERS, today=TODAY)
    biggest = max(richer.team_sizes, key=lambda item: item.value)
    assert shown_leader_rank(richer, patterns, richer.line(biggest.line)) >= asked
    # Naming no one by title asks no rung.
    assert asked_leader_rank("Lead a high-performing team.", patterns) == -1
    # Leaders of leaders are led from their own rung: a director leads heads of function, and
    # managers are led from one rung above them.
    assert asked_leader_rank("Lead a team of directors.", patterns) == leadership_rank(
        "head_or_director", patterns)
    assert asked_leader_rank("Lead a team of managers.", patterns) == leadership_rank(
        "manager_of_managers", patterns)


def test_a_head_count_under_a_word_of_leading_is_the_scale_asked() -> None:
    match, _, _ = _match("Lead the distribution centre with 450 employees on three shifts.",
                         MANAGER_OF_MANAGERS)
    assert _team(match) == PARTIAL
    team = next(verdict for verdict in match.verdicts if verdict.kind == "scope_team")
    assert "85" in team.missing and "450" in team.missing
    # Near-miss: a centre the size of the team led is met.
    met, _, _ = _match("Lead the distribution centre with 80 employees on three shifts.",
                       MANAGER_OF_MANAGERS)
    assert _team(met) == STRONG


def test_a_smaller_team_stays_partial() -> None:
    match, _, _ = _match("Lead a team of 150 warehouse staff.", MANAGER_OF_MANAGERS)
    assert _team(match) == PARTIAL
    assert match.strength != STRONG


def test_a_lower_rung_stays_partial() -> None:
    resume = MANAGER_OF_MANAGERS + "\n## Certifications\n- Lean Six Sigma Green Belt (2019)\n"
    match, _, _ = _match("Lean Six Sigma Black Belt certification required.", resume)
    assert match.strength == PARTIAL


def test_no_head_lifts_a_team_led_below_the_rung_asked() -> None:
    match, job, resume = _match("Lead a team of managers and supervisors across the network.",
                                TEAM_LEADER)
    lifted = replace(match, strength=STRONG, missing="")  # what a head might weigh it as
    capped = cap(job.requirements, (lifted,), resume, patterns_for())
    assert capped[0].strength == PARTIAL
