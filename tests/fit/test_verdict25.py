"""The verdict head refitted on rounds 1–24: the rebuilt head, basis and ranker belong together,
and on adversarial pairs of résumés (one doing the duty asked, one only near it, at a smaller
scale or a lower rung) the shipped head never rates the weaker one above the stronger, never calls
a shortfall strong, and never calls a duty plainly done missing."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.analysis import nlp
from poise.fit.evidence_rank import shipped_ranker
from poise.fit.match import NONE, PARTIAL, RANK, STRONG
from poise.fit.result import assess
from poise.fit.verdict_basis import shipped_basis
from poise.fit.verdict_features import FEATURES
from poise.fit.verdict_head import shipped_verdict_head

RESUME = """# Tomasz Rybak
Leeds, UK · tomasz@example.org

## Experience
Finance Director, Harrow Lane Foods Ltd, Leeds, 2016 – present
- {line}
- Lead a finance team of 18 across two sites.

Financial Controller, Harrow Lane Foods Ltd, Leeds, 2011 – 2016
- Closed the monthly accounts and prepared the statutory accounts.

## Education
- BA Accounting and Finance, University of Sheffield, 2010
"""


def _verdict(asked: str, line: str) -> str:
    job = f"# Chief Financial Officer\n\n## Requirements\n- {asked}\n"
    fit = assess(job, RESUME.format(line=line), embed=nlp.embedder().embed, today=TODAY)
    return fit.matches[0].strength


def test_the_refitted_head_basis_and_ranker_are_read_on_the_same_model() -> None:
    head, basis, ranker = shipped_verdict_head(), shipped_basis(), shipped_ranker()
    assert head is not None and basis is not None and ranker is not None
    assert head.reads(len(FEATURES))
    assert head.fingerprint == basis.fingerprint == nlp.embedding_fingerprint()


@pytest.mark.parametrize(("asked", "done", "near"), [
    ("Lead the annual budget cycle",
     "Led the annual budget cycle for the group, from plan to board sign-off.",
     "Supported the group CFO with budget templates as a member of the project team."),
    ("Own the relationship with the company's lenders",
     "Negotiated and managed the group's banking facilities with three lenders.",
     "Attended lender meetings alongside the Chief Financial Officer."),
])
def test_a_duty_done_is_rated_at_least_as_high_as_a_part_in_it(asked: str, done: str,
                                                                near: str) -> None:
    assert RANK[_verdict(asked, done)] >= RANK[_verdict(asked, near)]
    assert _verdict(asked, done) != NONE


@pytest.mark.parametrize(("asked", "line"), [
    ("Manage a finance function of 200 people", "Led the annual budget cycle for the group."),
    ("Manage a group budget of £500m", "Managed an annual operating budget of £6m."),
    ("A master's degree in finance or accounting", "Led the annual budget cycle for the group."),
])
def test_a_smaller_scale_or_lower_rung_is_never_strong(asked: str, line: str) -> None:
    assert _verdict(asked, line) in (PARTIAL, NONE)


def test_strong_stays_a_verdict_the_head_can_give() -> None:
    assert STRONG in {_verdict("A degree in accounting or finance", "Led the budget cycle."),
                      _verdict("Experience preparing statutory accounts",
                               "Prepared the statutory accounts of the group.")}
