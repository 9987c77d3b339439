"""Speaking an answer in the browser: the recording is posted here, transcribed on this computer,
measured for delivery and sent back as a fragment; the page puts the transcript in the answer box
for the person to correct before it is judged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse

from poise.errors import InputError
from poise.services import recordings
from poise.services.spoken import analyse_spoken, time_limit_for
from poise.web.contexts.voice import spoken_view
from poise.web.deps import KbDep, SettingsDep, TemplatesDep
from poise.web.limits import UPLOAD_BODY_BYTES
from poise.web.routes.page_helpers import Text

router = APIRouter(include_in_schema=False)

MAX_QUESTION_CHARS = 600


@router.post("/speech/answer", response_class=HTMLResponse)
def speech_answer(
    request: Request,
    kb: KbDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    audio: Annotated[UploadFile | None, File()] = None,
    question: Text = "",
    format: Text = "",
) -> HTMLResponse:
    """Transcribe the posted recording and measure its delivery (400 with the reason if unusable)."""
    data = audio.file.read(UPLOAD_BODY_BYTES + 1) if audio is not None else b""
    content_type = (audio.content_type or "") if audio is not None else ""
    asked = " ".join(question.split())[:MAX_QUESTION_CHARS]
    chosen = format if format in kb.formats else None
    try:
        spoken = analyse_spoken(data, asked, interview_format=chosen)
    except InputError as exc:
        return templates.TemplateResponse(
            request, "fragments/spoken.html",
            {"error": exc.message, "hint": exc.hint, "limit": time_limit_for(chosen, kb)}, status_code=400)
    saved = recordings.keep(settings.data_dir, data, content_type=content_type,
                            transcript=spoken.transcript, question=asked)
    view = spoken_view(spoken.recording, spoken.delivery, kept=saved is not None)
    return templates.TemplateResponse(request, "fragments/spoken.html", {"spoken": view})
