"""What the web benchmarks share: a seeded database, the app served on a loopback port, PostgreSQL.

``benchmarks/web.py`` and ``benchmarks/load.py`` import it (they run as scripts, so this folder is
on ``sys.path``). ``serve`` starts ``uvicorn`` on ``app_factory``, i.e. ``create_app`` with the
settings from ``POISE_*``, the same app and middleware as ``poise serve``.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HOST = "127.0.0.1"

JOB = (HERE / "data" / "fit" / "operations_director" / "job.md").read_text(encoding="utf-8")
RESUME = (HERE / "data" / "fit" / "operations_director" / "resume.md").read_text(encoding="utf-8")
ANSWERS = [
    "In 2022 I took over a warehouse where 18% of orders shipped late. I mapped the flow with my "
    "two shift leads, moved picking to waves and set a daily review of the backlog. Within four "
    "months late orders fell to 3% and my team cut overtime by a third.",
    "At my last site the night shift had the highest absence in the region, around 9%. I sat with "
    "every team leader, changed the rota so nobody worked more than four nights in a row, and "
    "started return-to-work talks after each absence. Within six months absence was down to 4% and "
    "two of those team leaders have since been promoted.",
    "When our biggest client threatened to leave over damaged deliveries, I led the response myself. "
    "I visited their stores with our drivers, found that two loading bays were overfilling cages, "
    "and rewrote the loading standard with the bay supervisors. Damage claims fell by 70% in one "
    "quarter and the client renewed for three years.",
    "I would start by listening: two weeks with each site manager, their numbers and their people. "
    "Then I would agree three priorities with the COO, put a weekly review in place and report "
    "progress every month. By day ninety I would expect a plan for the system move that every site "
    "has signed up to.",
    "My biggest mistake was rolling out a new scanner system across two shifts at once. Picking "
    "stalled for three days because we had not trained the weekend team. I owned it with the "
    "client, brought in floor champions and trained everyone in small groups. Since then I pilot "
    "every change on one shift first, and our next roll-out went live without a single lost order.",
]
PAUSE = "Is there anything about me or my experience that gives you pause?"
CONCERN_REPLY = (
    "That is fair: I have not yet run an organisation of that size. At Brightline I grew my site "
    "from 120 to 310 people and ran a budget of 14 million pounds while dispatch improved. In my "
    "first 30 days I will agree a plan with you and report back on it. Does that answer it?"
)
DONE = "I have no more questions, thank you."


def app_factory() -> Any:
    """The app for ``uvicorn --factory`` in each worker: settings from ``POISE_*``."""
    from poise.settings import get_settings
    from poise.web.app import create_app

    return create_app(get_settings())


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


# --- the server ---------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on the loopback address that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(env: dict[str, str], *, workers: int) -> Iterator[str]:
    """``uvicorn`` with ``workers`` processes on a free loopback port; stopped on exit."""
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "serving:app_factory", "--app-dir", str(HERE),
        "--host", HOST, "--port", str(port), "--workers", str(workers), "--log-level", "warning",
        "--no-access-log", "--timeout-keep-alive", "120",
    ]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"uvicorn exited with code {process.returncode}")
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not answer /healthz within 120 s")
            time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- seeding ------------------------------------------------------------------------------------


def _answer_for(kind: str, turn: int, asked: bool) -> tuple[str, bool]:
    if kind == "concern":
        return CONCERN_REPLY, asked
    if kind in ("closing", "reply") and not asked:
        return PAUSE, True
    if kind in ("closing", "reply"):
        return DONE, asked
    return ANSWERS[turn % len(ANSWERS)], asked


def seed(data_dir: Path, database_url: str) -> dict[str, Any]:
    """A fresh database with an application (fit map), a debrief and one finished panel session."""
    from datetime import date

    from poise.content.loader import knowledge_base
    from poise.services.fit import create_application
    from poise.services.followup import record_debrief
    from poise.services.practice import answer_practice, start_practice
    from poise.settings import Settings
    from poise.store.db import Database

    settings = Settings(data_dir=data_dir, database_url=database_url)
    db = Database.open(settings)
    kb = knowledge_base()
    try:
        application = create_application(db, company="Rotterdam Port Logistics",
                                          title="Director of Operations", job_text=JOB,
                                          resume_text=RESUME)
        record_debrief(db, application.id, {
            "date": date.today().isoformat(), "round": 1,
            "interviewers": [{"name": "Maria Reed", "role": "Chief Operating Officer"}],
            "questions": [{"text": "Tell me about a change you led.", "rating": 2}],
            "concerns": [{"text": "no international experience", "handled": "partly"}],
        }, kb=kb)
        step = start_practice(db, interview_format="panel", application_id=application.id, seed=7,
                              kb=kb)
        asked = False
        for turn in range(40):
            if step.ended:
                break
            text, asked = _answer_for(step.prompt.kind, turn, asked)
            step = answer_practice(db, step.session_id, text, seconds=60.0, kb=kb)
        if not step.ended:
            raise RuntimeError("the seeded interview did not end")
        return {"application_id": application.id, "report_session": step.session_id}
    finally:
        db.close()


BACKENDS = ("sqlite", "postgresql")


def backends(names: str) -> Iterator[tuple[str, str]]:
    """Each backend named in ``names`` (comma-separated) with its database URL ("" for SQLite),
    after a heading; a throwaway PostgreSQL cluster is stopped once the caller is done with it.
    Unknown names and a PostgreSQL that cannot start are said and skipped."""
    for name in (part.strip() for part in names.split(",")):
        print(f"\n== {name}", flush=True)
        if name == "sqlite":
            yield name, ""
            continue
        if name not in BACKENDS:
            print(f"  unknown backend {name!r}; use {' or '.join(BACKENDS)}")
            continue
        found = postgres_url()
        if isinstance(found, str):
            print(f"  skipped: {found}")
            continue
        url, server = found
        try:
            yield name, url
        finally:
            server.stop()


def postgres_url() -> tuple[str, Any] | str:
    """A fresh database on a throwaway cluster, and the server; or why there is none."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from pg_server import PG_BIN, ThrowawayPostgres
    except ImportError as exc:
        return f"cannot import tests/pg_server.py: {exc}"
    for program in ("initdb", "pg_ctl"):
        if not (PG_BIN / program).is_file():
            return f"no {program} in {PG_BIN} (apt-get install postgresql, or set POISE_PG_BIN)"
    server = ThrowawayPostgres(PG_BIN)
    server.start()
    name = server.create_database()
    return server.url_for(name), server
