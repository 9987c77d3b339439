"""`poise users` and the checks `poise serve` makes before it starts, per mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from poise.cli.app import app
from poise.services.accounts import sign_in
from poise.settings import Settings
from poise.store.db import Database
from poise.store.models import Application
from poise.store.repositories import ApplicationRepository

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Organisation mode on a private SQLite database."""
    values = {"POISE_DATA_DIR": str(tmp_path / "data"), "POISE_MODE": "organisation",
              "POISE_DATABASE_URL": ""}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def test_first_admin_takes_over_the_data_already_stored(env: dict[str, str]) -> None:
    settings = Settings()
    with Database.open(settings) as db, db.session() as session:
        ApplicationRepository(session).add(Application(company="Stored before", title="COO"))
    result = runner.invoke(app, ["users", "add", "Boss@Example.org", "--role", "admin",
                                 "--password-stdin"], input="the admin password\n")
    assert result.exit_code == 0, result.output
    assert "Added boss@example.org (admin, can sign in)" in result.output
    with Database.open(settings) as db:
        signed = sign_in(db.system(), "boss@example.org", "the admin password",
                         address="127.0.0.1", hours=1)
        assert signed.account.id == 1
        with db.session() as session:
            assert [a.company for a in ApplicationRepository(session).list()] == ["Stored before"]


def test_users_add_list_disable_reset(env: dict[str, str]) -> None:
    assert runner.invoke(app, ["users", "add", "coach@example.org", "--role", "coach",
                               "--password-stdin"], input="coach password 1\n").exit_code == 0
    listed = runner.invoke(app, ["users", "list", "--json"])
    assert '"email": "coach@example.org"' in listed.output
    assert '"role": "coach"' in listed.output
    disabled = runner.invoke(app, ["users", "disable", "coach@example.org"])
    assert disabled.exit_code == 0 and "disabled" in disabled.output
    reset = runner.invoke(app, ["users", "reset-password", "coach@example.org", "--password-stdin"],
                          input="another password\n")
    assert reset.exit_code == 0, reset.output


@pytest.mark.parametrize(
    ("arguments", "stdin", "message"),
    [
        (["users", "add", "not-an-address", "--password-stdin"], "long enough pw\n", "not an e-mail"),
        (["users", "add", "a@example.org", "--role", "boss", "--password-stdin"], "long enough pw\n",
         "not a role"),
        (["users", "add", "a@example.org", "--password-stdin"], "short\n", "at least 10"),
        (["users", "disable", "ghost@example.org"], "", "No account for ghost@example.org"),
    ],
)
def test_users_bad_input_is_a_clear_error(env: dict[str, str], arguments: list[str], stdin: str,
                                          message: str) -> None:
    result = runner.invoke(app, arguments, input=stdin)
    assert result.exit_code == 1
    assert message in result.output


def test_duplicate_account_is_refused(env: dict[str, str]) -> None:
    runner.invoke(app, ["users", "add", "a@example.org", "--password-stdin"], input="long enough pw\n")
    again = runner.invoke(app, ["users", "add", "A@example.org", "--password-stdin"],
                          input="long enough pw\n")
    assert again.exit_code == 1 and "already an account" in again.output


def test_serve_in_organisation_mode_without_admin_says_how_to_add_one(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 1
    assert "poise users add you@example.org --role admin" in result.output


def test_serve_in_personal_mode_refuses_other_addresses(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POISE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("POISE_MODE", raising=False)
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "serves this computer only" in result.output
    workers = runner.invoke(app, ["serve", "--workers", "4"])
    assert workers.exit_code == 1 and "organisation mode" in workers.output


def test_data_commands_refuse_in_organisation_mode(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["pipeline"])
    assert result.exit_code == 1
    assert "signing in" in result.output


@pytest.mark.slow
def test_serve_with_workers_behind_a_proxy(tmp_path: Path) -> None:
    """`poise serve --workers 2 --proxy-headers` in organisation mode: the proxy's name is served,
    the cookie is Secure behind HTTPS, and failed sign-ins count the client's forwarded address."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    env = {**os.environ, "POISE_DATA_DIR": str(tmp_path / "data"), "POISE_MODE": "organisation",
           "POISE_DATABASE_URL": "", "POISE_ALLOWED_HOSTS": "poise.example.org"}
    settings = Settings(data_dir=tmp_path / "data", mode="organisation")
    with Database.open(settings) as db:
        from poise.services.accounts import add_user

        add_user(db, "admin@example.org", role="admin", password="the admin password")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "poise", "serve", "--port", str(port), "--workers", "2",
         "--proxy-headers"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    proxy = {"Host": "poise.example.org", "X-Forwarded-Proto": "https"}
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, "poise serve exited"
            assert time.monotonic() < deadline, "poise serve did not start"
            time.sleep(0.3)
        for number in range(20):
            httpx.post(base + "/api/v1/auth/login", timeout=30, headers={
                **proxy, "X-Forwarded-For": "203.0.113.9"},
                json={"email": f"guess{number}@example.org", "password": "not the password"})
        blocked = httpx.post(base + "/api/v1/auth/login", timeout=30, headers={
            **proxy, "X-Forwarded-For": "203.0.113.9"},
            json={"email": "admin@example.org", "password": "the admin password"})
        assert blocked.status_code == 429
        signed = httpx.post(base + "/api/v1/auth/login", timeout=30, headers={
            **proxy, "X-Forwarded-For": "198.51.100.7"},
            json={"email": "admin@example.org", "password": "the admin password"})
        assert signed.status_code == 200
        assert "; Secure" in signed.headers["set-cookie"]
        page = httpx.get(base + "/", timeout=30, headers={
            **proxy, "Authorization": f"Bearer {signed.json()['token']}"})
        assert page.status_code == 200
        assert httpx.get(base + "/", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        server.terminate()
        server.wait(timeout=60)
