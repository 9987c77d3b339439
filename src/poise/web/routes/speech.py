"""Speaking an answer in the browser: the recording is posted here, transcribed on this computer,
measured for delivery and sent back as a fragment; the page puts the transcript in the answer box
for the person to correct before it is judged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse

from poise.errors import InputError
from poise.services import recordings
from poise.services.live import LiveSessions, UnknownSession
from poise.services.spoken import analyse_spoken, judge_recording, time_limit_for, voice_content
from poise.web.contexts.voice import spoken_view
from poise.web.deps import KbDep, SettingsDep, TemplatesDep
from poise.web.limits import UPLOAD_BODY_BYTES
from poise.web.routes.page_helpers import Text

router = APIRouter(include_in_schema=False)

MAX_QUESTION_CHARS = 600
MAX_TOKEN_CHARS = 64


def live_sessions(request: Request) -> LiveSessions:
    """This process's recordings in progress (made on first use)."""
    state = request.app.state
    sessions = getattr(state, "live_sessions", None)
    if sessions is None:
        _, content = voice_content(state.kb)
        sessions = LiveSessions(content, max_bytes=UPLOAD_BODY_BYTES)
        state.live_sessions = sessions
    return sessions


def _read(upload: UploadFile | None) -> tuple[bytes, str]:
    if upload is None:
        return b"", ""
    return upload.file.read(UPLOAD_BODY_BYTES + 1), upload.content_type or ""


@router.post("/speech/live")
def speech_live(
    request: Request,
    audio: Annotated[UploadFile | None, File()] = None,
    live: Text = "",
) -> JSONResponse:
    """The next part of a recording in progress: the pieces already followed by a pause are
    transcribed now, so that little is left when the person stops. Starts a session when
    ``live`` is empty; answers ``{"live": token, "transcribed_until": seconds}``."""
    sessions = live_sessions(request)
    part, _ = _read(audio)
    try:
        token = live[:MAX_TOKEN_CHARS] or sessions.start()
        done = sessions.add(token, part)
    except UnknownSession as exc:
        return JSONResponse({"error": exc.message, "resend": True}, status_code=409)
    except InputError as exc:
        return JSONResponse({"error": exc.message, "hint": exc.hint}, status_code=400)
    return JSONResponse({"live": token, "transcribed_until": round(done, 2)})


@router.post("/speech/answer", response_class=HTMLResponse)
def speech_answer(
    request: Request,
    kb: KbDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    audio: Annotated[UploadFile | None, File()] = None,
    question: Text = "",
    format: Text = "",
    live: Text = "",
) -> HTMLResponse:
    """Transcribe the posted recording and measure its delivery (400 with the reason if unusable).
    With ``live``, ``audio`` is the last part of a recording uploaded while it was made; a
    session this process does not know gets 409 and the browser sends the whole recording."""
    data, content_type = _read(audio)
    asked = " ".join(question.split())[:MAX_QUESTION_CHARS]
    chosen = format if format in kb.formats else None
    try:
        if live:
            recording, data = live_sessions(request).finish(live[:MAX_TOKEN_CHARS], data)
            spoken = judge_recording(recording, asked, interview_format=chosen, kb=kb)
        else:
            spoken = analyse_spoken(data, asked, interview_format=chosen)
    except UnknownSession as exc:
        return templates.TemplateResponse(
            request, "fragments/spoken.html",
            {"error": exc.message, "hint": exc.hint, "resend": True}, status_code=409)
    except InputError as exc:
        return templates.TemplateResponse(
            request, "fragments/spoken.html",
            {"error": exc.message, "hint": exc.hint, "limit": time_limit_for(chosen, kb)}, status_code=400)
    # In organisation mode the data folder is the server's, shared by every account: never kept.
    saved = None if settings.organisation else recordings.keep(
        settings.data_dir, data, content_type=content_type, transcript=spoken.transcript, question=asked)
    view = spoken_view(spoken.recording, spoken.delivery, kept=saved is not None)
    return templates.TemplateResponse(request, "fragments/spoken.html", {"spoken": view})
