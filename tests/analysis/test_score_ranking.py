"""Adversarial pairs for the overall score: answers a bound holds alike still rank by what they
prove, a finding costs in proportion to its severity, and neither breaks the calibration (no 85
without quoted evidence everywhere, insufficient answers scaled down yet ranked)."""

from __future__ import annotations

import itertools

from poise.analysis.report import DimensionScore, Evidence, Finding, Strength
from poise.analysis.scoring import (
    FINDING_COST,
    HIGH_SCORE,
    LESSON,
    OUTCOME_NUMBER,
    OWN_ACTION,
    overall_score,
)

QUOTE = (Evidence(0, 5, "I cut"),)
# one dimension with nothing shown (family at 3): the bound that held answers at one plateau
ONE_GAP = {"structure": 4, "evidence": 4, "ownership": 4, "relevance": 5, "concision": 5,
           "tone": 4, "family": 3}
EVERYWHERE = {name: 4 for name in ONE_GAP}


def _dimensions(levels: dict[str, int], *, quoted: bool = True) -> tuple[DimensionScore, ...]:
    return tuple(DimensionScore(name, name, level, "", QUOTE if quoted and level > 3 else (), ())
                 for name, level in levels.items())


def _finding(severity: str, rule: str = "tone.example") -> Finding:
    return Finding(rule=rule, severity=severity, dimension="tone", message="A reason.",
                   why="", fix="", source="", evidence=QUOTE)


def _proven(*whats: str) -> tuple[Strength, ...]:
    return tuple(Strength(what, QUOTE) for what in whats)


def _score(levels: dict[str, int], *, strengths: tuple[Strength, ...] = (),
           findings: tuple[Finding, ...] = (), insufficient: bool = False) -> int:
    return overall_score(_dimensions(levels), story=False, insufficient=insufficient,
                         findings=findings, strengths=strengths)


def test_each_kind_of_proven_evidence_separates_answers_one_gap_bounds_alike() -> None:
    scores = [_score(ONE_GAP, strengths=_proven(*kinds)) for kinds in
              ((), (OWN_ACTION,), (OWN_ACTION, OUTCOME_NUMBER), (OWN_ACTION, OUTCOME_NUMBER, LESSON))]
    # no plateau at the bound: every kind proven is worth points of its own, never a tie
    assert all(later - earlier >= 3 for earlier, later in itertools.pairwise(scores))
    assert scores[-1] < HIGH_SCORE  # a dimension with nothing shown still keeps it under 85


def test_proven_evidence_outranks_more_dimensions_at_5_with_nothing_proven() -> None:
    # the weak twin reads as polished (three dimensions at 5) but proves no act, figure or lesson
    polished = {**ONE_GAP, "structure": 5, "ownership": 5, "tone": 5}
    assert _score(ONE_GAP, strengths=_proven(OWN_ACTION, OUTCOME_NUMBER)) > _score(polished)


def test_a_finding_costs_in_proportion_to_its_severity() -> None:
    clean = _score(EVERYWHERE)
    low, medium, high = (_score(EVERYWHERE, findings=(_finding(severity),))
                         for severity in ("low", "medium", "high"))
    assert clean > low > medium > high
    assert FINDING_COST["high"] == 2 * FINDING_COST["medium"] == 4 * FINDING_COST["low"]


def test_a_flawed_twin_at_a_bound_pays_the_full_cost_of_its_finding() -> None:
    # at a bound, points above it count little: the finding's own cost still separates the twins
    proven = _proven(OWN_ACTION, OUTCOME_NUMBER)
    clean = _score(ONE_GAP, strengths=proven)
    flawed = _score({**ONE_GAP, "tone": 3}, strengths=proven, findings=(_finding("medium"),))
    assert clean - flawed >= FINDING_COST["medium"]


def test_the_same_rule_found_twice_costs_once() -> None:
    once = _score(EVERYWHERE, findings=(_finding("medium"),))
    twice = _score(EVERYWHERE, findings=(_finding("medium"), _finding("medium")))
    assert once == twice


def test_proven_points_never_reach_85_without_quotes_everywhere() -> None:
    every = _proven(OWN_ACTION, OUTCOME_NUMBER, LESSON)
    top = {name: 5 for name in ONE_GAP}
    unquoted = overall_score(_dimensions(top, quoted=False), story=False, insufficient=False,
                             strengths=every)
    assert unquoted == HIGH_SCORE - 1
    assert _score(top, strengths=every) == 100


def test_only_an_answer_at_5_everywhere_scores_100() -> None:
    every = _proven(OWN_ACTION, OUTCOME_NUMBER, LESSON)
    for name in ONE_GAP:
        short = {**{other: 5 for other in ONE_GAP}, name: 4}
        score = _score(short, strengths=every)
        # what it proves still lifts it, but a dimension short of 5 keeps it short of 100
        assert _score(short) < score < 100, name


def test_insufficient_answers_are_scaled_down_but_still_ranked_by_what_they_prove() -> None:
    bare = _score(ONE_GAP, insufficient=True)
    proven = _score(ONE_GAP, strengths=_proven(OWN_ACTION, OUTCOME_NUMBER), insufficient=True)
    assert bare < proven <= 45
