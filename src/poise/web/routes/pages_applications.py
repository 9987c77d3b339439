"""HTML pages: home, applications (fit and concerns), the story bank, prep, the quiz and settings."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from poise.errors import DocumentError, InputError, NotFoundError
from poise.fit.intake import MAX_BYTES, read_bytes
from poise.prep.quiz import clean_fact
from poise.prep.stories import StoryDraft
from poise.services.data import EXPORT_FILENAME, data_location, delete_data, export_data
from poise.services.fit import (
    application_detail,
    create_application,
    judge_application_concern,
    refit_application,
    remove_concern,
    update_application,
)
from poise.services.overview import home_overview
from poise.services.prep import (
    SalaryInput,
    WeaknessInput,
    add_facts,
    application_brief,
    brief_html,
    brief_pdf,
    delete_fact,
    prepare_for_application,
    quiz_overview,
    quiz_turn,
)
from poise.services.stories import (
    create_story,
    delete_story,
    get_story,
    story_bank,
    story_editor,
    story_feedback,
    update_story,
)
from poise.web.contexts import (
    AnalyseForm,
    ApplicationEdit,
    ConfirmContext,
    FactForm,
    NewApplicationContext,
    NewApplicationForm,
    ReportFragment,
    SalaryForm,
    StoryForm,
    WeaknessForm,
    application_context,
    brief_page_context,
    dashboard_context,
    prep_context,
    quiz_context,
    report_view,
    settings_context,
    stories_context,
    story_editor_context,
    story_feedback_fragment,
)
from poise.web.deps import DbDep, KbDep, SettingsDep, TemplatesDep
from poise.web.routes.pages import render
from poise.web.security import printable_page_headers

router = APIRouter(include_in_schema=False)

CONFIRM_WORD = "DELETE"
NOTICES = {
    "renamed": "Saved the company and title.",
    "removed": "Removed the concern. Recompute the fit to bring it back.",
    "refit": "Computed the fit again from the job and résumé.",
    "saved": "Story saved.",
    "deleted": "Deleted.",
    "added": "Fact added: it is due in the quiz now.",
    "fact-deleted": "Fact deleted.",
}
STORY_PARTS = ("circumstances", "actions", "results", "lesson")
AMOUNT = re.compile(r"^\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[kKmM]?)\s*$")

Text = Annotated[str, Form()]


def _redirect(url: str) -> RedirectResponse:
    """See Other: the browser loads ``url`` with GET after a POST (no resubmission on reload)."""
    return RedirectResponse(url, status_code=303)


def _is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _optional_id(value: str) -> int | None:
    """A form or query value naming a record: an int, or None when empty or not a number."""
    cleaned = value.strip()
    return int(cleaned) if cleaned.isdigit() else None


# --- Home -------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DbDep, kb: KbDep, templates: TemplatesDep) -> HTMLResponse:
    """Applications and next actions, recent practice and progress; first steps when empty."""
    today = date.today()
    overview = home_overview(db, today=today, kb=kb)
    return render(templates, request, "home.html", dashboard_context(overview, kb, today=today))


# --- New application --------------------------------------------------------------------------


@router.get("/applications", response_class=HTMLResponse)
def applications() -> RedirectResponse:
    """Every application lives in the pipeline."""
    return _redirect("/pipeline")


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
        except InputError as exc:
            form = replace(form, form_error=f"{exc.message} {exc.hint}".strip())
        else:
            return _redirect(f"/applications/{record.id}")
    page = NewApplicationContext(title="New application", active="applications", form=form)
    return render(templates, request, "applications/new.html", page, status=400)


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
        field = "company_error" if "company" in exc.message else "title_error"
        edit = replace(ApplicationEdit(company, title), **{field: message})
        detail = application_detail(db, application_id, kb=kb)
        page = application_context(detail, kb, edit=edit)
        return render(templates, request, "applications/show.html", page, status=400)
    return _redirect(f"/applications/{application_id}?done=renamed")


@router.post("/applications/{application_id:int}/concerns/{concern_id}/remove")
def remove_concern_page(application_id: int, concern_id: str, db: DbDep) -> RedirectResponse:
    """Drop a concern the candidate judges irrelevant."""
    remove_concern(db, application_id, concern_id)
    return _redirect(f"/applications/{application_id}?done=removed#concerns")


@router.post("/applications/{application_id:int}/refit")
def refit_page(application_id: int, db: DbDep) -> RedirectResponse:
    """Compute the fit again from the stored texts."""
    refit_application(db, application_id)
    return _redirect(f"/applications/{application_id}?done=refit#fit")


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
        except InputError as exc:
            error, hint = exc.message, exc.hint
    status = 400 if error else 200
    if _is_htmx(request):
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
    card = _optional_id(card_id)
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
        on_prompt = not prompt.strip() or "answer" not in exc.message.lower()
        form = FactForm(prompt, answer, message if on_prompt else "", "" if on_prompt else message)
        now = datetime.now(UTC)
        page = quiz_context(quiz_overview(db, application_id, now=now), now=now, fact_form=form)
        return render(templates, request, "prep/quiz.html", page, status=400)
    add_facts(db, application_id, [fact])
    return _redirect(f"/applications/{application_id}/quiz?done=added#facts")


@router.post("/applications/{application_id:int}/facts/{fact_id:int}/delete")
def delete_fact_page(application_id: int, fact_id: int, db: DbDep) -> RedirectResponse:
    """Remove a fact and its card."""
    delete_fact(db, application_id, fact_id)
    return _redirect(f"/applications/{application_id}/quiz?done=fact-deleted#facts")


# --- Salary and weakness ------------------------------------------------------------------------


@router.get("/applications/{application_id:int}/prep", response_class=HTMLResponse)
def prep_page(
    request: Request, application_id: int, db: DbDep, kb: KbDep, templates: TemplatesDep
) -> HTMLResponse:
    """The salary and weakness forms."""
    prep = prepare_for_application(db, application_id, kb=kb)
    return render(templates, request, "prep/prep.html", prep_context(prep, kb))


def _amount(text: str) -> float | None:
    """95000, 95,000, 95k or 1.2m as a number; None when it is not one."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", cleaned):
        cleaned = cleaned.replace(",", "").replace(".", "")
    found = AMOUNT.match(cleaned)
    if found is None:
        return None
    value = float(found.group("n").replace(",", "."))
    unit = found.group("unit").lower()
    return value * (1_000 if unit == "k" else 1_000_000 if unit == "m" else 1)


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
    low_value, high_value = _amount(low), _amount(high)
    if low_value is None:
        form = replace(form, low_error="Enter the low end as a number, such as 95000 or 95k.")
    if high_value is None:
        form = replace(form, high_error="Enter the high end as a number, such as 120000 or 120k.")
    if low_value is not None and high_value is not None:
        salary = SalaryInput(low_value, high_value, currency, source)
        try:
            prep = prepare_for_application(db, application_id, salary=salary, kb=kb)
        except InputError as exc:
            message = f"{exc.message} {exc.hint}".strip()
            text = exc.message.lower()
            if "currency" in text:
                form = replace(form, currency_error=message)
            elif "source" in text or "come" in text:
                form = replace(form, source_error=message)
            else:
                form = replace(form, low_error=message)
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


# --- Story bank ---------------------------------------------------------------------------------


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    request: Request,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    application_id: str = "",
    done: str = "",
) -> HTMLResponse:
    """Every story and the coverage matrix (with one application's requirements if chosen)."""
    bank = story_bank(db, application_id=_optional_id(application_id), kb=kb)
    notice = "Story deleted." if done == "deleted" else ""
    return render(templates, request, "stories/index.html", stories_context(bank, kb, notice=notice))


def _posted_story_form(
    title: Text = "",
    application_id: Text = "",
    competencies: Annotated[list[str] | None, Form()] = None,
    circumstances: Text = "",
    actions: Text = "",
    results: Text = "",
    lesson: Text = "",
    target: Text = "",
) -> StoryForm:
    """The story editor's fields as posted (one definition for create, update and live feedback)."""
    return StoryForm(title=title, application_id=application_id,
                     competencies=tuple(competencies or ()), circumstances=circumstances,
                     actions=actions, results=results, lesson=lesson, target=target)


StoryFormDep = Annotated[StoryForm, Depends(_posted_story_form)]


def _draft(form: StoryForm) -> StoryDraft:
    return StoryDraft(form.title, form.circumstances, form.actions, form.results,
                      form.lesson or None, form.competencies)


def _story_error(form: StoryForm, exc: InputError) -> StoryForm:
    """The form with the service's error next to the field it is about."""
    message = f"{exc.message} {exc.hint}".strip()
    text = exc.message.lower()
    field = "circumstances"
    if "title" in text:
        field = "title"
    elif "competenc" in text:
        field = "competencies"
    elif "level" in text:
        field = "target"
    else:
        for part in STORY_PARTS:
            if f"the {part} part" in text:
                field = part
    return replace(form, errors={field: message})


def _target(form: StoryForm) -> str | None:
    return form.target if form.target else None


@router.get("/stories/new", response_class=HTMLResponse)
def new_story(
    request: Request,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    competency: str = "",
    application_id: str = "",
) -> HTMLResponse:
    """An empty story editor (``?competency=`` ticks one, ``?application_id=`` links one)."""
    editor = story_editor(db, kb=kb)
    ticked = (competency,) if competency in kb.competencies else ()
    form = StoryForm(competencies=ticked, application_id=application_id)
    hint = "Feedback appears here as you write: the score, the words behind each point, and the "
    hint += "level the story reads at."
    page = story_editor_context(kb, form=form, applications=editor.applications,
                                feedback=story_feedback_fragment(None, kb, hint=hint))
    return render(templates, request, "stories/edit.html", page)


@router.post("/stories/new", response_class=HTMLResponse, response_model=None)
def create_story_page(
    request: Request,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    form: StoryFormDep,
) -> Response:
    """Store a new story (judged with the analyser) and open it."""
    try:
        record = create_story(db, _draft(form), application_id=_optional_id(form.application_id),
                              kb=kb)
    except InputError as exc:
        editor = story_editor(db, kb=kb)
        page = story_editor_context(
            kb, form=_story_error(form, exc), applications=editor.applications,
            feedback=story_feedback_fragment(None, kb, hint="Fix the field marked in the form; "
                                             "feedback appears once the story can be judged."),
        )
        return render(templates, request, "stories/edit.html", page, status=400)
    return _redirect(f"/stories/{record.id}?done=saved")


@router.post("/stories/feedback", response_class=HTMLResponse)
def story_feedback_page(
    request: Request,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    form: StoryFormDep,
) -> HTMLResponse:
    """The live feedback fragment: the draft judged and calibrated as typed (nothing stored)."""
    feedback = None
    hint = ""
    if not (form.circumstances.strip() or form.actions.strip() or form.results.strip()):
        hint = "Start with the circumstances, then what you did and how it ended: feedback "
        hint += "appears as you write."
    elif not form.competencies:
        hint = "Tick the competency this story proves: Poise judges it against the question an "
        hint += "interviewer asks about that competency."
    else:
        try:
            feedback = story_feedback(db, _draft(form), application_id=_optional_id(form.application_id),
                                      target=_target(form), kb=kb)
        except InputError as exc:
            hint = f"{exc.message} {exc.hint}".strip()
    context = {"feedback": story_feedback_fragment(feedback, kb, hint=hint)}
    return templates.TemplateResponse(request, "stories/_feedback.html", context)


@router.get("/stories/{story_id:int}", response_class=HTMLResponse)
def story_page(
    request: Request,
    story_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    target: str = "",
    done: str = "",
) -> HTMLResponse:
    """A stored story in the editor, with its feedback and level calibration."""
    editor = story_editor(db, story_id, target=target or None, kb=kb)
    story = editor.story
    if story is None:  # story_editor returns the story it is asked for, or raises NotFoundError
        raise NotFoundError(f"No story with id {story_id}.", hint="Open it from the story bank.")
    form = StoryForm(
        title=story.title,
        application_id=str(story.application_id or ""),
        competencies=story.competencies,
        circumstances=story.circumstances,
        actions=story.actions,
        results=story.results,
        lesson=story.lesson or "",
        target=target,
    )
    page = story_editor_context(kb, form=form, applications=editor.applications,
                                feedback=story_feedback_fragment(editor.feedback, kb),
                                story_id=story_id, notice=NOTICES.get(done, ""))
    return render(templates, request, "stories/edit.html", page)


@router.post("/stories/{story_id:int}", response_class=HTMLResponse, response_model=None)
def update_story_page(
    request: Request,
    story_id: int,
    db: DbDep,
    kb: KbDep,
    templates: TemplatesDep,
    form: StoryFormDep,
) -> Response:
    """Save the changes (the story is judged again)."""
    changes = {
        "title": form.title,
        "circumstances": form.circumstances,
        "actions": form.actions,
        "results": form.results,
        "lesson": form.lesson or None,
        "competencies": list(form.competencies),
        "application_id": _optional_id(form.application_id),
    }
    try:
        update_story(db, story_id, changes, kb=kb)
    except InputError as exc:
        editor = story_editor(db, kb=kb)
        page = story_editor_context(
            kb, form=_story_error(form, exc), applications=editor.applications, story_id=story_id,
            feedback=story_feedback_fragment(None, kb, hint="Fix the field marked in the form; "
                                             "feedback appears once the story can be judged."),
        )
        return render(templates, request, "stories/edit.html", page, status=400)
    suffix = f"&target={form.target}" if form.target else ""
    return _redirect(f"/stories/{story_id}?done=saved{suffix}")


@router.get("/stories/{story_id:int}/delete", response_class=HTMLResponse)
def confirm_delete_story(
    request: Request, story_id: int, db: DbDep, templates: TemplatesDep
) -> HTMLResponse:
    """Ask before deleting a story."""
    story = get_story(db, story_id)
    page = ConfirmContext(
        title="Delete this story?", active="stories",
        question=f"Delete the story “{story.title}”?",
        detail="It goes from the story bank, the coverage matrix and every brief. This cannot be "
        "undone.",
        action=f"/stories/{story_id}/delete", button="Delete the story",
        cancel_href=f"/stories/{story_id}",
    )
    return render(templates, request, "stories/confirm.html", page)


@router.post("/stories/{story_id:int}/delete")
def delete_story_page(story_id: int, db: DbDep) -> RedirectResponse:
    """Delete a story."""
    delete_story(db, story_id)
    return _redirect("/stories?done=deleted")


# --- Settings -----------------------------------------------------------------------------------


@router.get("/settings", response_class=HTMLResponse)
def settings_page(
    request: Request, db: DbDep, settings: SettingsDep, templates: TemplatesDep, done: str = ""
) -> HTMLResponse:
    """Where the data lives, the export, and deleting everything."""
    page = settings_context(data_location(db, settings), deleted=done == "deleted")
    return render(templates, request, "settings/index.html", page)


@router.get("/settings/export")
def export_page(db: DbDep) -> Response:
    """Every record as one JSON file to keep or move."""
    body = json.dumps(export_data(db), ensure_ascii=False, indent=2)
    headers = {"Content-Disposition": f'attachment; filename="{EXPORT_FILENAME}"'}
    return Response(content=body, media_type="application/json", headers=headers)


@router.post("/settings/delete", response_class=HTMLResponse, response_model=None)
def delete_everything(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    confirm: Text = "",
) -> Response:
    """Delete every record once the person has typed DELETE."""
    if confirm.strip() != CONFIRM_WORD:
        error = f"Type {CONFIRM_WORD} in capitals to confirm; nothing was deleted."
        page = settings_context(data_location(db, settings), confirm=confirm, confirm_error=error)
        return render(templates, request, "settings/index.html", page, status=400)
    delete_data(db)
    return _redirect("/settings?done=deleted")
