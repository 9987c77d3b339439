"""benchmarks/data/flaw_map.yaml names real rules for every flaw and real strength kinds."""

from __future__ import annotations

from pathlib import Path

import yaml

from poise.analysis import scoring
from poise.content.loader import knowledge_base

FLAWS = {
    "badmouthing", "blame", "job_complaint", "defensive", "hypothetical", "hedging",
    "overclaiming", "self_praise", "off_topic", "oversharing", "unethical", "no_result",
    "no_own_action", "weakness_no_plan", "vague_goals", "salary_evasive",
}


def _map() -> dict:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "flaw_map.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_flaw_maps_to_existing_rules() -> None:
    data = _map()
    rules = set(knowledge_base().rules)
    assert set(data["flaws"]) == FLAWS
    for flaw, ids in data["flaws"].items():
        assert ids, flaw
        assert set(ids) <= rules, f"{flaw}: unknown {set(ids) - rules}"


def test_strength_kinds_are_the_ones_reports_use() -> None:
    strengths = _map()["strengths"]
    assert strengths["first_person_action"] == [scoring.OWN_ACTION]
    assert strengths["outcome_number"] == [scoring.OUTCOME_NUMBER]
    assert strengths["lesson"] == [scoring.LESSON]
