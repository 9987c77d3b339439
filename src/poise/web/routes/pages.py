"""HTML pages: home, the question bank, and the analyse page with its live htmx report fragment."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from poise.analysis.report import Report
from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.services.analysis import analyse_answer
from poise.services.content import list_questions
from poise.web.contexts.base import PageContext
from poise.web.contexts.catalogue import (
    AnalyseForm,
    QuestionFilters,
    ReportFragment,
    analyse_context,
    questions_context,
    report_view,
)
from poise.web.deps import KbDep, TemplatesDep

router = APIRouter(include_in_schema=False)


class AnalyseFormIn(BaseModel):
    """The fields the analyse form posts; missing fields are empty, never an error.

    ``live`` marks the requests htmx sends while the person types: an answer not started yet
    is then no error, only an empty report.
    """

    question_id: str = ""
    own_question: str = ""
    answer: str = ""
    phase: str = "answer"
    live: bool = False


AnalyseFormData = Annotated[AnalyseFormIn, Form()]


def render(
    templates: Jinja2Templates, request: Request, name: str, page: PageContext, *, status: int = 200,
    **review: object,
) -> HTMLResponse:
    """A full page from its typed context; ``review``: what a coach added to the candidate's own
    pages (``coach_comments``, ``assigned`` practice), shown beside Poise's own feedback."""
    context: dict[str, object] = {"page": page, "coach_comments": None, "assigned": ()}
    context.update(review)
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/questions", response_class=HTMLResponse)
def questions(
    request: Request,
    kb: KbDep,
    templates: TemplatesDep,
    family: str = "",
    competency: str = "",
    format: Annotated[str, Query()] = "",
) -> HTMLResponse:
    """The question bank, filtered by family, competency and format (plain GET form)."""
    filters = QuestionFilters(family=family, competency=competency, format=format)
    found = list_questions(
        family=family or None, competency=competency or None, interview_format=format or None, kb=kb
    )
    return render(templates, request, "questions.html", questions_context(kb, found, filters))


@router.get("/analyse", response_class=HTMLResponse)
def analyse_page(
    request: Request, kb: KbDep, templates: TemplatesDep, question: str = "", own: str = ""
) -> HTMLResponse:
    """The empty analyse form; ``?question=<id>`` picks a bank question, ``?own=<words>`` fills in
    a question of one's own (such as one drawn from an advert's duties)."""
    form = AnalyseForm(question_id=question if question in kb.questions else "",
                       own_question=" ".join(own.split())[:600])
    return render(templates, request, "analyse.html", analyse_context(kb, form))


@router.post("/analyse", response_class=HTMLResponse)
def analyse_submit(
    request: Request, kb: KbDep, templates: TemplatesDep, data: AnalyseFormData
) -> HTMLResponse:
    """The form posted without JavaScript: the whole page with the report or the field errors."""
    form, report = _analyse(kb, data)
    status = 400 if form.has_errors else 200
    return render(
        templates, request, "analyse.html", analyse_context(kb, form, report), status=status
    )


@router.post("/analyse/report", response_class=HTMLResponse)
def analyse_fragment(
    request: Request, kb: KbDep, templates: TemplatesDep, data: AnalyseFormData
) -> HTMLResponse:
    """The report fragment htmx swaps in as the person types (plus out-of-band field errors)."""
    form, report = _analyse(kb, data)
    view = report_view(report, kb) if report is not None else None
    fragment = ReportFragment(form=form, report=view, oob=True)
    status = 400 if form.has_errors else 200
    return templates.TemplateResponse(
        request, "fragments/report.html", {"fragment": fragment}, status_code=status
    )


def _analyse(kb: KnowledgeBase, data: AnalyseFormIn) -> tuple[AnalyseForm, Report | None]:
    """Parse the form, call the analysis service once, and keep what was typed on error."""
    typed = AnalyseForm(
        question_id=data.question_id, own_question=data.own_question, answer=data.answer,
        phase=data.phase or "answer",
    )
    own = data.own_question.strip()
    bank = kb.questions.get(data.question_id) if data.question_id else None
    if data.question_id and bank is None and not own:
        error = "That question is not in the bank. Pick another one or type your own."
        return replace(typed, question_error=error), None
    if data.live and not data.answer.strip():
        return typed, None
    question = own or (bank.text if bank else "")
    try:
        report = analyse_answer(question, data.answer, phase=data.phase or "answer", kb=kb)
    except InputError as exc:
        return replace(typed, answer_error=exc.message, answer_hint=exc.hint), None
    return typed, report
