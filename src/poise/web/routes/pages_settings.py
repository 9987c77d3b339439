"""The settings page: where the data lives, export, delete everything."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from poise.services.data import EXPORT_FILENAME, data_location, delete_data, export_data
from poise.web.contexts.settings import settings_context
from poise.web.deps import DbDep, SettingsDep, TemplatesDep
from poise.web.routes.page_helpers import Text, see_other
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)

CONFIRM_WORD = "DELETE"


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
    body = export_data(db)
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
    return see_other("/settings?done=deleted")
