"""The pipeline: every application with its stage, its next action and date, and the last debrief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from poise.errors import InputError
from poise.followup.application import CLOSED_STAGES, STAGES, ApplicationView
from poise.followup.debrief import RATINGS, Debrief
from poise.followup.letter import long_date
from poise.followup.schedule import Schedule
from poise.wire import wire_fields

ActionSource = Literal["schedule", "debrief", "promise", "stage"]

STAGE_ACTIONS: dict[str, str] = {
    "researching": "Finish your research and send the application",
    "applied": "Prepare for the first interview while you wait to hear",
    "interviewing": "Record a debrief right after the interview",
    "offer": "Answer the offer",
}
"""The next action at a stage when nothing more specific is due."""


def check_stage(stage: str) -> str:
    """The stage, lower-cased; InputError naming the valid stages when it is not one."""
    cleaned = stage.strip().lower()
    if cleaned not in STAGES:
        raise InputError(
            f"Unknown stage {stage!r}.",
            hint=f"Use one of: {', '.join(STAGES)}.",
        )
    return cleaned


def stage_label(stage: str, round_number: int) -> str:
    """``interviewing (round 2)``, or the stage itself."""
    if stage == "interviewing" and round_number > 0:
        return f"interviewing (round {round_number})"
    return stage


@dataclass(frozen=True)
class NextAction:
    """What to do next for one application, and by when (None when there is no date)."""

    what: str
    due: date | None
    source: ActionSource

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class NextStepPoint:
    """What the interviewers said happens next, and by when."""

    what: str
    by: date | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class DebriefPoints:
    """The last debrief's facts: when, who, the weak answers, open concerns, promises, next step."""

    held_on: date
    round: int
    interviewers: tuple[str, ...]
    weak_questions: tuple[str | None, ...]
    open_concerns: tuple[str, ...]
    promises: tuple[str, ...]
    next_step: NextStepPoint | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class PipelineRow:
    """One application in the pipeline."""

    application_id: int
    company: str
    title: str
    stage: str
    round: int
    stage_label: str
    next_action: NextAction | None
    key_points: tuple[str, ...]
    last_debrief: DebriefPoints | None
    practice_pending: int = 0

    @property
    def closed(self) -> bool:
        """True once the application has an answer."""
        return self.stage in CLOSED_STAGES

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


def key_points(debrief: Debrief) -> list[str]:
    """The debrief in a few short lines: who, weak answers, open concerns, promises, next step."""
    people = ", ".join(
        f"{person.name} ({person.role})" if person.role else person.name
        for person in debrief.interviewers
    )
    points = [f"Round {debrief.round} on {long_date(debrief.held_on)} with {people}"]
    for question in debrief.weak_questions:
        who = f", asked by {question.asked_by}" if question.asked_by else ""
        points.append(f"Weak answer ({question.rating}/5, {RATINGS[question.rating]}{who}): "
                      f"{question.text or question.question_id}")
    for concern in debrief.concerns:
        who = f" by {concern.raised_by}" if concern.raised_by else ""
        points.append(f"Concern raised{who}, {concern.handled}: {concern.text}")
    for promise in debrief.promises:
        when = f" by {long_date(promise.by)}" if promise.by else ""
        points.append(f"Promised: {promise.what}{when}")
    if debrief.next_step is not None:
        when = f" by {long_date(debrief.next_step.by)}" if debrief.next_step.by else ""
        points.append(f"Next: {debrief.next_step.what}{when}")
    return points


def debrief_summary(debrief: Debrief) -> DebriefPoints:
    """The last debrief's facts."""
    step = debrief.next_step
    return DebriefPoints(
        held_on=debrief.held_on,
        round=debrief.round,
        interviewers=tuple(person.name for person in debrief.interviewers),
        weak_questions=tuple(question.text or question.question_id
                             for question in debrief.weak_questions),
        open_concerns=tuple(concern.text for concern in debrief.open_concerns),
        promises=tuple(promise.what for promise in debrief.promises),
        next_step=NextStepPoint(step.what, step.by) if step else None,
    )


def next_action(
    app: ApplicationView, debrief: Debrief | None, schedule: Schedule | None, *, today: date
) -> NextAction | None:
    """The earliest thing still ahead: a follow-up step, a promise, or the date they gave."""
    if app.stage in ("accepted", "declined", "closed"):
        return None
    if app.stage == "offer" or debrief is None or app.stage != "interviewing":
        return NextAction(STAGE_ACTIONS.get(app.stage, "Decide the next step"), None, "stage")
    candidates: list[NextAction] = []
    if schedule is not None:
        for step in schedule.upcoming(today):
            candidates.append(NextAction(step.title, step.due, "schedule"))
    for promise in debrief.promises:
        if promise.delivery == "to_follow" and promise.by is not None and promise.by >= today:
            candidates.append(NextAction(f"Send {promise.what} (promised)", promise.by, "promise"))
    expected = debrief.next_step
    if expected is not None and expected.by is not None and expected.by >= today:
        who = f" (said {expected.said_by})" if expected.said_by else ""
        candidates.append(NextAction(f"Expect {expected.what}{who}", expected.by, "debrief"))
    if not candidates:
        return NextAction("Every follow-up is sent: wait for their reply, or update the stage",
                          None, "stage")
    earliest = candidates[0]
    for candidate in candidates[1:]:
        if candidate.due is not None and earliest.due is not None and candidate.due < earliest.due:
            earliest = candidate
    return earliest


def pipeline_row(
    app: ApplicationView,
    debrief: Debrief | None,
    schedule: Schedule | None,
    *,
    today: date,
    practice_pending: int = 0,
) -> PipelineRow:
    """One application's line in the pipeline."""
    return PipelineRow(
        application_id=app.id,
        company=app.company,
        title=app.title,
        stage=app.stage,
        round=app.round,
        stage_label=stage_label(app.stage, app.round),
        next_action=next_action(app, debrief, schedule, today=today),
        key_points=tuple(key_points(debrief)) if debrief else (),
        last_debrief=debrief_summary(debrief) if debrief else None,
        practice_pending=practice_pending,
    )


def sort_rows(rows: list[PipelineRow]) -> list[PipelineRow]:
    """Open applications first, soonest next action first (undated after), closed ones last."""

    def key(row: PipelineRow) -> tuple[int, int, date, int]:
        due = row.next_action.due if row.next_action and row.next_action.due else date.max
        return (1 if row.closed else 0, 0 if due != date.max else 1, due, row.application_id)

    return sorted(rows, key=key)
