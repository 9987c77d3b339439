"""The verdict head fitted on rounds 1–22: the leave-one-round-out benchmark reads every
development round and no later one, the rebuilt head, basis and ranker belong together, and the
shipped head on the real embedding never calls strong a requirement the résumé shows at a smaller
scale, a lower rung or not at all, while a plainly met one is not called missing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.fit.conftest import TODAY

from poise.analysis import nlp
from poise.fit.evidence_rank import shipped_ranker
from poise.fit.match import NONE, STRONG
from poise.fit.result import assess
from poise.fit.verdict_basis import shipped_basis
from poise.fit.verdict_features import FEATURES
from poise.fit.verdict_head import shipped_verdict_head

ROOT = Path(__file__).resolve().parents[2]

RESUME = """# Priya Nandakumar
Manchester, UK · priya@example.org

## Experience
Operations Manager, Calder Valley Foods Ltd, Manchester, 2015 – present
- Lead 45 operators and four shift leaders across two production lines.
- Manage an annual operating budget of £3m.
- Cut waste by 14% through a lean programme run with the shift teams.

Production Supervisor, Calder Valley Foods Ltd, Manchester, 2010 – 2015
- Ran the night shift of 20 operators on the bakery line.

## Education
- BSc Food Science, University of Leeds, 2009
"""


def _verdicts(*requirements: str) -> list[str]:
    job = "# Head of Operations\n\n## Requirements\n" + "".join(
        f"- {text}\n" for text in requirements)
    fit = assess(job, RESUME, embed=nlp.embedder().embed, today=TODAY)
    return [match.strength for match in fit.matches]


def test_the_benchmark_reads_round_22() -> None:
    # Rounds 1-23 since round 23 joined (tests/fit/test_line_shows24.py).
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from verdict_loro import ROUNDS

    assert ROUNDS["round 22"] == ROOT / "benchmarks" / "blind" / "round22" / "fit"


def test_the_rebuilt_head_basis_and_ranker_are_read_on_the_same_model() -> None:
    head, basis, ranker = shipped_verdict_head(), shipped_basis(), shipped_ranker()
    assert head is not None and basis is not None and ranker is not None
    assert head.reads(len(FEATURES))
    assert head.fingerprint == basis.fingerprint == nlp.embedding_fingerprint()


@pytest.mark.parametrize("asked", [
    "Lead a team of 400 operators across several sites",       # 45 shown: a smaller scale
    "Manage an operating budget of £40m",                       # £3m shown: a smaller scale
    "A master's degree in food science or engineering",         # a bachelor's: a lower rung
    "Lean Six Sigma Black Belt certification",                  # never named
])
def test_the_shipped_head_never_calls_a_shortfall_strong(asked: str) -> None:
    assert _verdicts(asked) != [STRONG]


def test_the_shipped_head_does_not_call_a_plainly_met_requirement_missing() -> None:
    assert NONE not in _verdicts("Experience leading production teams in food manufacturing",
                                 "A degree in food science")
