"""The story bank pages: the list with coverage, the editor with live feedback, delete."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from poise.errors import InputError, NotFoundError
from poise.prep.stories import StoryDraft
from poise.services.review import story_comments
from poise.services.stories import (
    create_story,
    delete_story,
    get_story,
    story_bank,
    story_editor,
    story_feedback,
    update_story,
)
from poise.web.contexts.stories import (
    ConfirmContext,
    StoryForm,
    stories_context,
    story_editor_context,
    story_feedback_fragment,
)
from poise.web.deps import AccountDep, DbDep, KbDep, SystemDbDep, TemplatesDep
from poise.web.routes.page_helpers import NOTICES, Text, optional_id, see_other
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)

STORY_PARTS = ("circumstances", "actions", "results", "lesson")


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
    bank = story_bank(db, application_id=optional_id(application_id), kb=kb)
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
        record = create_story(db, _draft(form), application_id=optional_id(form.application_id),
                              kb=kb)
    except InputError as exc:
        editor = story_editor(db, kb=kb)
        page = story_editor_context(
            kb, form=_story_error(form, exc), applications=editor.applications,
            feedback=story_feedback_fragment(None, kb, hint="Fix the field marked in the form; "
                                             "feedback appears once the story can be judged."),
        )
        return render(templates, request, "stories/edit.html", page, status=400)
    return see_other(f"/stories/{record.id}?done=saved")


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
            feedback = story_feedback(db, _draft(form), application_id=optional_id(form.application_id),
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
    system: SystemDbDep,
    account: AccountDep,
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
    comments = story_comments(system, account, story_id)
    return render(templates, request, "stories/edit.html", page, coach_comments=comments)


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
        "application_id": optional_id(form.application_id),
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
    return see_other(f"/stories/{story_id}?done=saved{suffix}")


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
    return see_other("/stories?done=deleted")
