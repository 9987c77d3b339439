"""Render errors: PoiseError as a friendly page, or as ``{"error": {...}}`` JSON under /api/."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from poise.errors import (
    ModelMissingError,
    NotFoundError,
    PoiseError,
    StoreLockedError,
    StoreUnavailableError,
)
from poise.web.contexts import ErrorContext

logger = logging.getLogger("poise.web")

API_PREFIX = "/api/"
JSON_PATHS = ("/healthz", "/openapi.json")
HTTP_TITLES = {
    400: "That request cannot be used",
    404: "Page not found",
    405: "Not allowed here",
    500: "Something went wrong",
    503: "Poise is not ready",
}


def status_for(exc: PoiseError) -> int:
    """The HTTP status for an error: 404 not found, 503 store or models unavailable, else 400."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StoreUnavailableError | StoreLockedError | ModelMissingError):
        return 503
    return 400


def is_api(request: Request) -> bool:
    """True for requests to the JSON API (and the JSON health check)."""
    path = request.url.path
    return path.startswith(API_PREFIX) or path in JSON_PATHS


def error_body(exc: PoiseError) -> dict[str, dict[str, str]]:
    """The JSON shape of an error."""
    return {"error": {"code": exc.code, "message": exc.message, "hint": exc.hint}}


def error_page(
    request: Request, *, status: int, code: str, message: str, hint: str = ""
) -> Response:
    """The friendly HTML error page."""
    templates: Jinja2Templates = request.app.state.templates
    page = ErrorContext(
        title=HTTP_TITLES.get(status, "Something went wrong"),
        status=status,
        code=code,
        message=message,
        hint=hint,
    )
    return templates.TemplateResponse(request, "error.html", {"page": page}, status_code=status)


async def poise_error_handler(request: Request, exc: Exception) -> Response:
    """PoiseError → JSON for the API, a friendly page otherwise."""
    if not isinstance(exc, PoiseError):  # pragma: no cover - registered for PoiseError only
        raise exc
    status = status_for(exc)
    if is_api(request):
        return JSONResponse(error_body(exc), status_code=status)
    return error_page(request, status=status, code=exc.code, message=exc.message, hint=exc.hint)


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """404s and friends: FastAPI's JSON for the API, a friendly page otherwise."""
    if not isinstance(exc, StarletteHTTPException):  # pragma: no cover - registered for it only
        raise exc
    if is_api(request):
        return await http_exception_handler(request, exc)
    if exc.status_code == 404:
        message = f"There is no page at {request.url.path}."
        hint = "Use the links at the top of the page."
    else:
        message = str(exc.detail)
        hint = ""
    return error_page(
        request, status=exc.status_code, code=f"HTTP {exc.status_code}", message=message, hint=hint
    )


async def unexpected_error_handler(request: Request, exc: Exception) -> Response:
    """Any other exception: logged with its traceback, shown as a calm 500."""
    logger.error("Unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    message = "Poise hit an unexpected problem and could not finish this request."
    hint = "Try again; if it keeps happening, restart `poise serve` and report the steps."
    if is_api(request):
        body = {"error": {"code": "E000", "message": message, "hint": hint}}
        return JSONResponse(body, status_code=500)
    return error_page(request, status=500, code="E000", message=message, hint=hint)
