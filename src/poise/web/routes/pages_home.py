"""The home page: applications and their next actions, recent practice, progress."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from poise.services.overview import home_overview
from poise.web.contexts.dashboard import dashboard_context
from poise.web.deps import DbDep, KbDep, TemplatesDep
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)


# --- Home -------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DbDep, kb: KbDep, templates: TemplatesDep) -> HTMLResponse:
    """Applications and next actions, recent practice and progress; first steps when empty."""
    today = date.today()
    overview = home_overview(db, today=today, kb=kb)
    return render(templates, request, "home.html", dashboard_context(overview, kb, today=today))
