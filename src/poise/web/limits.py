"""Bounded work at the web edge: how large a request may be, and how many heavy ones run at once.

- **Body size.** An upload form (``multipart/form-data``: two documents of 5 MB, or a spoken
  answer: 10 minutes of the browser's Opus recording is about 2.5 MB) may carry up to
  ``UPLOAD_BODY_BYTES``; any other body (an answer, a pasted job description, JSON) up to
  ``TEXT_BODY_BYTES``. A larger body gets 413 with the limit in the message, before it is read
  (``Content-Length``) or as soon as it passes the limit (chunked).
- **Heavy work.** Analysis, fit, stories, practice answers and PDFs run at most
  ``HEAVY_AT_ONCE`` at a time (the machine's cores); the others wait in the event loop, holding
  no thread, so ``/healthz`` and page loads stay quick. A request that waits longer than
  ``HEAVY_WAIT_SECONDS`` gets 503 and may be sent again.
"""

from __future__ import annotations

import os
import re

import anyio
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from poise.web.asgi import Refusal, read_body, refuse, replay

UPLOAD_BODY_BYTES = 12_000_000
"""Largest upload form: two documents of 5 MB and the fields around them."""
TEXT_BODY_BYTES = 512_000
"""Largest other body: far above an answer (analysed up to 3,000 words) or a job description
or résumé (read up to 30,000 characters), far below what would keep a core busy for long."""
HEAVY_AT_ONCE = max(1, min(4, os.cpu_count() or 2))
HEAVY_WAIT_SECONDS = 60.0
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

HEAVY_REQUESTS = re.compile(
    r"^(?:POST|PUT|PATCH) /(?:api/v1/)?(?:analyse|fit|applications|stories|practice|prep|speech)"
    r"|^GET /applications/\d+/brief\.pdf$|^GET /api/v1/applications/\d+/brief(?:\.pdf)?$"
)
"""Requests whose work is CPU-bound: the analyser, the fit reader, story judging, transcribing
a spoken answer, PDFs."""


def body_limit(content_type: str) -> int:
    """The largest body accepted for this content type."""
    return UPLOAD_BODY_BYTES if content_type.startswith("multipart/form-data") else TEXT_BODY_BYTES


def _too_large(limit: int) -> Refusal:
    size = f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit // 1000} KB"
    return Refusal(
        413, "E413", f"The request is larger than the {size} Poise accepts for it.",
        "An answer is analysed up to 3,000 words and a job description or résumé read up to "
        "30,000 characters; documents may be up to 5 MB. Send less.",
    )


BUSY = Refusal(503, "E503", "Poise is busy with other analyses right now.", "Send it again in a moment.")


class BodyLimitMiddleware:
    """Refuse a body over its limit with 413, before the app reads any of it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = body_limit(headers.get("content-type", ""))
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit() or int(length) > limit:
                await refuse(scope, send, _too_large(limit), api=True)
                return
        else:
            body = await read_body(receive, limit)
            if body is None:
                await refuse(scope, send, _too_large(limit), api=True)
                return
            receive = replay(body, receive)
        await self.app(scope, receive, send)


class HeavyWorkMiddleware:
    """Run at most ``at_once`` CPU-heavy requests together; the rest wait without a thread."""

    def __init__(self, app: ASGIApp, *, at_once: int = HEAVY_AT_ONCE,
                 wait_seconds: float = HEAVY_WAIT_SECONDS) -> None:
        self.app = app
        self.slots = anyio.Semaphore(at_once)
        self.wait_seconds = wait_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not HEAVY_REQUESTS.match(f"{scope['method']} {scope['path']}"):
            await self.app(scope, receive, send)
            return
        with anyio.move_on_after(self.wait_seconds) as waiting:
            await self.slots.acquire()
        if waiting.cancelled_caught:
            await refuse(scope, send, BUSY, api=True, headers=[("retry-after", "5")])
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.slots.release()
