"""The database layer: URLs, connection pragmas, sessions, and the errors a person sees."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError
from sqlalchemy.pool import NullPool

from poise.errors import NotFoundError, StoreLockedError, StoreUnavailableError
from poise.settings import Settings
from poise.store import (
    Application,
    ApplicationRepository,
    Database,
    PracticeSession,
    SessionRepository,
    Turn,
    create_engine_for,
    mask_database_url,
    normalise_database_url,
)

SHORT_BUSY_TIMEOUT = 0.3


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db:5432/poise", "postgresql+psycopg://u:p@db:5432/poise"),
        ("postgresql://u:p@db/poise", "postgresql+psycopg://u:p@db/poise"),
        ("postgresql+psycopg://u@db/poise", "postgresql+psycopg://u@db/poise"),
        ("sqlite:////tmp/poise.db", "sqlite:////tmp/poise.db"),
    ],
)
def test_normalise_database_url_rewrites_postgres_schemes_to_psycopg(
    given: str, expected: str
) -> None:
    assert normalise_database_url(given) == expected


def test_mask_database_url_hides_password_when_present() -> None:
    masked = mask_database_url("postgresql://poise:hunter2@db:5432/poise")
    assert masked == "postgresql://poise:***@db:5432/poise"


def test_import_creates_nothing_when_store_is_imported(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "POISE_DATA_DIR": str(data_dir)}
    code = "import poise.store, poise.store.db, poise.store.models, poise.store.repositories"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not data_dir.exists()


def test_create_engine_for_makes_sqlite_folder_when_missing(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "deep" / "er")
    engine = create_engine_for(settings)
    try:
        assert (tmp_path / "deep" / "er").is_dir()
        assert engine.url.get_backend_name() == "sqlite"
    finally:
        engine.dispose()


def test_sqlite_connections_enable_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    with (
        Database.open(Settings(data_dir=tmp_path), busy_timeout=2.5) as db,
        db.engine.connect() as connection,
    ):
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert (foreign_keys, journal, busy) == (1, "wal", 2500)


def test_foreign_keys_are_enforced_when_parent_missing(database: Database) -> None:
    # The owner check (store.scope) finds the missing parent first and says so in words.
    with pytest.raises(NotFoundError, match="No practice session with id 999"), \
            database.session() as session:
        session.add(Turn(session_id=999, position=0, kind="q", speaker="i", prompt_text="?"))


def test_session_commits_when_block_succeeds(database: Database) -> None:
    with database.session() as session:
        ApplicationRepository(session).add(Application(company="Acme", title="VP"))
    with database.session() as session:
        assert ApplicationRepository(session).count() == 1


def test_session_rolls_back_when_block_raises(database: Database) -> None:
    with pytest.raises(RuntimeError), database.session() as session:
        ApplicationRepository(session).add(Application(company="Acme", title="VP"))
        raise RuntimeError("boom")
    with database.session() as session:
        assert ApplicationRepository(session).count() == 0


def test_objects_stay_readable_after_session_when_committed(database: Database) -> None:
    with database.session() as session:
        application = ApplicationRepository(session).add(Application(company="Acme", title="VP"))
    assert application.company == "Acme"
    assert application.id > 0


def test_datetimes_round_trip_as_utc_aware_when_stored(database: Database) -> None:
    paris = timezone(timedelta(hours=2))
    started = datetime(2024, 5, 1, 9, 30, tzinfo=paris)
    with database.session() as session:
        added = SessionRepository(session).add(
            PracticeSession(format="panel", seed=7, started_at=started)
        )
    with database.session() as session:
        loaded = SessionRepository(session).get(added.id)
        assert loaded.started_at == started
        assert loaded.started_at.utcoffset() == timedelta(0)
        assert loaded.started_at.hour == 7
        assert loaded.ended_at is None


def test_naive_datetime_is_rejected_when_stored(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.session() as session:
        session.add(PracticeSession(format="panel", seed=1, started_at=datetime(2024, 5, 1)))
        session.flush()


def test_json_none_is_stored_as_sql_null_when_column_nullable(database: Database) -> None:
    with database.session() as session:
        ApplicationRepository(session).add(Application(company="A", title="T", fit=None))
        ApplicationRepository(session).add(Application(company="B", title="T", fit={"score": 1}))
    with database.session() as session:
        companies = session.scalars(select(Application.company).where(Application.fit.is_(None)))
        assert list(companies) == ["A"]


# --- errors: unreachable, unopenable, locked -----------------------------------------------


def test_open_raises_unavailable_with_masked_url_when_postgres_unreachable(
    tmp_path: Path,
) -> None:
    url = "postgresql://poise:S3cret-Passw0rd@127.0.0.1:1/poise"
    settings = Settings(database_url=url, data_dir=tmp_path)
    with pytest.raises(StoreUnavailableError) as caught:
        Database.open(settings)
    message = str(caught.value)
    assert "S3cret-Passw0rd" not in message
    assert "postgresql://poise:***@127.0.0.1:1/poise" in message
    assert "POISE_DATABASE_URL" in message
    assert "Start the PostgreSQL server" in message
    assert message.startswith("[E200]")


@pytest.mark.parametrize("where", ["under-a-file", "under-dev-null"])
def test_open_raises_unavailable_when_sqlite_folder_cannot_be_created(
    tmp_path: Path, where: str
) -> None:
    if where == "under-a-file":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file, not a folder")
        path = blocker / "sub" / "poise.db"
    else:
        path = Path("/dev/null/poise/poise.db")
    settings = Settings(database_url=f"sqlite:///{path}", data_dir=tmp_path)
    with pytest.raises(StoreUnavailableError) as caught:
        Database.open(settings)
    message = str(caught.value)
    assert str(path) in message
    assert "folder" in message
    assert "POISE_DATABASE_URL" in message


def test_open_raises_unavailable_when_sqlite_path_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "poise.db"
    folder.mkdir()
    settings = Settings(database_url=f"sqlite:///{folder}", data_dir=tmp_path)
    with pytest.raises(StoreUnavailableError, match="unable to open database file"):
        Database.open(settings)


def test_open_raises_unavailable_when_backend_unsupported(tmp_path: Path) -> None:
    settings = Settings(database_url="mysql://root:pw@localhost/poise", data_dir=tmp_path)
    with pytest.raises(StoreUnavailableError, match="does not support") as caught:
        Database.open(settings)
    assert "pw@" not in str(caught.value)


@contextmanager
def holding_write_lock(url: str) -> Iterator[None]:
    """Another program holding the database: BEGIN EXCLUSIVE (SQLite) or LOCK TABLE (PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database is not None
        holder = sqlite3.connect(parsed.database, isolation_level=None)
        try:
            holder.execute("BEGIN EXCLUSIVE")
            yield
            holder.execute("ROLLBACK")
        finally:
            holder.close()
        return
    engine = create_engine(normalise_database_url(url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("LOCK TABLE application IN ACCESS EXCLUSIVE MODE"))
            yield
            connection.rollback()
    finally:
        engine.dispose()


def test_write_raises_locked_when_another_program_holds_database(
    database_settings: Settings, database_url: str
) -> None:
    with Database.open(database_settings, busy_timeout=SHORT_BUSY_TIMEOUT) as db:
        with holding_write_lock(database_url):
            with pytest.raises(StoreLockedError) as caught, db.session() as session:
                ApplicationRepository(session).add(Application(company="Acme", title="VP"))
            message = str(caught.value)
            assert message.startswith("[E201]")
            assert "another" in message
            assert "retry" in message
        with db.session() as session:
            ApplicationRepository(session).add(Application(company="Acme", title="VP"))
        with db.session() as session:
            assert ApplicationRepository(session).count() == 1


def test_open_raises_locked_when_sqlite_file_held_exclusively(tmp_path: Path) -> None:
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("CREATE TABLE other_program (x INTEGER)")
        holder.execute("BEGIN EXCLUSIVE")
        settings = Settings(database_url=f"sqlite:///{path}", data_dir=tmp_path)
        started = datetime.now(UTC)
        with pytest.raises(StoreLockedError) as caught:
            Database.open(settings, busy_timeout=SHORT_BUSY_TIMEOUT)
        waited = datetime.now(UTC) - started
    finally:
        holder.close()
    message = str(caught.value)
    assert "another program holds it" in message
    assert "Close the other program" in message
    assert str(path) in message
    assert waited < timedelta(seconds=5)
