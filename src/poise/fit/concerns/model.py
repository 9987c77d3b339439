"""The concern's shape and the values every concern builder shares: the answer plan, the concern, its
draft before wording, and the context of one fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from poise.content.schema import ConcernTemplate
from poise.fit.job_reader import JobProfile, Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.match import Similarity
from poise.fit.resume_reader import ResumeLine, ResumeProfile

HIGH = 70


MEDIUM = 50


def severity_of(score: float) -> str:
    """high (>= 70), medium (>= 50) or low."""
    if score >= HIGH:
        return "high"
    if score >= MEDIUM:
        return "medium"
    return "low"


@dataclass(frozen=True)
class AnswerPlan:
    """Acknowledge → transferable evidence → a concrete, time-bound step → check back."""

    acknowledge: str
    evidence: str
    plan: str
    check_back: str

    def draft(self) -> str:
        """The four parts as one answer, ready to say."""
        return " ".join(text.strip() for _, text in self.steps())

    def steps(self) -> list[tuple[str, str]]:
        """The parts with something to say, each with its label ("Acknowledge", "Evidence",
        "Plan", "Check back")."""
        return [(label, text) for label, text in (
            ("Acknowledge", self.acknowledge), ("Evidence", self.evidence), ("Plan", self.plan),
            ("Check back", self.check_back)) if text.strip()]

    def to_dict(self) -> dict[str, str]:
        return {
            "acknowledge": self.acknowledge,
            "evidence": self.evidence,
            "plan": self.plan,
            "check_back": self.check_back,
        }


@dataclass(frozen=True)
class Concern:
    """One thing likely to give the interviewer pause, why, and how to answer it."""

    id: str
    kind: str
    title: str
    why: str
    severity: str
    score: float
    evidence: tuple[str, ...]
    answer_plan: AnswerPlan
    question: str
    """The concern as an interviewer would raise it; the rubric judges answers against it."""
    requirement_id: str | None = None
    requirement_kind: str | None = None
    variant: str = ""
    """The named wording of the kind it was said in (concerns.yaml ``variants``), or ""."""

    @property
    def why_question(self) -> str:
        """The interviewer's question the answer plan replies to."""
        return self.question

    @property
    def draft(self) -> str:
        """The answer plan as one answer."""
        return self.answer_plan.draft()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "why": self.why,
            "severity": self.severity,
            "score": round(self.score, 1),
            "evidence": list(self.evidence),
            "answer_plan": self.answer_plan.to_dict(),
            "draft": self.draft,
            "question": self.question,
            "requirement_id": self.requirement_id,
            "requirement_kind": self.requirement_kind,
            "variant": self.variant,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Concern:
        """A concern read back from its JSON (a stored fit)."""
        plan = data.get("answer_plan") or {}
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            title=str(data.get("title", "")),
            why=str(data.get("why", "")),
            severity=str(data.get("severity", "medium")),
            score=float(data.get("score", 50)),
            evidence=tuple(data.get("evidence") or ()),
            answer_plan=AnswerPlan(
                acknowledge=str(plan.get("acknowledge", "")),
                evidence=str(plan.get("evidence", "")),
                plan=str(plan.get("plan", "")),
                check_back=str(plan.get("check_back", "")),
            ),
            question=str(data.get("question") or data.get("why") or data.get("title", "")),
            requirement_id=data.get("requirement_id"),
            requirement_kind=data.get("requirement_kind"),
            variant=str(data.get("variant") or ""),
        )


@dataclass
class Draft:
    """A concern before merging and wording: its kind, score and the facts its templates need."""

    kind: str
    key: str
    score: float
    values: dict[str, str]
    job_line: str = ""
    resume_line: ResumeLine | None = None
    support: ResumeLine | None = None
    requirement: Requirement | None = None
    plan_step: str = ""
    quotes: list[str] = field(default_factory=list)
    parts: dict[str, tuple[float, str]] = field(default_factory=dict)
    """Scope concerns: what grows (team, budget, pnl, level) → (size asked, how to say it)."""
    variant: str = ""
    """A named wording of the kind in concerns.yaml (``variants``), e.g. a career break."""


class Values(dict[str, str]):
    """Template values; a name with no value reads as an empty string."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True, eq=False)
class Context:
    job: JobProfile
    resume: ResumeProfile
    sim: Similarity
    patterns: FitPatterns

    def template(self, kind: str) -> ConcernTemplate:
        return self.patterns.content.template(kind)
