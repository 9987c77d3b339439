"""Signing in and out (organisation mode): the sign-in page, its JSON API, and sign-out.

In personal mode there is nothing to sign in to: these paths answer 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import Field

from poise.errors import NotFoundError, SignInError, TooManyAttemptsError
from poise.services.accounts import Account, SignedIn, sign_in, sign_out
from poise.settings import Settings
from poise.web.auth import clear_cookie_header, cookie_header, safe_next, session_token
from poise.web.contexts.base import PageContext
from poise.web.deps import AccountDep, SettingsDep, SystemDbDep, TemplatesDep, current_account
from poise.web.routes.page_helpers import see_other
from poise.web.routes.pages import render
from poise.web.schemas import ERROR_RESPONSES, ApiModel, ErrorResponse

router = APIRouter()


def _organisation_only(settings: Settings) -> None:
    if not settings.organisation:
        raise NotFoundError("There is nothing to sign in to: this Poise is for one person.",
                            hint="Open the home page.")


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _set_cookie(response: Response, request: Request, signed: SignedIn, settings: Settings) -> None:
    response.headers.append(
        "set-cookie",
        cookie_header(signed.token, max_age=settings.session_hours * 3600, secure=_secure(request)),
    )


# --- Pages ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class LoginContext(PageContext):
    """The sign-in page: the e-mail typed so far, where to go next, and what went wrong."""

    email: str = ""
    next: str = "/"
    error: str = ""
    hint: str = ""
    ended: bool = False


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, settings: SettingsDep, templates: TemplatesDep,
               next: str = "/", ended: str = "") -> Response:
    """The sign-in form; a person already signed in goes straight on."""
    _organisation_only(settings)
    target = safe_next(next)
    if current_account(request) is not None:
        return see_other(target)
    page = LoginContext(title="Sign in", nav=(), next=target, ended=ended == "1")
    return render(templates, request, "login.html", page)


@router.post("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(
    request: Request,
    db: SystemDbDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    email: Annotated[str, Form(max_length=400)] = "",
    password: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2100)] = "/",
) -> Response:
    """Check the e-mail and password; on success set the session cookie and go on."""
    _organisation_only(settings)
    target = safe_next(next)
    try:
        signed = sign_in(db, email, password, address=_address(request), hours=settings.session_hours)
    except (SignInError, TooManyAttemptsError) as exc:
        status = 429 if isinstance(exc, TooManyAttemptsError) else 401
        page = LoginContext(title="Sign in", nav=(), email=email[:320], next=target,
                            error=exc.message, hint=exc.hint)
        page_response = render(templates, request, "login.html", page, status=status)
        if isinstance(exc, TooManyAttemptsError):
            page_response.headers["Retry-After"] = str(exc.retry_after)
        return page_response
    response = see_other(target)
    _set_cookie(response, request, signed, settings)
    return response


@router.post("/logout", include_in_schema=False)
def logout_form(request: Request, db: SystemDbDep, settings: SettingsDep) -> Response:
    """End this session and go back to the sign-in page."""
    _organisation_only(settings)
    token = session_token(request.headers)
    if token:
        sign_out(db, token)
    response = see_other("/login")
    response.headers.append("set-cookie", clear_cookie_header(secure=_secure(request)))
    return response


# --- JSON API -----------------------------------------------------------------------------------


class LoginRequest(ApiModel):
    """An e-mail and password."""

    email: str = Field(max_length=320, examples=["candidate@example.org"])
    password: str = Field(max_length=1024)


class AccountPublic(ApiModel):
    """An account, without anything secret."""

    id: int
    email: str
    name: str
    role: Literal["admin", "coach", "candidate"]

    @classmethod
    def of(cls, account: Account) -> AccountPublic:
        """The public view of an account."""
        return cls.model_validate({"id": account.id, "email": account.email,
                                   "name": account.name, "role": account.role})


class LoginPublic(ApiModel):
    """A new session: send ``token`` as ``Authorization: Bearer TOKEN`` (browsers get a cookie)."""

    token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    account: AccountPublic


AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorResponse,
          "description": "The e-mail or password is not right, or the sign-in has ended."},
    404: {"model": ErrorResponse, "description": "Personal mode: there is nothing to sign in to."},
    429: {"model": ErrorResponse,
          "description": "Too many failed sign-ins for this account or address: wait (Retry-After)."},
}


@router.post("/api/v1/auth/login", tags=["auth"], summary="Sign in", response_model=LoginPublic,
             responses=AUTH_ERRORS)
def api_login(body: LoginRequest, request: Request, db: SystemDbDep,
              settings: SettingsDep) -> JSONResponse:
    """Check an e-mail and password; returns a bearer token and sets the session cookie."""
    _organisation_only(settings)
    signed = sign_in(db, body.email, body.password, address=_address(request),
                     hours=settings.session_hours)
    public = LoginPublic(token=signed.token, expires_at=signed.expires_at,
                         account=AccountPublic.of(signed.account))
    response = JSONResponse(public.model_dump(mode="json"))
    _set_cookie(response, request, signed, settings)
    return response


@router.post("/api/v1/auth/logout", tags=["auth"], summary="Sign out", status_code=204,
             responses=AUTH_ERRORS)
def api_logout(request: Request, db: SystemDbDep, settings: SettingsDep,
               account: AccountDep) -> Response:
    """End the session whose token (or cookie) this request carries."""
    _organisation_only(settings)
    token = session_token(request.headers)
    if token:
        sign_out(db, token)
    response = Response(status_code=204)
    response.headers.append("set-cookie", clear_cookie_header(secure=_secure(request)))
    return response


@router.get("/api/v1/auth/me", tags=["auth"], summary="Who is signed in",
            response_model=AccountPublic, responses=AUTH_ERRORS)
def api_me(account: AccountDep) -> AccountPublic:
    """The account this request is made as (in personal mode, the local one)."""
    return AccountPublic.of(account)
