"""FastAPI dependencies that hand routes what ``create_app`` put on ``app.state``."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from poise.content.loader import KnowledgeBase
from poise.errors import SignInRequiredError, StoreUnavailableError
from poise.services.accounts import Account
from poise.settings import Settings
from poise.store.db import Database
from poise.store.scope import Scope


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return cast(Settings, request.app.state.settings)


def get_kb(request: Request) -> KnowledgeBase:
    """The knowledge base loaded when the app was created."""
    return cast(KnowledgeBase, request.app.state.kb)


def open_db(request: Request) -> Database:
    """The database opened at startup, unscoped; StoreUnavailableError if it is not open."""
    db = getattr(request.app.state, "db", None)
    if db is None:
        raise StoreUnavailableError(
            "The database is not open.",
            hint="Start Poise with `poise serve`; the database opens when the server starts.",
        )
    return cast(Database, db)


def current_account(request: Request) -> Account | None:
    """The account making the request (``web.auth`` put it there), or None on open pages."""
    account = getattr(request.state, "account", None)
    return account if isinstance(account, Account) else None


def get_db(request: Request) -> Database:
    """The database as the signed-in account sees it: every query is scoped to their rows.

    With no account (the open pages), no owned row can be read or written at all.
    """
    db = open_db(request)
    account = current_account(request)
    return db.scoped(Scope(account.id) if account is not None else None)


def get_account(request: Request) -> Account:
    """The signed-in account; SignInRequiredError when there is none."""
    account = current_account(request)
    if account is None:
        raise SignInRequiredError("Sign in first.", hint="Open /login and sign in.")
    return account


def get_templates(request: Request) -> Jinja2Templates:
    """The Jinja2 templates of the web edge."""
    return cast(Jinja2Templates, request.app.state.templates)


SettingsDep = Annotated[Settings, Depends(get_settings)]
KbDep = Annotated[KnowledgeBase, Depends(get_kb)]
DbDep = Annotated[Database, Depends(get_db)]
SystemDbDep = Annotated[Database, Depends(open_db)]
AccountDep = Annotated[Account, Depends(get_account)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
