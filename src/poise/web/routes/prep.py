"""Prep API under /api/v1: the story bank, calibration, coverage, salary, weakness, facts, brief, quiz."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from poise.errors import InputError
from poise.prep.quiz import FactDraft, clean_fact
from poise.prep.stories import StoryDraft
from poise.services import prep as prep_service
from poise.services import stories as story_service
from poise.services.prep import FactRecord, QuizStatus
from poise.services.stories import StoryRecord
from poise.web.deps import DbDep, KbDep
from poise.web.schemas import ERROR_RESPONSES, ErrorResponse, list_of, public_model

router = APIRouter(prefix="/api/v1", tags=["prep"])

RESPONSES: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    404: {"model": ErrorResponse, "description": "No record with that id."},
}
PDF_RESPONSE: dict[int | str, dict[str, object]] = {
    **RESPONSES,
    200: {"content": {"application/pdf": {}}, "description": "The one-page brief as a PDF."},
}
LevelName = Literal["manager", "director", "executive"]


class PrepModel(BaseModel):
    """Base of the prep request models: unknown keys are rejected so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class StoryCreate(PrepModel):
    """A new story in Circumstances → Actions → Results form."""

    title: str = Field(examples=["Warehouse turnaround"])
    circumstances: str = Field(default="", description="The situation, briefly.")
    actions: str = Field(default="", description="What you did: the bulk of the story.")
    results: str = Field(default="", description="What came of it, with numbers.")
    lesson: str | None = Field(default=None, description="What you learned (optional).")
    competencies: list[str] = Field(
        min_length=1, description="Competency ids the story proves; the first is its main one.",
        examples=[["results_achievements", "organising"]],
    )
    application_id: int | None = None
    profile_id: int | None = None


class StoryUpdate(PrepModel):
    """Fields of a story to change; the story is judged again when its text changes.

    Only the lesson and the links may be null (cleared); the other fields, when given, need a
    value (their defaults are never validated, so an omitted field stays unset)."""

    title: str = Field(default=None, min_length=1)  # type: ignore[assignment]
    circumstances: str = Field(default=None)  # type: ignore[assignment]
    actions: str = Field(default=None)  # type: ignore[assignment]
    results: str = Field(default=None)  # type: ignore[assignment]
    lesson: str | None = None
    competencies: list[str] = Field(default=None, min_length=1)  # type: ignore[arg-type]
    application_id: int | None = None
    profile_id: int | None = None


StoryPublic = public_model(
    StoryRecord, name="StoryPublic", doc="A stored story with the analyser's report on it.",
    base=BaseModel,
    override={
        "question": (str | None,
                     Field(description="The behavioural question it was judged against.")),
        "report": (dict[str, Any] | None, Field(description="The analysis report (wire schema).")),
    },
    extra={"text": (str, Field(description="The story as one answer, as it was judged."))},
)


class SalaryRequest(PrepModel):
    """A market range for the role, with where it comes from."""

    low: float = Field(gt=0, examples=[95000])
    high: float = Field(gt=0, examples=[115000])
    currency: str = Field(examples=["EUR"])
    source: str = Field(examples=["Hays 2026 salary guide"])
    role: str = ""
    company: str = ""
    application_id: int | None = Field(
        default=None, description="Take the role and company from this application."
    )


class WeaknessRequest(PrepModel):
    """The weakness worksheet: one shortcoming, the steps being taken, evidence of progress."""

    shortcoming: str = ""
    steps: str = ""
    progress: str = ""


class FactIn(PrepModel):
    """One company fact the candidate wants to remember."""

    fact: str = Field(examples=["Founded"])
    answer: str = Field(examples=["1962"])


class FactsIn(PrepModel):
    """Several facts at once."""

    facts: list[FactIn] = Field(min_length=1)


FactPublic = public_model(FactRecord, name="FactPublic", doc="A stored key fact and its quiz state.",
                          base=BaseModel)
QuizNextPublic = public_model(
    QuizStatus, name="QuizNextPublic", base=BaseModel,
    doc="The card to ask now (null when none is due) and the deck's counts.",
)


class QuizAnswerIn(PrepModel):
    """The candidate's typed answer to one card."""

    card_id: int
    answer: str


class QuizAnswerPublic(BaseModel):
    """Right or wrong, the correct answer, and when the card comes back."""

    card_id: int
    correct: bool
    exact: bool
    expected: str
    given: str
    note: str
    box: int
    due_at: str


def _ratings(raw: str | None) -> dict[str, int]:
    """``organising:4,thoroughness:2`` as a mapping."""
    ratings: dict[str, int] = {}
    if not raw:
        return ratings
    for part in raw.split(","):
        key, separator, value = part.strip().partition(":")
        if not separator or not value.strip().isdigit():
            raise InputError(
                f"Cannot read the rating {part.strip()!r}.",
                hint="Write ratings as id:number pairs, e.g. organising:4,thoroughness:2.",
            )
        ratings[key.strip()] = int(value)
    return ratings


# --- stories ----------------------------------------------------------------------------------


@router.get("/stories", summary="List stories", response_model=list_of(StoryPublic),
            responses=RESPONSES)
def api_list_stories(
    db: DbDep,
    kb: KbDep,
    application_id: Annotated[int | None, Query(description="Only this application's.")] = None,
    competency: Annotated[str | None, Query(description="Only stories proving this.")] = None,
) -> list[dict[str, Any]]:
    """Stored stories, oldest first."""
    found = story_service.list_stories(db, application_id=application_id,
                                       competency=competency or None, kb=kb)
    return [story.to_dict() for story in found]


@router.post("/stories", summary="Add a story", response_model=StoryPublic,
             status_code=status.HTTP_201_CREATED, responses=RESPONSES)
def api_create_story(body: StoryCreate, db: DbDep, kb: KbDep) -> dict[str, Any]:
    """Store a story and judge it with the analyser (the report is stored with it)."""
    draft = StoryDraft(body.title, body.circumstances, body.actions, body.results, body.lesson,
                       tuple(body.competencies))
    record = story_service.create_story(db, draft, application_id=body.application_id,
                                        profile_id=body.profile_id, kb=kb)
    return record.to_dict()


@router.get("/stories/{story_id}", summary="One story", response_model=StoryPublic,
            responses=RESPONSES)
def api_get_story(story_id: int, db: DbDep) -> dict[str, Any]:
    """One stored story with its report."""
    return story_service.get_story(db, story_id).to_dict()


@router.patch("/stories/{story_id}", summary="Change a story", response_model=StoryPublic,
              responses=RESPONSES)
def api_update_story(story_id: int, body: StoryUpdate, db: DbDep, kb: KbDep) -> dict[str, Any]:
    """Change the fields given; the story is judged again when its text changes."""
    changes = body.model_dump(exclude_unset=True)
    return story_service.update_story(db, story_id, changes, kb=kb).to_dict()


@router.delete("/stories/{story_id}", summary="Delete a story",
               status_code=status.HTTP_204_NO_CONTENT, responses=RESPONSES)
def api_delete_story(story_id: int, db: DbDep) -> Response:
    """Delete one story."""
    story_service.delete_story(db, story_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/stories/{story_id}/calibration", summary="Level calibration of a story",
            responses=RESPONSES)
def api_calibration(
    story_id: int,
    db: DbDep,
    kb: KbDep,
    target: Annotated[LevelName | None, Query(description="Target level (default: the "
                                              "application's, else the profile's).")] = None,
    application_id: Annotated[int | None, Query(description="Calibrate against this "
                                                "application's level.")] = None,
) -> dict[str, Any]:
    """Scope signals read from the story, the level it reads at, and what would lift it."""
    result = story_service.calibrate_story(db, story_id, target=target,
                                           application_id=application_id, kb=kb)
    return result.to_dict()


@router.get("/coverage", summary="Coverage matrix", responses=RESPONSES)
def api_coverage(
    db: DbDep,
    kb: KbDep,
    application_id: Annotated[int | None, Query(description="Add this application's top "
                                                "requirements as rows.")] = None,
    ratings: Annotated[str | None, Query(description="Self-assessment of the employer "
                                         "requirements, e.g. organising:4,thoroughness:2.")] = None,
) -> dict[str, Any]:
    """Competencies and the role's top requirements × stories, the gaps and the checklist."""
    coverage = story_service.story_coverage(db, application_id=application_id,
                                            ratings=_ratings(ratings), kb=kb)
    return coverage.to_dict()


# --- salary and weakness ----------------------------------------------------------------------


@router.post("/prep/salary", summary="Salary answers from a market range", responses=RESPONSES)
def api_salary(body: SalaryRequest, db: DbDep, kb: KbDep) -> dict[str, Any]:
    """The turn-it-back answer and the pressed answer, each judged with the salary family."""
    result = prep_service.prepare_salary(
        db, low=body.low, high=body.high, currency=body.currency, source=body.source,
        role=body.role, company=body.company, application_id=body.application_id, kb=kb,
    )
    return result.to_dict()


@router.post("/prep/weakness", summary="Weakness worksheet", responses=RESPONSES)
def api_weakness(body: WeaknessRequest, kb: KbDep) -> dict[str, Any]:
    """The drafted weakness answer, judged with the weaknesses family, and guidance on gaps."""
    result = prep_service.prepare_weakness(shortcoming=body.shortcoming, steps=body.steps,
                                           progress=body.progress, kb=kb)
    return result.to_dict()


# --- facts, brief and quiz --------------------------------------------------------------------


@router.get("/applications/{application_id}/facts", summary="List key facts",
            response_model=list_of(FactPublic), responses=RESPONSES)
def api_list_facts(application_id: int, db: DbDep) -> list[dict[str, Any]]:
    """The application's key facts (company and own record) with their quiz state."""
    return [fact.to_dict() for fact in prep_service.list_facts(db, application_id)]


@router.post("/applications/{application_id}/facts", summary="Add key facts",
             response_model=list_of(FactPublic), status_code=status.HTTP_201_CREATED,
             responses=RESPONSES)
def api_add_facts(application_id: int, body: FactIn | FactsIn, db: DbDep) -> list[dict[str, Any]]:
    """Add one fact ({fact, answer}) or several ({facts: [...]}); a known prompt gets the new answer."""
    items = body.facts if isinstance(body, FactsIn) else [body]
    drafts: list[FactDraft] = [clean_fact(item.fact, item.answer) for item in items]
    return [fact.to_dict() for fact in prep_service.add_facts(db, application_id, drafts)]


@router.delete("/applications/{application_id}/facts/{fact_id}", summary="Delete a key fact",
               status_code=status.HTTP_204_NO_CONTENT, responses=RESPONSES)
def api_delete_fact(application_id: int, fact_id: int, db: DbDep) -> Response:
    """Delete one fact and its quiz card."""
    prep_service.delete_fact(db, application_id, fact_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/applications/{application_id}/brief.html", summary="The prep brief as HTML",
            response_class=HTMLResponse, responses=RESPONSES)
def api_brief_html(application_id: int, db: DbDep) -> HTMLResponse:
    """One printable page: facts, three stories, concerns, questions to ask, day-of checklist."""
    return HTMLResponse(prep_service.brief_html(db, application_id))


@router.get("/applications/{application_id}/brief.pdf", summary="The prep brief as PDF",
            response_class=Response, responses=PDF_RESPONSE)
def api_brief_pdf(application_id: int, db: DbDep) -> Response:
    """The same page as a one-page A4 PDF."""
    pdf = prep_service.brief_pdf(db, application_id)
    headers = {"Content-Disposition": f'inline; filename="poise-brief-{application_id}.pdf"'}
    return Response(content=pdf, media_type="application/pdf", headers=headers)


@router.get("/applications/{application_id}/quiz/next", summary="Next quiz card",
            response_model=QuizNextPublic, responses=RESPONSES)
def api_quiz_next(application_id: int, db: DbDep) -> dict[str, Any]:
    """The card due now (the record's facts are first added from the fit), or none."""
    return prep_service.quiz_next(db, application_id).to_dict()


@router.post("/applications/{application_id}/quiz/answer", summary="Answer a quiz card",
             response_model=QuizAnswerPublic, responses=RESPONSES)
def api_quiz_answer(application_id: int, body: QuizAnswerIn, db: DbDep) -> dict[str, Any]:
    """Right or wrong, with the correct answer; the card moves along its schedule."""
    return prep_service.quiz_answer(db, application_id, body.card_id, body.answer).to_dict()
