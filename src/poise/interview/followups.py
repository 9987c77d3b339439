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


@dataclass(frozen=True)
class FollowUp:
    """The interviewer's next line about the same question, and what it probes."""

    key: str
    text: str


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
) -> FollowUp | None:
    """The follow-up for an answer that misses part of what was asked (at most two per question).

    Cases probe their first missing criterion (diagnosis, goal, tools, people, control,
    timeline); other questions probe the first open gap (no actions, no result, only "we",
    vague), preferring the question's own follow-up line.
    """
    policy = content.engine.follow_ups
    if thread.follow_ups >= policy.max_per_question.get(Format(interview_format), 0):
        return None
    if case is not None:
        by_id = {criterion.id: criterion for criterion in content.cases.criteria}
        for result in case["criteria"]:
            key = CASE_PREFIX + result["id"]
            if result["met"] or key in thread.asked:
                continue
            criterion = by_id[result["id"]]
            own = item.follow_ups.get(criterion.follow_up_key or "")
            used_texts = {text for text in thread.asked if not text.startswith(CASE_PREFIX)}
            text = own if own and own not in used_texts else criterion.ask
            return FollowUp(key=key, text=text)
        return None
    if report is None:
        return None
    fired = report.rules_fired()
    for gap in policy.gaps:
        if gap.id in thread.asked:
            continue
        if fired & set(gap.rules) or (report.insufficient and gap.id == policy.thin_answer_gap):
            text = item.follow_ups.get(gap.id) or (gap.ask if item.behavioural else policy.thin_answer_ask)
            return FollowUp(key=gap.id, text=text)
    return None


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
) -> FollowUp | None:
    """The stress interviewer's challenge: a reason found in the answer, else a sceptical line.

    Every first answer is challenged (when the policy says so); a second challenge needs a
    reason. A challenge already used in the session is avoided while others remain.
    """
    policy = content.engine.stress
    limit = content.engine.follow_ups.max_per_question.get(Format.STRESS, 0)
    if thread.follow_ups >= limit:
        return None
    fired = report.rules_fired() if report is not None else set()
    words = report.words if report is not None else 0
    for trigger in policy.triggers:
        if trigger.challenge in thread.asked or words < trigger.min_words:
            continue
        reason = (
            (trigger.over_time and over_time)
            or bool(fired & set(trigger.rules))
            or (item.family in trigger.families and thread.follow_ups == 0)
        )
        if reason and (trigger.challenge not in used or thread.follow_ups == 0):
            return FollowUp(key=trigger.challenge, text=trigger.challenge)
    if thread.follow_ups > 0 or not policy.first_answer_always_challenged:
        return None
    fresh = [line for line in policy.generic if line not in used] or list(policy.generic)
    line = seeded(seed, "challenge", turn).choice(fresh)
    return FollowUp(key=line, text=line)
