"""A line under a role's header that describes the employer ("Tier-1 supplier, revenue EUR 1.2
bn, 4,500 employees") gives the organisation's size, not the candidate's team or budget (issue
12: a quantity compared with the wrong number)."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.extract import read_resume
from poise.fit.resume_reader import describes_employer

RESUME = """# Ada Lenz
Leeds, UK · ada@example.org

## Experience
Head of Supply Chain, Halden Components, Leeds, 2019 – present
Tier-1 automotive supplier, revenue EUR 1.2 bn, 4,500 employees
- Lead a team of 35 planners and buyers through three managers.
- Own a logistics budget of EUR 14m.

Operations Manager, Tollard Foods, York, 2012 – 2019
Span of control: 4 managers, 180 employees
- Ran two warehouses.
"""


def test_an_employer_description_is_not_the_candidate_s_scope() -> None:
    resume = read_resume(RESUME, today=TODAY)
    teams = sorted(item.value for item in resume.team_sizes)
    assert 4500 not in teams
    assert 35 in teams
    budgets = [item.value for item in resume.budgets]
    assert max(budgets) < 100e6  # the EUR 14m budget, not the EUR 1.2 bn revenue


def test_a_line_of_the_candidate_s_own_scope_is_kept() -> None:
    resume = read_resume(RESUME, today=TODAY)
    assert 180 in {item.value for item in resume.team_sizes}
    lines = {item.text: item for item in resume.lines}
    assert describes_employer(lines["Tier-1 automotive supplier, revenue EUR 1.2 bn, 4,500 employees"],
                              resume.roles)
    assert not describes_employer(lines["Span of control: 4 managers, 180 employees"], resume.roles)
    assert not describes_employer(lines["Lead a team of 35 planners and buyers through three managers."],
                                  resume.roles)
