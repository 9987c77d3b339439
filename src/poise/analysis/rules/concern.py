"""Code rules read only in a reply to a stated concern."""

from __future__ import annotations

from poise.analysis import grant
from poise.analysis.matching import find
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, make_finding
from poise.content.schema import CodeRule


def ungranted(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """The concern is never granted: none of the rule's patterns ("that's fair", "I haven't led
    ...", "a real gap") is found, and no sentence takes the point in or shares the view as the
    parse reads it ("I get why it sounds that way", "I'd think the same": ``grant.grants``).
    Quoted at the first sentence, where the grant belongs."""
    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    if any(grant.grants(sent, frozenset()) for sent in data.answer.sentences):
        return []
    return [make_finding(rule, data.missing_evidence("first_sentence"))]
