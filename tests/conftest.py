"""Shared pytest fixtures for the Poise tests; each area keeps its fixtures in its own block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from poise.settings import Settings
from poise.store.db import Database

# The PostgreSQL server machinery (session server, per-test databases) lives in tests/pg_server.py.
pytest_plugins = ["pg_server"]


# ---------------------------------------------------------------------------------------------
# Store: a fresh database per test, on both SQLite and PostgreSQL.
#
# `database_url` is parametrised with ids `sqlite` and `postgresql`, so every test that uses it
# (or `database`, built on it) runs once per backend. The `postgresql` case carries the
# `postgres` marker: `-m "not postgres"` deselects it; see tests/pg_server.py for the server.
# ---------------------------------------------------------------------------------------------

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh, empty database: an SQLite file in tmp_path, or a new PostgreSQL DB."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'poise.db'}"
    url: str = request.getfixturevalue("postgres_database_url")
    return url


@pytest.fixture
def database_settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings pointing at the fresh test database (and a private data folder)."""
    return Settings(database_url=database_url, data_dir=tmp_path / "data")


@pytest.fixture
def database(database_settings: Settings) -> Iterator[Database]:
    """An open, migrated ``Database`` on a fresh database; closed after the test."""
    db = Database.open(database_settings)
    try:
        yield db
    finally:
        db.close()


# ---------------------------------------------------------------------------------------------
# End of the store block.
# ---------------------------------------------------------------------------------------------
