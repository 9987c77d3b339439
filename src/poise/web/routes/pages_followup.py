"""HTML pages of follow-up: the pipeline, the debrief form, the thank-you letter and the schedule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.followup.application import STAGES
from poise.followup.debrief import Problem
from poise.services.fit import get_application
from poise.services.followup import (
    debrief_problems,
    draft_thank_you,
    followups,
    followups_ics,
    list_debriefs,
    pipeline,
    record_debrief,
    remember_sender,
    set_stage,
    thank_you_eml,
)
from poise.web.contexts.base import PageContext
from poise.web.contexts.followup import (
    ApplicationRef,
    ConcernRow,
    DebriefForm,
    InterviewerRow,
    PromiseRow,
    QuestionRow,
    StageForm,
    debrief_context,
    debrief_saved_context,
    followups_context,
    letter_context,
    pipeline_context,
)
from poise.web.deps import DbDep, KbDep, TemplatesDep

router = APIRouter(include_in_schema=False)

MAX_ROWS = 30
"""Rows of one kind a debrief form may hold (interviewers, questions, concerns, promises)."""

FRIENDLY = {
    "date": "Give the day of the interview.",
    "round": "Give the round as a number from 1 to 20.",
    "interviewers": "Add at least one interviewer: their name, and their role if you know it.",
    "name": "Give the interviewer's name.",
    "rating": "Rate how your answer went, from 1 to 5.",
    "what": "Say what you promised, in a few words.",
    "text": "Give the question's words, or pick it from the bank.",
}
"""Plain messages for missing or empty fields, by the field's last name."""

ROW_FIELDS: dict[str, tuple[str, ...]] = {
    "interviewers": ("name", "role", "email", "address_as"),
    "questions": ("text", "rating", "said"),
    "concerns": ("text", "handled", "plan"),
    "promises": ("what", "by"),
}
"""The fields each row of the debrief form shows; the first is where a row's problem goes."""

ADD_ROW = {
    "add-interviewer": ("interviewers", "name"),
    "add-question": ("questions", "text"),
    "add-concern": ("concerns", "text"),
    "add-promise": ("promises", "what"),
}


class StageFormIn(BaseModel):
    """The stage form of one pipeline row."""

    stage: str = ""
    round: str = ""


class LetterFormIn(BaseModel):
    """The letter as the candidate edited it, to whom, and the name it is signed with."""

    subject: str = ""
    body: str = ""
    interviewer: str = ""
    sender: str = ""


StageFormData = Annotated[StageFormIn, Form()]
LetterFormData = Annotated[LetterFormIn, Form()]


async def form_fields(request: Request) -> dict[str, str]:
    """Every text field of a posted form (files ignored); a repeated name keeps its last value."""
    form = await request.form()
    fields: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            fields[key] = value
    return fields


FieldsDep = Annotated[dict[str, str], Depends(form_fields)]


def render(
    templates: Jinja2Templates, request: Request, name: str, page: PageContext, *, status: int = 200
) -> HTMLResponse:
    """A full page from its typed context."""
    return templates.TemplateResponse(request, name, {"page": page}, status_code=status)


# --- Pipeline -----------------------------------------------------------------------------------


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline_page(
    request: Request, kb: KbDep, db: DbDep, templates: TemplatesDep, changed: int | None = None
) -> HTMLResponse:
    """Every application: stage, next action and date, the last debrief's key points."""
    rows = pipeline(db, kb=kb)
    queued = sum(row.practice_pending for row in rows)
    page = pipeline_context(rows, queued, changed=changed)
    return render(templates, request, "followup/pipeline.html", page)


@router.post("/pipeline/{application_id}/stage", response_class=HTMLResponse)
def pipeline_stage(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    data: StageFormData,
) -> Response:
    """Move an application to a stage and round; errors show next to the row's fields."""
    form = StageForm(stage=data.stage, round=data.round)
    round_number = None
    if data.stage not in STAGES:
        form = replace(form, stage_error="Choose one of the stages.")
    if data.round.strip():
        if data.round.strip().isdigit():
            round_number = int(data.round)
        else:
            form = replace(form, round_error="Give the round as a whole number, such as 2.")
    if not (form.stage_error or form.round_error):
        try:
            set_stage(db, application_id, data.stage, round_number=round_number)
        except InputError as exc:
            form = replace(form, round_error=f"{exc.message} {exc.hint}".strip())
        else:
            return RedirectResponse(
                f"/pipeline?changed={application_id}#application-{application_id}", status_code=303
            )
    rows = pipeline(db, kb=kb)
    page = pipeline_context(rows, sum(row.practice_pending for row in rows),
                            form=(application_id, form))
    return render(templates, request, "followup/pipeline.html", page, status=400)


# --- Debrief ------------------------------------------------------------------------------------


def _rows(fields: Mapping[str, str], group: str) -> list[dict[str, str]]:
    """The rows of one group (``questions-0-text`` ...) in index order, as typed."""
    indices: set[int] = set()
    prefix = f"{group}-"
    for key in fields:
        if not key.startswith(prefix):
            continue
        number = key[len(prefix):].split("-", 1)[0]
        if number.isdigit() and int(number) < MAX_ROWS:
            indices.add(int(number))
    rows = []
    for index in sorted(indices):
        rows.append({name: fields.get(f"{group}-{index}-{name}", "") for name in ROW_FIELDS[group]})
    return rows


def parse_debrief(fields: Mapping[str, str]) -> DebriefForm:
    """The debrief form exactly as typed (rows in order; at least one row of each kind)."""
    interviewers = tuple(InterviewerRow(**row) for row in _rows(fields, "interviewers"))
    questions = tuple(QuestionRow(**row) for row in _rows(fields, "questions"))
    concerns = tuple(ConcernRow(**row) for row in _rows(fields, "concerns"))
    promises = tuple(PromiseRow(**row) for row in _rows(fields, "promises"))
    return DebriefForm(
        date=fields.get("date", ""),
        round=fields.get("round", ""),
        interviewers=interviewers or (InterviewerRow(),),
        questions=questions or (QuestionRow(),),
        concerns=concerns or (ConcernRow(),),
        promises=promises or (PromiseRow(),),
        next_step=fields.get("next_step", ""),
        next_step_by=fields.get("next_step_by", ""),
        notes=fields.get("notes", ""),
    )


def add_row(form: DebriefForm, action: str) -> DebriefForm:
    """The form with one more empty row of the kind ``action`` names, focused."""
    group, first = ADD_ROW[action]
    count = len(getattr(form, group))
    if count >= MAX_ROWS:
        return form
    focus = f"{group}-{count}-{first}"
    if group == "interviewers":
        return replace(form, interviewers=(*form.interviewers, InterviewerRow()), focus=focus)
    if group == "questions":
        return replace(form, questions=(*form.questions, QuestionRow()), focus=focus)
    if group == "concerns":
        return replace(form, concerns=(*form.concerns, ConcernRow()), focus=focus)
    return replace(form, promises=(*form.promises, PromiseRow()), focus=focus)


def debrief_data(
    form: DebriefForm, kb: KnowledgeBase
) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """The debrief for the service (empty rows left out) and, per group, each kept row's index
    in the form, so problems can be shown next to the right field."""
    bank = {question.text.casefold(): question.id for question in kb.questions.values()}
    kept: dict[str, list[int]] = {"interviewers": [], "questions": [], "concerns": [], "promises": []}
    data: dict[str, Any] = {"date": form.date.strip() or None, "round": form.round.strip() or 1}
    if data["date"] is None:
        del data["date"]
    people = []
    for index, person in enumerate(form.interviewers):
        if person.name.strip() or person.role.strip() or person.email.strip():
            kept["interviewers"].append(index)
            people.append({"name": person.name, "role": person.role, "email": person.email or None,
                           "address_as": person.address_as})
    data["interviewers"] = people
    questions = []
    for index, question in enumerate(form.questions):
        if not (question.text.strip() or question.said.strip() or question.rating.strip()):
            continue
        kept["questions"].append(index)
        item: dict[str, Any] = {"text": question.text, "said": question.said}
        bank_id = bank.get(" ".join(question.text.split()).casefold())
        if bank_id:
            item["question_id"] = bank_id
        if question.rating.strip():
            item["rating"] = question.rating.strip()
        questions.append(item)
    data["questions"] = questions
    concerns = []
    for index, concern in enumerate(form.concerns):
        if concern.text.strip() or concern.plan.strip():
            kept["concerns"].append(index)
            concerns.append({"text": concern.text, "handled": concern.handled or "open",
                             "plan": concern.plan})
    data["concerns"] = concerns
    promises = []
    for index, promise in enumerate(form.promises):
        if promise.what.strip() or promise.by.strip():
            kept["promises"].append(index)
            promises.append({"what": promise.what, "by": promise.by.strip() or None,
                             "delivery": "to_follow" if promise.by.strip() else "attached"})
    data["promises"] = promises
    if form.next_step.strip() or form.next_step_by.strip():
        data["next_step"] = {"what": form.next_step, "by": form.next_step_by.strip() or None}
    if form.notes.strip():
        data["notes"] = form.notes
    return data, kept


def field_name(problem: Problem, kept: Mapping[str, list[int]]) -> str:
    """The form field a problem belongs to ("" for the whole form)."""
    loc = problem.loc
    if not loc:
        return ""
    head = str(loc[0])
    if head in ("date", "held_on"):
        return "date"
    if head in ("round", "notes"):
        return head
    if head == "next_step":
        return "next_step_by" if loc[1:2] == ("by",) else "next_step"
    if head in kept:
        if len(loc) == 1:
            return head
        position = loc[1]
        if not isinstance(position, int) or position >= len(kept[head]):
            return head
        index = kept[head][position]
        part = str(loc[2]) if len(loc) > 2 else ""
        shown = ROW_FIELDS[head]
        if part not in shown:
            part = shown[0]
        return f"{head}-{index}-{part}"
    return ""


def with_problems(
    form: DebriefForm, problems: list[Problem], kept: Mapping[str, list[int]]
) -> DebriefForm:
    """The form with each problem next to its field (the first problem of a field wins)."""
    errors: dict[str, str] = {}
    general: list[str] = []
    for problem in problems:
        name = field_name(problem, kept)
        last = name.rsplit("-", 1)[-1] if name else ""
        message = problem.message
        empty = message.startswith(("missing", "String should have at least", "List should have at least"))
        if empty and last in FRIENDLY:
            message = FRIENDLY[last]
        message = message[:1].upper() + message[1:]
        if not name:
            general.append(message if not problem.loc else f"{problem.field}: {message}")
        elif name not in errors:
            errors[name] = message
    return replace(form, errors=errors, general=tuple(general))


def _reference(db: DbDep, application_id: int) -> ApplicationRef:
    application = get_application(db, application_id)
    return ApplicationRef(application.id, application.company, application.title)


@router.get("/applications/{application_id}/debrief", response_class=HTMLResponse)
def debrief_page(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep
) -> HTMLResponse:
    """An empty debrief form (today, the next round), with the earlier debriefs listed."""
    application = get_application(db, application_id)
    earlier = list_debriefs(db, application_id)
    next_round = max([item.debrief.round for item in earlier] + [application.round - 1, 0]) + 1
    today = date.today()
    form = DebriefForm(date=today.isoformat(), round=str(min(next_round, 20)))
    reference = ApplicationRef(application.id, application.company, application.title)
    page = debrief_context(kb, reference, form, earlier, today=today)
    return render(templates, request, "followup/debrief.html", page)


@router.post("/applications/{application_id}/debrief", response_class=HTMLResponse)
def debrief_submit(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    fields: FieldsDep,
) -> HTMLResponse:
    """Save the debrief; or add a row; or show each problem next to its field, input kept."""
    form = parse_debrief(fields)
    today = date.today()
    action = fields.get("action", "")
    if action in ADD_ROW:
        page = debrief_context(kb, _reference(db, application_id), add_row(form, action),
                               list_debriefs(db, application_id), today=today)
        return render(templates, request, "followup/debrief.html", page)
    data, kept = debrief_data(form, kb)
    problems = debrief_problems(data, kb=kb, today=today)
    if problems:
        form = with_problems(form, problems, kept)
        page = debrief_context(kb, _reference(db, application_id), form,
                               list_debriefs(db, application_id), today=today)
        return render(templates, request, "followup/debrief.html", page, status=400)
    outcome = record_debrief(db, application_id, data, kb=kb, today=today)
    application = outcome.application
    reference = ApplicationRef(application.id, application.company, application.title)
    return render(templates, request, "followup/debrief_saved.html",
                  debrief_saved_context(reference, outcome))


# --- Letter -------------------------------------------------------------------------------------


def _eml(application_id: int, content: bytes) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="thank-you-{application_id}.eml"'}
    return Response(content, media_type="message/rfc822", headers=headers)


@router.get("/applications/{application_id}/letter", response_class=HTMLResponse)
def letter_page(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    interviewer: str = "", sender: str = "",
) -> HTMLResponse:
    """The thank-you letter drafted from the latest debrief, editable, ready to download;
    ``?sender=`` signs it (and is remembered, so the follow-up drafts and their calendar file
    are signed too), ``?interviewer=`` addresses another interviewer."""
    reference = _reference(db, application_id)
    try:
        letter = draft_thank_you(db, application_id, interviewer=interviewer or None,
                                 sender=sender.strip() or None, kb=kb)
        if sender.strip() and (db.scope is None or not db.scope.read_only):
            remember_sender(db, application_id, sender)  # a coach's shared view only reads
    except InputError as exc:
        page = letter_context(reference, None, missing=exc.message)
        return render(templates, request, "followup/letter.html", page)
    earlier = list_debriefs(db, application_id)
    recipients = [person.name for person in earlier[-1].debrief.interviewers] if earlier else []
    page = letter_context(reference, letter, interviewer=interviewer, sender=sender.strip(),
                          recipients=recipients)
    return render(templates, request, "followup/letter.html", page)


@router.get("/applications/{application_id}/letter.eml")
def letter_eml_download(
    application_id: int, kb: KbDep, db: DbDep, interviewer: str = "", sender: str = ""
) -> Response:
    """The drafted letter as an unsent .eml to open in a mail program."""
    content = thank_you_eml(db, application_id, interviewer=interviewer or None,
                            sender=sender.strip() or None, kb=kb)
    return _eml(application_id, content)


@router.post("/applications/{application_id}/letter.eml", response_model=None)
def letter_eml_edited(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep,
    data: LetterFormData,
) -> Response:
    """The letter as edited on the page, as .eml; an empty letter shows the page with the error.
    The name it is signed with is remembered, so the follow-up schedule is signed too."""
    try:
        content = thank_you_eml(db, application_id, subject=data.subject, body=data.body,
                                interviewer=data.interviewer or None,
                                sender=data.sender.strip() or None, kb=kb)
        remember_sender(db, application_id, data.sender)
    except InputError as exc:
        letter = draft_thank_you(db, application_id, interviewer=data.interviewer or None,
                                 sender=data.sender.strip() or None, kb=kb)
        page = letter_context(_reference(db, application_id), letter, subject=data.subject, body=data.body,
                              error=exc.message, interviewer=data.interviewer,
                              sender=data.sender.strip())
        return render(templates, request, "followup/letter.html", page, status=400)
    return _eml(application_id, content)


# --- Follow-up schedule -------------------------------------------------------------------------


@router.get("/applications/{application_id}/followups", response_class=HTMLResponse)
def followups_page(
    request: Request, application_id: int, kb: KbDep, db: DbDep, templates: TemplatesDep
) -> HTMLResponse:
    """Each follow-up step with its date and draft message."""
    schedule = followups(db, application_id, kb=kb)
    return render(templates, request, "followup/followups.html",
                  followups_context(schedule, today=date.today()))


@router.get("/applications/{application_id}/followups.ics")
def followups_calendar(application_id: int, kb: KbDep, db: DbDep) -> Response:
    """The schedule as an iCalendar file, one all-day event per step."""
    content = followups_ics(followups(db, application_id, kb=kb))
    headers = {"Content-Disposition": f'attachment; filename="followups-{application_id}.ics"'}
    return Response(content, media_type="text/calendar", headers=headers)
