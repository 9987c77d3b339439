"""The closing phase: the pause question, the concern, and answers to the candidate's questions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from poise.analysis.matching import compile_matcher, find
from poise.analysis.report import Report
from poise.analysis.rules.code import job_lines
from poise.content.loader import KnowledgeBase
from poise.content.schema import InterviewContent, Matcher
from poise.interview.judges import Similarity, short
from poise.interview.model import RoleContext, TurnRecord, seeded
from poise.interview.role import normalise_concern

QUOTED_RE = re.compile(r"“([^”]+)”")
QUESTION_SPLIT_RE = re.compile(r"(?<=[?.!])\s+")


def is_pause_question(content: InterviewContent, text: str) -> bool:
    """True when the candidate asks, in any wording, whether anything about them gives pause."""
    patterns = content.closing.pause_patterns
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def is_done(content: InterviewContent, text: str) -> bool:
    """True when the candidate says they have no more questions (and asks none in the same line)."""
    if "?" in text:
        return False
    patterns = content.closing.done_patterns
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def other_questions(content: InterviewContent, text: str) -> str:
    """The parts of a closing line that are questions other than the pause question."""
    kept = []
    for part in QUESTION_SPLIT_RE.split(text.strip()):
        if part.endswith("?") and not is_pause_question(content, part):
            kept.append(part)
    return " ".join(kept)


def choose_concern(
    kb: KnowledgeBase,
    content: InterviewContent,
    *,
    role: RoleContext | None,
    turns: Sequence[TurnRecord],
    plan_families: dict[int, str],
    seed: int,
) -> dict[str, Any]:
    """The concern to raise: the fit map's top one, else a generic one.

    A generic concern tied to weak answers (``when_weak``) comes first when such an answer scored
    below the threshold, as when an interviewer doubts the role was understood; otherwise the
    seed picks one.
    """
    if role is not None and role.concern:
        return dict(role.concern)
    generic = content.concerns
    weak_families = set()
    for turn in turns:
        analysis = turn.feedback.get("analysis")
        if turn.plan_index is None or not analysis or turn.kind not in ("answer", "follow_up_answer"):
            continue
        if analysis["overall"] < generic.weak_below:
            weak_families.add(plan_families.get(turn.plan_index, ""))
    chosen = None
    for concern in generic.concerns:
        if weak_families & set(concern.when_weak):
            chosen = concern
            break
    if chosen is None:
        pool = [concern for concern in generic.concerns if not concern.when_weak] or list(generic.concerns)
        chosen = seeded(seed, "concern").choice(pool)
    data = chosen.model_dump(mode="json")
    normalised = normalise_concern(data, source="generic")
    return normalised if normalised is not None else data


def voice_concern(content: InterviewContent, concern: dict[str, Any], *, stress: bool) -> str:
    """How the interviewer raises the concern."""
    lines = content.closing.pause
    opener = lines.stress_opener if stress else lines.opener
    said = concern.get("question") or ""
    if not said:
        title = str(concern.get("title", "")).rstrip(".")
        why = str(concern.get("why", ""))
        said = f"{title}. {short(why, 280)}" if why else f"{title}."
    invite = "" if said.rstrip().endswith("?") else lines.invite_reply  # one question is enough
    return " ".join(f"{opener} {said} {invite}".split())


def _avoid_kind(kb: KnowledgeBase, text: str) -> str | None:
    for kind in kb.questions_to_ask.avoid:
        if kind.id == "no_questions":
            continue
        if find(compile_matcher(Matcher(phrases=list(kind.cues)), kb.lexicons), text):
            return kind.id
    return None


def _topic(content: InterviewContent, text: str) -> str | None:
    for topic in content.closing.topics:
        for pattern in topic.patterns:
            if re.search(pattern, text, re.IGNORECASE):
                return topic.id
    return None


def best_job_line(text: str, job_text: str, *, similarity: Similarity) -> tuple[str | None, float]:
    """The line of the job text closest in meaning to the candidate's question."""
    lines = list(job_lines(job_text))
    if not lines or not text.strip():
        return None, 0.0
    scores = similarity([text], lines)[0]
    best = int(scores.argmax())
    return lines[best], float(scores[best])


def answer_candidate_question(
    kb: KnowledgeBase,
    content: InterviewContent,
    *,
    text: str,
    report: Report | None,
    role: RoleContext | None,
    similarity: Similarity,
) -> tuple[str, list[dict[str, str]]]:
    """The interviewer's reply to a closing question, and the flags the question earned.

    Public facts get a pointed reply; questions the job text answers are answered by quoting it;
    otherwise the most relevant job line, a usual answer for the topic, or "next round".
    """
    replies = content.closing.replies
    topics = {topic.id: topic for topic in content.closing.topics}
    flags: list[dict[str, str]] = []
    fired = report.rules_fired() if report is not None else set()
    in_job_line = None
    if report is not None:
        for finding in report.findings:
            if finding.rule in ("closing.public_info", "closing.answered_in_job"):
                flags.append({"id": finding.rule, "message": finding.message, "fix": finding.fix})
            if finding.rule == "closing.answered_in_job":
                quoted = QUOTED_RE.search(finding.message)
                in_job_line = quoted.group(1) if quoted else None
    avoid = _avoid_kind(kb, text)
    if avoid == "public_facts" and "closing.public_info" in fired:
        avoid = None
    if avoid is not None:
        kind = next(item for item in kb.questions_to_ask.avoid if item.id == avoid)
        flags.append({"id": f"avoid.{avoid}", "message": kind.kind, "fix": " ".join(kind.why.split())})
    if "closing.public_info" in fired:
        return replies.public_info, flags
    if avoid is not None and avoid in replies.avoid:
        return replies.avoid[avoid], flags
    topic = _topic(content, text)
    if topic == "next_steps":
        return " ".join(topics[topic].reply.split()), flags
    if role is not None and role.job_text.strip():
        if in_job_line:
            return replies.from_job.format(line=in_job_line.rstrip(". ")), flags
        line, score = best_job_line(text, role.job_text, similarity=similarity)
        if line is not None and score >= replies.job_line_threshold:
            return replies.job_line.format(line=short(line, 220).rstrip(". ")), flags
    if topic is not None:
        return " ".join(topics[topic].reply.split()), flags
    return replies.next_round, flags
