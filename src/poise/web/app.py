"""``create_app(settings)``: the FastAPI application, built on demand and never at import time."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup
from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from poise import __version__
from poise.content.loader import knowledge_base
from poise.errors import PoiseError, StoreUnavailableError
from poise.services.models import configure_models
from poise.settings import Settings
from poise.store.db import Database, mask_database_url, store_error
from poise.web.auth import AuthMiddleware
from poise.web.errors import (
    http_error_handler,
    poise_error_handler,
    unexpected_error_handler,
    validation_error_handler,
)
from poise.web.input_guard import InputGuardMiddleware
from poise.web.limits import UPLOAD_BODY_BYTES, BodyLimitMiddleware, HeavyWorkMiddleware
from poise.web.openapi import install_openapi
from poise.web.routes import (
    api,
    auth,
    fit,
    health,
    pages,
    pages_application,
    pages_followup,
    pages_home,
    pages_practice,
    pages_prep,
    pages_review,
    pages_settings,
    pages_stories,
    review_api,
)
from poise.web.routes import followup as followup_routes
from poise.web.routes import practice as practice_routes
from poise.web.routes import prep as prep_routes
from poise.web.routes import speech as speech_routes
from poise.web.security import CSRF_FIELD, SecurityMiddleware

logger = logging.getLogger("poise.web")

WARM_UP_JOIN_TIMEOUT = 4.0
"""Seconds shutdown waits for a warm-up that is still loading the models."""

WARM_UP_QUESTION = "What would you change first in a team you have just taken over?"
WARM_UP_ANSWER = (
    "In 2021 I took over a team of twelve that missed most deadlines. I met each person, "
    "set three clear priorities and weekly reviews, and by June we delivered on time."
)


def web_dir() -> Path:
    """The folder holding ``templates/`` and ``static/``."""
    return Path(str(resources.files("poise.web")))


def warm_up_models() -> None:
    """Load the language models and run one analysis so the first real one is fast.

    Runs in a background thread; a missing model is logged, and reported again by the first
    analysis that needs it.
    """
    from poise.analysis import nlp
    from poise.services.analysis import analyse_answer

    try:
        nlp.warm_up()
        analyse_answer(WARM_UP_QUESTION, WARM_UP_ANSWER)
    except PoiseError as exc:
        logger.warning("Language models not loaded: %s", exc)
    except Exception:
        logger.exception("Warming up the language models failed")


def open_database(settings: Settings) -> Database:
    """``Database.open``, with every store failure raised as a coded PoiseError (E200/E201)."""
    url = settings.resolved_database_url()
    try:
        return Database.open(settings)
    except PoiseError:
        raise
    except SQLAlchemyError as exc:
        translated = store_error(exc, url=url, opening=True)
        if translated is not None:
            raise translated from exc
        raise StoreUnavailableError(
            f"Cannot open the database {mask_database_url(url)}: {type(exc).__name__}: {exc}.",
            hint="Check POISE_DATABASE_URL and POISE_DATA_DIR, or point them at a fresh place.",
        ) from exc


def _lifespan(
    settings: Settings, *, warm_up: bool
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        failure: PoiseError | None = None
        try:
            db = await anyio.to_thread.run_sync(open_database, settings)
        except PoiseError as exc:
            failure = exc
        if failure is not None:
            logger.error("Poise cannot start. Error %s: %s", failure.code, failure.message)
            if failure.hint:
                logger.error("What to do: %s", failure.hint)
            # The server prints the traceback of this error: keep it to the coded message.
            raise failure.with_traceback(None) from None
        app.state.db = db
        warming: threading.Thread | None = None
        if warm_up:
            warming = threading.Thread(target=warm_up_models, name="poise-warm-up", daemon=True)
            warming.start()
        try:
            yield
        finally:
            if warming is not None:
                # Let a warm-up still loading models finish: exiting under it aborts the process.
                await anyio.to_thread.run_sync(warming.join, WARM_UP_JOIN_TIMEOUT)
            app.state.db = None
            db.close()

    return lifespan


class ServerTiming:
    """ASGI middleware: every HTTP response says how long the server took (``Server-Timing: app;dur=ms``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def send_timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - start) * 1000
                MutableHeaders(scope=message).append("Server-Timing", f"app;dur={took:.1f}")
            await send(message)

        await self.app(scope, receive, send_timed)


@pass_context
def csrf_input(context: Mapping[str, Any]) -> Markup:
    """The hidden form field carrying this page's CSRF token (see ``web.security``)."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf_token(context))


@pass_context
def csrf_token(context: Mapping[str, Any]) -> str:
    """This page's CSRF token, for htmx's request header."""
    request = context.get("request")
    return str(getattr(getattr(request, "state", None), "csrf_token", "")) if request else ""


def _templates(folder: Path) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(folder))
    templates.env.globals["poise_version"] = __version__
    templates.env.globals["csrf_input"] = csrf_input
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.trim_blocks = True
    templates.env.lstrip_blocks = True
    return templates


SWAGGER_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Poise API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{openapi_url}"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the vendored files, so the docs work offline (no inline script)."""

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(SWAGGER_PAGE.format(openapi_url=app.openapi_url or "/openapi.json"))


def create_app(settings: Settings, *, warm_up: bool = True) -> FastAPI:
    """Build the web app: pages, the JSON API, /healthz, static files and error pages.

    The knowledge base loads now (a ContentError stops here); the database opens when the
    server starts and closes when it stops; ``warm_up`` loads the language models in a
    background thread at startup.
    """
    kb = knowledge_base()
    configure_models(settings)
    app = FastAPI(
        title="Poise",
        version=__version__,
        summary="A leadership interview coach: the question bank and answer analysis as JSON.",
        lifespan=_lifespan(settings, warm_up=warm_up),
        docs_url=None,
        redoc_url=None,
    )
    folder = web_dir()
    app.state.settings = settings
    app.state.kb = kb
    app.state.db = None
    app.state.templates = _templates(folder / "templates")
    app.state.templates.env.globals["organisation"] = settings.organisation
    app.mount("/static", StaticFiles(directory=str(folder / "static")), name="static")
    app.include_router(auth.router)
    app.include_router(pages_home.router)
    app.include_router(pages_application.router)
    app.include_router(pages_prep.router)
    app.include_router(pages_stories.router)
    app.include_router(pages_settings.router)
    app.include_router(pages.router)
    app.include_router(pages_practice.router)
    app.include_router(pages_followup.router)
    app.include_router(pages_review.router)
    app.include_router(api.router)
    app.include_router(fit.router)
    app.include_router(prep_routes.router)
    app.include_router(practice_routes.router)
    app.include_router(followup_routes.router)
    app.include_router(review_api.router)
    app.include_router(speech_routes.router)
    app.include_router(health.router)
    _add_docs(app)
    install_openapi(app)
    app.add_exception_handler(PoiseError, poise_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(Exception, unexpected_error_handler)
    # Each middleware added wraps the ones before it, so they run bottom-up: the guard first (a
    # refused request never reaches a route), then body limits, input checks, the heavy-work
    # slots, and the timing closest to the routes. The account (web.auth) is known before the
    # heavy-work slots, so a request that is turned away never takes one.
    app.add_middleware(ServerTiming)
    app.add_middleware(HeavyWorkMiddleware)
    app.add_middleware(AuthMiddleware, settings=settings)
    app.add_middleware(InputGuardMiddleware, max_body_bytes=UPLOAD_BODY_BYTES)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(SecurityMiddleware, allowed_hosts=settings.allowed_host_names())
    return app


def app_from_environment() -> FastAPI:
    """The app built from the ``POISE_*`` environment: what each ``poise serve --workers`` process runs."""
    from poise.settings import get_settings

    return create_app(get_settings())
