"""Pages about one application: the new-application form, the fit map, its concerns and the
answers to them."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from poise.errors import DocumentError, InputError
from poise.fit.intake import MAX_BYTES, read_bytes
from poise.services.answers import save_answer
from poise.services.fit import (
    application_detail,
    create_application,
    judge_application_concern,
    refit_application,
    remove_concern,
    update_application,
)
from poise.web.contexts.application import (
    ApplicationEdit,
    NewApplicationContext,
    NewApplicationForm,
    application_context,
)
from poise.web.contexts.catalogue import AnalyseForm, ReportFragment, report_view
from poise.web.deps import DbDep, KbDep, TemplatesDep
from poise.web.routes.page_helpers import NOTICES, Text, is_htmx, see_other
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)


# --- New application --------------------------------------------------------------------------


@router.get("/applications", response_class=HTMLResponse)
def applications() -> RedirectResponse:
    """Every application lives in the pipeline."""
    return see_other("/pipeline")


@router.get("/applications/new", response_class=HTMLResponse)
def new_application(request: Request, templates: TemplatesDep) -> HTMLResponse:
    """The form: company, title, the job description and the résumé (pasted or uploaded)."""
    page = NewApplicationContext(title="New application", active="applications",
                                 form=NewApplicationForm())
    return render(templates, request, "applications/new.html", page)


def _document(upload: UploadFile | None, pasted: str, *, what: str) -> tuple[str, str, str, str]:
    """(text, error, hint, note) for one document: the uploaded file if one was chosen, else the
    pasted text. The note says which file the text was read from."""
    if upload is not None and upload.filename:
        data = upload.file.read(MAX_BYTES + 1)
        try:
            text = read_bytes(data, name=upload.filename, what=what)
        except DocumentError as exc:
            return pasted, exc.message, exc.hint, ""
        return text, "", "", f"Read from {upload.filename}."
    if not pasted.strip():
        return pasted, f"The {what} is missing.", f"Paste the {what}, or choose a file.", ""
    return pasted, "", "", ""


@router.post("/applications/new", response_class=HTMLResponse, response_model=None)
def create_application_page(
    request: Request,
    db: DbDep,
    templates: TemplatesDep,
    company: Text = "",
    title: Text = "",
    job_text: Text = "",
    resume_text: Text = "",
    job_file: Annotated[UploadFile | None, File()] = None,
    resume_file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Read both documents, store the application with its fit and open it; on an error the form
    comes back with the message next to its field and everything typed (or read) kept."""
    job, job_error, job_hint, job_note = _document(job_file, job_text, what="job description")
    resume, resume_error, resume_hint, resume_note = _document(resume_file, resume_text,
                                                               what="résumé")
    form = NewApplicationForm(
        company=company, title=title, job_text=job, resume_text=resume,
        company_error="" if company.strip() else "The company name is missing.",
        job_error=job_error, job_hint=job_hint, job_note=job_note,
        resume_error=resume_error, resume_hint=resume_hint, resume_note=resume_note,
    )
    if not form.has_errors:
        try:
            record = create_application(db, company=company, title=title, job_text=job,
                                        resume_text=resume)
        except (InputError, DocumentError) as exc:
            form = _with_error(form, exc)
        else:
            return see_other(f"/applications/{record.id}")
    page = NewApplicationContext(title="New application", active="applications", form=form)
    return render(templates, request, "applications/new.html", page, status=400)


def _with_error(form: NewApplicationForm, exc: InputError | DocumentError) -> NewApplicationForm:
    """The form with the error next to the document it is about, else above the form."""
    if exc.field == "job":
        return replace(form, job_error=exc.message, job_hint=exc.hint)
    if exc.field == "resume":
        return replace(form, resume_error=exc.message, resume_hint=exc.hint)
    return replace(form, form_error=f"{exc.message} {exc.hint}".strip())


# --- One application ----------------------------------------------------------------------------


@router.get("/applications/{application_id:int}", response_class=HTMLResponse)
def application_page(
    request: Request,
    application_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    done: str = "",
) -> HTMLResponse:
    """The fit map, the concerns with their answer plans and replies, and the questions."""
    detail = application_detail(db, application_id, kb=kb)
    page = application_context(detail, kb, notice=NOTICES.get(done, ""))
    return render(templates, request, "applications/show.html", page)


@router.post("/applications/{application_id:int}", response_class=HTMLResponse,
             response_model=None)
def rename_application(
    request: Request,
    application_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    company: Text = "",
    title: Text = "",
) -> Response:
    """Change the company and the job title."""
    try:
        update_application(db, application_id, company=company, title=title)
    except InputError as exc:
        message = f"{exc.message} {exc.hint}".strip()
        field = "company_error" if exc.field == "company" else "title_error"
        edit = replace(ApplicationEdit(company, title), **{field: message})
        detail = application_detail(db, application_id, kb=kb)
        page = application_context(detail, kb, edit=edit)
        return render(templates, request, "applications/show.html", page, status=400)
    return see_other(f"/applications/{application_id}?done=renamed")


@router.post("/applications/{application_id:int}/concerns/{concern_id}/remove")
def remove_concern_page(application_id: int, concern_id: str, db: DbDep) -> RedirectResponse:
    """Drop a concern the candidate judges irrelevant."""
    remove_concern(db, application_id, concern_id)
    return see_other(f"/applications/{application_id}?done=removed#concerns")


@router.post("/applications/{application_id:int}/refit")
def refit_page(application_id: int, db: DbDep) -> RedirectResponse:
    """Compute the fit again from the stored texts."""
    refit_application(db, application_id)
    return see_other(f"/applications/{application_id}?done=refit#fit")


@router.post("/applications/{application_id:int}/concerns/{concern_id}/answer",
             response_class=HTMLResponse)
def concern_answer(
    request: Request,
    application_id: int,
    concern_id: str,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    answer: Text = "",
    index: Text = "",
    live: Text = "",
) -> HTMLResponse:
    """Judge the candidate's reply to a concern: the report fragment for htmx, else the page."""
    report = None
    error = hint = ""
    if answer.strip() or not live:
        try:
            report = judge_application_concern(db, application_id, concern_id, answer)
            if not live:  # "Judge my answer": the candidate's own answer is kept
                save_answer(db, application_id, concern_id, answer, overall=report.overall)
        except InputError as exc:
            error, hint = exc.message, exc.hint
    status = 400 if error else 200
    if is_htmx(request):
        fragment = ReportFragment(
            form=AnalyseForm(answer=answer, answer_error=error, answer_hint=hint),
            report=report_view(report, kb) if report is not None else None,
        )
        context = {"fragment": fragment, "index": index}
        return templates.TemplateResponse(request, "applications/_concern_report.html", context,
                                          status_code=status)
    detail = application_detail(db, application_id, kb=kb)
    message = f"{error} {hint}".strip()
    page = application_context(detail, kb, answers={concern_id: (answer, report, message)})
    return render(templates, request, "applications/show.html", page, status=status)
