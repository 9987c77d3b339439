"""A report on the cleaned text of a spoken answer, told again in the candidate's own words.

The analyser reads a transcript without its fillers and restarts (``disfluency.Cleaned``); every
quote, offset and sentence of its report is mapped back here so that each quote is the exact
stretch of the original answer that holds those words, fillers inside it included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from poise.analysis.disfluency import Cleaned
from poise.analysis.report import (
    SEVERITY_ORDER,
    DimensionScore,
    Evidence,
    Finding,
    Fix,
    LabelledSentence,
    Report,
    Strength,
)


def evidence(item: Evidence, cleaned: Cleaned) -> Evidence:
    """The original span and words of a quote of the cleaned text."""
    start, end = cleaned.span(item.start, item.end)
    return Evidence(start, end, cleaned.original[start:end])


def _retold(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    """``text`` with each cleaned quote it repeats replaced by the original words."""
    for clean, original in pairs:
        if clean and clean != original and clean in text:
            text = text.replace(clean, original)
    return text


def report(found: Report, cleaned: Cleaned, *, spoken: tuple[Finding, ...] = ()) -> Report:
    """``found`` (a report on ``cleaned.text``) with every quote in the original words, and the
    ``spoken`` findings (already quoting the original: the delivery notes on fillers) added."""
    pairs: dict[str, str] = {}

    def mapped(items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        result = []
        for item in items:
            restored = evidence(item, cleaned)
            pairs.setdefault(item.quote, restored.quote)
            result.append(restored)
        return tuple(result)

    findings = [replace(finding, evidence=mapped(finding.evidence)) for finding in found.findings]
    strengths = [replace(strength, evidence=mapped(strength.evidence)) for strength in found.strengths]
    dimensions = [replace(item, evidence=mapped(item.evidence)) for item in found.dimensions]
    structure = []
    for sentence in found.structure:
        start, end = cleaned.span(sentence.start, sentence.end)
        pairs.setdefault(sentence.quote, cleaned.original[start:end])
        structure.append(LabelledSentence(sentence.index, start, end, sentence.role,
                                          cleaned.original[start:end]))
    # longest first, so a quote inside a longer one is not replaced on its own
    ordered = sorted(pairs.items(), key=lambda pair: -len(pair[0]))
    findings = [replace(finding, message=_retold(finding.message, ordered),
                        fix=_retold(finding.fix, ordered)) for finding in findings]
    findings.extend(spoken)
    findings.sort(key=lambda finding: (SEVERITY_ORDER[finding.severity],
                                       finding.evidence[0].start if finding.evidence else 0,
                                       finding.rule))
    dimensions = [_retold_dimension(item, ordered) for item in dimensions]
    return replace(
        found,
        answer=cleaned.original,
        findings=tuple(findings),
        strengths=tuple(Strength(_retold(item.what, ordered), item.evidence) for item in strengths),
        dimensions=tuple(dimensions),
        structure=tuple(structure),
        top_fixes=tuple(Fix(fix.rule, _retold(fix.message, ordered), _retold(fix.fix, ordered))
                        for fix in found.top_fixes),
    )


def _retold_dimension(item: DimensionScore, pairs: list[tuple[str, str]]) -> DimensionScore:
    return replace(item, anchor=_retold(item.anchor, pairs),
                   reasons=tuple(_retold(reason, pairs) for reason in item.reasons))
