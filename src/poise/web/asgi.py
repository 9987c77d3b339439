"""What the web edge's ASGI middlewares share: read a request body within a limit and hand it on
to the app, and refuse a request before any route sees it, in the API's error shape or as a
small HTML page."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from starlette.types import Message, Receive, Scope, Send


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused before it reaches a route (``field``: the input it is about)."""

    status: int
    code: str
    message: str
    hint: str
    field: str = ""


def refusal_response(refusal: Refusal, *, api: bool) -> tuple[bytes, str]:
    """The body and content type of a refusal: the API's error shape, or a small HTML page."""
    if api:
        error = {"code": refusal.code, "message": refusal.message, "hint": refusal.hint}
        if refusal.field:
            error["field"] = refusal.field
        return json.dumps({"error": error}).encode(), "application/json"
    page = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(refusal.message)} · Poise</title></head><body>"
        f"<h1>{escape(refusal.message)}</h1><p>{escape(refusal.hint)}</p>"
        f"<p>Error {escape(refusal.code)}</p></body></html>"
    )
    return page.encode(), "text/html; charset=utf-8"


async def refuse(scope: Scope, send: Send, refusal: Refusal, *, api: bool | None = None,
                 headers: Iterable[tuple[str, str]] = ()) -> None:
    """Answer ``refusal`` and close the connection (the body may be unread). ``api`` picks the
    shape; by default, JSON under ``/api/`` and a page elsewhere."""
    as_api = str(scope.get("path", "")).startswith("/api/") if api is None else api
    body, content_type = refusal_response(refusal, api=as_api)
    raw = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
           (b"connection", b"close")]
    raw += [(name.encode(), value.encode()) for name, value in headers]
    await send({"type": "http.response.start", "status": refusal.status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None when it is longer than ``limit``."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app ``body`` once, then waits on the real connection."""
    sent = False

    async def receive_again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return receive_again
