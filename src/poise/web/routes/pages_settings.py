"""The settings page: where the data lives, export, delete everything."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from poise.services import recordings
from poise.services.data import EXPORT_FILENAME, data_location, delete_data, export_data
from poise.settings import Settings
from poise.web.contexts.settings import settings_context
from poise.web.deps import DbDep, SettingsDep, TemplatesDep
from poise.web.routes.page_helpers import Text, see_other
from poise.web.routes.pages import render

router = APIRouter(include_in_schema=False)

CONFIRM_WORD = "DELETE"


# --- Settings -----------------------------------------------------------------------------------


def _voice(settings: Settings) -> dict[str, Any]:
    """The spoken-answer choices shown on the settings page. In organisation mode the server's
    folder is shared by every account, so recordings are never kept there."""
    if settings.organisation:
        return {"keep_allowed": False}
    return {"keep_audio": recordings.preferences(settings.data_dir).keep_audio,
            "recordings": len(recordings.kept(settings.data_dir)),
            "recordings_dir": str(settings.data_dir / recordings.FOLDER)}


@router.get("/settings", response_class=HTMLResponse)
def settings_page(
    request: Request, db: DbDep, settings: SettingsDep, templates: TemplatesDep, done: str = ""
) -> HTMLResponse:
    """Where the data lives, the export, keeping recordings, and deleting everything."""
    page = settings_context(data_location(db, settings), deleted=done == "deleted",
                            voice_saved=done == "voice", **_voice(settings))
    return render(templates, request, "settings/index.html", page)


@router.post("/settings/voice", response_class=HTMLResponse, response_model=None)
def voice_settings(settings: SettingsDep, keep_audio: Text = "") -> Response:
    """Keep recordings of spoken answers, or not (the default); never in organisation mode."""
    if not settings.organisation:
        recordings.save_preferences(settings.data_dir,
                                    recordings.VoicePreferences(keep_audio=keep_audio == "1"))
    return see_other("/settings?done=voice#voice")


@router.get("/settings/export")
def export_page(db: DbDep, settings: SettingsDep) -> Response:
    """Every record as one JSON file to keep or move, with the transcripts of kept recordings."""
    document = json.loads(export_data(db))
    document["recordings"] = [] if settings.organisation else recordings.kept(settings.data_dir)
    body = json.dumps(document, ensure_ascii=False, indent=2)
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
        page = settings_context(data_location(db, settings), confirm=confirm, confirm_error=error,
                                **_voice(settings))
        return render(templates, request, "settings/index.html", page, status=400)
    delete_data(db)
    if not settings.organisation:
        recordings.delete_all(settings.data_dir)
    return see_other("/settings?done=deleted")
