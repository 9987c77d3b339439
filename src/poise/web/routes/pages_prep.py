"""Prep pages of an application: the brief (page, printable, PDF), the key-facts quiz, salary and weakness."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from poise.errors import InputError
from poise.prep.quiz import clean_fact
from poise.prep.salary import parse_amount
from poise.services.prep import (
    SalaryInput,
    WeaknessInput,
    add_facts,
    advert_salary,
    application_brief,
    brief_html,
    brief_pdf,
    delete_fact,
    prepare_for_application,
    quiz_overview,
    quiz_turn,
)
from poise.web.contexts.prep import (
    FactForm,
    SalaryForm,
    WeaknessForm,
    brief_page_context,
    prep_context,
    quiz_context,
)
from poise.web.deps import DbDep, KbDep, TemplatesDep
from poise.web.routes.page_helpers import NOTICES, Text, optional_id, see_other
from poise.web.routes.pages import render
from poise.web.security import printable_page_headers

router = APIRouter(include_in_schema=False)

SALARY_FIELDS = ("low", "high", "currency", "source")
"""The salary form's fields, each with its own error beside it."""


# --- Prep brief ---------------------------------------------------------------------------------


@router.get("/applications/{application_id:int}/brief", response_class=HTMLResponse)
def brief_page(
    request: Request, application_id: int, db: DbDep, kb: KbDep, templates: TemplatesDep
) -> HTMLResponse:
    """The one-page brief in the app's frame, with the PDF download and what it still lacks."""
    brief = application_brief(db, application_id, kb=kb)
    return render(templates, request, "prep/brief.html", brief_page_context(application_id, brief))


@router.get("/applications/{application_id:int}/brief.html", response_class=HTMLResponse)
def brief_printable(application_id: int, db: DbDep) -> HTMLResponse:
    """The brief as a standalone, print-ready A4 page (framed by the brief page)."""
    html = brief_html(db, application_id)
    return HTMLResponse(html, headers=printable_page_headers(html))


@router.get("/applications/{application_id:int}/brief.pdf")
def brief_download(application_id: int, db: DbDep) -> Response:
    """The brief as a one-page PDF download."""
    pdf = brief_pdf(db, application_id)
    headers = {"Content-Disposition": f'attachment; filename="poise-brief-{application_id}.pdf"'}
    return Response(content=pdf, media_type="application/pdf", headers=headers)


# --- Key-facts quiz -----------------------------------------------------------------------------


@router.get("/applications/{application_id:int}/quiz", response_class=HTMLResponse)
def quiz_page(
    request: Request, application_id: int, db: DbDep, templates: TemplatesDep, done: str = ""
) -> HTMLResponse:
    """The card due now, and the facts to add or remove."""
    now = datetime.now(UTC)
    page = quiz_context(quiz_overview(db, application_id, now=now), now=now)
    if done in NOTICES:
        page = replace(page, notice=NOTICES[done])
    return render(templates, request, "prep/quiz.html", page)


@router.post("/applications/{application_id:int}/quiz", response_class=HTMLResponse)
def quiz_answer_page(
    request: Request,
    application_id: int,
    db: DbDep,
    templates: TemplatesDep,
    card_id: Text = "",
    answer: Text = "",
) -> HTMLResponse:
    """Right or wrong with the correct answer, then the next due card."""
    now = datetime.now(UTC)
    card = optional_id(card_id)
    if card is None or not answer.strip():
        error = "Type your answer (or your best guess) first." if card is not None else (
            "That card is not in the quiz any more.")
        page = quiz_context(quiz_overview(db, application_id, now=now), now=now, answer=answer,
                            answer_error=error)
        return render(templates, request, "prep/quiz.html", page, status=400)
    result, overview = quiz_turn(db, application_id, card, answer, now=now)
    page = quiz_context(overview, now=now, result=result)
    return render(templates, request, "prep/quiz.html", page)


@router.post("/applications/{application_id:int}/facts", response_class=HTMLResponse,
             response_model=None)
def add_fact_page(
    request: Request,
    application_id: int,
    db: DbDep,
    templates: TemplatesDep,
    prompt: Text = "",
    answer: Text = "",
) -> Response:
    """Add a fact about the company to the quiz."""
    try:
        fact = clean_fact(prompt, answer)
    except InputError as exc:
        message = f"{exc.message} {exc.hint}".strip()
        on_prompt = exc.field != "answer"
        form = FactForm(prompt, answer, message if on_prompt else "", "" if on_prompt else message)
        now = datetime.now(UTC)
        page = quiz_context(quiz_overview(db, application_id, now=now), now=now, fact_form=form)
        return render(templates, request, "prep/quiz.html", page, status=400)
    add_facts(db, application_id, [fact])
    return see_other(f"/applications/{application_id}/quiz?done=added#facts")


@router.post("/applications/{application_id:int}/facts/{fact_id:int}/delete")
def delete_fact_page(application_id: int, fact_id: int, db: DbDep) -> RedirectResponse:
    """Remove a fact and its card."""
    delete_fact(db, application_id, fact_id)
    return see_other(f"/applications/{application_id}/quiz?done=fact-deleted#facts")


# --- Salary and weakness ------------------------------------------------------------------------


@router.get("/applications/{application_id:int}/prep", response_class=HTMLResponse)
def prep_page(
    request: Request, application_id: int, db: DbDep, kb: KbDep, templates: TemplatesDep
) -> HTMLResponse:
    """The salary and weakness forms (the salary one started from the advert's range, if any)."""
    prep = prepare_for_application(db, application_id, kb=kb)
    advert = advert_salary(db, application_id, kb=kb)
    return render(templates, request, "prep/prep.html", prep_context(prep, kb, advert=advert))


@router.post("/applications/{application_id:int}/prep/salary", response_class=HTMLResponse)
def salary_page(
    request: Request,
    application_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    low: Text = "",
    high: Text = "",
    currency: Text = "EUR",
    source: Text = "",
) -> HTMLResponse:
    """The turn-it-back and the pressed salary answers from a market range, both judged."""
    form = SalaryForm(low=low, high=high, currency=currency, source=source)
    low_value = high_value = None
    try:
        low_value = parse_amount(low, field="low")
    except InputError:
        form = replace(form, low_error="Enter the low end as a number, such as 95000 or 95k.")
    try:
        high_value = parse_amount(high, field="high")
    except InputError:
        form = replace(form, high_error="Enter the high end as a number, such as 120000 or 120k.")
    if low_value is not None and high_value is not None:
        salary = SalaryInput(low_value, high_value, currency, source)
        try:
            prep = prepare_for_application(db, application_id, salary=salary, kb=kb)
        except InputError as exc:
            message = f"{exc.message} {exc.hint}".strip()
            field = exc.field if exc.field in SALARY_FIELDS else "low"
            form = replace(form, **{f"{field}_error": message})
        else:
            return render(templates, request, "prep/prep.html",
                          prep_context(prep, kb, salary_form=form))
    prep = prepare_for_application(db, application_id, kb=kb)
    return render(templates, request, "prep/prep.html", prep_context(prep, kb, salary_form=form),
                  status=400)


@router.post("/applications/{application_id:int}/prep/weakness", response_class=HTMLResponse)
def weakness_page(
    request: Request,
    application_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    shortcoming: Text = "",
    steps: Text = "",
    progress: Text = "",
) -> HTMLResponse:
    """The weakness answer drafted from the worksheet and judged (live as one types)."""
    form = WeaknessForm(shortcoming, steps, progress)
    worksheet = WeaknessInput(shortcoming, steps, progress)
    try:
        prep = prepare_for_application(db, application_id, weakness=worksheet, kb=kb)
    except InputError as exc:
        form = replace(form, error=f"{exc.message} {exc.hint}".strip())
        prep = prepare_for_application(db, application_id, kb=kb)
        return render(templates, request, "prep/prep.html",
                      prep_context(prep, kb, weakness_form=form), status=400)
    return render(templates, request, "prep/prep.html", prep_context(prep, kb, weakness_form=form))
