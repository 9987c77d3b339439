"""The web edge's guard: Host allow-list, cross-site request refusal, CSRF tokens, body limits, headers.

Poise is a server on the user's own machine holding private data, so every request is treated
as possibly hostile:

- **Host allow-list.** Only ``127.0.0.1``, ``localhost``, ``[::1]``, the address the server is
  bound to and the names in ``POISE_ALLOWED_HOSTS`` are served, and only on the bound port: a
  DNS-rebinding page (``Host: attacker.example``) gets 400.
- **Cross-site writes.** A state-changing request from a browser (it sends ``Origin`` or
  ``Sec-Fetch-Site``) must come from this server's own origin, and a form must carry the page's
  CSRF token (a signed double-submit cookie). Clients that are not browsers (the CLI, scripts)
  send neither header and keep working.
- **Headers.** A Content-Security-Policy allowing only this origin (no inline script),
  ``nosniff``, no framing by other pages, and ``Referrer-Policy: same-origin``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from urllib.parse import parse_qs

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from poise.web.asgi import Refusal, read_body, refuse, replay

CSRF_COOKIE = "poise_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")
MAX_FORM_BYTES = 12_000_000
SAME_SITE_FETCH = frozenset({"same-origin", "none"})

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "same-origin"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
)


def split_host(host_header: str) -> tuple[str, int | None]:
    """``("localhost", 8000)`` from ``"localhost:8000"``; IPv6 names keep their brackets."""
    value = host_header.strip().lower()
    if value.startswith("["):
        name, _, rest = value.partition("]")
        name += "]"
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        name, _, port_text = value.partition(":")
    if not port_text:
        return name, None
    if not port_text.isdigit() or len(port_text) > 5:
        return name, -1
    return name, int(port_text)


def allowed_names(extra: Iterable[str], bound_address: str | None) -> frozenset[str]:
    """The host names this server answers to: loopback, the bound address, and the extra names."""
    names = set(LOOPBACK_NAMES)
    names.update(name.strip().lower() for name in extra if name.strip())
    if bound_address and bound_address not in WILDCARD_ADDRESSES:
        names.add(f"[{bound_address}]" if ":" in bound_address else bound_address.lower())
    return frozenset(names)


PROXY_PORTS = frozenset({80, 443})
"""Ports a reverse proxy in front of Poise answers on, for the names in POISE_ALLOWED_HOSTS."""


def check_host(host_header: str, *, names: frozenset[str], bound_port: int | None,
               scheme: str, proxied: frozenset[str] = frozenset()) -> Refusal | None:
    """None when the Host header names this server; else a 400 refusal.

    A name in ``proxied`` (the names an operator listed in POISE_ALLOWED_HOSTS) is also served on
    the standard web ports, as a TLS proxy in front of Poise passes it on (``Host:
    poise.example.org``); loopback names must still carry the bound port.
    """
    name, port = split_host(host_header)
    if port is None:
        port = 443 if scheme == "https" else 80
    if name in names and (bound_port is None or port == bound_port):
        return None
    if name in proxied and port in PROXY_PORTS:
        return None
    shown = host_header[:80] or "(none)"
    return Refusal(
        400, "E400",
        f"This server does not answer to the host name {shown!r}.",
        "Open Poise at http://127.0.0.1 or http://localhost on its port; to reach it under "
        "another name, add that name to POISE_ALLOWED_HOSTS.",
    )


def is_browser(headers: Headers) -> bool:
    """True when the request carries the headers every current browser adds to a write."""
    return "origin" in headers or "sec-fetch-site" in headers


def check_same_origin(headers: Headers, *, scheme: str, host_header: str) -> Refusal | None:
    """None when a browser's write comes from this server's own pages; else a 403 refusal."""
    origin = headers.get("origin")
    if origin is not None:
        if origin.lower() == f"{scheme}://{host_header}".lower():
            return None
    elif headers.get("sec-fetch-site", "none") in SAME_SITE_FETCH:
        return None
    return Refusal(
        403, "E403",
        "Poise refused a change sent by a page on another site.",
        "Make changes from Poise's own pages. If you did, reload the page and try again.",
    )


class CsrfTokens:
    """Signed double-submit tokens: ``nonce.signature``, the signature keyed by a server secret."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self._secret, nonce.encode("ascii"), hashlib.sha256).hexdigest()[:32]

    def new(self) -> str:
        """A fresh token."""
        nonce = secrets.token_urlsafe(18)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        """True when ``token`` was made by this server."""
        if not token or token.count(".") != 1 or len(token) > 128:
            return False
        nonce, signature = token.split(".")
        try:
            return hmac.compare_digest(signature, self._sign(nonce))
        except (TypeError, UnicodeEncodeError):
            return False


def cookie_token(headers: Headers) -> str | None:
    """The CSRF cookie's value, if the request sent one."""
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == CSRF_COOKIE:
            return value
    return None


async def form_token(scope: Scope, body: bytes, receive: Receive) -> str | None:
    """The CSRF token a form body carries in its ``csrf_token`` field."""
    content_type = Headers(scope=scope).get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("latin-1"), max_num_fields=1000).get(CSRF_FIELD)
        return values[0] if values else None
    if content_type.startswith("multipart/form-data"):
        request = Request(scope, replay(body, receive))
        try:
            form = await request.form(max_files=10, max_fields=1000)
        except Exception:
            return None
        try:
            value = form.get(CSRF_FIELD)
            return value if isinstance(value, str) else None
        finally:
            await form.close()
    return None


class SecurityMiddleware:
    """ASGI middleware applying the guard above to every HTTP request."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: Iterable[str] = (),
                 tokens: CsrfTokens | None = None) -> None:
        self.app = app
        self.extra_hosts = tuple(allowed_hosts)
        self.tokens = tokens or CsrfTokens()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal, receive = await self._check(scope, headers, receive)
        if refusal is not None:
            await refuse(scope, send, refusal, headers=SECURITY_HEADERS)
            return
        cookie = cookie_token(headers)
        fresh = not self.tokens.valid(cookie)
        token = self.tokens.new() if fresh else str(cookie)
        scope.setdefault("state", {})["csrf_token"] = token

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    if name not in response_headers:
                        response_headers[name] = value
                if fresh:
                    response_headers.append(
                        "set-cookie",
                        f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict",
                    )
            await send(message)

        await self.app(scope, receive, send_guarded)

    async def _check(self, scope: Scope, headers: Headers,
                     receive: Receive) -> tuple[Refusal | None, Receive]:
        scheme = scope.get("scheme", "http")
        server = scope.get("server") or (None, None)
        names = allowed_names(self.extra_hosts, server[0])
        host_header = headers.get("host", "")
        proxied = frozenset(name.strip().lower() for name in self.extra_hosts if name.strip())
        refusal = check_host(host_header, names=names, bound_port=server[1], scheme=scheme,
                             proxied=proxied)
        if refusal is not None:
            return refusal, receive
        if scope["method"] not in UNSAFE_METHODS or not is_browser(headers):
            return None, receive
        refusal = check_same_origin(headers, scheme=scheme, host_header=host_header)
        if refusal is not None:
            return refusal, receive
        if not headers.get("content-type", "").startswith(FORM_TYPES):
            return None, receive
        # The body limit (web.limits) runs first, so this body is already bounded.
        body = await read_body(receive, MAX_FORM_BYTES)
        if body is None:
            return Refusal(413, "E413", "The form is too large.", "Send less."), receive
        cookie = cookie_token(headers)
        sent = headers.get(CSRF_HEADER) or await form_token(scope, body, receive)
        if not (self.tokens.valid(cookie) and sent and hmac.compare_digest(str(cookie), sent)):
            return Refusal(
                403, "E403",
                "This form has expired or did not come from Poise's own page.",
                "Reload the page and send it again; what you typed may need to be pasted back.",
            ), receive
        return None, replay(body, receive)


STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)


def printable_page_headers(html: str) -> dict[str, str]:
    """Headers for a self-contained printable page shown in a frame of Poise's own pages: its
    inline ``<style>`` blocks are allowed by hash, framing only by this origin, no script at all."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode() + "'"
        for block in STYLE_BLOCK.findall(html)
    )
    policy = (
        f"default-src 'none'; style-src {hashes or chr(39) + 'none' + chr(39)}; img-src 'self' data:; "
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
    )
    return {"content-security-policy": policy, "x-frame-options": "SAMEORIGIN"}
