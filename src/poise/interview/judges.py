"""Format-specific judgements: case criteria, stress composure, vacancy focus, projective signals."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from poise.analysis.matching import compile_matcher, find
from poise.analysis.report import SEVERITY_ORDER, Report
from poise.content.loader import KnowledgeBase
from poise.content.schema import InterviewContent
from poise.errors import ContentError, ContentProblem

Similarity = Callable[[Sequence[str], Sequence[str]], np.ndarray]
"""Cosine similarity of every text in the first list with every text in the second (rows x cols)."""

SENTENCE_RE = re.compile(r"\S(?:[^.!?]|[.!?](?=[^\s.!?]))*[.!?]*")
QUOTE_CHARS = 160


def interview_content(kb: KnowledgeBase) -> InterviewContent:
    """The knowledge base's interview content (content/interview/), or a ContentError."""
    if kb.interview is None:
        raise ContentError([ContentProblem(
            "src/poise/content/interview", 1, "the mock-interview content is missing",
            "restore content/interview/ and run `poise content check`",
        )])
    return kb.interview


def embedding_similarity(first: Sequence[str], second: Sequence[str]) -> np.ndarray:
    """Cosine similarities from the bundled sentence-embedding model (normalised vectors)."""
    if not first or not second:
        return np.zeros((len(first), len(second)), dtype=np.float32)
    left = _embed(tuple(first))
    right = _embed(tuple(second))
    return np.asarray(left @ right.T)


@lru_cache(maxsize=256)
def _embed(texts: tuple[str, ...]) -> np.ndarray:
    from poise.analysis import nlp

    vectors = nlp.embedder().embed(list(texts))
    vectors.setflags(write=False)
    return vectors


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` with their character offsets."""
    found = []
    for match in SENTENCE_RE.finditer(text):
        quote = match.group(0).rstrip()
        if len(quote.split()) >= 2:
            found.append((match.start(), match.start() + len(quote), quote))
    return found


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    """A quote cut at a word boundary with an ellipsis when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that contains the span (the words that carry the evidence)."""
    for sent_start, sent_end, quote in sentences(text):
        if sent_start <= start < sent_end or sent_start < end <= sent_end:
            return quote
    return text[start:end]


# --- situational cases ------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _case_patterns(kb: KnowledgeBase) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (criterion.id, compile_matcher(criterion.cues, kb.lexicons))
        for criterion in interview_content(kb).cases.criteria
    )


def judge_case(kb: KnowledgeBase, answer: str) -> dict[str, Any]:
    """Which of diagnosis, goal, tools, people, control and timeline the case answer covers."""
    by_id: dict[str, Any] = {item.id: item for item in interview_content(kb).cases.criteria}
    criteria = []
    met = 0
    for criterion_id, patterns in _case_patterns(kb):
        criterion = by_id[criterion_id]
        matches = find(patterns, answer)
        quote = sentence_around(answer, matches[0].start, matches[0].end) if matches else None
        met += 1 if matches else 0
        criteria.append({
            "id": criterion.id,
            "name": criterion.name,
            "met": bool(matches),
            "quote": short(quote) if quote else None,
            "cue": matches[0].quote if matches else None,
            "why": " ".join(criterion.why.split()),
            "fix": criterion.fix,
        })
    total = len(criteria)
    score = 1 + round(4 * met / total) if total else 1
    return {"score": score, "met": met, "of": total, "criteria": criteria}


# --- stress composure --------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _defensive_patterns(kb: KnowledgeBase) -> tuple[Any, ...]:
    return compile_matcher(interview_content(kb).engine.stress.defensive, kb.lexicons)


def judge_composure(kb: KnowledgeBase, report: Report, answer: str, *, offset: int,
                    alone: Report | None = None) -> dict[str, Any]:
    """Courteous, on topic, not defensive, no excuses: lapses in this reply and a 1-5 score.

    ``report`` analyses the whole answer so far; ``offset`` is where this reply starts in it, so
    only lapses in what the candidate just said count. ``alone`` analyses a follow-up reply by
    itself: its findings of the policy's ``reply_rules`` (curt, defensive) count too, quoted from
    the reply.
    """
    policy = interview_content(kb).engine.stress
    lapses: list[dict[str, Any]] = []
    for finding in report.findings:
        if finding.rule not in policy.composure_rules:
            continue
        inside = [item for item in finding.evidence if item.end > offset]
        if finding.evidence and not inside:
            continue
        quote = inside[0].quote if inside else ""
        lapses.append({"rule": finding.rule, "severity": finding.severity, "message": finding.message,
                       "quote": short(quote), "fix": finding.fix})
    seen = {lapse["rule"] for lapse in lapses}
    for finding in alone.findings if alone is not None else ():
        if finding.rule not in policy.reply_rules or finding.rule in seen:
            continue
        seen.add(finding.rule)
        quote = finding.evidence[0].quote if finding.evidence else answer
        lapses.append({"rule": finding.rule, "severity": finding.severity, "message": finding.message,
                       "quote": short(quote), "fix": finding.fix})
    for match in find(_defensive_patterns(kb), answer):
        lapses.append({"rule": "stress.defensive", "severity": "high",
                       "message": policy.defensive_message, "quote": match.quote,
                       "fix": policy.defensive_fix})
        break
    lost = 0
    for lapse in lapses:
        lost += 2 if lapse["severity"] == "high" else 1
    score = max(1, 5 - lost)
    return {"score": score, "kept": not lapses, "lapses": lapses}


# --- biographical: focus on the vacancy --------------------------------------------------------


def judge_vacancy(
    answer: str, requirements: Sequence[str], *, similarity: Similarity, threshold: float
) -> dict[str, Any]:
    """Which of the role's requirements the answer speaks to, quoting the sentence that does."""
    sents = sentences(answer)
    if not sents or not requirements:
        return {"touched": [], "share": 0.0}
    matrix = similarity([quote for _, _, quote in sents], list(requirements))
    touched = []
    for column, requirement in enumerate(requirements):
        row = int(np.argmax(matrix[:, column]))
        value = float(matrix[row, column])
        if value >= threshold:
            touched.append({"requirement": requirement, "quote": short(sents[row][2]),
                            "similarity": round(value, 3)})
    return {"touched": touched, "share": round(len(touched) / len(requirements), 3)}


def brevity(words: int, seconds: float | None, *, min_words: int, max_words: int,
            time_limit_s: int | None) -> str:
    """``too short``, ``too long`` or ``about right`` for a biographical answer."""
    if words > max_words or (seconds is not None and time_limit_s and seconds > time_limit_s):
        return "too long"
    if words < min_words:
        return "too short"
    return "about right"


# --- projective: signals per answer ------------------------------------------------------------


@lru_cache(maxsize=4)
def _signal_patterns(kb: KnowledgeBase) -> tuple[tuple[str, Any, Any], ...]:
    compiled = []
    for signal in interview_content(kb).projective.signals:
        unless = compile_matcher(signal.unless, kb.lexicons) if signal.unless else ()
        compiled.append((signal.id, compile_matcher(signal.if_, kb.lexicons), unless))
    return tuple(compiled)


def projective_signals(
    content: InterviewContent, kb: KnowledgeBase, answer: str, area: str, rules_fired: Sequence[str]
) -> list[dict[str, Any]]:
    """The signals in one projective answer that colour the reading of its area."""
    by_id = {signal.id: signal for signal in content.projective.signals}
    found: list[dict[str, Any]] = []
    for signal_id, if_patterns, unless_patterns in _signal_patterns(kb):
        signal = by_id[signal_id]
        if area not in signal.areas:
            continue
        hits = find(if_patterns, answer)
        by_rule = bool(set(signal.rules) & set(rules_fired))
        if not by_rule and (not hits or (unless_patterns and find(unless_patterns, answer))):
            continue
        found.append({"id": signal.id, "tone": signal.tone,
                      "quote": short(hits[0].quote) if hits else None,
                      "reading": " ".join(signal.reading.split())})
    for note in content.projective.rule_notes:
        if note.rule in rules_fired:
            found.append({"id": note.rule, "tone": "caution", "quote": None,
                          "reading": " ".join(note.reading.split())})
    return found


def worst_finding(findings: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The most serious finding of a list of finding dicts (earliest on ties)."""
    best: dict[str, Any] | None = None
    for finding in findings:
        if best is None or SEVERITY_ORDER[finding["severity"]] < SEVERITY_ORDER[best["severity"]]:
            best = finding
    return best
