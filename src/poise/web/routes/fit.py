"""The JSON API for fit: map a résumé to a job, store applications, judge answers to concerns."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import Field

from poise.services.fit import (
    application_to_dict,
    build_fit,
    create_application,
    get_application,
    judge_concern_answer,
    stored_concern,
)
from poise.web.deps import DbDep
from poise.web.schemas import ERROR_RESPONSES, ApiModel, ReportPublic

router = APIRouter(prefix="/api/v1", tags=["fit"])

NOT_FOUND: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    404: {"description": "No application (or concern) with that id."},
}

Strength = Literal["strong", "partial", "none"]
Severity = Literal["high", "medium", "low"]


class FitRequest(ApiModel):
    """A job description and a résumé, as text."""

    job_text: str = Field(description="The job description or advert.")
    resume_text: str = Field(description="The candidate's résumé.")


class ApplicationCreate(FitRequest):
    """A new application: the company, the title and both texts."""

    company: str = Field(min_length=1, max_length=200)
    title: str = Field(default="", max_length=200, description="Job title; read from the job if empty.")


class ConcernAnswer(ApiModel):
    """The candidate's answer to one concern."""

    text: str = Field(description="What you would say to the interviewer.")


class RequirementPublic(ApiModel):
    """One thing the job asks for, in the job's own words."""

    id: str
    text: str
    kind: str
    must: bool
    numbers: dict[str, float]
    kinds: list[str]
    section: str


class MatchPublic(ApiModel):
    """A requirement's best evidence on the résumé."""

    requirement_id: str
    strength: Strength
    quote: str
    reason: str
    score: float
    missing: str = Field(default="", description="What a partial match lacks, "
                         "e.g. 'Green Belt shown; Black Belt asked'.")


class AnswerPlanPublic(ApiModel):
    """Acknowledge → evidence → time-bound plan → check back."""

    acknowledge: str
    evidence: str
    plan: str
    check_back: str


class ConcernPublic(ApiModel):
    """What may give the interviewer pause, and the drafted answer."""

    id: str
    kind: str
    title: str
    why: str
    severity: Severity
    score: float
    evidence: list[str]
    answer_plan: AnswerPlanPublic
    draft: str
    question: str
    requirement_id: str | None
    requirement_kind: str | None
    variant: str = ""
    raised: bool = False


class RolePublic(ApiModel):
    """A role on the résumé with its dates ("YYYY-MM", "YYYY" or "present")."""

    title: str
    employer: str
    start: str | None
    end: str | None
    months: int


class BreakPublic(ApiModel):
    """Time out between roles: dated on the résumé ("explained", with its line) or a gap."""

    start: str
    end: str
    explained: bool
    quote: str
    lines: list[str] = Field(default_factory=list,
                             description="The lines that tell the break: its dated line, then "
                                         "the lines under it (none for a gap).")


class LanguagePublic(ApiModel):
    """A language the résumé names, with its level (CEFR A1…C2 or "native"; "" when none)."""

    language: str
    level: str


class ResumePublic(ApiModel):
    """What the résumé shows (fits stored before the résumé facts were read have them empty)."""

    roles: list[RolePublic]
    team_sizes: list[dict[str, Any]]
    budgets: list[dict[str, Any]]
    industries: list[str]
    business_models: list[str]
    countries: list[str]
    tools: list[str]
    achievements: list[str]
    years: float
    breaks: list[BreakPublic] = Field(default_factory=list)
    education: list[str] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    languages: list[LanguagePublic] = Field(default_factory=list)
    language_certificates: list[str] = Field(default_factory=list)
    """Language tests and certificates of a language level ("IELTS 7.5, 2014"), apart from the
    certifications."""
    location: str = ""
    side_roles: list[RolePublic] = Field(default_factory=list)
    """Other roles outside the work history (trustee, volunteer), not counted in years."""
    current_lines: list[str] = Field(default_factory=list)
    """The lines under the roles still held, which the letter tells in the present tense."""


class FitPublic(ApiModel):
    """The fit JSON shape, version 1 (also stored as ``Application.fit``)."""

    version: int
    level: Literal["manager", "director", "executive"]
    title: str
    job_location: str = ""
    """Where the job is, as the advert says ("Denver, CO"); "" when it does not say."""
    work_mode: str = ""
    """How the work is done ("Hybrid", "On-site", "Remote", "Field-based"); "" when not said."""
    set_aside: str = ""
    """What of the advert was not read: the lines of another language when it gave an English
    version beside them ("39 lines in French set aside: the English version was read")."""
    requirements: list[RequirementPublic]
    matches: list[MatchPublic]
    concerns: list[ConcernPublic]
    resume: ResumePublic


class ApplicationCreated(ApiModel):
    """The id of the stored application and its fit."""

    id: int
    fit: FitPublic


class ApplicationPublic(ApiModel):
    """A stored application."""

    id: int
    company: str
    title: str
    level: str
    stage: str
    job_text: str
    resume_text: str
    fit: FitPublic | None
    created_at: str | None


@router.post("/fit", summary="Map a résumé to a job", response_model=FitPublic,
             responses=ERROR_RESPONSES)
def api_fit(body: FitRequest) -> dict[str, Any]:
    """Requirements, the fit map and the concerns (most severe first) with answer plans."""
    return build_fit(body.job_text, body.resume_text).to_dict()


@router.post("/applications", summary="Store an application with its fit",
             response_model=ApplicationCreated, status_code=201, responses=ERROR_RESPONSES)
def api_create_application(body: ApplicationCreate, db: DbDep) -> dict[str, Any]:
    """Compute the fit and store the application; returns its id and the fit."""
    record = create_application(db, company=body.company, title=body.title,
                                job_text=body.job_text, resume_text=body.resume_text)
    return {"id": record.id, "fit": record.fit}


@router.get("/applications/{application_id}", summary="One stored application",
            response_model=ApplicationPublic, responses=NOT_FOUND)
def api_get_application(application_id: int, db: DbDep) -> dict[str, Any]:
    """The application, its texts and its stored fit."""
    return application_to_dict(get_application(db, application_id))


@router.post("/applications/{application_id}/concerns/{concern_id}/answer",
             summary="Judge an answer to a concern", response_model=ReportPublic, responses=NOT_FOUND)
def api_answer_concern(
    application_id: int, concern_id: str, body: ConcernAnswer, db: DbDep
) -> dict[str, Any]:
    """Judge the answer with the concern-answer rubric (rules ``concern.*``)."""
    concern = stored_concern(get_application(db, application_id), concern_id)
    return judge_concern_answer(concern, body.text).to_dict()
