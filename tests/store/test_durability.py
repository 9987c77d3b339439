"""kill -9 on SQLite: after a SIGKILL mid-write, every story the server acknowledged is stored and
``PRAGMA integrity_check`` says ok; three rounds on the same data folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text

from poise.settings import Settings
from poise.store.db import Database
from poise.store.models import Story

ROUNDS = 3
WRITERS = 4
WRITE_SECONDS = 2.0
START_TIMEOUT_SECONDS = 60.0
STORY = {
    "circumstances": "In 2022 the warehouse missed half its delivery slots.",
    "actions": "I rebuilt the shift plan with my two shift leads.",
    "results": "On-time deliveries rose from 52% to 94% in one quarter.",
    "competencies": ["results_achievements"],
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def poise_serve(data_dir: Path, log: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """``python -m poise serve`` on a free port with its SQLite database in ``data_dir``, once it
    answers ``/healthz``: the process and its URL. Killed on exit if it still runs."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "POISE_DATA_DIR": str(data_dir), "POISE_DATABASE_URL": "",
           "POISE_HOST": "127.0.0.1"}
    with log.open("ab") as output:
        process = subprocess.Popen([sys.executable, "-m", "poise", "serve", "--port", str(port)],
                                   env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _healthy(base):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"poise serve did not answer /healthz:\n{log.read_text()}")
            time.sleep(0.1)
        yield process, base
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def write_stories(base: str, name: str, acknowledged: list[int], refused: list[str]) -> None:
    """POST stories as fast as the server answers; stop when the connection dies."""
    with httpx.Client(base_url=base, timeout=30) as client:
        number = 0
        while True:
            number += 1
            try:
                response = client.post("/api/v1/stories", json={**STORY, "title": f"{name} {number}"})
            except httpx.TransportError:
                return
            if response.status_code == 201:
                acknowledged.append(int(response.json()["id"]))
            else:
                refused.append(f"{response.status_code}: {response.text[:200]}")


def stored_state(data_dir: Path) -> tuple[list[str], set[int]]:
    """``PRAGMA integrity_check`` and the story ids, read with Poise's own database layer."""
    db = Database.open(Settings(data_dir=data_dir, database_url=""))
    try:
        with db.session() as session:
            check = list(session.execute(text("PRAGMA integrity_check")).scalars())
            ids = set(session.scalars(select(Story.id)))
        return check, ids
    finally:
        db.close()


@pytest.mark.slow
def test_acknowledged_stories_survive_kill_9_when_writing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "server.log"
    acknowledged: list[int] = []
    for round_number in range(1, ROUNDS + 1):
        refused: list[str] = []
        with poise_serve(data_dir, log) as (server, base):
            # One write first, so the models are loaded before the timed writes start.
            warm = httpx.post(f"{base}/api/v1/stories", json={**STORY, "title": "warm-up"}, timeout=60)
            assert warm.status_code == 201, warm.text
            acknowledged.append(int(warm.json()["id"]))
            writers = [
                threading.Thread(target=write_stories,
                                 args=(base, f"round {round_number} writer {number}", acknowledged,
                                       refused))
                for number in range(WRITERS)
            ]
            before = len(acknowledged)
            for writer in writers:
                writer.start()
            time.sleep(WRITE_SECONDS)
            server.send_signal(signal.SIGKILL)
            server.wait()
            for writer in writers:
                writer.join(timeout=30)
                assert not writer.is_alive(), "a writer still runs after the server was killed"
        assert not refused, refused
        assert len(acknowledged) - before >= WRITERS, "too few writes to test anything"
        check, ids = stored_state(data_dir)
        assert check == ["ok"]
        missing = sorted(set(acknowledged) - ids)
        assert not missing, f"round {round_number}: acknowledged but lost: {missing}"
