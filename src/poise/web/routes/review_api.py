"""The coach's review as JSON (organisation mode): shares, the audit log, assigned practice and a
coach's candidates. In personal mode, and for anyone who may not use them, these answer 404."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Request, Response, status
from pydantic import Field

from poise.errors import NotFoundError
from poise.services import review
from poise.services.accounts import Account
from poise.settings import Settings
from poise.web.deps import AccountDep, KbDep, SettingsDep, SystemDbDep
from poise.web.schemas import ERROR_RESPONSES, ApiModel, ErrorResponse

router = APIRouter(prefix="/api/v1", tags=["review"])

RESPONSES: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorResponse, "description": "Not signed in."},
    404: {"model": ErrorResponse, "description": "No such record of yours (or not in this mode)."},
}


def _organisation(request: Request, settings: Settings, account: Account | None = None,
                  *, coach: bool = False) -> None:
    if not settings.organisation or (coach and (account is None or not account.is_coach)):
        raise NotFoundError(f"Nothing at {request.url.path}.",
                            hint="Sharing with a coach is part of organisation mode.")


class ShareCreate(ApiModel):
    """Share one of your applications with a coach (by the coach's e-mail)."""

    application_id: int = Field(ge=1, le=2**31 - 1)
    coach: str = Field(max_length=320, examples=["coach@example.org"])


class SharePublic(ApiModel):
    """A live share."""

    id: int
    application_id: int
    company: str
    title: str
    candidate: str
    coach: str
    created_at: datetime

    @classmethod
    def of(cls, share: review.ShareView) -> SharePublic:
        """The public view of a share."""
        return cls(id=share.id, application_id=share.application_id, company=share.company,
                   title=share.title, candidate=share.candidate, coach=share.coach,
                   created_at=share.created_at)


class AuditPublic(ApiModel):
    """One look someone else took at your material."""

    at: datetime
    who: str
    action: str
    subject: str


class AssignmentPublic(ApiModel):
    """Practice a coach set you."""

    id: int
    application_id: int
    format: str
    questions: list[str]
    question_ids: list[str]
    due_on: date | None
    note: str
    coach: str


class CandidatePublic(ApiModel):
    """A coach's candidate: what they shared and their recent sessions."""

    candidate_id: int
    candidate: str
    shares: list[SharePublic]
    recent_sessions: list[dict[str, object]]


@router.get("/shares", summary="Your shares", response_model=list[SharePublic], responses=RESPONSES)
def api_shares(request: Request, system: SystemDbDep, account: AccountDep,
               settings: SettingsDep) -> list[SharePublic]:
    """The applications you share, and with whom."""
    _organisation(request, settings)
    return [SharePublic.of(share) for share in review.shares_of(system, account)]


@router.post("/shares", summary="Share an application with a coach", response_model=SharePublic,
             status_code=status.HTTP_201_CREATED, responses=RESPONSES)
def api_share(body: ShareCreate, request: Request, system: SystemDbDep, account: AccountDep,
              settings: SettingsDep) -> SharePublic:
    """The coach then sees the application, its fit map, stories and practice sessions."""
    _organisation(request, settings)
    return SharePublic.of(review.share_application(system, account, body.application_id, body.coach))


@router.delete("/shares/{share_id}", summary="Stop sharing", status_code=204, responses=RESPONSES)
def api_revoke(share_id: int, request: Request, system: SystemDbDep, account: AccountDep,
               settings: SettingsDep) -> Response:
    """The coach sees nothing of it any more, at once."""
    _organisation(request, settings)
    review.revoke_share(system, account, share_id)
    return Response(status_code=204)


@router.get("/audit", summary="Who looked at your material", response_model=list[AuditPublic],
            responses=RESPONSES)
def api_audit(request: Request, system: SystemDbDep, account: AccountDep,
              settings: SettingsDep) -> list[AuditPublic]:
    """Every look a coach took at what you shared, newest first."""
    _organisation(request, settings)
    return [AuditPublic(at=e.at, who=e.who, action=e.action, subject=e.subject)
            for e in review.audit_for(system, account)]


@router.get("/assignments", summary="Practice your coaches set", response_model=list[AssignmentPublic],
            responses=RESPONSES)
def api_assignments(request: Request, system: SystemDbDep, account: AccountDep, kb: KbDep,
                    settings: SettingsDep) -> list[AssignmentPublic]:
    """Practice set by a coach and not done yet, soonest due first."""
    _organisation(request, settings)
    return [AssignmentPublic(id=a.id, application_id=a.application_id, format=a.format,
                             questions=list(a.questions), question_ids=list(a.question_ids),
                             due_on=a.due_on, note=a.note, coach=a.coach)
            for a in review.assignments_for(system, account, kb=kb)]


@router.get("/coach/candidates", summary="A coach's candidates", response_model=list[CandidatePublic],
            responses=RESPONSES)
def api_candidates(request: Request, system: SystemDbDep, account: AccountDep, kb: KbDep,
                   settings: SettingsDep) -> list[CandidatePublic]:
    """Each candidate who shared with you: the shares and recent sessions (coaches only)."""
    _organisation(request, settings, account, coach=True)
    return [CandidatePublic(candidate_id=c.candidate_id, candidate=c.candidate,
                            shares=[SharePublic.of(share) for share in c.shares],
                            recent_sessions=[item.to_dict() for item in c.recent_sessions])
            for c in review.coach_candidates(system, account, kb=kb)]
