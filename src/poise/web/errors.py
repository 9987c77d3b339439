"""Render errors: PoiseError as a friendly page, or as ``{"error": {...}}`` JSON under /api/."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from poise.errors import (
    ModelMissingError,
    NotFoundError,
    PoiseError,
    SignInError,
    SignInRequiredError,
    StoreLockedError,
    StoreUnavailableError,
    TooManyAttemptsError,
)
from poise.web.contexts.base import ErrorContext
from poise.web.next_steps import StepLink, link_for

logger = logging.getLogger("poise.web")

API_PREFIX = "/api/"
JSON_PATHS = ("/healthz", "/openapi.json")
HTTP_TITLES = {
    400: "That request cannot be used",
    401: "Sign in first",
    404: "Page not found",
    403: "That change was refused",
    405: "Not allowed here",
    413: "That is too large",
    422: "That request cannot be used",
    429: "Wait a moment",
    500: "Something went wrong",
    503: "Poise is not ready",
}


def status_for(exc: PoiseError) -> int:
    """The HTTP status for an error: 404 not found, 401 not signed in, 429 too many sign-ins,
    503 store or models unavailable, else 400."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, SignInRequiredError | SignInError):
        return 401
    if isinstance(exc, TooManyAttemptsError):
        return 429
    if isinstance(exc, StoreUnavailableError | StoreLockedError | ModelMissingError):
        return 503
    return 400


def is_api(request: Request) -> bool:
    """True for requests to the JSON API (and the JSON health check)."""
    path = request.url.path
    return path.startswith(API_PREFIX) or path in JSON_PATHS


def error_body(exc: PoiseError) -> dict[str, dict[str, str]]:
    """The JSON shape of an error."""
    return api_error(exc.code, exc.message, hint=exc.hint, field=exc.field)


def api_error(code: str, message: str, *, hint: str = "", field: str = "") -> dict[str, dict[str, str]]:
    """``{"error": {"code", "message", "hint", "field"?}}``: the one shape of every API error."""
    error = {"code": code, "message": message, "hint": hint}
    if field:
        error["field"] = field
    return {"error": error}


def describe_validation(exc: RequestValidationError) -> tuple[str, str]:
    """(message, field) for the first problem of a request that failed validation, in words,
    without echoing what was sent."""
    errors = exc.errors()
    if not errors:
        return "The request could not be read.", ""
    first = errors[0]
    location = [str(part) for part in first.get("loc", ()) if part not in ("body",)]
    field = ".".join(location)
    kind = str(first.get("type", ""))
    reason = str(first.get("msg", "is not valid"))
    if kind == "missing":
        message = f"{field or 'A value'} is missing."
    elif kind == "json_invalid":
        message = "The body is not valid JSON."
        field = "body"
    elif kind == "extra_forbidden":
        message = f"{field} is not a field this request takes."
    else:
        message = f"{field or 'The request'}: {reason[:200]}."
    more = len(errors) - 1
    if more:
        message += f" ({more} more problem{'s' if more > 1 else ''} in the same request.)"
    return message, field


async def validation_error_handler(request: Request, exc: Exception) -> Response:
    """A request that failed validation: 422 in the API's error shape, never echoing the input."""
    if not isinstance(exc, RequestValidationError):  # pragma: no cover - registered for it only
        raise exc
    message, field = describe_validation(exc)
    hint = "Check the request against the API documentation at /docs."
    if is_api(request):
        return JSONResponse(api_error("E422", message, hint=hint, field=field), status_code=422)
    return error_page(request, status=422, code="E422", message=message,
                      hint="Go back, correct the form and send it again.")


def error_page(
    request: Request, *, status: int, code: str, message: str, hint: str = "",
    link: StepLink | None = None,
) -> Response:
    """The friendly HTML error page, with a link to the next step when there is one."""
    templates: Jinja2Templates = request.app.state.templates
    page = ErrorContext(
        title=HTTP_TITLES.get(status, "Something went wrong"),
        status=status,
        code=code,
        message=message,
        hint=hint,
        next_href=link.href if link else "",
        next_label=link.label if link else "",
    )
    return templates.TemplateResponse(request, "error.html", {"page": page}, status_code=status)


async def poise_error_handler(request: Request, exc: Exception) -> Response:
    """PoiseError → JSON for the API, a friendly page otherwise."""
    if not isinstance(exc, PoiseError):  # pragma: no cover - registered for PoiseError only
        raise exc
    status = status_for(exc)
    if is_api(request):
        response: Response = JSONResponse(error_body(exc), status_code=status)
    else:
        response = error_page(request, status=status, code=exc.code, message=exc.message,
                              hint=exc.hint, link=link_for(exc.next_step, exc.subject))
    if isinstance(exc, TooManyAttemptsError):
        response.headers["Retry-After"] = str(exc.retry_after)
    return response


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """404s and friends: FastAPI's JSON for the API, a friendly page otherwise."""
    if not isinstance(exc, StarletteHTTPException):  # pragma: no cover - registered for it only
        raise exc
    if is_api(request):
        detail = exc.detail if isinstance(exc.detail, str) else HTTP_TITLES.get(exc.status_code, "")
        body = api_error(f"E{exc.status_code}", detail or HTTP_TITLES.get(exc.status_code, "Error"))
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))
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
        response: Response = JSONResponse(api_error("E000", message, hint=hint), status_code=500)
    else:
        response = error_page(request, status=500, code="E000", message=message, hint=hint)
    # The connection may be in any state after an unexpected error: close it properly.
    response.headers["Connection"] = "close"
    return response
