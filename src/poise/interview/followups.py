"""What the interviewer asks next about an answer: follow-ups, stress challenges, clarifying replies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from poise.analysis.report import Report
from poise.content.schema import Format, InterviewContent
from poise.interview.model import PlanItem, Thread, seeded

CASE_PREFIX = "case:"
QUOTE_PREFIX = "quote:"


@dataclass(frozen=True)
class FollowUp:
    """The interviewer's next line about the same question, and what it probes.

    ``line`` is the bank or policy line without the candidate's words; ``quote`` is the part of
    the answer it is grounded in (None when the answer gave nothing to quote).
    """

    key: str
    text: str
    line: str = ""
    quote: str | None = None


ROLE_PREFERENCE: dict[str, tuple[str, ...]] = {
    "no_actions": ("results", "circumstances", "other", "actions", "lesson"),
    "no_result": ("actions", "circumstances", "other", "lesson", "results"),
    "only_we": ("results", "actions", "circumstances", "other", "lesson"),
    "vague": ("results", "actions", "circumstances", "other", "lesson"),
    "claim": ("results", "actions", "circumstances", "other", "lesson"),
}
"""Which sentence of the answer a probe quotes, best first: a missing action is asked about the
outcome the candidate claimed, a missing result about the action they described."""

NUMBER_RE = re.compile(r"\d|\b(?:half|third|quarter|fifth|double|doubled|tripled|twice)\b", re.I)
SPLIT_RE = re.compile(r"(?<=[.!?])\s+")


def _latest_sentences(report: Report, offset: int) -> list[tuple[int, int, str, str]]:
    """Sentences of the latest answer (from ``offset`` in the analysed text) with their roles."""
    found = []
    for sent in report.structure:
        if sent.end > offset and len(sent.quote.split()) >= 3:
            found.append((max(sent.start, offset), sent.end, sent.role, sent.quote))
    if found:
        return found
    text = report.answer[offset:]
    position = offset
    for part in SPLIT_RE.split(text):
        start = report.answer.find(part, position)
        if part.strip() and len(part.split()) >= 3:
            found.append((start, start + len(part), "other", part.strip()))
        position = max(position, start + len(part))
    return found


def _trim(sentence: str, *, words: int) -> str:
    """The sentence as quoted back: its first ``words`` words, without the final stop."""
    parts = sentence.strip().rstrip(".!?;:,").split()
    if len(parts) <= words:
        return " ".join(parts)
    cut = parts[:words]
    while cut and cut[-1].lower().strip(",;:") in TRAILING:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"


TRAILING = frozenset({"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with",
                      "by", "at", "that", "which", "so", "as", "from", "our", "my", "their", "we",
                      "i", "it", "was", "were", "is", "had", "have"})


def quote_from(report: Report | None, *, offset: int, rules: Sequence[str] = (), prefer: str = "claim",
               avoid: Sequence[str] = (), words: int = 14) -> str | None:
    """The candidate's own words a probe is grounded in.

    First the sentence carrying evidence of one of ``rules`` (when the evidence is narrower than
    the whole answer), else the sentence whose role suits what is probed (``prefer``), claims
    with a number first. Only the latest answer (from ``offset``) is quoted.
    """
    if report is None:
        return None
    sents = _latest_sentences(report, offset)
    if not sents:
        return None
    whole = len(report.answer[offset:].strip())
    for finding in report.findings:
        if finding.rule not in rules:
            continue
        for item in finding.evidence:
            if item.end <= offset or (item.end - item.start) >= whole * 0.9:
                continue
            for start, end, _, quote in sents:
                if start <= item.start < end and _trim(quote, words=words) not in avoid:
                    return _trim(quote, words=words)
    order = ROLE_PREFERENCE.get(prefer, ROLE_PREFERENCE["claim"])
    ranked = sorted(
        range(len(sents)),
        key=lambda index: (order.index(sents[index][2]) if sents[index][2] in order else len(order),
                           0 if NUMBER_RE.search(sents[index][3]) else 1, index),
    )
    for index in ranked:
        quote = _trim(sents[index][3], words=words)
        if quote not in avoid:
            return quote
    return None


def grounded(lead: str, quote: str | None, line: str) -> str:
    """``line`` after the lead that quotes the candidate (just ``line`` when nothing to quote)."""
    if not quote:
        return line
    return f"{lead.format(quote=quote)} {line}"


def _fresh(options: Sequence[str], used: Sequence[str]) -> str | None:
    for option in options:
        if option and option not in used:
            return option
    return None


def is_clarifying(content: InterviewContent, text: str) -> bool:
    """True for a clarifying question ("Do you mean...?", or a short line ending with "?")."""
    line = text.strip()
    if "?" not in line:
        return False
    policy = content.engine.clarifying
    words = len(line.split())
    for pattern in policy.patterns:
        if re.search(pattern, line, re.IGNORECASE) and words <= 2 * policy.max_words:
            return True
    return line.endswith("?") and words <= policy.max_words


def clarifying_reply(content: InterviewContent, item: PlanItem, *, stress: bool) -> str:
    """The interviewer's answer to a clarifying question, from what the question is really asking."""
    policy = content.engine.clarifying
    really = " ".join(item.really_asking.split())
    if not really:
        return policy.unknown
    first_sentence = re.match(r".+?[.!?](?=\s|$)", really)
    if first_sentence:
        really = first_sentence.group(0)
    first = really.split()[0]
    if first in policy.clause_starts:
        template = policy.stress_reply if stress else policy.reply
        really = really[0].lower() + really[1:]
    else:
        template = policy.stress_reply_sentence if stress else policy.reply_sentence
    return template.format(really=really)


def choose_follow_up(
    content: InterviewContent,
    *,
    interview_format: str,
    item: PlanItem,
    thread: Thread,
    report: Report | None,
    case: dict[str, Any] | None,
    used: Sequence[str] = (),
    offset: int = 0,
) -> FollowUp | None:
    """The follow-up for an answer that misses part of what was asked (at most two per question).

    Cases probe their first missing criterion (diagnosis, goal, tools, people, control,
    timeline); other questions probe the first open gap (no actions, no result, only "we",
    vague), preferring the question's own follow-up line. Every probe quotes the sentence of the
    latest answer (from ``offset``) it is about, and no line in ``used`` (asked earlier in the
    session) is asked again: an alternative wording is used, or the gap is left.
    """
    policy = content.engine.follow_ups
    if thread.follow_ups >= policy.max_per_question.get(Format(interview_format), 0):
        return None
    quoted = [key for key in thread.asked if key.startswith(QUOTE_PREFIX)]
    avoid = [key[len(QUOTE_PREFIX):] for key in quoted]
    if case is not None:
        by_id = {criterion.id: criterion for criterion in content.cases.criteria}
        for result in case["criteria"]:
            key = CASE_PREFIX + result["id"]
            if result["met"] or key in thread.asked:
                continue
            criterion = by_id[result["id"]]
            own = item.follow_ups.get(criterion.follow_up_key or "")
            line = _fresh([own or "", criterion.ask, *criterion.alternates], used)
            if line is None:
                continue
            quote = quote_from(report, offset=offset, prefer="claim", avoid=avoid)
            return FollowUp(key=key, text=grounded(policy.lead, quote, line), line=line, quote=quote)
        return None
    if report is None:
        return None
    fired = report.rules_fired()
    for gap in policy.gaps:
        if gap.id in thread.asked:
            continue
        if fired & set(gap.rules) or (report.insufficient and gap.id == policy.thin_answer_gap):
            default = gap.ask if item.behavioural else policy.thin_answer_ask
            line = _fresh([item.follow_ups.get(gap.id) or "", default, *gap.alternates], used)
            if line is None:
                continue
            quote = quote_from(report, offset=offset, rules=gap.rules, prefer=gap.id, avoid=avoid)
            lead = gap.lead or policy.lead
            return FollowUp(key=gap.id, text=grounded(lead, quote, line), line=line, quote=quote)
    return None


def _fits(content: InterviewContent, line: str, item: PlanItem, report: Report | None) -> bool:
    """True when a sceptical line suits the question's family and what the answer holds."""
    for fit in content.engine.stress.generic_fit:
        if fit.challenge != line:
            continue
        if fit.families and item.family not in fit.families:
            return False
        if report is None or report.words < fit.min_words:
            return False
        if fit.needs == "claim":
            return report is not None and _has_claim(report)
        if fit.needs == "answer":
            return report is not None and not report.insufficient
    return True


def _has_claim(report: Report) -> bool:
    """True when the answer claims an outcome (a result sentence, or a number in a sentence)."""
    if not report.structure:
        return bool(NUMBER_RE.search(report.answer))
    return any(sent.role == "results" or NUMBER_RE.search(sent.quote) for sent in report.structure)


def choose_challenge(
    content: InterviewContent,
    *,
    item: PlanItem,
    thread: Thread,
    report: Report | None,
    over_time: bool,
    used: Sequence[str],
    seed: int,
    turn: int,
    offset: int = 0,
    spoken_words: int | None = None,
) -> FollowUp | None:
    """The stress interviewer's challenge: a reason found in the answer, else a sceptical line.

    A trigger fires on its rules, on running over time, or (first answer only) on the question's
    family; triggers marked behavioural only challenge answers about past events. Otherwise a
    first answer draws a sceptical line that fits the question's family and the answer. No line
    is used twice in a session: when none is left that fits, there is no challenge. The
    challenge echoes the candidate's words it doubts. ``spoken_words`` is how long the latest
    reply was before any cut (the report holds every reply to the question, and only the words
    heard).
    """
    policy = content.engine.stress
    limit = content.engine.follow_ups.max_per_question.get(Format.STRESS, 0)
    if thread.follow_ups >= limit or report is None:
        return None
    fired = report.rules_fired()
    words = report.words if spoken_words is None else spoken_words
    avoid = [key[len(QUOTE_PREFIX):] for key in thread.asked if key.startswith(QUOTE_PREFIX)]
    for trigger in policy.triggers:
        line = trigger.challenge
        if line in thread.asked or line in used or words < trigger.min_words:
            continue
        if trigger.behavioural_only and not item.behavioural:
            continue
        by_rule = bool(fired & set(trigger.rules))
        reason = (
            (trigger.over_time and over_time)
            or by_rule
            or (item.family in trigger.families and thread.follow_ups == 0)
        )
        if reason:
            quote = quote_from(report, offset=offset, rules=trigger.rules if by_rule else (),
                               prefer="claim", avoid=avoid, words=10)
            return FollowUp(key=line, text=grounded(policy.echo, quote, line), line=line, quote=quote)
    if thread.follow_ups > 0 or not policy.first_answer_always_challenged:
        return None
    fresh = [line for line in policy.generic if line not in used and _fits(content, line, item, report)]
    if not fresh:
        return None
    line = seeded(seed, "challenge", turn).choice(fresh)
    quote = quote_from(report, offset=offset, prefer="claim", avoid=avoid, words=10)
    return FollowUp(key=line, text=grounded(policy.echo, quote, line), line=line, quote=quote)


def resolved_findings(earlier: dict[str, Any] | None, report: Report) -> list[dict[str, str]]:
    """The findings on the earlier answer (its stored analysis) that the answer together with the
    follow-up no longer raises: what the follow-up fixed, each with the words first quoted."""
    if not earlier:
        return []
    still = report.rules_fired()
    resolved: list[dict[str, str]] = []
    for finding in earlier.get("findings") or []:
        rule = str(finding.get("rule", ""))
        if not rule or rule in still or any(item["rule"] == rule for item in resolved):
            continue
        evidence = finding.get("evidence") or []
        quote = str(evidence[0].get("quote", "")) if evidence and isinstance(evidence[0], dict) else ""
        resolved.append({"rule": rule, "message": str(finding.get("message", "")), "quote": quote})
    return resolved
