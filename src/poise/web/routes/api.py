"""The JSON API under /api/v1: the same services as the pages, documented by OpenAPI."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from poise.services.analysis import analyse_answer
from poise.services.content import list_questions
from poise.web.deps import KbDep
from poise.web.schemas import ERROR_RESPONSES, AnalyseRequest, QuestionPublic, ReportPublic

router = APIRouter(prefix="/api/v1", tags=["api"])

FamilyQuery = Annotated[str | None, Query(description="Only this question family (an id).")]
CompetencyQuery = Annotated[
    str | None, Query(description="Only questions probing this competency.")
]
FormatQuery = Annotated[
    str | None, Query(description="Only questions asked in this interview format.")
]


@router.get(
    "/questions",
    summary="List bank questions",
    response_model=list[QuestionPublic],
    responses=ERROR_RESPONSES,
)
def api_questions(
    kb: KbDep,
    family: FamilyQuery = None,
    competency: CompetencyQuery = None,
    format: FormatQuery = None,
) -> list[QuestionPublic]:
    """Bank questions matching every filter given; an unknown filter value is a 400."""
    found = list_questions(
        family=family or None, competency=competency or None, interview_format=format or None, kb=kb
    )
    return [QuestionPublic.from_question(question) for question in found]


@router.post(
    "/analyse",
    summary="Analyse one answer",
    response_model=ReportPublic,
    responses=ERROR_RESPONSES,
)
def api_analyse(body: AnalyseRequest, kb: KbDep) -> dict[str, Any]:
    """Analyse one answer; every finding quotes its evidence, explains why and suggests a fix."""
    report = analyse_answer(
        body.question,
        body.answer,
        family=body.family,
        interview_format=body.format,
        role=tuple(body.role),
        job_text=body.job_text,
        phase=body.phase,
        kb=kb,
    )
    return report.to_dict()
