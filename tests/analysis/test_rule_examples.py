"""Every rule's declared examples: each 'flag' example must trigger it, each 'pass' must not."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.content.loader import knowledge_base
from poise.content.schema import Example

DEFAULT_QUESTIONS = {
    "answer": "Tell me about a time you led your team through a difficult change.",
    "candidate_question": "Do you have any questions for us?",
    "concern_reply": "Is there anything that gives us pause? Yes: you have not done this before.",
}


def _cases() -> list:
    kb = knowledge_base()
    cases = []
    for rule in kb.rules.values():
        for expected, examples in (("flag", rule.examples.flag), ("pass", rule.examples.pass_)):
            for number, example in enumerate(examples):
                cases.append(pytest.param(rule.id, expected, example, id=f"{rule.id}-{expected}-{number}"))
    return cases


@pytest.mark.parametrize(("rule_id", "expected", "example"), _cases())
def test_rule_example(rule_id: str, expected: str, example: Example | str) -> None:
    kb = knowledge_base()
    rule = kb.rules[rule_id]
    if isinstance(example, str):
        example = Example(answer=example)
    family = example.family
    if family is None and "*" not in rule.applies_to:
        family = rule.applies_to[0]
    question = example.question or DEFAULT_QUESTIONS[rule.scope]
    context = AnalysisContext(
        family=family,
        role=tuple(example.role),
        job_text=example.job_text or "",
        interview_format=str(example.format) if example.format else None,
        phase=rule.scope,
    )
    report = analyse(question, example.answer, context=context)
    fired = report.rules_fired()
    if expected == "flag":
        assert rule_id in fired, f"{rule_id} should flag this example; fired: {sorted(fired)}"
        finding = next(f for f in report.findings if f.rule == rule_id)
        assert finding.evidence, "every finding must quote its evidence"
        for item in finding.evidence:
            assert example.answer[item.start : item.end] == item.quote
    else:
        assert rule_id not in fired, f"false positive of {rule_id} on a 'pass' example"
