"""Open the Poise database: build the engine, apply migrations on open, and hand out sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import psycopg
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from poise.errors import PoiseError, StoreLockedError, StoreUnavailableError
from poise.settings import Settings
from poise.store.clean_text import clean_before_flush
from poise.store.models import LOCAL_USER_ID
from poise.store.scope import SCOPE_KEY, Scope, install_scoping

DEFAULT_BUSY_TIMEOUT = 5.0
"""Seconds to wait for a lock another program holds before giving up with StoreLockedError."""

MIGRATION_LOCK_TIMEOUT = 300.0
"""Seconds a PostgreSQL worker waits for another worker's migration to finish."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# Any constant works; it only has to be the same in every Poise process sharing a server.
_MIGRATION_ADVISORY_LOCK = 0x506F697365  # "Poise"

_POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg2")

_SQLITE_UNAVAILABLE_MARKERS = (
    "unable to open database file",
    "attempt to write a readonly database",
    "disk i/o error",
    "file is not a database",
    "database or disk is full",
    "database disk image is malformed",
)


def normalise_database_url(url: str) -> str:
    """Rewrite ``postgres://`` and ``postgresql://`` URLs to the psycopg 3 driver; keep others."""
    scheme, separator, rest = url.partition("://")
    if separator and scheme.lower() in _POSTGRES_SCHEMES:
        return f"postgresql+psycopg://{rest}"
    return url


def mask_database_url(url: str) -> str:
    """The URL as safe to show: any password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def _backend(url: URL) -> str:
    """``sqlite`` or ``postgresql`` (the dialect without its driver)."""
    return url.get_backend_name()


def _unavailable_hint(backend: str) -> str:
    """What a person can do when the database cannot be reached or opened."""
    if backend == "sqlite":
        return (
            "Check that the folder exists and that you may write to it, or point "
            "POISE_DATA_DIR or POISE_DATABASE_URL at a writable place."
        )
    return (
        "Start the PostgreSQL server (or check that it is reachable from here), then check "
        "POISE_DATABASE_URL: host, port, database name, user and password."
    )


def _locked_error(display_url: str, backend: str, reason: str) -> StoreLockedError:
    """The error for a database that another program keeps locked."""
    if backend == "sqlite":
        return StoreLockedError(
            f"The database {display_url} is locked: another program holds it ({reason}).",
            hint="Close the other program using it (another Poise window, a database browser) "
            "or retry in a moment.",
        )
    return StoreLockedError(
        f"The database {display_url} is busy: another connection holds a lock "
        f"on the data ({reason}).",
        hint="Close the other program or finish its transaction, or retry in a moment.",
    )


def _unavailable_error(display_url: str, backend: str, reason: str) -> StoreUnavailableError:
    """The error for a database that cannot be reached or opened."""
    return StoreUnavailableError(
        f"Cannot open the database {display_url}: {reason}.",
        hint=_unavailable_hint(backend),
    )


def _reason(exc: BaseException, *, secret: str | None) -> str:
    """A one-line reason from a driver error, with the password scrubbed just in case."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(original).strip().splitlines() if line.strip()]
    reason = lines[0] if lines else type(original).__name__
    reason = reason.rstrip(".")
    if secret:
        reason = reason.replace(secret, "***")
    return reason


def _is_locked(exc: BaseException) -> bool:
    """True when the driver says another connection holds a lock we waited for in vain."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.OperationalError):
        message = str(original).lower()
        return "database is locked" in message or "database table is locked" in message
    sqlstate = getattr(original, "sqlstate", None)
    return sqlstate == "55P03"  # lock_not_available: lock_timeout expired


def _is_unavailable(exc: BaseException, *, opening: bool) -> bool:
    """True when the error means the database cannot be reached, opened or written."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.DatabaseError):
        message = str(original).lower()
        for marker in _SQLITE_UNAVAILABLE_MARKERS:
            if marker in message:
                return True
        return opening and isinstance(original, sqlite3.OperationalError)
    if isinstance(original, psycopg.Error):
        sqlstate = original.sqlstate
        if sqlstate is None:
            # psycopg gives no SQLSTATE when it cannot connect at all or the link dropped.
            return opening or isinstance(
                original, psycopg.OperationalError | psycopg.InterfaceError
            )
        # 08: connection exception; 57P: server shutting down; 28: authentication failed;
        # 3D000: no such database.
        return sqlstate.startswith(("08", "57P", "28")) or sqlstate == "3D000"
    return False


def store_error(exc: BaseException, *, url: str, opening: bool = False) -> PoiseError | None:
    """Translate a driver error into ``StoreLockedError``/``StoreUnavailableError``, else None."""
    try:
        parsed: URL | None = make_url(url)
    except ArgumentError:
        parsed = None
    backend = _backend(parsed) if parsed is not None else "database"
    secret = parsed.password if parsed is not None else None
    display_url = mask_database_url(url)
    if _is_locked(exc):
        return _locked_error(display_url, backend, _reason(exc, secret=secret))
    if _is_unavailable(exc, opening=opening):
        return _unavailable_error(display_url, backend, _reason(exc, secret=secret))
    return None


def _prepare_sqlite_folder(url: URL, display_url: str) -> None:
    """Create the folder that will hold an SQLite file (nothing for in-memory databases)."""
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = f"cannot create the folder {folder} ({exc.strerror or exc})"
        raise _unavailable_error(display_url, "sqlite", reason) from exc
    if not folder.is_dir():
        reason = f"{folder} is not a folder"
        raise _unavailable_error(display_url, "sqlite", reason)


def _install_sqlite_pragmas(engine: Engine, *, busy_timeout: float) -> None:
    """Turn on foreign keys, a busy timeout and the WAL journal for every new connection."""
    busy_milliseconds = max(0, round(busy_timeout * 1000))

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_milliseconds}")
            cursor.execute("PRAGMA journal_mode=WAL")
            # Deleted text is overwritten, not left in free pages.
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    event.listen(engine, "connect", on_connect)


def create_engine_for(
    settings: Settings, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, echo: bool = False
) -> Engine:
    """Build (but do not connect) the SQLAlchemy engine for ``settings.resolved_database_url()``.

    SQLite: the parent folder is created; every connection gets ``foreign_keys=ON``,
    the WAL journal and a busy timeout. PostgreSQL: ``postgres://`` and ``postgresql://``
    URLs use psycopg 3, and ``lock_timeout`` is set to the same busy timeout.
    """
    configured = settings.resolved_database_url()
    display_url = mask_database_url(configured)
    try:
        url = make_url(normalise_database_url(configured))
    except ArgumentError as exc:
        raise StoreUnavailableError(
            "POISE_DATABASE_URL is not a database URL Poise can read.",
            hint="Use sqlite:////path/to/poise.db or postgresql://user:password@host:5432/poise.",
        ) from exc
    backend = _backend(url)
    if backend not in SUPPORTED_BACKENDS:
        raise StoreUnavailableError(
            f"The database {display_url} uses {backend}, which Poise does not support.",
            hint="Set POISE_DATABASE_URL to an SQLite or PostgreSQL URL, or leave it empty "
            "to use SQLite in the data folder.",
        )
    options: dict[str, Any] = {"echo": echo}
    if backend == "sqlite":
        _prepare_sqlite_folder(url, display_url)
        options["connect_args"] = {"timeout": busy_timeout}
    else:
        lock_milliseconds = max(1, round(busy_timeout * 1000))
        options["connect_args"] = {
            "connect_timeout": 10,
            "options": f"-c lock_timeout={lock_milliseconds}",
        }
        options["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise _unavailable_error(display_url, backend, str(exc)) from exc
    if backend == "sqlite":
        _install_sqlite_pragmas(engine, busy_timeout=busy_timeout)
    return engine


def alembic_config(*, connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` built in code, pointing at ``store/migrations``.

    When ``connection`` is given, ``env.py`` runs the migrations on it (sharing the engine).
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration revision shipped with this version of Poise."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no Alembic revisions found in {MIGRATIONS_DIR}")
    return head


def current_revision(connection: Connection) -> str | None:
    """The migration revision the connected database is at (None when never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(engine: Engine, *, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` in one transaction (a no-op when up to date).

    On PostgreSQL an advisory lock makes concurrent workers wait for each other. On SQLite the
    foreign keys are off while migrating (a table rebuilt in batch mode is dropped and copied, and
    a drop must not cascade), then checked and turned back on.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Outside a transaction, or SQLite ignores it.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    wait = f"{round(MIGRATION_LOCK_TIMEOUT * 1000)}ms"
                    connection.execute(text(f"SET LOCAL lock_timeout = '{wait}'"))
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_ADVISORY_LOCK}
                    )
                command.upgrade(alembic_config(connection=connection), revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign keys broken after migrating: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


class Database:
    """An open Poise database: one engine, migrated on open, handing out sessions.

    Use ``Database.open(settings)``; ``with db.session() as session:`` commits when the block
    succeeds and rolls back when it raises. Every session carries the database's ``scope``: whose
    material it sees (``store.scope``). ``open`` scopes to the local account (personal mode);
    ``scoped(Scope(user_id))`` hands out the same engine for another account, and ``system()``
    one with no owner, for accounts, sign-in and shares only.
    """

    def __init__(self, engine: Engine, *, url: str, scope: Scope | None = None,
                 sessions: sessionmaker[Session] | None = None) -> None:
        self.engine = engine
        self._configured_url = url
        self.scope = scope
        self._owns_engine = sessions is None
        if sessions is None:
            sessions = sessionmaker(bind=engine, expire_on_commit=False)
            event.listen(sessions, "before_flush", clean_before_flush)
            install_scoping(sessions)
        self._sessions = sessions

    def scoped(self, scope: Scope | None) -> Database:
        """The same database (engine, pool) for another scope; closing it closes neither."""
        return Database(self.engine, url=self._configured_url, scope=scope,
                        sessions=self._sessions)

    def system(self) -> Database:
        """The same database with no owner: only accounts, sign-in, shares and audit."""
        return self.scoped(None)

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        migrate: bool = True,
        echo: bool = False,
    ) -> Database:
        """Build the engine for ``settings``, check it connects and apply pending migrations."""
        engine = create_engine_for(settings, busy_timeout=busy_timeout, echo=echo)
        database = cls(engine, url=settings.resolved_database_url(), scope=Scope(LOCAL_USER_ID))
        try:
            if migrate:
                upgrade_database(engine)
            else:
                with engine.connect():
                    pass
        except (DBAPIError, sqlite3.Error) as exc:
            engine.dispose()
            translated = store_error(exc, url=database._configured_url, opening=True)
            if translated is None:
                raise
            raise translated from exc
        except BaseException:
            engine.dispose()
            raise
        return database

    @property
    def url(self) -> str:
        """The database URL as configured, with any password masked."""
        return mask_database_url(self._configured_url)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error.

        Driver errors meaning "locked" or "unreachable" become ``StoreLockedError`` or
        ``StoreUnavailableError``. Objects stay readable after the block (no expiry on commit).
        """
        session = self._sessions()
        session.info[SCOPE_KEY] = self.scope
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            translated = store_error(exc, url=self._configured_url)
            if translated is None:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def forget_deleted(self) -> None:
        """After a large delete, make sure deleted text leaves the files: on SQLite, copy the
        write-ahead log into the database and empty it (``secure_delete`` zeroed the pages)."""
        if self.backend != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.commit()

    def revision(self) -> str | None:
        """The migration revision the database is at."""
        with self.engine.connect() as connection:
            return current_revision(connection)

    def close(self) -> None:
        """Close every pooled connection (a scoped copy leaves the shared engine open)."""
        if self._owns_engine:
            self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.url!r})"
