"""The frozen result of analysing one answer, and its versioned JSON shape (docs/wire-schema.md)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = "1.0"
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
DIMENSIONS = ("structure", "evidence", "ownership", "relevance", "concision", "tone", "family")
PHASE_NOTES = {
    "concern_reply": "a reply to a concern: judged on acknowledge, evidence, plan, check back",
    "candidate_question": "your question at the end: judged as a closing question",
}
"""What a reply that is not an answer is judged as (it belongs to no question family)."""


def judged_as(report: Report) -> str:
    """One line on what the answer was judged as: a reply to a concern, a closing question, a
    question family and how it is known, an unsure family or none (general rules only)."""
    if report.phase in PHASE_NOTES:
        return PHASE_NOTES[report.phase]
    if report.family:
        return f"family: {report.family} ({report.family_source})"
    if report.family_source == "unsure":
        return "family: unsure (general rules only)"
    return "family: none recognised (general rules only)"


@dataclass(frozen=True)
class Evidence:
    """The exact words in the answer that triggered a finding: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, how serious, what and why, what to do, and where."""

    rule: str
    severity: str
    dimension: str
    message: str
    why: str
    fix: str
    source: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "dimension": self.dimension,
            "message": self.message,
            "why": self.why,
            "fix": self.fix,
            "source": self.source,
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True)
class Strength:
    """Something the answer does well, shown only with the words that prove it."""

    what: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "evidence": [item.to_dict() for item in self.evidence]}


@dataclass(frozen=True)
class DimensionScore:
    """A 1-5 score on one dimension with the written anchor for that level, the quoted words
    that earned it, and the reason for every point below 5.

    ``anchor`` is the text shown beside the score: the level's written anchor followed by the
    reasons it is not higher, so every view that prints the anchor also prints why.
    """

    name: str
    label: str
    score: int
    anchor: str
    evidence: tuple[Evidence, ...] = ()
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        # The wire shape stays {label, score, anchor}: the anchor text carries the quotes and the
        # reasons (see the class docstring), so stored reports and the API need no new fields.
        return {"label": self.label, "score": self.score, "anchor": self.anchor}


@dataclass(frozen=True)
class LabelledSentence:
    """A sentence with its role in the story."""

    index: int
    start: int
    end: int
    role: str
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Fix:
    """One of the top things to fix first."""

    rule: str
    message: str
    fix: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class Report:
    """Everything Poise says about one answer; the same object feeds JSON, HTML and the terminal."""

    question: str
    answer: str
    family: str | None
    family_source: str
    interview_format: str | None
    phase: str
    words: int
    state: str
    overall: int
    dimensions: tuple[DimensionScore, ...]
    structure: tuple[LabelledSentence, ...]
    findings: tuple[Finding, ...]
    strengths: tuple[Strength, ...]
    top_fixes: tuple[Fix, ...]

    @property
    def insufficient(self) -> bool:
        """True when the answer is too thin to judge."""
        return self.state == "insufficient_evidence"

    def dimension(self, name: str) -> DimensionScore:
        """The score of one dimension by name."""
        for item in self.dimensions:
            if item.name == name:
                return item
        raise KeyError(name)

    def rules_fired(self) -> set[str]:
        """Ids of every rule that produced a finding."""
        return {finding.rule for finding in self.findings}

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON shape documented in docs/wire-schema.md."""
        return {
            "schema_version": SCHEMA_VERSION,
            "question": self.question,
            "answer": self.answer,
            "family": self.family,
            "family_source": self.family_source,
            "format": self.interview_format,
            "phase": self.phase,
            "words": self.words,
            "state": self.state,
            "overall": self.overall,
            "dimensions": {item.name: item.to_dict() for item in self.dimensions},
            "structure": [item.to_dict() for item in self.structure],
            "findings": [item.to_dict() for item in self.findings],
            "strengths": [item.to_dict() for item in self.strengths],
            "top_fixes": [item.to_dict() for item in self.top_fixes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """A Report rebuilt from its JSON shape (``to_dict``), as stored with every turn."""

        def evidence(items: Sequence[Mapping[str, Any]]) -> tuple[Evidence, ...]:
            return tuple(Evidence(int(item["start"]), int(item["end"]), str(item["quote"]))
                         for item in items)

        dimensions = []
        for name, item in (data.get("dimensions") or {}).items():
            dimensions.append(DimensionScore(name, item["label"], int(item["score"]), item["anchor"]))
        structure = []
        for item in data.get("structure") or []:
            structure.append(LabelledSentence(int(item["index"]), int(item["start"]), int(item["end"]),
                                              item["role"], item["quote"]))
        findings = []
        for item in data.get("findings") or []:
            findings.append(Finding(
                rule=item["rule"], severity=item["severity"], dimension=item.get("dimension", ""),
                message=item["message"], why=item["why"], fix=item["fix"],
                source=item.get("source", ""), evidence=evidence(item.get("evidence") or []),
            ))
        strengths = []
        for item in data.get("strengths") or []:
            strengths.append(Strength(item["what"], evidence(item.get("evidence") or [])))
        fixes = []
        for item in data.get("top_fixes") or []:
            fixes.append(Fix(item["rule"], item["message"], item["fix"]))
        return cls(
            question=data.get("question") or "",
            answer=data.get("answer") or "",
            family=data.get("family"),
            family_source=data.get("family_source") or "",
            interview_format=data.get("format"),
            phase=data.get("phase") or "answer",
            words=int(data.get("words") or 0),
            state=data.get("state") or "",
            overall=int(data.get("overall") or 0),
            dimensions=tuple(dimensions),
            structure=tuple(structure),
            findings=tuple(findings),
            strengths=tuple(strengths),
            top_fixes=tuple(fixes),
        )
