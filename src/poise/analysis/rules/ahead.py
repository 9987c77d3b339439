"""Rules run while the answer's sentence embeddings are still being computed.

The analyser computes the sentence embeddings in a background thread (``AnalysedText.embed_ahead``)
and needs them before it knows the answer's structure (``structure.label_sentences`` reads how
close each sentence is to the question) and its similarity to the question. Most rules read only
the parse, so ``run_ahead`` runs them meanwhile, on the same answer with the structure and the
similarities withheld: a rule that reads any of them (``LATER``), directly or through a helper,
is stopped at that point and left to run later with everything known, so a finding made ahead is
the finding the rule makes afterwards. A rule that reads the embeddings themselves simply waits
for them. Rules that declare they need the embeddings or the structure are left for later
without being tried.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput
from poise.content.schema import Rule

LATER = ("shape", "question_sims", "answer_sim")
"""What is known only once the sentence embeddings are in."""
LATER_NEEDS = frozenset({"embeddings", "structure"})
"""Declared needs that leave a rule for later without trying it ahead."""


class _Later(BaseException):
    """A rule asked for something in ``LATER`` (a BaseException, so that no rule's own
    ``except Exception`` hides it)."""


def _withheld(name: str) -> property:
    def read(_data: RuleInput) -> Any:
        raise _Later(name)

    def write(_data: RuleInput, _value: object) -> None:
        raise _Later(name)

    return property(read, write)


class _Ahead(RuleInput):
    """A RuleInput whose ``LATER`` fields stop any rule that reads them."""

    shape = _withheld("shape")
    question_sims = _withheld("question_sims")
    answer_sim = _withheld("answer_sim")


def run_ahead(rules: list[Rule], data: RuleInput,
              run: Callable[[Rule, RuleInput], list[Finding]]) -> dict[str, list[Finding]]:
    """What ``run`` finds for each rule that reads nothing in ``LATER``, by rule id; the rules
    left out run later (``engine.run_rules`` with ``ahead``)."""
    ahead = _Ahead.__new__(_Ahead)
    ahead.__dict__.update(vars(data))  # the same answer and context, the LATER fields withheld
    found: dict[str, list[Finding]] = {}
    for rule in rules:
        if LATER_NEEDS.intersection(rule.requires):
            continue
        try:
            found[rule.id] = run(rule, ahead)
        except _Later:
            continue
    return found
