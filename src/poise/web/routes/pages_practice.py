"""HTML pages of the mock interview: choose a format, answer turn by turn, read the session report."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from poise.errors import InputError, NotFoundError, SessionEndedError
from poise.services.followup import list_applications
from poise.services.practice import (
    answer_practice,
    list_practice,
    practice_report,
    practice_transcript,
    start_practice,
)
from poise.services.review import session_comments
from poise.web.contexts.practice import (
    AnswerForm,
    PracticeForm,
    practice_start_context,
    practice_turn_context,
)
from poise.web.contexts.practice_report import session_report_context
from poise.web.deps import AccountDep, DbDep, KbDep, SystemDbDep, TemplatesDep
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)

MAX_SECONDS = 36_000.0
"""The longest answer time the API accepts; longer (a tab left open overnight) is not recorded."""


class StartFormIn(BaseModel):
    """The fields the start form posts; missing fields are empty, never an error."""

    format: str = ""
    application_id: str = ""
    mode: str = "practice"


class AnswerFormIn(BaseModel):
    """The answer form: the words, the seconds measured in the browser, when the page was shown."""

    text: str = ""
    seconds: str = ""
    shown_at: str = ""


StartFormData = Annotated[StartFormIn, Form()]
AnswerFormData = Annotated[AnswerFormIn, Form()]


def elapsed(data: AnswerFormIn, *, now: float) -> float | None:
    """Seconds the answer took: measured by the page's script, else since the page was served."""
    for value, since in ((data.seconds, None), (data.shown_at, now)):
        try:
            number = float(value)
        except ValueError:
            continue
        seconds = number if since is None else since - number
        if 0 <= seconds <= MAX_SECONDS:
            return round(seconds, 1)
    return None


@router.get("/practice", response_class=HTMLResponse)
def practice_page(
    request: Request, kb: KbDep, db: DbDep, templates: TemplatesDep, application: str = "",
    format: str = "",
) -> HTMLResponse:
    """Choose a format, an application (``?application=ID`` preselects it) and a mode."""
    form = PracticeForm(format=format if format in kb.formats else "", application_id=application)
    page = practice_start_context(kb, form, list_applications(db), list_practice(db))
    return render(templates, request, "practice/start.html", page)


@router.post("/practice", response_class=HTMLResponse)
def practice_start(
    request: Request, kb: KbDep, db: DbDep, templates: TemplatesDep, data: StartFormData
) -> Response:
    """Start a session and go to its first question; field errors keep the choices made."""
    form = PracticeForm(format=data.format, application_id=data.application_id, mode=data.mode)
    if data.format not in kb.formats:
        form = replace(form, format_error="Choose one of the interview formats.")
    if data.mode not in ("practice", "real"):
        form = replace(form, mode_error="Choose practice or real mode.")
    application_id = None
    if data.application_id.strip():
        if data.application_id.strip().isdigit():
            application_id = int(data.application_id)
        else:
            form = replace(form, application_error="Choose an application from the list, or none.")
    if not form.has_errors:
        try:
            step = start_practice(db, interview_format=data.format, application_id=application_id,
                                  mode=data.mode, kb=kb)
        except NotFoundError as exc:
            form = replace(form, application_error=exc.message)
        else:
            return RedirectResponse(f"/practice/{step.session_id}", status_code=303)
    page = practice_start_context(kb, form, list_applications(db), list_practice(db))
    return render(templates, request, "practice/start.html", page, status=400)


@router.get("/practice/{session_id}", response_class=HTMLResponse)
def practice_turn(
    request: Request, session_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep
) -> HTMLResponse:
    """The interviewer's turn, the answer box, and the feedback on the last answer."""
    page = practice_turn_context(kb, practice_transcript(db, session_id), shown_at=time.time())
    return render(templates, request, "practice/turn.html", page)


@router.post("/practice/{session_id}", response_class=HTMLResponse)
def practice_answer(
    request: Request, session_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    data: AnswerFormData,
) -> Response:
    """Send an answer; then the next turn (a redirect), or the same turn with the error and the
    words kept."""
    now = time.time()
    try:
        answer_practice(db, session_id, data.text, seconds=elapsed(data, now=now), kb=kb)
    except SessionEndedError:
        return RedirectResponse(f"/practice/{session_id}", status_code=303)
    except InputError as exc:
        form = AnswerForm(text=data.text, error=exc.message, hint=exc.hint)
        shown_at = data.shown_at if data.shown_at else str(now)
        try:
            started = float(shown_at)
        except ValueError:
            started = now
        page = practice_turn_context(kb, practice_transcript(db, session_id), form=form,
                                     shown_at=started, elapsed_s=now - started)
        return render(templates, request, "practice/turn.html", page, status=400)
    return RedirectResponse(f"/practice/{session_id}", status_code=303)


@router.get("/practice/{session_id}/report", response_class=HTMLResponse)
def practice_session_report(
    request: Request, session_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    system: SystemDbDep, account: AccountDep,
) -> HTMLResponse:
    """Every turn with its feedback (and a coach's comments), the dimension chart, panel verdicts
    and the closing phase."""
    page = session_report_context(kb, practice_report(db, session_id, kb=kb))
    comments = session_comments(system, account, session_id)
    return render(templates, request, "practice/report.html", page, coach_comments=comments)
