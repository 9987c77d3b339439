"""The verdict head reading how much of a requirement the evidence line covers and where its role
stands: a duty plainly done in the current senior role is not pulled down to partial, while a
smaller scale or a lower certificate rung stays below strong, whatever the line covers."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY

from poise.analysis import nlp
from poise.fit.match import NONE, PARTIAL, RANK, STRONG
from poise.fit.result import assess
from poise.fit.verdict_features import FEATURES
from poise.fit.verdict_head import shipped_verdict_head

RESUME = """# Ines Varga
Bristol, UK · ines@example.org

## Experience
Director of Supply Chain, Calder Home Goods Ltd, Bristol, 2018 – present
- {line}
- Lead a supply chain team of 40 across three distribution centres.

Planning Analyst, Calder Home Goods Ltd, Bristol, 2009 – 2013
- {early}

## Certifications
- {certificate}

## Education
- BSc Logistics, Cardiff University, 2008
"""


def _verdict(asked: str, line: str, *, early: str = "Prepared weekly stock reports.",
             certificate: str = "CIPS Level 4 Diploma, 2012") -> str:
    job = f"# Chief Supply Chain Officer\n\n## Requirements\n- {asked}\n"
    resume = RESUME.format(line=line, early=early, certificate=certificate)
    fit = assess(job, resume, embed=nlp.embedder().embed, today=TODAY)
    return fit.matches[0].strength


def test_the_shipped_head_reads_these_inputs() -> None:
    head = shipped_verdict_head()
    assert head is not None and head.reads(len(FEATURES))


def test_a_duty_done_in_the_current_senior_role_is_at_least_as_high_as_in_an_early_post() -> None:
    asked = "Negotiate freight contracts with carriers"
    done = "Negotiated the group's freight contracts with twelve road and sea carriers."
    now = _verdict(asked, done)
    then = _verdict(asked, "Ran the monthly stock count.", early=done)
    assert RANK[now] >= RANK[then]
    assert now != NONE


@pytest.mark.parametrize(("asked", "line"), [
    ("Lead a supply chain organisation of 400 people",
     "Led the supply chain organisation through a new warehouse system."),
    ("Own a logistics budget of £300m", "Owned a logistics budget of £12m."),
])
def test_a_smaller_scale_stays_below_strong_however_much_the_line_covers(asked: str,
                                                                          line: str) -> None:
    assert _verdict(asked, line) in (PARTIAL, NONE)


def test_a_lower_certificate_rung_stays_below_strong() -> None:
    # CIPS Level 6 asked; the résumé holds CIPS Level 4, and a line of procurement work that
    # covers the requirement's words does not lift the rung.
    verdict = _verdict("CIPS Level 6 (MCIPS) in procurement and supply",
                       "Led procurement and supply for the group's 300 suppliers.")
    assert verdict in (PARTIAL, NONE)


def test_strong_stays_a_verdict_the_head_can_give() -> None:
    verdicts = {_verdict("Experience negotiating freight contracts with carriers",
                         "Negotiated the group's freight contracts with twelve carriers."),
                _verdict("Lead a supply chain team across several distribution centres",
                         "Ran the group's distribution network.")}
    assert STRONG in verdicts
