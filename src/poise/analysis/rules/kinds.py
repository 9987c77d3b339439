"""The declarative rule kinds: existence, substitution, occurrence, ratio and conditional."""

from __future__ import annotations

import re

from poise.analysis.matching import Match, find, matches_any
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, evidence_of, make_finding
from poise.content.schema import (
    ConditionalRule,
    ExistenceRule,
    OccurrenceRule,
    RatioRule,
    SubstitutionRule,
)

NEGATION_RE = re.compile(
    r"(?:\b(?:won't|will not|wouldn't|not going to|never) (?:tell you|say|claim|pretend)|\binstead of "
    r"(?:saying|calling)|\brather than (?:saying|claim\w*)|\bnot (?:that|because)|\bisn't that)"
    r"[^.!?;]{0,25}$",
    re.IGNORECASE,
)


def asserted(matches: list[Match], text: str) -> list[Match]:
    """Matches the speaker actually asserts ("I won't tell you I'm a perfectionist" is not one)."""
    kept = []
    for match in matches:
        if not NEGATION_RE.search(text[max(0, match.start - 60) : match.start]):
            kept.append(match)
    return kept


def run_existence(rule: ExistenceRule, data: RuleInput) -> list[Finding]:
    """Flag every asserted match once there are more than ``max``."""
    matches = asserted(find(data.compile(rule.match), data.text), data.text)
    if len(matches) <= rule.max:
        return []
    return [make_finding(rule, evidence_of(matches))]


def _lower_first(text: str) -> str:
    """Continue a sentence with ``text``: "Describe ..." becomes "describe ...", "I ..." stays."""
    first = text.split(" ", 1)[0]
    if first in {"I", "I'm", "I've", "I'd", "I'll"} or first[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _full_stop(text: str) -> str:
    """``text`` ending in exactly one full stop (also when it ends with a closing quote)."""
    stripped = text.rstrip()
    if re.search(r"[.!?][\'\"’”]?$", stripped):
        return stripped
    return stripped + "."


def run_substitution(rule: SubstitutionRule, data: RuleInput) -> list[Finding]:
    """Flag every asserted match and say what to say instead of each."""
    matches = asserted(find(data.compile(rule.match), data.text), data.text)
    if not matches:
        return []
    hints = []
    for match in matches:
        if match.instead:
            hint = _full_stop(f"Instead of “{match.quote}”, {_lower_first(match.instead)}")
            if hint not in hints:
                hints.append(hint)
    fix = " ".join([rule.fix, *hints])
    return [make_finding(rule, evidence_of(matches), fix=fix)]


def run_occurrence(rule: OccurrenceRule, data: RuleInput) -> list[Finding]:
    """Flag too few or too many occurrences (optionally per 100 words)."""
    matches = find(data.compile(rule.match), data.text)
    count: float = len(matches)
    if rule.per_100_words:
        count = 100.0 * len(matches) / max(data.answer.words, 1)
    if rule.max is not None and count > rule.max and len(matches) >= rule.at_least:
        return [make_finding(rule, evidence_of(matches))]
    if rule.min is not None and len(matches) < rule.min:
        return [make_finding(rule, data.missing_evidence(rule.missing_evidence))]
    return []


def run_ratio(rule: RatioRule, data: RuleInput) -> list[Finding]:
    """Flag when the share of matching sentences is above ``above`` or under ``below``."""
    sentences = data.answer.sentences
    if len(sentences) < rule.min_sentences:
        return []
    if rule.unless is not None and matches_any(data.compile(rule.unless), data.text):
        return []
    patterns = data.compile(rule.sentences)
    hits = [sent.index for sent in sentences if matches_any(patterns, sent.text)]
    share = len(hits) / len(sentences)
    if rule.above is not None and share > rule.above:
        return [make_finding(rule, data.quote_sentences(hits))]
    if rule.below is not None and share < rule.below:
        misses = [sent.index for sent in sentences if sent.index not in hits]
        return [make_finding(rule, data.quote_sentences(misses))]
    return []


def run_conditional(rule: ConditionalRule, data: RuleInput) -> list[Finding]:
    """Flag when the ``if`` phrases occur and the ``unless`` phrases do not."""
    matches = find(data.compile(rule.if_), data.text)
    if not matches or matches_any(data.compile(rule.unless), data.text):
        return []
    return [make_finding(rule, evidence_of(matches))]
