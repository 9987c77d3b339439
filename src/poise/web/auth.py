"""Who is asking: the signed-in account on every request, or the local one in personal mode.

Personal mode: every request is the local account's (the server answers only on loopback).
Organisation mode: the account comes from the session cookie or an ``Authorization: Bearer``
token. Without one, a page redirects to the sign-in page (keeping the page that was wanted) and
the API answers 401. Only the sign-in page, its API, the static files and the health check are
open. A disabled account or an ended session is signed out at once, on its next request.
"""

from __future__ import annotations

from urllib.parse import quote

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from poise.errors import PoiseError
from poise.services.accounts import LOCAL_ACCOUNT, session_account
from poise.settings import Settings
from poise.store.db import Database
from poise.web.asgi import Refusal, refuse

SESSION_COOKIE = "poise_session"
OPEN_PATHS = frozenset({"/login", "/api/v1/auth/login", "/healthz", "/favicon.ico"})
OPEN_PREFIXES = ("/static/",)
API_PATHS = ("/api/", "/openapi.json")
ACCOUNT_KEY = "account"


def session_token(headers: Headers) -> str | None:
    """The token a request carries: the bearer token, else the session cookie."""
    authorization = headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    for part in headers.get("cookie", "").split(";"):
        name, _, cookie = part.strip().partition("=")
        if name == SESSION_COOKIE and cookie:
            return cookie
    return None


def is_open(path: str) -> bool:
    """True for the paths anyone may reach without signing in."""
    return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)


def wants_json(path: str) -> bool:
    """True for the API (it answers 401 rather than redirecting to the sign-in page)."""
    return path.startswith(API_PATHS)


def safe_next(target: str | None) -> str:
    """A page to go back to after signing in: a local path only, never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    if len(target) > 2000 or any(ord(char) < 32 for char in target):
        return "/"
    return target


def cookie_header(token: str, *, max_age: int, secure: bool) -> str:
    """The Set-Cookie value for a session: HttpOnly, SameSite=Lax, Secure behind HTTPS."""
    flags = f"Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}"
    if secure:
        flags += "; Secure"
    return f"{SESSION_COOKIE}={token}; {flags}"


def clear_cookie_header(*, secure: bool) -> str:
    """The Set-Cookie value that removes the session cookie."""
    return cookie_header("", max_age=0, secure=secure)


class AuthMiddleware:
    """ASGI middleware: put the account on ``request.state.account`` or turn the request away."""

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.organisation = settings.organisation

    def _db(self, scope: Scope) -> Database | None:
        app = scope.get("app")
        db = getattr(getattr(app, "state", None), "db", None)
        return db if isinstance(db, Database) else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        db = self._db(scope)
        state = scope.setdefault("state", {})
        if db is None:
            # Not started yet: the routes report the missing database themselves.
            await self.app(scope, receive, send)
            return
        if not self.organisation:
            state[ACCOUNT_KEY] = LOCAL_ACCOUNT
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        token = session_token(headers)
        path = str(scope.get("path", ""))
        try:
            account = await anyio.to_thread.run_sync(session_account, db, token) if token else None
        except PoiseError as exc:
            if is_open(path):  # the health check reports the database problem itself
                await self.app(scope, receive, send)
                return
            refusal = Refusal(503, exc.code, exc.message, exc.hint)
            await refuse(scope, send, refusal, api=wants_json(path))
            return
        if account is not None:
            state[ACCOUNT_KEY] = account
            await self.app(scope, receive, send)
            return
        if is_open(path):
            await self.app(scope, receive, send)
            return
        await self._turn_away(scope, send, path=path, had_token=token is not None)

    async def _turn_away(self, scope: Scope, send: Send, *, path: str, had_token: bool) -> None:
        secure = scope.get("scheme") == "https"
        clear = [("set-cookie", clear_cookie_header(secure=secure))] if had_token else []
        if wants_json(path):
            message = ("Your sign-in has ended: sign in again." if had_token
                       else "Sign in first: this Poise serves an organisation.")
            refusal = Refusal(401, "E210", message,
                              "POST your e-mail and password to /api/v1/auth/login, then send "
                              "the token as 'Authorization: Bearer TOKEN'.")
            await refuse(scope, send, refusal, api=True,
                         headers=[("www-authenticate", 'Bearer realm="poise"'), *clear])
            return
        query = scope.get("query_string", b"").decode("latin-1")
        wanted = path + (f"?{query}" if query else "")
        location = "/login?next=" + quote(safe_next(wanted), safe="")
        if had_token:
            location += "&ended=1"
        raw = [(b"location", location.encode("latin-1")), (b"content-length", b"0"),
               (b"cache-control", b"no-store")]
        raw += [(name.encode(), value.encode()) for name, value in clear]
        await send({"type": "http.response.start", "status": 303, "headers": raw})
        await send({"type": "http.response.body", "body": b""})
