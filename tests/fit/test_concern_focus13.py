"""One missing must-have per fit, and the benchmark's kind equivalences: what a recruiter's key
names by its subject, Poise may name by the line's standing."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from poise.fit.concerns.focus import most_severe_gaps
from poise.fit.concerns.model import AnswerPlan, Concern

PLAN = AnswerPlan(acknowledge="", evidence="", plan="", check_back="")


def _concern(kind: str, score: float, name: str) -> Concern:
    return Concern(id=name, kind=kind, title=name, why="", severity="medium", score=score,
                   evidence=(), answer_plan=PLAN, question="")


def _benchmark() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "blind_fit.py"
    spec = importlib.util.spec_from_file_location("blind_fit_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_only_the_most_severe_missing_must_have_is_kept() -> None:
    concerns = [_concern("scope_step_up", 80, "bigger team"),
                _concern("missing_must_have", 75, "clinical audit"),
                _concern("location", 60, "a move"),
                _concern("missing_must_have", 55, "bid writing"),
                _concern("missing_must_have", 50, "grant reporting")]
    kept = most_severe_gaps(concerns)
    assert [concern.id for concern in kept] == ["bigger team", "clinical audit", "a move"]


def test_other_kinds_are_never_capped() -> None:
    concerns = [_concern("tool_mismatch", 60, "ledger suite"),
                _concern("tool_mismatch", 58, "rota system"),
                _concern("certification_level", 40, "belt")]
    assert most_severe_gaps(concerns) == concerns


def test_a_wider_limit_keeps_that_many() -> None:
    concerns = [_concern("missing_must_have", 70 - i, f"gap {i}") for i in range(4)]
    assert len(most_severe_gaps(concerns, limit=2)) == 2


def test_a_must_have_on_a_tool_line_stands_for_a_tool_mismatch() -> None:
    bench = _benchmark()
    key = Counter({"tool_mismatch": 1})
    found, right = bench.match_concerns(key, [("missing_must_have", "tools")])
    assert right == [True] and found == Counter({"tool_mismatch": 1})
    found, right = bench.match_concerns(key, [("missing_must_have", "tools")], equivalents=False)
    assert right == [False] and not found


def test_a_concern_is_matched_by_its_own_kind_before_an_equivalent() -> None:
    bench = _benchmark()
    key = Counter({"no_board_exposure": 1, "industry_switch": 1})
    raised = [("industry_switch", "stakeholders"), ("no_board_exposure", "stakeholders")]
    found, right = bench.match_concerns(key, raised)
    assert right == [True, True]
    assert found == Counter({"no_board_exposure": 1, "industry_switch": 1})


def test_a_key_concern_is_matched_once_whatever_the_route() -> None:
    bench = _benchmark()
    key = Counter({"certification_level": 1})
    raised = [("certification_level", "certification"), ("missing_must_have", "certification")]
    found, right = bench.match_concerns(key, raised)
    assert right == [True, False] and found == Counter({"certification_level": 1})


def test_no_equivalence_for_a_kind_of_no_subject() -> None:
    bench = _benchmark()
    found, right = bench.match_concerns(Counter({"missing_must_have": 1}),
                                        [("location", None), ("tool_mismatch", "tools")])
    assert right == [False, False] and not found


def test_a_fit_with_several_unmet_essentials_raises_one_missing_must_have() -> None:
    from tests.fit.conftest import TODAY, hash_embed

    from poise.fit import evaluation_view
    from poise.fit.result import assess

    job = ("# Director of Operations\n\n## Essential criteria\n"
           "- Experience of running a hospital pharmacy\n"
           "- Experience of marine salvage operations\n"
           "- Knowledge of vineyard irrigation schemes\n")
    resume = ("# Robin Vale\nLeeds, UK\n\n## Experience\n"
              "Head of Customer Operations, Tandberg Freight Ltd, Leeds, 2016 – present\n"
              "- Lead 60 agents through five team leaders.\n")
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    view = evaluation_view(fit)
    unmet = [read for read in view["requirements"] if read["verdict"] != "strong"]
    assert len(unmet) >= 2
    kinds = [concern["kind"] for concern in view["concerns"]]
    assert kinds.count("missing_must_have") == 1
    assert all("requirement_kind" in concern for concern in view["concerns"])
