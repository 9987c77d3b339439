"""Fixtures for the prep tests: the knowledge base, a stored application, a web client, a CLI env."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.content.schema import PrepContent
from poise.settings import Settings
from poise.store.db import Database
from poise.web.app import create_app

from .data import FIT, add_application


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return knowledge_base()


@pytest.fixture(scope="session")
def prep(kb: KnowledgeBase) -> PrepContent:
    """The content under content/prep/."""
    assert kb.prep is not None
    return kb.prep


@pytest.fixture
def fit() -> dict[str, Any]:
    """A fresh copy of the typical fit dict."""
    return copy.deepcopy(FIT)


@pytest.fixture
def application_id(database: Database, fit: dict[str, Any]) -> int:
    """A stored application with the typical fit, on the test's database (both backends)."""
    return add_application(database, fit)


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    """Settings whose SQLite database is private to the test."""
    return Settings(data_dir=tmp_path / "web", database_url="")


@pytest.fixture
def client(web_settings: Settings) -> Iterator[TestClient]:
    """A started web app on its own database, without the model warm-up thread."""
    with TestClient(create_app(web_settings, warm_up=False)) as test_client:
        yield test_client


@pytest.fixture
def web_db(client: TestClient) -> Database:
    """The database the web app opened."""
    db: Database = client.app.state.db  # type: ignore[attr-defined]
    return db


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Point the CLI at a private SQLite database; returns the settings it will use."""
    data = tmp_path / "cli"
    monkeypatch.setenv("POISE_DATA_DIR", str(data))
    monkeypatch.delenv("POISE_DATABASE_URL", raising=False)
    return Settings(data_dir=data, database_url="")
