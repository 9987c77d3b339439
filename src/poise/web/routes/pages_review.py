"""Organisation mode's pages: a candidate's sharing page, the coach's review, the admin page.

Each page answers 404 to whoever may not use it (personal mode, a candidate on the coach's or
admin's pages), never a 403 that would confirm it exists.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from poise.errors import InputError, NotFoundError, PoiseError
from poise.services import review
from poise.services.accounts import (
    Account,
    add_user,
    disable_user,
    enable_user,
    get_user,
    list_users,
    set_role,
)
from poise.services.overview import home_overview
from poise.settings import Settings
from poise.store.models import ROLES
from poise.web.contexts.dashboard import progress_chart
from poise.web.contexts.review import (
    AdminContext,
    CoachApplicationContext,
    CoachHomeContext,
    CoachSessionContext,
    SharingContext,
)
from poise.web.deps import AccountDep, DbDep, KbDep, SettingsDep, SystemDbDep, TemplatesDep
from poise.web.routes.page_helpers import Text, see_other
from poise.web.routes.pages import render
from poise.web.security import printable_page_headers

router = APIRouter(include_in_schema=False)

NOTICES = {
    "shared": "Shared. Your coach now sees this application, its stories and its practice.",
    "revoked": "Stopped sharing. Your coach no longer sees it.",
    "commented": "Comment saved: the candidate sees it beside Poise's feedback.",
    "assigned": "Practice set: it shows in the candidate's next actions.",
}


def _nothing_here(request: Request) -> NotFoundError:
    return NotFoundError(f"There is no page at {request.url.path}.",
                         hint="Use the links at the top of the page.")


def _organisation(request: Request, settings: Settings) -> None:
    if not settings.organisation:
        raise _nothing_here(request)


def _coach(request: Request, settings: Settings, account: Account) -> None:
    _organisation(request, settings)
    if not account.is_coach:
        raise _nothing_here(request)


def _admin(request: Request, settings: Settings, account: Account) -> None:
    _organisation(request, settings)
    if not account.is_admin:
        raise _nothing_here(request)


# --- The candidate: sharing and the audit log --------------------------------------------------


def _sharing_page(db: DbDep, system: SystemDbDep, account: Account, *, error: str = "",
                  notice: str = "") -> SharingContext:
    overview = home_overview(db, recent=0)
    applications = tuple((row.application_id, f"{row.company} – {row.title}")
                         for row in overview.applications)
    return SharingContext(
        title="Sharing with a coach",
        shares=tuple(review.shares_of(system, account)),
        applications=applications,
        coaches=tuple((email, name) for email, name in review.coach_choices(system)
                      if email != account.email),
        audit=tuple(review.audit_for(system, account)),
        error=error, notice=notice,
    )


@router.get("/sharing", response_class=HTMLResponse)
def sharing_page(request: Request, db: DbDep, system: SystemDbDep, account: AccountDep,
                 settings: SettingsDep, templates: TemplatesDep, done: str = "") -> HTMLResponse:
    """Share an application with a coach, see and end shares, see who looked at what."""
    _organisation(request, settings)
    page = _sharing_page(db, system, account, notice=NOTICES.get(done, ""))
    return render(templates, request, "review/sharing.html", page)


@router.post("/sharing", response_class=HTMLResponse, response_model=None)
def share(request: Request, db: DbDep, system: SystemDbDep, account: AccountDep,
          settings: SettingsDep, templates: TemplatesDep,
          application_id: Annotated[int, Form(ge=1, le=2**31 - 1)],
          coach: Annotated[str, Form(max_length=320)] = "") -> Response:
    """Share one application with one coach."""
    _organisation(request, settings)
    try:
        review.share_application(system, account, application_id, coach)
    except InputError as exc:
        page = _sharing_page(db, system, account, error=f"{exc.message} {exc.hint}")
        return render(templates, request, "review/sharing.html", page, status=400)
    return see_other("/sharing?done=shared")


@router.post("/sharing/{share_id:int}/revoke")
def revoke(request: Request, system: SystemDbDep, account: AccountDep, settings: SettingsDep,
           share_id: int) -> Response:
    """End a share at once."""
    _organisation(request, settings)
    review.revoke_share(system, account, share_id)
    return see_other("/sharing?done=revoked")


@router.post("/assignments/{assignment_id:int}/start")
def start_assigned(request: Request, system: SystemDbDep, account: AccountDep,
                   settings: SettingsDep, kb: KbDep, assignment_id: int) -> Response:
    """Start the practice a coach set: its format, for its application, its questions first."""
    _organisation(request, settings)
    session_id = review.start_assignment(system, account, assignment_id, kb=kb)
    return see_other(f"/practice/{session_id}")


# --- The coach ---------------------------------------------------------------------------------


@router.get("/coach", response_class=HTMLResponse)
def coach_home(request: Request, system: SystemDbDep, account: AccountDep, settings: SettingsDep,
               templates: TemplatesDep, kb: KbDep) -> HTMLResponse:
    """The coach's candidates: what each shared, recent sessions and progress."""
    _coach(request, settings, account)
    candidates = tuple(review.coach_candidates(system, account, kb=kb))
    charts = tuple(progress_chart(candidate.progress, kb) for candidate in candidates)
    page = CoachHomeContext(title="Your candidates", candidates=candidates, charts=charts)
    return render(templates, request, "review/coach.html", page)


def _application_page(system: SystemDbDep, account: Account, share_id: int, kb: KbDep, *,
                      error: str = "", notice: str = "") -> CoachApplicationContext:
    reviewed = review.review_application(system, account, share_id, kb=kb)
    formats = tuple(sorted((key, item.name) for key, item in kb.formats.items()))
    return CoachApplicationContext(
        title=f"{reviewed.share.candidate}: {reviewed.share.company}", review=reviewed,
        formats=formats, error=error, notice=notice,
    )


@router.get("/coach/shares/{share_id:int}", response_class=HTMLResponse)
def coach_application(request: Request, system: SystemDbDep, account: AccountDep,
                      settings: SettingsDep, templates: TemplatesDep, kb: KbDep, share_id: int,
                      done: str = "") -> HTMLResponse:
    """One shared application: concerns, stories (with comments), sessions, progress."""
    _coach(request, settings, account)
    page = _application_page(system, account, share_id, kb, notice=NOTICES.get(done, ""))
    return render(templates, request, "review/coach_application.html", page)


@router.get("/coach/shares/{share_id:int}/brief.html", response_class=HTMLResponse)
def coach_brief(request: Request, system: SystemDbDep, account: AccountDep,
                settings: SettingsDep, share_id: int) -> HTMLResponse:
    """The shared application's one-page brief, as the candidate prints it."""
    _coach(request, settings, account)
    html = review.review_brief(system, account, share_id)
    return HTMLResponse(html, headers=printable_page_headers(html))


@router.get("/coach/shares/{share_id:int}/sessions/{session_id:int}", response_class=HTMLResponse)
def coach_session(request: Request, system: SystemDbDep, account: AccountDep,
                  settings: SettingsDep, templates: TemplatesDep, kb: KbDep, share_id: int,
                  session_id: int) -> HTMLResponse:
    """One shared session, turn by turn, with a comment form on each answer."""
    _coach(request, settings, account)
    reviewed = review.review_session(system, account, share_id, session_id, kb=kb)
    page = CoachSessionContext(title=f"{reviewed.share.candidate}: session {session_id}",
                               review=reviewed)
    return render(templates, request, "review/coach_session.html", page)


@router.post("/coach/shares/{share_id:int}/sessions/{session_id:int}/comments")
def comment_turn(request: Request, system: SystemDbDep, account: AccountDep,
                 settings: SettingsDep, share_id: int, session_id: int,
                 turn: Annotated[int, Form(ge=1, le=1000)],
                 body: Annotated[str, Form(max_length=8000)] = "",
                 quote: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Comment on one turn's answer."""
    _coach(request, settings, account)
    review.comment_on_turn(system, account, share_id, session_id, turn, quote=quote, body=body)
    return see_other(f"/coach/shares/{share_id}/sessions/{session_id}#turn-{turn}")


@router.post("/coach/shares/{share_id:int}/stories/{story_id:int}/comments")
def comment_story(request: Request, system: SystemDbDep, account: AccountDep,
                  settings: SettingsDep, share_id: int, story_id: int,
                  body: Annotated[str, Form(max_length=8000)] = "",
                  quote: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Comment on a story of the shared application."""
    _coach(request, settings, account)
    review.comment_on_story(system, account, share_id, story_id, quote=quote, body=body)
    return see_other(f"/coach/shares/{share_id}?done=commented#story-{story_id}")


@router.post("/coach/shares/{share_id:int}/assign", response_class=HTMLResponse,
             response_model=None)
def assign(request: Request, system: SystemDbDep, account: AccountDep, settings: SettingsDep,
           templates: TemplatesDep, kb: KbDep, share_id: int,
           format: Text = "", questions: Annotated[str, Form(max_length=4000)] = "",
           due_on: Annotated[str, Form(max_length=20)] = "",
           note: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Set practice: a format, chosen bank questions (ids, one per line), a due date."""
    _coach(request, settings, account)
    try:
        due = date.fromisoformat(due_on) if due_on.strip() else None
    except ValueError:
        due = None
        error = f"{due_on[:20]!r} is not a date. Pick one from the calendar (YYYY-MM-DD)."
        page = _application_page(system, account, share_id, kb, error=error)
        return render(templates, request, "review/coach_application.html", page, status=400)
    chosen = questions.replace(",", "\n").splitlines()
    try:
        review.assign_practice(system, account, share_id, interview_format=format,
                               question_ids=chosen, due_on=due, note=note, kb=kb)
    except InputError as exc:
        page = _application_page(system, account, share_id, kb, error=f"{exc.message} {exc.hint}")
        return render(templates, request, "review/coach_application.html", page, status=400)
    return see_other(f"/coach/shares/{share_id}?done=assigned")


# --- The admin ---------------------------------------------------------------------------------


def _admin_page(system: SystemDbDep, *, error: str = "", invited: str = "",
                password: str = "") -> AdminContext:
    return AdminContext(title="Accounts", accounts=tuple(list_users(system)), roles=ROLES,
                        error=error, invited=invited, invited_password=password)


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, system: SystemDbDep, account: AccountDep, settings: SettingsDep,
               templates: TemplatesDep) -> HTMLResponse:
    """Every account and its role; invite someone."""
    _admin(request, settings, account)
    return render(templates, request, "review/admin.html", _admin_page(system))


@router.post("/admin/invite", response_class=HTMLResponse)
def invite(request: Request, system: SystemDbDep, account: AccountDep, settings: SettingsDep,
           templates: TemplatesDep, email: Annotated[str, Form(max_length=400)] = "",
           role: Annotated[str, Form(max_length=20)] = "candidate",
           name: Annotated[str, Form(max_length=200)] = "") -> HTMLResponse:
    """Add an account with a one-time password shown once, to hand to the person."""
    _admin(request, settings, account)
    password = secrets.token_urlsafe(12)
    try:
        added = add_user(system, email, role=role, password=password, name=name.strip())
    except PoiseError as exc:
        page = _admin_page(system, error=f"{exc.message} {exc.hint}")
        return render(templates, request, "review/admin.html", page, status=400)
    page = _admin_page(system, invited=added.email, password=password)
    return render(templates, request, "review/admin.html", page)


@router.post("/admin/users/{user_id:int}/role", response_class=HTMLResponse, response_model=None)
def change_role(request: Request, system: SystemDbDep, account: AccountDep,
                settings: SettingsDep, templates: TemplatesDep, user_id: int,
                role: Annotated[str, Form(max_length=20)] = "") -> Response:
    """Change one account's role."""
    _admin(request, settings, account)
    try:
        set_role(system, user_id, role)
    except InputError as exc:
        page = _admin_page(system, error=f"{exc.message} {exc.hint}")
        return render(templates, request, "review/admin.html", page, status=400)
    return see_other("/admin")


@router.post("/admin/users/{user_id:int}/access", response_class=HTMLResponse, response_model=None)
def change_access(request: Request, system: SystemDbDep, account: AccountDep,
                  settings: SettingsDep, templates: TemplatesDep, user_id: int,
                  enabled: Annotated[str, Form(max_length=5)] = "") -> Response:
    """Disable an account (signed out at once) or let it sign in again."""
    _admin(request, settings, account)
    target = get_user(system, user_id)
    if target.id == account.id:
        page = _admin_page(system, error="You cannot disable your own account here. "
                           "Another admin can, or use `poise users disable`.")
        return render(templates, request, "review/admin.html", page, status=400)
    if enabled == "yes":
        enable_user(system, target.email)
    else:
        disable_user(system, target.email)
    return see_other("/admin")
