"""Rules run ahead of the sentence embeddings: only those that read nothing withheld, and the
report is the same as when every rule runs afterwards."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import pytest

from poise.analysis import analyse
from poise.analysis.rules import ahead
from poise.analysis.rules.base import RuleInput
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

QUESTION = "Tell me about a time you turned around an underperforming team."


def _data() -> RuleInput:
    return RuleInput(answer=parse("I rebuilt the rota. Overtime fell by a third."), question=QUESTION,
                     family=None, behavioural=True, interview_format=None, phase="answer", role=(),
                     job_text="", shape=None, question_sims=None, answer_sim=None,
                     kb=knowledge_base(), compile=lambda matcher: ())


def _rule(name: str, requires: tuple[str, ...] = ()) -> Any:
    return SimpleNamespace(id=name, requires=list(requires))


def test_a_rule_reading_only_the_parse_runs_ahead_and_one_reading_the_structure_waits() -> None:
    tried: list[str] = []

    def run(rule: Any, data: RuleInput) -> list[Any]:
        tried.append(rule.id)
        if rule.id == "parse_only":
            return [len(data.answer.sentences), data.question]
        if rule.id == "shape":
            return [data.shape]
        if rule.id == "sims":
            return [data.question_sims]
        if rule.id == "caught":
            try:  # a rule's own broad handler does not hide what it asked for
                return [data.answer_sim]
            except Exception:
                return []
        return []

    rules = [_rule("parse_only"), _rule("shape"), _rule("sims"), _rule("caught"),
             _rule("declared", ("embeddings",)), _rule("structured", ("parse", "structure"))]
    found = ahead.run_ahead(rules, _data(), run)
    assert found == {"parse_only": [2, QUESTION]}
    assert tried == ["parse_only", "shape", "sims", "caught"]  # declared needs: not even tried


def test_a_rule_that_copies_its_input_waits_too() -> None:
    from dataclasses import replace

    def run(rule: Any, data: RuleInput) -> list[Any]:
        return [replace(data, job_text="x").job_text]

    assert ahead.run_ahead([_rule("copy")], _data(), run) == {}


def test_the_input_given_back_is_untouched() -> None:
    data = _data()
    ahead.run_ahead([_rule("shape")], data, lambda rule, given: [given.shape])
    assert data.shape is None and data.question_sims is None and type(data) is RuleInput


SPOKEN = (
    "So, um, in 2021 I took over a, a support team of twelve that was, you know, missing its "
    "response target. I - I met every agent in my first fortnight and found that half the "
    "tickets went to the wrong queue. I rebuilt the routing with our two senior agents and, "
    "like, set up a short daily huddle. Honestly my old boss was useless and never listened, "
    "he was, I will say it plainly, careless. Within four months we cut first response from "
    "19 hours to 4, and satisfaction rose from 71% to 88%."
)
TYPED = (
    "Our regional depot was missing its on-time target when I arrived. The previous manager "
    "blamed the drivers, but the data showed the loading plan was wrong. I rewrote the plan with "
    "the shift leads, moved two loaders to the early shift and reviewed the numbers weekly. "
    "On-time delivery went from 82% to 95% in one quarter, and we kept it there all year."
)


@pytest.mark.parametrize("answer", [SPOKEN, TYPED])
def test_the_report_is_the_same_with_and_without_rules_run_ahead(
        answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module = sys.modules["poise.analysis.analyse"]
    calls: list[int] = []
    real = module.run_ahead

    def counted(*args: Any) -> Any:
        found = real(*args)
        calls.append(len(found))
        return found

    monkeypatch.setattr(module, "run_ahead", counted)
    with_ahead = analyse(QUESTION, answer).to_dict()
    assert calls and calls[0] > 0  # rules did run ahead
    monkeypatch.setattr(module, "run_ahead", lambda *args: {})
    without = analyse(QUESTION, answer).to_dict()
    assert with_ahead == without
