"""What every rule sees (RuleInput) and how a rule's header becomes a Finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from poise.analysis.matching import CompiledPattern, Match
from poise.analysis.report import Evidence, Finding
from poise.analysis.structure import Role, Shape
from poise.analysis.text import AnalysedText, Sentence
from poise.content.loader import KnowledgeBase
from poise.content.schema import Family, Matcher, RuleHeader


@dataclass(frozen=True)
class RuleInput:
    """The answer and its context, as every rule reads it."""

    answer: AnalysedText
    question: str
    family: Family | None
    behavioural: bool
    interview_format: str | None
    phase: str
    role: tuple[str, ...]
    job_text: str
    shape: Shape | None
    question_sims: np.ndarray | None
    answer_sim: float | None
    kb: KnowledgeBase
    compile: Callable[[Matcher], tuple[CompiledPattern, ...]]

    @property
    def text(self) -> str:
        return self.answer.text

    def sentence(self, index: int) -> Sentence:
        return self.answer.sentences[index]

    def quote_sentence(self, index: int) -> Evidence:
        sent = self.answer.sentences[index]
        return Evidence(sent.start, sent.end, self.text[sent.start : sent.end])

    def quote_sentences(self, indices: Iterable[int], *, limit: int = 4) -> tuple[Evidence, ...]:
        return tuple(self.quote_sentence(index) for index in list(indices)[:limit])

    def missing_evidence(self, where: str) -> tuple[Evidence, ...]:
        """Where something absent would have belonged: the result, last or first sentence."""
        sentences = self.answer.sentences
        if not sentences:
            return (Evidence(0, len(self.text), self.text),)
        if where == "result" and self.shape is not None:
            results = self.shape.indices(Role.RESULTS)
            if results:
                return self.quote_sentences(results, limit=2)
        if where == "first_sentence":
            return (self.quote_sentence(0),)
        if where == "answer":
            first, last = sentences[0], sentences[-1]
            return (Evidence(first.start, last.end, self.text[first.start : last.end]),)
        return (self.quote_sentence(len(sentences) - 1),)


def evidence_of(matches: Iterable[Match], *, limit: int = 6) -> tuple[Evidence, ...]:
    """Evidence spans from phrase matches."""
    return tuple(Evidence(match.start, match.end, match.quote) for match in list(matches)[:limit])


def make_finding(
    rule: RuleHeader,
    evidence: tuple[Evidence, ...],
    *,
    message: str | None = None,
    fix: str | None = None,
    why: str | None = None,
) -> Finding:
    """A finding carrying the rule's header text and the evidence that triggered it."""
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        dimension=rule.dimension,
        message=message or rule.message,
        why=why or rule.why,
        fix=fix or rule.fix,
        source=rule.source,
        evidence=evidence,
    )
