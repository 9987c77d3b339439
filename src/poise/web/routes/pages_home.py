"""The home page: applications and their next actions, recent practice, progress."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from poise.services.overview import home_overview
from poise.services.review import assignments_for
from poise.web.contexts.dashboard import dashboard_context
from poise.web.deps import AccountDep, DbDep, KbDep, SystemDbDep, TemplatesDep
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)


# --- Home -------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DbDep, kb: KbDep, templates: TemplatesDep, system: SystemDbDep,
         account: AccountDep) -> HTMLResponse:
    """Applications and next actions (with practice a coach set), recent practice and progress;
    first steps when empty."""
    today = date.today()
    overview = home_overview(db, today=today, kb=kb)
    page = dashboard_context(overview, kb, today=today)
    assigned = assignments_for(system, account, kb=kb)
    return render(templates, request, "home.html", page, assigned=assigned)
