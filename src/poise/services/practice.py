"""Practice services: start a mock interview, answer it turn by turn, read its report and progress."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import InputError, NotFoundError, SessionInProgressError
from poise.interview import (
    Prompt,
    SessionState,
    Step,
    Tools,
    build_session_report,
    progress,
    respond,
    role_from_application,
    start_interview,
)
from poise.interview.model import TurnRecord
from poise.interview.progress import Progress
from poise.interview.session_report import ApplicationRef, PersonaView, SessionReport, TurnFeedback
from poise.services.followup import mark_practised, queued_questions
from poise.store import (
    ApplicationRepository,
    Database,
    PracticeSession,
    SessionRepository,
    Turn,
    utc_now,
)
from poise.wire import wire_fields

MAX_SEED = 2**31 - 1
MAX_QUEUE = 20


@dataclass(frozen=True)
class PracticeStep:
    """What the edges show after a move: the interviewer's next prompt and, in practice mode,
    the feedback on the answer just given (always None in real mode)."""

    session_id: int
    format: str
    mode: str
    seed: int
    prompt: Prompt
    feedback: TurnFeedback | None
    ended: bool
    personas: tuple[PersonaView, ...]
    questions: int
    number: int | None = None
    notes: tuple[str, ...] = ()


def _step(session_id: int, state: SessionState, step: Step | None = None) -> PracticeStep:
    feedback = None
    if step is not None and step.turn is not None and state.mode == "practice":
        feedback = TurnFeedback.from_dict(step.turn.feedback)
    return PracticeStep(
        session_id=session_id,
        format=state.format,
        mode=state.mode,
        seed=state.seed,
        prompt=state.pending,
        feedback=feedback,
        ended=state.ended,
        personas=tuple(PersonaView(id=p.id, name=p.name, role=p.role, criterion=p.criterion)
                       for p in state.personas),
        questions=len(state.plan),
        number=state.cursor + 1 if state.phase == "questions" else None,
        notes=tuple(state.notes),
    )


def _meta(record: PracticeSession) -> dict[str, Any]:
    return {
        "id": record.id,
        "started_at": record.started_at.isoformat() if record.started_at else None,
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
    }


def _load(session: Session, session_id: int, *, lock: bool = False) -> PracticeSession:
    record = session.get(PracticeSession, session_id, with_for_update=lock)
    if record is None:
        raise NotFoundError(
            f"No practice session with id {session_id}.",
            hint="List the sessions with GET /api/v1/sessions, or start one with `poise practice`.",
        )
    return record


def start_practice(
    db: Database,
    *,
    interview_format: str,
    application_id: int | None = None,
    mode: str = "practice",
    seed: int | None = None,
    queue: Sequence[str] | None = None,
    kb: KnowledgeBase | None = None,
) -> PracticeStep:
    """Start a mock interview and store it; the first prompt is the interviewer's first question.

    ``seed`` fixes the plan and every choice the interviewer makes (a random one is drawn and
    stored when omitted); ``queue`` lists bank question ids to ask first. When it is omitted,
    the session starts with the practice queue: questions a debrief rated weak (for this
    application, or any when there is none) that suit the format; they leave the queue once asked.
    """
    base = kb or knowledge_base()
    taken: list[int] = []
    if queue is None:
        queue, taken = _from_practice_queue(db, base, interview_format, application_id)
    if seed is not None and not 0 <= seed <= MAX_SEED:
        raise InputError(f"The seed must be between 0 and {MAX_SEED}.", hint="Pick a smaller number.")
    if len(queue) > MAX_QUEUE:
        raise InputError(f"The queue holds at most {MAX_QUEUE} questions.", hint="Queue fewer.")
    chosen = seed if seed is not None else secrets.randbelow(MAX_SEED)
    with db.session() as session:
        role = None
        if application_id is not None:
            application = ApplicationRepository(session).get(application_id)
            role = role_from_application(
                application_id=application.id, company=application.company,
                title=application.title, level=application.level, job_text=application.job_text,
                fit=application.fit,
            )
        step = start_interview(base, interview_format=interview_format, seed=chosen, mode=mode,
                               role=role, queue=list(queue))
        record = SessionRepository(session).add(PracticeSession(
            application_id=application_id, format=interview_format, mode=mode, seed=chosen,
            state=step.state.to_dict(),
        ))
        result = _step(record.id, step.state)
    for item_id in taken:
        mark_practised(db, item_id)
    return result


def _from_practice_queue(
    db: Database, kb: KnowledgeBase, interview_format: str, application_id: int | None
) -> tuple[list[str], list[int]]:
    """Bank question ids waiting in the practice queue that suit this format, and their items."""
    ids: list[str] = []
    items: list[int] = []
    for item in queued_questions(db, application_id):
        question = kb.questions.get(item.question_id or "")
        if question is None or interview_format not in question.formats or question.id in ids:
            continue
        ids.append(question.id)
        items.append(item.id)
        if len(ids) == MAX_QUEUE:
            break
    return ids, items


def answer_practice(
    db: Database,
    session_id: int,
    text: str,
    *,
    seconds: float | None = None,
    kb: KnowledgeBase | None = None,
    tools: Tools | None = None,
) -> PracticeStep:
    """Give the candidate's words for the current prompt; store the turn and the new state.

    When the interview ends the session report is stored with the session.
    """
    base = kb or knowledge_base()
    with db.session() as session:
        record = _load(session, session_id, lock=True)
        state = SessionState.from_dict(record.state)
        step = respond(base, state, text, seconds=seconds, tools=tools)
        record.state = step.state.to_dict()
        turn = step.turn
        if turn is not None:
            SessionRepository(session).add_turn(record.id, Turn(
                kind=turn.prompt.kind, speaker=turn.prompt.speaker,
                question_id=turn.prompt.question_id, prompt_text=turn.prompt.text,
                answer_text=turn.answer, answer_seconds=turn.seconds, report=turn.feedback,
            ))
        if step.ended:
            record.ended_at = utc_now()
            record.report = build_session_report(base, step.state, meta=_meta(record))
        return _step(record.id, step.state, step)


def current_step(db: Database, session_id: int) -> PracticeStep:
    """The prompt a stored session is waiting on (to resume it after a restart)."""
    with db.session() as session:
        record = _load(session, session_id)
        return _step(record.id, SessionState.from_dict(record.state))


@dataclass(frozen=True)
class TranscriptTurn:
    """One exchange of a session so far: the prompt, the candidate's words, their timing and, when
    the mode shows it, the feedback."""

    index: int
    prompt: Prompt
    answer: str
    seconds: float | None
    kind: str
    feedback: TurnFeedback | None

    @classmethod
    def of(cls, turn: TurnRecord, *, show_feedback: bool) -> TranscriptTurn:
        """The engine's turn record as the edges show it."""
        return cls(index=turn.index, prompt=turn.prompt, answer=turn.answer, seconds=turn.seconds,
                   kind=turn.kind,
                   feedback=TurnFeedback.from_dict(turn.feedback) if show_feedback else None)


@dataclass(frozen=True)
class PracticeTranscript:
    """A stored session as a page shows it between moves: the prompt it waits on (with, in
    practice mode, the feedback on the last turn), every exchange so far and the vacancy."""

    step: PracticeStep
    turns: tuple[TranscriptTurn, ...]
    application: ApplicationRef | None


def practice_transcript(db: Database, session_id: int) -> PracticeTranscript:
    """The session so far: the pending prompt, the last feedback (practice mode only) and the
    turns, each with its prompt and answer (real mode: without feedback until the end)."""
    with db.session() as session:
        record = _load(session, session_id)
        state = SessionState.from_dict(record.state)
    step = _step(session_id, state)
    show_feedback = state.mode == "practice" or state.ended
    if state.turns and state.mode == "practice":
        step = replace(step, feedback=TurnFeedback.from_dict(state.turns[-1].feedback))
    turns = tuple(TranscriptTurn.of(turn, show_feedback=show_feedback) for turn in state.turns)
    role = state.role
    application = None
    if role is not None:
        application = ApplicationRef(id=role.application_id, company=role.company, title=role.title)
    return PracticeTranscript(step=step, turns=turns, application=application)


def practice_report(db: Database, session_id: int, *, kb: KnowledgeBase | None = None) -> SessionReport:
    """The session report: stored once the interview ended; built from the answers so far in
    practice mode; an error in real mode until the end (real mode shows nothing before then)."""
    base = kb or knowledge_base()
    with db.session() as session:
        record = _load(session, session_id)
        if record.report is not None:
            return SessionReport.from_dict(record.report)
        state = SessionState.from_dict(record.state)
        if state.mode == "real" and not state.ended:
            raise SessionInProgressError(
                f"Session {session_id} is a real-mode interview that has not ended yet.",
                hint="Real mode gives feedback only at the end: finish the interview first.",
            )
        return SessionReport.from_dict(build_session_report(base, state, meta=_meta(record)))


@dataclass(frozen=True)
class PracticeSummary:
    """A stored session in a list: its status and headline numbers."""

    id: int
    format: str
    mode: str
    seed: int
    application_id: int | None
    status: str
    started_at: str | None
    ended_at: str | None
    turns: int
    overall: int | None
    asked_pause: bool | None

    @property
    def ended(self) -> bool:
        """True once the interview is over."""
        return self.status == "ended"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


def list_practice(
    db: Database, *, application_id: int | None = None, interview_format: str | None = None
) -> list[PracticeSummary]:
    """Sessions, oldest first, with their status and headline numbers."""
    with db.session() as session:
        found = []
        for record in SessionRepository(session).list(application_id=application_id):
            if interview_format and record.format != interview_format:
                continue
            state = record.state or {}
            report = record.report or {}
            found.append(PracticeSummary(
                id=record.id,
                format=record.format,
                mode=record.mode,
                seed=record.seed,
                application_id=record.application_id,
                status="ended" if record.ended_at else "in_progress",
                started_at=record.started_at.isoformat() if record.started_at else None,
                ended_at=record.ended_at.isoformat() if record.ended_at else None,
                turns=len(state.get("turns") or []),
                overall=report.get("overall"),
                asked_pause=(report.get("pause_question") or {}).get("asked")
                if report else bool((state.get("closing") or {}).get("asked_pause")),
            ))
        return found


def practice_progress(
    db: Database, *, application_id: int | None = None, kb: KnowledgeBase | None = None
) -> Progress:
    """Progress across ended sessions, by question family and by dimension."""
    base = kb or knowledge_base()
    with db.session() as session:
        query = select(PracticeSession).where(PracticeSession.ended_at.is_not(None))
        if application_id is not None:
            query = query.where(PracticeSession.application_id == application_id)
        entries = [
            {"id": record.id, "format": record.format, "report": record.report,
             "ended_at": record.ended_at.isoformat() if record.ended_at else None}
            for record in session.scalars(query.order_by(PracticeSession.ended_at, PracticeSession.id))
        ]
    return Progress.from_dict(progress(base, entries))
