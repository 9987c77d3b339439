"""Turn structure, signals and findings into 1-5 dimension scores, an overall 0-100, and proven strengths."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.analysis.matching import CompiledPattern, find
from poise.analysis.report import (
    DIMENSIONS,
    SEVERITY_ORDER,
    DimensionScore,
    Evidence,
    Finding,
    Fix,
    Strength,
)
from poise.analysis.structure import Role, Shape
from poise.analysis.text import TIME_RE, AnalysedText
from poise.content.schema import DimensionAnchors, Family

PENALTY = {"high": 2.0, "medium": 1.0, "low": 0.5}
WEIGHTS = {
    "structure": 1.0,
    "evidence": 1.0,
    "ownership": 0.8,
    "relevance": 1.2,
    "concision": 0.6,
    "tone": 1.0,
    "family": 1.2,
}
NON_STORY_WEIGHTS = {"structure": 0.4, "evidence": 0.5, "ownership": 0.3}
INSUFFICIENT_CEILING = 20
RELEVANCE_STEPS = ((0.25, 5), (0.15, 4), (0.10, 3), (0.05, 2))


@dataclass(frozen=True)
class Signals:
    """Positive facts about an answer that scores and strengths rest on."""

    numbers: tuple[Evidence, ...]
    specifics: tuple[Evidence, ...]
    own_actions: tuple[Evidence, ...]
    team_credit: tuple[Evidence, ...]
    result: tuple[Evidence, ...]
    lesson: tuple[Evidence, ...]
    family_positive: tuple[Evidence, ...]


def collect_signals(
    answer: AnalysedText,
    shape: Shape | None,
    *,
    team_credit: tuple[CompiledPattern, ...],
    family_positive: tuple[CompiledPattern, ...],
) -> Signals:
    """Find the evidence for every positive signal (pure; quotes exact spans)."""
    text = answer.text
    numbers, specifics, own = [], [], []
    for sent in answer.sentences:
        for start, end, quote in sent.numbers:
            numbers.append(Evidence(start, end, quote))
        for token in sent.proper_nouns:
            specifics.append(Evidence(token.start, token.end, token.text))
        for verb in sent.own_past_actions:
            start = _subject_start(text, sent.start, verb.start)
            own.append(Evidence(start, verb.end, text[start : verb.end]))
    for match in TIME_RE.finditer(text):
        specifics.append(Evidence(match.start(), match.end(), match.group(0)))
    credit = [Evidence(m.start, m.end, m.quote) for m in find(team_credit, text)]
    result, lesson = [], []
    if shape is not None:
        for index in shape.indices(Role.RESULTS):
            sent = answer.sentences[index]
            result.append(Evidence(sent.start, sent.end, sent.text))
        for index in shape.indices(Role.LESSON):
            sent = answer.sentences[index]
            lesson.append(Evidence(sent.start, sent.end, sent.text))
    positive = [Evidence(m.start, m.end, m.quote) for m in find(family_positive, text)]
    return Signals(
        numbers=tuple(numbers),
        specifics=tuple(specifics),
        own_actions=tuple(own),
        team_credit=tuple(credit),
        result=tuple(result),
        lesson=tuple(lesson),
        family_positive=tuple(positive),
    )


def _subject_start(text: str, sentence_start: int, verb_start: int) -> int:
    window = text[sentence_start:verb_start]
    found = [m.start() for m in re.finditer(r"\bI\b", window)]
    return sentence_start + found[-1] if found else verb_start


def _penalties(findings: tuple[Finding, ...]) -> dict[str, float]:
    totals = dict.fromkeys(DIMENSIONS, 0.0)
    for finding in findings:
        totals[finding.dimension] += PENALTY[finding.severity]
    return totals


def _relevance_base(similarity: float | None) -> float:
    if similarity is None:
        return 4.0
    for threshold, score in RELEVANCE_STEPS:
        if similarity >= threshold:
            return float(score)
    return 1.0


def base_scores(
    answer: AnalysedText,
    shape: Shape | None,
    signals: Signals,
    *,
    story: bool,
    family: Family | None,
    answer_sim: float | None,
) -> dict[str, float]:
    """Scores from positive evidence alone, before findings take points off."""
    if shape is not None and story:
        structure = 1.0 + shape.has_actions + shape.has_result + shape.result_near_end
        structure += shape.circumstances_share <= 0.4
    else:
        structure = 4.0 + bool(signals.result or signals.lesson)
    evidence = 1.0 + min(2, len(signals.numbers)) + min(2, len({e.quote for e in signals.specifics}))
    if not story:
        evidence = max(evidence, 3.0)
    ownership = 2.0 + bool(signals.own_actions) + (len(signals.own_actions) >= 2)
    ownership += bool(signals.team_credit)
    if not story:
        ownership = max(ownership, 3.0)
    minimum = family.min_words if family else 25
    maximum = family.max_words if family else 320
    concision = 5.0 if 2 * minimum <= answer.words <= maximum else 4.0
    family_score = 4.0 + bool(signals.family_positive)
    if not signals.family_positive:
        family_score = 3.5
    return {
        "structure": structure,
        "evidence": evidence,
        "ownership": ownership,
        "relevance": _relevance_base(answer_sim),
        "concision": concision,
        "tone": 5.0,
        "family": family_score,
    }


def score_dimensions(
    bases: dict[str, float],
    findings: tuple[Finding, ...],
    anchors: dict[str, DimensionAnchors],
    *,
    family_label: str,
    insufficient: bool,
) -> tuple[DimensionScore, ...]:
    """Each dimension's 1-5 score (bases less finding penalties) with its anchor text."""
    penalties = _penalties(findings)
    scores = []
    for name in DIMENSIONS:
        value = bases[name] - penalties[name]
        if insufficient:
            value = min(value, 1.0 if name in {"structure", "evidence", "concision"} else 2.0)
        level = int(max(1, min(5, round(value))))
        anchor = anchors[name]
        label = family_label if name == "family" else anchor.label
        scores.append(DimensionScore(name, label, level, anchor.levels[level]))  # type: ignore[index]
    return tuple(scores)


def overall_score(dimensions: tuple[DimensionScore, ...], *, story: bool, insufficient: bool) -> int:
    """A 0-100 weighted mean of the dimensions; thin answers never score above 20."""
    total = weight_sum = 0.0
    for item in dimensions:
        weight = WEIGHTS[item.name]
        if not story:
            weight = NON_STORY_WEIGHTS.get(item.name, weight)
        total += weight * (item.score - 1) / 4
        weight_sum += weight
    value = round(100 * total / weight_sum)
    return min(value, INSUFFICIENT_CEILING) if insufficient else value


def strengths(signals: Signals, findings: tuple[Finding, ...], *, story: bool) -> tuple[Strength, ...]:
    """Only what the words prove; a strength is dropped when a finding contradicts it."""
    fired = {finding.rule for finding in findings}
    found: list[Strength] = []
    if signals.result and signals.numbers and story:
        in_result = [e for e in signals.numbers if any(r.start <= e.start < r.end for r in signals.result)]
        if in_result:
            found.append(Strength("Puts a number on the outcome", tuple(in_result[:3])))
    if signals.own_actions and "ownership.superhero" not in fired:
        found.append(Strength("Says what you did yourself", signals.own_actions[:3]))
    if signals.team_credit:
        found.append(Strength("Credits the team", signals.team_credit[:2]))
    if signals.lesson and "failures.no_lesson" not in fired:
        found.append(Strength("Draws a lesson you still apply", signals.lesson[:1]))
    if signals.family_positive:
        found.append(Strength("Shows what this question is testing", signals.family_positive[:3]))
    return tuple(found)


def top_fixes(findings: tuple[Finding, ...], *, limit: int = 3) -> tuple[Fix, ...]:
    """The most important findings, one per rule: severity first, then dimension weight."""
    ranked = sorted(
        findings,
        key=lambda finding: (SEVERITY_ORDER[finding.severity], -WEIGHTS[finding.dimension], finding.rule),
    )
    fixes: list[Fix] = []
    seen: set[str] = set()
    for finding in ranked:
        if finding.rule in seen:
            continue
        seen.add(finding.rule)
        fixes.append(Fix(finding.rule, finding.message, finding.fix))
        if len(fixes) == limit:
            break
    return tuple(fixes)
