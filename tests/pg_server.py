"""Pytest plugin: a throwaway PostgreSQL server for the test session, one fresh database per test.

Order of choice:

1. ``POISE_TEST_DATABASE_URL`` set: use that server (its user needs CREATEDB).
2. ``POISE_SKIP_POSTGRES=1``: skip every test that needs PostgreSQL.
3. Otherwise start a private cluster from Debian's binaries (``POISE_PG_BIN``, default
   ``/usr/lib/postgresql/15/bin``) in a temp folder (``POISE_PG_TMPDIR``, else /dev/shm when
   it has room, else the system temp folder): ``initdb`` + ``pg_ctl``, trust auth,
   127.0.0.1 on a free port, the socket in the temp folder. As root the server runs as the
   ``postgres`` OS user (initdb refuses root). It is stopped and removed at session end.
   Missing binaries make the PostgreSQL tests fail with the command that installs them.
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from poise.store.db import normalise_database_url

PG_BIN = Path(os.environ.get("POISE_PG_BIN", "/usr/lib/postgresql/15/bin"))
SERVER_USER = "postgres"  # OS user that runs the cluster when the tests run as root
START_TIMEOUT_SECONDS = 60
MIN_RAM_DISK_BYTES = 512 * 1024 * 1024


def _cluster_parent() -> str | None:
    """Where to put the cluster: ``POISE_PG_TMPDIR``, else /dev/shm (RAM: CREATE DATABASE
    is ~10x faster there), else the system temp folder."""
    chosen = os.environ.get("POISE_PG_TMPDIR", "").strip()
    if chosen:
        return chosen
    ram_disk = Path("/dev/shm")
    usable = ram_disk.is_dir() and os.access(ram_disk, os.W_OK)
    if usable and shutil.disk_usage(ram_disk).free >= MIN_RAM_DISK_BYTES:
        return str(ram_disk)
    return None


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    def __init__(self, admin_url: URL) -> None:
        self.admin_url = admin_url

    def url_for(self, database: str) -> str:
        """A psycopg URL for one database on this server (password included)."""
        return self.admin_url.set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self) -> str:
        """Create an empty database with a random name and return its name."""
        name = f"test_{uuid.uuid4().hex[:16]}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any connection a test left open."""
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Nothing to stop for a server the tests do not own."""


class ThrowawayPostgres(PostgresServer):
    """A private cluster in a temp folder, started with initdb and pg_ctl and removed after."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="poise-pg-", dir=_cluster_parent()))
        self.data_dir = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log_file = self.root / "server.log"
        self.as_root = os.geteuid() == 0
        self.port = 0
        self.started = False
        super().__init__(URL.create("postgresql+psycopg", username=SERVER_USER))

    def _command(self, *args: str) -> list[str]:
        """The command line, run as the postgres OS user when we are root."""
        if self.as_root:
            return ["runuser", "-u", SERVER_USER, "--", *args]
        return list(args)

    def _run(self, *args: str) -> None:
        completed = subprocess.run(
            self._command(*args), capture_output=True, text=True, check=False, cwd=self.root
        )
        if completed.returncode != 0:
            log = self.log_file.read_text() if self.log_file.exists() else ""
            raise RuntimeError(
                f"`{shlex.join(args)}` failed with exit code {completed.returncode}:\n"
                f"{completed.stdout}{completed.stderr}{log}"
            )

    def start(self) -> None:
        """initdb, then pg_ctl start on a free port; raises RuntimeError with the log if not."""
        self.root.chmod(0o755)
        self.socket_dir.mkdir()
        if self.as_root:
            shutil.chown(self.root, user=SERVER_USER, group=SERVER_USER)
            shutil.chown(self.socket_dir, user=SERVER_USER, group=SERVER_USER)
        self._run(
            str(self.bin_dir / "initdb"),
            "--pgdata",
            str(self.data_dir),
            "--username",
            SERVER_USER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        last_error: RuntimeError | None = None
        for _attempt in range(3):  # another process may grab the free port first
            self.port = _free_port()
            server_options = shlex.join(
                [
                    "-p",
                    str(self.port),
                    "-h",
                    "127.0.0.1",
                    "-k",
                    str(self.socket_dir),
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                ]
            )
            try:
                self._run(
                    str(self.bin_dir / "pg_ctl"),
                    "--pgdata",
                    str(self.data_dir),
                    "--log",
                    str(self.log_file),
                    "--options",
                    server_options,
                    "--wait",
                    "--timeout",
                    str(START_TIMEOUT_SECONDS),
                    "start",
                )
            except RuntimeError as exc:
                last_error = exc
                continue
            self.started = True
            self.admin_url = URL.create(
                "postgresql+psycopg",
                username=SERVER_USER,
                host="127.0.0.1",
                port=self.port,
                database="postgres",
            )
            return
        raise last_error or RuntimeError("PostgreSQL did not start")

    def stop(self) -> None:
        """Stop the server (if running) and delete its folder; safe to call twice."""
        if self.started:
            self.started = False
            subprocess.run(
                self._command(
                    str(self.bin_dir / "pg_ctl"),
                    "--pgdata",
                    str(self.data_dir),
                    "--mode",
                    "immediate",
                    "--wait",
                    "stop",
                ),
                capture_output=True,
                check=False,
                cwd=self.root,
            )
        shutil.rmtree(self.root, ignore_errors=True)


def _missing_binaries_message(bin_dir: Path) -> str:
    return (
        f"PostgreSQL server programs not found in {bin_dir} (need initdb and pg_ctl); "
        "the store tests run on PostgreSQL too. Install them with "
        "`apt-get install postgresql` (Debian's PostgreSQL 15), or set "
        "POISE_TEST_DATABASE_URL=postgresql://user:password@host:5432/postgres to use a "
        "running server whose user may CREATE DATABASE, or set POISE_SKIP_POSTGRES=1 to skip "
        "the PostgreSQL tests."
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server for this test session (see the module docstring for the choice)."""
    external = os.environ.get("POISE_TEST_DATABASE_URL", "").strip()
    if external:
        yield PostgresServer(make_url(normalise_database_url(external)))
        return
    if os.environ.get("POISE_SKIP_POSTGRES", "").strip() == "1":
        pytest.skip("POISE_SKIP_POSTGRES=1: PostgreSQL tests skipped")
    for program in ("initdb", "pg_ctl"):
        if not (PG_BIN / program).is_file():
            pytest.fail(_missing_binaries_message(PG_BIN), pytrace=False)
    server = ThrowawayPostgres(PG_BIN)
    atexit.register(server.stop)  # in case the session dies before teardown
    try:
        server.start()
    except (RuntimeError, OSError) as exc:
        server.stop()
        pytest.fail(f"Could not start a throwaway PostgreSQL server: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_database_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test server (dropped after the test)."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url_for(name)
    finally:
        postgres_server.drop_database(name)
