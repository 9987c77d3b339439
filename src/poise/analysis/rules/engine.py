"""Pick the rules that apply to an answer, run them, and return their findings in a stable order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from poise.analysis.matching import CompiledPattern, compile_matcher, matches_any
from poise.analysis.report import SEVERITY_ORDER, Finding
from poise.analysis.rules import aimed, grounded, heard, kinds, sensed
from poise.analysis.rules.base import RuleInput
from poise.analysis.rules.code import REGISTRY
from poise.content.loader import KnowledgeBase
from poise.content.schema import (
    CodeRule,
    ConditionalRule,
    ExistenceRule,
    Matcher,
    OccurrenceRule,
    RatioRule,
    Rule,
    SubstitutionRule,
)
from poise.errors import InputError


@dataclass(frozen=True)
class RuleConfig:
    """Turn rules on or off by dotted prefix (the most specific key wins) and set a severity floor."""

    enabled: Mapping[str, bool] = field(default_factory=dict)
    severity_floor: str = "low"
    # read the text whole with the answer-level model (an interview answer); a text that is no
    # answer, such as a letter checked for tone, is judged by the rules alone
    whole_answer: bool = True

    @classmethod
    def parse(
        cls, *, disable: Sequence[str] = (), enable: Sequence[str] = (), floor: str = "low"
    ) -> RuleConfig:
        """Build from rule ids or prefixes to turn off and on (e.g. ``tone``, ``tone.blame``)."""
        if floor not in SEVERITY_ORDER:
            raise InputError(f"Unknown severity {floor!r}.", hint="Use high, medium or low.")
        enabled: dict[str, bool] = {}
        for key in disable:
            enabled[key.strip()] = False
        for key in enable:
            enabled[key.strip()] = True
        return cls(enabled=enabled, severity_floor=floor)

    def allows(self, rule_id: str, severity: str) -> bool:
        """Whether a rule with this id and severity should run."""
        if SEVERITY_ORDER[severity] > SEVERITY_ORDER[self.severity_floor]:
            return False
        parts = rule_id.split(".")
        for end in range(len(parts), 0, -1):
            key = ".".join(parts[:end])
            if key in self.enabled:
                return self.enabled[key]
        return True


class RuleSet:
    """All rules of a knowledge base with their matchers compiled once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.rules: tuple[Rule, ...] = tuple(kb.rules.values())
        self._compiled: dict[int, tuple[CompiledPattern, ...]] = {}
        for rule in self.rules:
            for matcher in rule.matchers():
                self._compiled[id(matcher)] = compile_matcher(matcher, kb.lexicons)
            if isinstance(rule, CodeRule) and rule.function not in REGISTRY:
                raise ValueError(f"rule {rule.id} names unknown function {rule.function!r}")

    def compile(self, matcher: Matcher) -> tuple[CompiledPattern, ...]:
        """The compiled patterns of one of this set's matchers."""
        compiled = self._compiled.get(id(matcher))
        if compiled is None:
            compiled = compile_matcher(matcher, self.kb.lexicons)
            self._compiled[id(matcher)] = compiled
        return compiled

    def applicable(
        self,
        *,
        phase: str,
        family: str | None,
        behavioural: bool,
        interview_format: str | None,
        question: str,
        words: int,
        config: RuleConfig,
    ) -> list[Rule]:
        """The rules that apply to an answer in this context."""
        chosen = []
        for rule in self.rules:
            if (rule.scope != phase and phase not in rule.also_in) or not config.allows(
                rule.id, rule.severity
            ):
                continue
            if "*" not in rule.applies_to and family not in rule.applies_to:
                continue
            if family in rule.excludes:
                continue
            if rule.behavioural_only and not behavioural:
                continue
            if rule.plans_only and behavioural:
                continue
            if rule.formats and interview_format not in rule.formats:
                continue
            if words < rule.min_words:
                continue
            if rule.when_question is not None and not matches_any(
                self.compile(rule.when_question), question
            ):
                continue
            chosen.append(rule)
        return chosen


def run_rule(rule: Rule, data: RuleInput) -> list[Finding]:
    """Run one rule of any kind; a tone rule's quotes must be aimed where its flaw needs them
    (``aimed_at``, ``rules/aimed.py``)."""
    return aimed.aimed(rule, data, _run_rule(rule, data))


def _run_rule(rule: Rule, data: RuleInput) -> list[Finding]:
    if isinstance(rule, ExistenceRule):
        return kinds.run_existence(rule, data)
    if isinstance(rule, SubstitutionRule):
        return kinds.run_substitution(rule, data)
    if isinstance(rule, OccurrenceRule):
        return kinds.run_occurrence(rule, data)
    if isinstance(rule, RatioRule):
        return kinds.run_ratio(rule, data)
    if isinstance(rule, ConditionalRule):
        return kinds.run_conditional(rule, data)
    return heard.tone_gate(rule, data, REGISTRY[rule.function](rule, data))


def run_rules(rules: list[Rule], data: RuleInput, *, whole_answer: bool = True,
              ahead: Mapping[str, list[Finding]] | None = None) -> tuple[Finding, ...]:
    """Every finding, sorted by severity, then by where its evidence starts, then by rule id;
    with ``whole_answer``, a finding the answer read whole does not bear out is left out.
    ``ahead`` holds what rules already run on this answer found, by rule id
    (``rules/ahead.py``): those rules are not run again."""
    findings: list[Finding] = []
    fired: list[Rule] = []
    for rule in rules:
        found = ahead[rule.id] if ahead is not None and rule.id in ahead else run_rule(rule, data)
        if found and whole_answer and not sensed.answer_agrees(data, rule.id):
            # read whole, the answer does not show the flaw this rule names: only what the
            # parse found with a clear target stands (``grounded``)
            found = grounded.kept_past_floor(data, rule.id, found)
        if found:
            fired.append(rule)
        findings.extend(found)
    superseded = _superseded(fired)
    findings = _uncovered([finding for finding in findings if finding.rule not in superseded], rules)
    findings.sort(
        key=lambda finding: (
            SEVERITY_ORDER[finding.severity],
            finding.evidence[0].start if finding.evidence else 0,
            finding.rule,
        )
    )
    return tuple(findings)


def _superseded(fired: list[Rule]) -> set[str]:
    """The rules whose findings give way to another's: only a rule that itself stands supersedes
    ("the story is all we" gives way to blame, and the meaning reading of a missing own part
    gives way to "all we" only while "all we" stands)."""
    superseded: set[str] = set()
    for _ in range(len(fired) + 1):
        again = {item for rule in fired if rule.id not in superseded for item in rule.supersedes}
        if again == superseded:
            break
        superseded = again
    return superseded


def _uncovered(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """The findings without the quotes another rule's finding already names (``covers``): a
    private matter quoted as oversharing is not quoted again as a digression."""
    covering: dict[str, list[tuple[int, int]]] = {}
    by_id = {rule.id: rule for rule in rules}
    for finding in findings:
        rule = by_id.get(finding.rule)
        for other in getattr(rule, "covers", ()):
            covering.setdefault(other, []).extend((e.start, e.end) for e in finding.evidence)
    if not covering:
        return findings
    kept = []
    for finding in findings:
        spans = covering.get(finding.rule)
        if not spans:
            kept.append(finding)
            continue
        evidence = tuple(e for e in finding.evidence
                         if not any(e.start < end and start < e.end for start, end in spans))
        if evidence:
            kept.append(replace(finding, evidence=evidence))
    return kept


def needs(rules: list[Rule], requirement: str) -> bool:
    """Whether any of these rules declares it needs ``requirement``."""
    return any(requirement in rule.requires for rule in rules)
