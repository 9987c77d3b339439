"""An answer that qualifies most of what it says (``analysis/hedging.py``: ``density``).

A rule of kind ``code`` with ``function: hedged_claims`` fires when the answer carries
``params.at_least`` qualifiers or more, spread over ``params.share`` of its claims or more, at
``params.per_100_words`` or more per hundred words, and quotes its most hedged sentences (up to
``params.quotes``).
"""

from __future__ import annotations

from poise.analysis import hedging
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, make_finding
from poise.content.schema import CodeRule


def hedged_claims(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the most hedged sentences of an answer that qualifies most of its claims."""
    spread = hedging.density(data.answer.sentences)
    if spread.total < _number(rule, "at_least", 7) or spread.share < _number(rule, "share", 0.3) \
            or spread.per_100 < _number(rule, "per_100_words", 3.5):
        return []
    quotes = int(_number(rule, "quotes", 2))
    ranked = sorted((index for index, count in enumerate(spread.counts) if count),
                    key=lambda index: (-spread.counts[index], index))[:quotes]
    sentences = data.answer.sentences
    return [make_finding(rule, data.quote_sentences(
        dict.fromkeys(sentences[index].index for index in sorted(ranked))))]


def _number(rule: CodeRule, name: str, default: float) -> float:
    """The rule's ``params[name]`` when it is a number, else ``default``."""
    given = rule.params.get(name)
    return float(given) if isinstance(given, int | float) else default
