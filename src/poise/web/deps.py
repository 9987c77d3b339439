"""FastAPI dependencies that hand routes what ``create_app`` put on ``app.state``."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from poise.content.loader import KnowledgeBase
from poise.errors import StoreUnavailableError
from poise.settings import Settings
from poise.store.db import Database


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return cast(Settings, request.app.state.settings)


def get_kb(request: Request) -> KnowledgeBase:
    """The knowledge base loaded when the app was created."""
    return cast(KnowledgeBase, request.app.state.kb)


def get_db(request: Request) -> Database:
    """The database opened at startup; StoreUnavailableError if startup has not opened it."""
    db = getattr(request.app.state, "db", None)
    if db is None:
        raise StoreUnavailableError(
            "The database is not open.",
            hint="Start Poise with `poise serve`; the database opens when the server starts.",
        )
    return cast(Database, db)


def get_templates(request: Request) -> Jinja2Templates:
    """The Jinja2 templates of the web edge."""
    return cast(Jinja2Templates, request.app.state.templates)


SettingsDep = Annotated[Settings, Depends(get_settings)]
KbDep = Annotated[KnowledgeBase, Depends(get_kb)]
DbDep = Annotated[Database, Depends(get_db)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
