"""The JSON API for follow-up: debriefs, the thank-you letter, the schedule, the pipeline, stages."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import Field

from poise.followup.debrief import Debrief
from poise.followup.letter import Letter, LetterConcern, LetterNeed
from poise.followup.pipeline import DebriefPoints, NextAction, NextStepPoint, PipelineRow
from poise.followup.schedule import FollowupStep, Schedule
from poise.services import followup as service
from poise.web.deps import DbDep, KbDep
from poise.web.schemas import ERROR_RESPONSES, ApiModel, FindingPublic, public_model

router = APIRouter(prefix="/api/v1", tags=["follow-up"])

NOT_FOUND: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    404: {"description": "No application with that id."},
}
InterviewerQuery = Annotated[
    str | None, Query(description="The interviewer to write to (default: the first in the debrief).")
]
SenderQuery = Annotated[str | None, Query(description="The name to sign with.")]


class DebriefCreate(Debrief):
    """A debrief of a real interview: ``date`` (YYYY-MM-DD), round, interviewers, questions asked
    (bank ``question_id`` or ``text``, ``rating`` 1-5), concerns raised (``handled``: answered,
    partly or open), promises, and the next step."""


class DebriefPublic(Debrief):
    """A stored debrief."""

    id: int
    application_id: int
    created_at: datetime


class ApplicationStagePublic(ApiModel):
    """Where an application stands."""

    id: int
    company: str
    title: str
    stage: str
    round: int
    stage_label: str = Field(examples=["interviewing (round 2)"])


class ApplicationUpdate(ApiModel):
    """A new stage and/or round for an application."""

    stage: str | None = Field(
        default=None, examples=["interviewing"],
        description="One of: researching, applied, interviewing, offer, accepted, declined, closed "
        "(anything else is a 400 naming them).",
    )
    round: int | None = Field(default=None, ge=0, le=20)


QueuedQuestionPublic = public_model(
    service.QueuedQuestion, name="QueuedQuestionPublic", doc="A question waiting in the practice queue.",
    override={"created_at": datetime, "done_at": datetime | None},
)


class ConcernMergePublic(ApiModel):
    """What happened to one raised concern in the application's concern list."""

    text: str
    concern_id: str
    title: str
    status: Literal["matched", "added", "updated"]
    handled: Literal["answered", "partly", "open"]


class DebriefRecorded(ApiModel):
    """A recorded debrief and what it changed."""

    debrief: DebriefPublic
    application: ApplicationStagePublic
    queued: list[QueuedQuestionPublic]  # type: ignore[valid-type]
    already_queued: list[str]
    concerns: list[ConcernMergePublic]
    replaced: bool
    notes: list[str]


class Recipient(ApiModel):
    """Who the letter goes to."""

    name: str
    role: str
    email: str | None


LetterNeedPublic = public_model(
    LetterNeed, name="LetterNeedPublic",
    doc="One of the role's needs the letter restates, with the résumé line behind it.",
)


LetterConcernPublic = public_model(LetterConcern, name="LetterConcernPublic",
                                   doc="An open concern the letter answers, with its plan.")


LetterPublic = public_model(
    Letter, name="LetterPublic",
    doc="The drafted thank-you letter, what it was built from, and anything to check.",
    # to_dict gathers the interviewer's name, role and email under "to".
    exclude=("interviewer", "interviewer_role", "interviewer_email"),
    override={
        "warnings": list[str],
        "tone": (list[FindingPublic],
                 Field(description="Tone findings of the analyser (should be empty).")),
    },
    extra={"to": Recipient},
    nested={LetterNeed: LetterNeedPublic, LetterConcern: LetterConcernPublic},
)
FollowupStepPublic = public_model(
    FollowupStep, name="FollowupStepPublic", doc="One follow-up step with its draft message.",
    override={"key": Literal["thank_you", "check_in", "keep_in_touch", "last_note"]},
)
SchedulePublic = public_model(
    Schedule, name="SchedulePublic", doc="The follow-up schedule after the latest interview.",
    nested={FollowupStep: FollowupStepPublic},
)
NextActionPublic = public_model(NextAction, name="NextActionPublic",
                                doc="What to do next, and by when.")


NextStepPublic = public_model(NextStepPoint, name="NextStepPublic",
                              doc="What the interviewers said happens next.")
DebriefPointsPublic = public_model(DebriefPoints, name="DebriefPointsPublic",
                                   doc="The last debrief's facts.",
                                   nested={NextStepPoint: NextStepPublic})


PipelineRowPublic = public_model(
    PipelineRow, name="PipelineRowPublic", doc="One application in the pipeline.",
    nested={NextAction: NextActionPublic, DebriefPoints: DebriefPointsPublic},
)


class PipelinePublic(ApiModel):
    """Every application, and the questions waiting in the practice queue."""

    applications: list[PipelineRowPublic]  # type: ignore[valid-type]
    practice_queue: list[QueuedQuestionPublic]  # type: ignore[valid-type]


@router.post("/applications/{application_id}/debriefs", summary="Record a debrief",
             response_model=DebriefRecorded, status_code=201, responses=NOT_FOUND)
def api_record_debrief(
    application_id: int, body: DebriefCreate, db: DbDep, kb: KbDep
) -> dict[str, Any]:
    """Store the debrief, queue answers rated 2 or lower, merge raised concerns, move the stage."""
    data = Debrief.model_validate(body.model_dump())
    return service.record_debrief(db, application_id, data, kb=kb).to_dict()


@router.get("/applications/{application_id}/debriefs", summary="List debriefs",
            response_model=list[DebriefPublic], responses=NOT_FOUND)
def api_list_debriefs(application_id: int, db: DbDep) -> list[dict[str, Any]]:
    """The application's debriefs, in the order the interviews happened."""
    return [item.to_dict() for item in service.list_debriefs(db, application_id)]


@router.get("/applications/{application_id}/letter", summary="Draft the thank-you letter",
            response_model=LetterPublic, responses=NOT_FOUND)
def api_letter(
    application_id: int, db: DbDep, kb: KbDep, interviewer: InterviewerQuery = None,
    sender: SenderQuery = None,
) -> dict[str, Any]:
    """The letter from the latest debrief, its parts, warnings and tone findings."""
    letter = service.draft_thank_you(db, application_id, interviewer=interviewer, sender=sender, kb=kb)
    return letter.to_dict()


@router.get("/applications/{application_id}/letter.eml", summary="The thank-you letter as .eml",
            response_class=Response, responses=NOT_FOUND)
def api_letter_eml(
    application_id: int, db: DbDep, kb: KbDep, interviewer: InterviewerQuery = None,
    sender: SenderQuery = None,
) -> Response:
    """An unsent email to open in a mail program, check and send."""
    letter = service.draft_thank_you(db, application_id, interviewer=interviewer, sender=sender, kb=kb,
                                     check_tone=False)
    headers = {"Content-Disposition": f'attachment; filename="thank-you-{application_id}.eml"'}
    return Response(service.letter_as_eml(letter), media_type="message/rfc822", headers=headers)


@router.get("/applications/{application_id}/followups", summary="The follow-up schedule",
            response_model=SchedulePublic, responses=NOT_FOUND)
def api_followups(application_id: int, db: DbDep, kb: KbDep, sender: SenderQuery = None) -> dict[str, Any]:
    """Thank-you, check-in and at most two more notes, each with its draft; none once closed."""
    return service.followups(db, application_id, kb=kb, sender=sender).to_dict()


@router.get("/applications/{application_id}/followups.ics", summary="The follow-up schedule as .ics",
            response_class=Response, responses=NOT_FOUND)
def api_followups_ics(application_id: int, db: DbDep, kb: KbDep, sender: SenderQuery = None) -> Response:
    """One all-day event per step, with the draft in its description."""
    schedule = service.followups(db, application_id, kb=kb, sender=sender)
    headers = {"Content-Disposition": f'attachment; filename="followups-{application_id}.ics"'}
    return Response(service.followups_ics(schedule), media_type="text/calendar", headers=headers)


@router.get("/pipeline", summary="Every application and its next action", response_model=PipelinePublic,
            responses=ERROR_RESPONSES)
def api_pipeline(db: DbDep, kb: KbDep) -> dict[str, Any]:
    """Stage, next action and its date, the last debrief's key points, and the practice queue."""
    rows = service.pipeline(db, kb=kb)
    queue = service.queued_questions(db)
    return {"applications": [row.to_dict() for row in rows],
            "practice_queue": [item.to_dict() for item in queue]}


@router.patch("/applications/{application_id}", summary="Change an application's stage or round",
              response_model=ApplicationStagePublic, responses=NOT_FOUND)
def api_update_application(application_id: int, body: ApplicationUpdate, db: DbDep) -> dict[str, Any]:
    """Set the stage and/or round; follow-ups stop once the stage is offer, accepted, declined or closed."""
    return service.set_stage(db, application_id, body.stage, round_number=body.round).to_dict()
