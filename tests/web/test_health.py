"""/healthz and startup: the database backend, the question count, and clear failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase
from poise.errors import StoreUnavailableError
from poise.settings import Settings
from poise.web.app import create_app


def test_healthz_reports_backend_and_question_count(
    client: TestClient, kb: KnowledgeBase, web_settings: Settings
) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "sqlite", "questions": len(kb.questions)}
    assert (web_settings.data_dir / "poise.db").is_file()


def test_healthz_on_each_backend(database_settings: Settings) -> None:
    with TestClient(create_app(database_settings, warm_up=False)) as client:
        body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["database"] == database_settings.resolved_database_url().split(":")[0].split("+")[0]


def test_healthz_is_503_with_a_message_when_the_database_is_gone(
    client: TestClient, web_settings: Settings
) -> None:
    db = client.app.state.db  # type: ignore[attr-defined]
    db.close()
    shutil.rmtree(web_settings.data_dir)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["database"] == "sqlite"
    assert body["error"]["code"] == "E200"
    assert "poise.db" in body["error"]["message"]
    assert body["error"]["hint"]


def test_startup_fails_with_a_clear_error_when_the_database_cannot_open(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    app = create_app(Settings(data_dir=blocker / "data"), warm_up=False)
    with pytest.raises(StoreUnavailableError) as caught, TestClient(app):
        pass
    assert caught.value.code == "E200"
    assert "Cannot open the database" in caught.value.message
    assert "POISE_DATA_DIR" in caught.value.hint


def test_each_app_uses_its_own_data_folder(tmp_path: Path) -> None:
    first = Settings(data_dir=tmp_path / "one")
    second = Settings(data_dir=tmp_path / "two")
    for settings in (first, second):
        with TestClient(create_app(settings, warm_up=False)) as client:
            assert client.get("/healthz").status_code == 200
        assert (settings.data_dir / "poise.db").is_file()
