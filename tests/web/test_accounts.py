"""Organisation mode's sign-in: cookie and bearer token, sign-out, expiry, disabled accounts,
one message for every failure, failures limited per account and per address; personal mode
keeps no sign-in at all."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from poise.services import accounts
from poise.services.accounts import disable_user, reset_password
from poise.settings import Settings
from poise.store.db import Database
from poise.store.models import AuthSession
from poise.web.app import create_app

from .org_fixtures import PASSWORD, Org, start_org


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    """Organisation mode on SQLite (the store tests cover PostgreSQL)."""
    yield from start_org(Settings(data_dir=tmp_path / "data"))


def _db(org: Org) -> Database:
    return Database.open(org.settings)


def test_pages_redirect_to_sign_in_keeping_the_wanted_page(org: Org) -> None:
    response = org.client.get("/stories?competency=x", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fstories%3Fcompetency%3Dx"
    page = org.client.get(response.headers["location"])
    assert page.status_code == 200
    assert 'name="next" value="/stories?competency=x"' in page.text


def test_api_without_a_token_is_401_with_what_to_do(org: Org) -> None:
    response = org.client.get("/api/v1/pipeline")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E210"
    assert "/api/v1/auth/login" in response.json()["error"]["hint"]
    assert org.client.get("/openapi.json").status_code == 401
    assert org.client.get("/healthz").status_code == 200


def test_sign_in_form_sets_an_httponly_lax_cookie_and_goes_on(org: Org) -> None:
    response = org.client.post("/login", data={"email": "Alice@Example.org ", "password": PASSWORD,
                                               "next": "/stories"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/stories"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("poise_session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert org.client.get("/stories").status_code == 200


def test_sign_in_never_sends_the_person_to_another_site(org: Org) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = org.client.post("/login", data={"email": "alice@example.org",
                                                   "password": PASSWORD, "next": target},
                                   follow_redirects=False)
        assert response.headers["location"] == "/"


def test_cookie_is_secure_behind_https(tmp_path: Path) -> None:
    for running in start_org(Settings(data_dir=tmp_path / "data")):
        client = TestClient(running.client.app, base_url="https://testserver")
        with client:
            response = client.post("/api/v1/auth/login",
                                   json={"email": "alice@example.org", "password": PASSWORD})
        assert "; Secure" in response.headers["set-cookie"]


def test_wrong_password_and_unknown_email_get_the_same_answer_and_time(org: Org) -> None:
    def attempt(email: str) -> tuple[int, dict[str, object], float]:
        start = time.perf_counter()
        response = org.client.post("/api/v1/auth/login",
                                   json={"email": email, "password": "not the password"})
        return response.status_code, response.json(), time.perf_counter() - start

    wrong = [attempt("alice@example.org") for _ in range(2)]
    unknown = [attempt("nobody@example.org") for _ in range(2)]
    assert wrong[0][:2] == unknown[0][:2]
    assert wrong[0][0] == 401
    # Both run one Argon2 check: the times are of the same order (not a fast path for unknowns).
    fastest_wrong = min(item[2] for item in wrong)
    fastest_unknown = min(item[2] for item in unknown)
    assert fastest_unknown > fastest_wrong / 3


def test_failed_sign_ins_are_limited_per_account(org: Org) -> None:
    for _ in range(accounts.MAX_FAILURES_PER_ACCOUNT):
        assert org.client.post("/api/v1/auth/login", json={
            "email": "bob@example.org", "password": "guess guess guess"}).status_code == 401
    blocked = org.client.post("/api/v1/auth/login",
                              json={"email": "bob@example.org", "password": PASSWORD})
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert blocked.json()["error"]["code"] == "E212"
    # Another account from the same address is not blocked by Bob's failures.
    assert org.client.post("/api/v1/auth/login", json={
        "email": "alice@example.org", "password": PASSWORD}).status_code == 200


def test_failed_sign_ins_are_limited_per_address(org: Org) -> None:
    for number in range(accounts.MAX_FAILURES_PER_ADDRESS):
        org.client.post("/api/v1/auth/login", json={
            "email": f"someone{number}@example.org", "password": "guess guess guess"})
    blocked = org.client.post("/api/v1/auth/login",
                              json={"email": "alice@example.org", "password": PASSWORD})
    assert blocked.status_code == 429


def test_sign_out_revokes_the_token(org: Org) -> None:
    headers = org.auth("alice")
    assert org.client.get("/api/v1/auth/me", headers=headers).json()["email"] == "alice@example.org"
    assert org.client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert org.client.get("/api/v1/auth/me", headers=headers).status_code == 401


def test_expired_session_goes_back_to_sign_in_keeping_the_page(org: Org) -> None:
    with _db(org) as db, db.system().session() as session:
        session.execute(update(AuthSession).values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))
    cookie = {"Cookie": f"poise_session={org.tokens['alice']}"}
    response = org.client.get("/practice", headers=cookie, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fpractice&ended=1"
    assert "poise_session=;" in response.headers["set-cookie"]
    page = org.client.get("/login?next=%2Fpractice&ended=1")
    assert "Your sign-in has ended" in page.text


def test_disabled_account_is_signed_out_at_once(org: Org) -> None:
    headers = org.auth("bob")
    assert org.client.get("/api/v1/pipeline", headers=headers).status_code == 200
    with _db(org) as db:
        disable_user(db, "bob@example.org")
    assert org.client.get("/api/v1/pipeline", headers=headers).status_code == 401
    again = org.client.post("/api/v1/auth/login", json={"email": "bob@example.org", "password": PASSWORD})
    assert again.status_code == 401


def test_reset_password_ends_sessions_and_the_new_one_works(org: Org) -> None:
    headers = org.auth("alice")
    with _db(org) as db:
        reset_password(db, "alice@example.org", "a brand new password")
    assert org.client.get("/api/v1/auth/me", headers=headers).status_code == 401
    assert org.client.post("/api/v1/auth/login", json={
        "email": "alice@example.org", "password": "a brand new password"}).status_code == 200


def test_sign_in_page_shows_the_error_and_keeps_the_email(org: Org) -> None:
    response = org.client.post("/login", data={"email": "alice@example.org", "password": "nope",
                                               "next": "/"})
    assert response.status_code == 401
    assert "The e-mail or the password is not right." in response.text
    assert 'value="alice@example.org"' in response.text


def test_personal_mode_has_no_sign_in(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data"), warm_up=False)
    with TestClient(app) as client:
        assert client.get("/").status_code == 200
        assert client.get("/api/v1/pipeline").status_code == 200
        assert client.get("/login").status_code == 404
        assert client.post("/api/v1/auth/login", json={"email": "a@b.org",
                                                      "password": "x" * 12}).status_code == 404
        me = client.get("/api/v1/auth/me").json()
        assert me["id"] == 1 and me["email"] == "local@poise.invalid"
        assert "Sign out" not in client.get("/").text
