"""Mock interviews over JSON: start a session, answer turn by turn, read the report and progress."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, ConfigDict, Field

from poise.services.practice import (
    PracticeStep,
    PracticeSummary,
    answer_practice,
    list_practice,
    practice_progress,
    practice_report,
    start_practice,
)
from poise.web.deps import DbDep, KbDep
from poise.web.schemas import ERROR_RESPONSES, ErrorResponse, ReportPublic, list_of, public_model

router = APIRouter(prefix="/api/v1", tags=["practice"])

RESPONSES: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    404: {"model": ErrorResponse, "description": "No such session or application."},
}


class _Model(BaseModel):
    """Base of the practice models: unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    """Base of nested report parts that carry extra detail beyond the documented fields."""

    model_config = ConfigDict(extra="allow")


# --- requests ---------------------------------------------------------------------------------


class SessionCreate(_Model):
    """Start a mock interview."""

    format: Literal["biographical", "competency", "panel", "stress", "projective"] = Field(
        examples=["panel"], description="The interview format."
    )
    application_id: int | None = Field(
        default=None,
        description="Rehearse for this application: questions weighted to its requirements, its "
        "top predicted concern raised in the closing phase, closing questions answered from its job text.",
    )
    mode: Literal["practice", "real"] = Field(
        default="practice",
        description="practice: feedback after every answer; real: nothing until the end.",
    )
    seed: int | None = Field(
        default=None, ge=0, le=2**31 - 1,
        description="Fixes the plan and every choice of the interviewer (random when omitted).",
    )
    queue: list[str] | None = Field(
        default=None, max_length=20,
        description="Bank question ids to ask first. When omitted, the session starts with the "
        "practice queue: questions a debrief rated weak that suit the format.",
    )


class AnswerCreate(_Model):
    """The candidate's words for the current prompt."""

    text: str = Field(
        max_length=20_000,
        description="An answer, a clarifying question (\"Do you mean...?\"), a closing question, "
        "or \"no more questions\" to end the closing phase.",
        examples=["In 2022 I took over a warehouse where 18% of orders shipped late..."],
    )
    seconds: float | None = Field(
        default=None, ge=0, le=36_000, description="How long the answer took, if measured."
    )


# --- responses --------------------------------------------------------------------------------


class PromptPublic(_Model):
    """The interviewer's next turn."""

    kind: Literal["question", "follow_up", "closing", "reply", "concern", "end"]
    speaker: str = Field(description="The interviewer's name.")
    speaker_role: str
    persona: str = Field(description="The persona id (formats.yaml).")
    text: str
    time_limit_s: int | None = Field(description="Seconds allowed for the answer; null at the end.")
    question_id: str | None = Field(default=None, description="The bank question, if any.")


class PersonaPublic(_Model):
    """An interviewer in the session."""

    id: str
    name: str
    role: str
    criterion: str


class SessionCreated(_Model):
    """A new session and the interviewer's first question."""

    id: int
    format: str
    mode: str
    seed: int = Field(description="Send it again to replay the same interview.")
    personas: list[PersonaPublic]
    questions: int = Field(description="Questions planned before the closing phase.")
    notes: list[str]
    prompt: PromptPublic


class CaseCriterionPublic(_Model):
    """One criterion a situational case is judged on."""

    id: str
    name: str
    met: bool
    quote: str | None
    cue: str | None
    why: str
    fix: str


class CasePublic(_Model):
    """How a case answer covers diagnosis, goal, tools, people, control and timeline."""

    score: int = Field(ge=1, le=5)
    met: int
    of: int
    criteria: list[CaseCriterionPublic]


class LapsePublic(_Model):
    """A moment composure slipped, with the words."""

    rule: str
    severity: str
    message: str
    quote: str
    fix: str


class ComposurePublic(_Model):
    """Stress format: courteous, on topic, not defensive, no excuses."""

    score: int = Field(ge=1, le=5)
    kept: bool
    lapses: list[LapsePublic]


class ResolvedPublic(_Model):
    """A finding on the earlier answer that the follow-up answer cleared."""

    rule: str
    message: str
    quote: str = Field(description="The words of the earlier answer the finding first quoted.")


class CutPublic(_Model):
    """An answer cut off at its limit: what was heard and what was not."""

    at_s: int = Field(description="The limit, in seconds, where the answer was cut.")
    said: str = Field(description="The words heard (the part that is judged).")
    unsaid: str = Field(description="The words after the cut, not heard.")
    last: str = Field(description="The last words heard before the cut.")
    words_said: int
    words_unsaid: int


class FeedbackPublic(_Model):
    """Feedback on one turn (practice mode), the same shape stored with every turn."""

    turn: int
    kind: Literal[
        "answer", "follow_up_answer", "clarification", "silence", "pause_question",
        "candidate_question", "statement", "closing_done", "concern_reply", "concern_clarification",
    ]
    question: str = Field(description="The prompt this turn answered.")
    speaker: str
    analysis: ReportPublic | None = Field(
        description="The analysis of the answer (for a follow-up: of the whole answer so far)."
    )
    seconds: float | None
    time_limit_s: int | None
    over_time: bool
    notes: list[str]
    case: CasePublic | None = None
    composure: ComposurePublic | None = None
    vacancy: dict[str, Any] | None = Field(
        default=None, description="Biographical: relevance, brevity and requirements touched."
    )
    closing: dict[str, Any] | None = Field(
        default=None, description="Closing phase: flags on the question and the interviewer's reply."
    )
    follow_up: str | None = Field(default=None, description="The follow-up this answer drew, if any.")
    follow_up_quote: str | None = Field(
        default=None, description="The candidate's words the follow-up quotes back, if any."
    )
    cut: CutPublic | None = Field(
        default=None, description="Stress: where the interviewer cut the answer off at the limit."
    )
    resolved: list[ResolvedPublic] = Field(
        default_factory=list,
        description="A follow-up answer: the findings on the earlier answer it cleared.",
    )


class AnswerResult(_Model):
    """The feedback on the answer (null in real mode) and the interviewer's next turn."""

    report: FeedbackPublic | None
    prompt: PromptPublic
    ended: bool


class DimensionAveragePublic(_Open):
    """A dimension averaged over the session's answers."""

    label: str
    average: float | None
    answers: int


class FixFirstPublic(_Open):
    """One of the three things to fix first across the session."""

    rule: str
    severity: str
    message: str
    fix: str
    why: str
    count: int


class ClosingPublic(_Open):
    """The closing phase: the pause question, the concern and its handling, the questions asked."""

    asked_pause: bool
    concern: dict[str, Any] | None
    reply: dict[str, Any] | None
    questions: list[dict[str, Any]]
    result: str


class PanellistPublic(_Open):
    """One panellist's score on their own criterion, and why."""

    name: str
    role: str
    criterion: str
    score: int | None
    reason: str


class PanelPublic(_Open):
    """The panel's verdict as the hiring director receives it."""

    recommendation: str
    average: float | None
    panellists: list[PanellistPublic]
    memo: str


class SessionReportPublic(_Open):
    """A whole session: headline first (it opens with the missing pause question, if so), every
    turn with its feedback, dimension averages, what to fix first, timing, the closing phase and
    the format's own verdict."""

    headline: list[str]
    version: int
    session: dict[str, Any]
    pause_question: dict[str, Any]
    overall: int | None
    dimensions: dict[str, DimensionAveragePublic]
    fix_first: list[FixFirstPublic]
    timing: dict[str, Any]
    families: dict[str, Any]
    closing: ClosingPublic
    panel: PanelPublic | None
    stress: dict[str, Any] | None = Field(description="Stress: composure per answer and lapses.")
    cases: dict[str, Any] | None = Field(description="Situational cases and their criteria.")
    projective: dict[str, Any] | None = Field(description="Projective: a reading per area.")
    biographical: dict[str, Any] | None = Field(description="Biographical: vacancy focus, brevity.")
    turns: list[dict[str, Any]]


SessionSummaryPublic = public_model(
    PracticeSummary, name="SessionSummaryPublic", doc="A session in the list.",
    override={"status": Literal["in_progress", "ended"]},
)


class SeriesPublic(_Open):
    """Scores of one family or dimension from session to session."""

    sessions: int
    first: float
    latest: float
    best: float
    change: float
    points: list[dict[str, Any]]


class ProgressPublic(_Model):
    """Progress across ended sessions."""

    sessions: int
    formats: dict[str, int]
    pause_question_asked: int = Field(description="Sessions in which the pause question was asked.")
    overall: SeriesPublic | None
    by_family: list[SeriesPublic]
    by_dimension: list[SeriesPublic]


def _prompt(step: PracticeStep) -> PromptPublic:
    return PromptPublic(**step.prompt.to_dict())


# --- routes -----------------------------------------------------------------------------------


@router.post(
    "/sessions",
    summary="Start a mock interview",
    response_model=SessionCreated,
    status_code=status.HTTP_201_CREATED,
    responses=RESPONSES,
)
def create_session(body: SessionCreate, db: DbDep, kb: KbDep) -> SessionCreated:
    """Plan the interview (deterministic given the seed) and return the first question."""
    step = start_practice(db, interview_format=body.format, application_id=body.application_id,
                          mode=body.mode, seed=body.seed, queue=body.queue, kb=kb)
    return SessionCreated(
        id=step.session_id, format=step.format, mode=step.mode, seed=step.seed,
        personas=[PersonaPublic(**persona.to_dict()) for persona in step.personas],
        questions=step.questions, notes=list(step.notes), prompt=_prompt(step),
    )


@router.post(
    "/sessions/{session_id}/answers",
    summary="Answer the current prompt",
    response_model=AnswerResult,
    responses=RESPONSES,
)
def create_answer(session_id: int, body: AnswerCreate, db: DbDep, kb: KbDep) -> AnswerResult:
    """The interviewer decides a follow-up, the next question, a reply, the concern or the end."""
    step = answer_practice(db, session_id, body.text, seconds=body.seconds, kb=kb)
    report = FeedbackPublic.model_validate(step.feedback.to_dict()) if step.feedback is not None else None
    return AnswerResult(report=report, prompt=_prompt(step), ended=step.ended)


@router.get(
    "/sessions/{session_id}/report",
    summary="The session report",
    response_model=SessionReportPublic,
    responses=RESPONSES,
)
def get_report(session_id: int, db: DbDep, kb: KbDep) -> dict[str, Any]:
    """Every turn with its feedback and the session's verdicts (real mode: only once it ended)."""
    return practice_report(db, session_id, kb=kb).to_dict()


@router.get(
    "/sessions",
    summary="List mock interview sessions",
    response_model=list_of(SessionSummaryPublic),
    responses=RESPONSES,
)
def get_sessions(
    db: DbDep,
    application_id: Annotated[int | None, Query(description="Only this application's.")] = None,
    format: Annotated[str | None, Query(description="Only this format.")] = None,
) -> list[dict[str, Any]]:
    """Sessions, oldest first."""
    found = list_practice(db, application_id=application_id, interview_format=format)
    return [item.to_dict() for item in found]


@router.get(
    "/progress",
    summary="Progress across sessions",
    response_model=ProgressPublic,
    responses=RESPONSES,
)
def get_progress(
    db: DbDep,
    kb: KbDep,
    application_id: Annotated[int | None, Query(description="Only this application's.")] = None,
) -> dict[str, Any]:
    """Scores by question family and by dimension, session after session."""
    return practice_progress(db, application_id=application_id, kb=kb).to_dict()
