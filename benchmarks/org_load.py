"""Organisation-mode load: signed-in people on PostgreSQL with several workers, against personal mode.

Run: .venv/bin/python benchmarks/org_load.py [--users 50] [--workers 4] [--seconds 30]

1. **Organisation.** A fresh PostgreSQL database (tests/pg_server.py's throwaway cluster) with
   ``--users`` candidate accounts, each with a story. ``poise serve``'s app runs on a loopback
   port with ``--workers`` uvicorn processes and ``POISE_MODE=organisation``. Everyone signs in at
   once through ``POST /api/v1/auth/login`` (timed apart: Argon2 is slow on purpose), the
   workers warm up, then each person loops for ``--seconds`` over a mix
   of page views (home, stories, practice, the question bank: 70%) and practice answers (30%:
   ``POST /api/v1/sessions/{id}/answers`` in their own mock interview, a new one when it ends),
   each with their own bearer token and connection.
2. **Personal.** The same mix from the same number of clients against personal mode as
   ``poise serve`` runs it: one worker, SQLite, one local person (every client shares its data).

It prints, for each run, requests per second, p50/p95/max latency by kind and the errors by
status, then the ratio organisation / personal. Loopback only; nothing is sent elsewhere.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from serving import ANSWERS, percentile, postgres_url, serve

PASSWORD = "benchmark password 1"
PAGES = ("/", "/stories", "/practice", "/questions")
ANSWER_SHARE = 0.3
CLIENT_TIMEOUT = 120.0
STORY = {
    "title": "Warehouse turnaround",
    "circumstances": "In 2022 I took over a warehouse where 18% of orders shipped late.",
    "actions": "I mapped the flow with my two shift leads and moved picking to waves.",
    "results": "Within four months late orders fell to 3%.",
    "competencies": ["results_achievements"],
}


@dataclass
class Tally:
    """What the clients of one run sent and saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {"page": [], "answer": []})
    errors: Counter[str] = field(default_factory=Counter)
    sign_in_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0


def seed_accounts(env: dict[str, str], users: int) -> list[str]:
    """``users`` candidate accounts (and the admin ``poise serve`` wants), each with one story."""
    from poise.prep.stories import StoryDraft
    from poise.services.accounts import add_user
    from poise.services.stories import create_story
    from poise.settings import Settings
    from poise.store.db import Database
    from poise.store.scope import Scope

    settings = Settings(data_dir=Path(env["POISE_DATA_DIR"]), database_url=env["POISE_DATABASE_URL"],
                        mode="organisation")
    emails = [f"candidate{number:03d}@example.org" for number in range(users)]
    with Database.open(settings) as db:
        add_user(db, "admin@example.org", role="admin", password=PASSWORD)
        for email in emails:
            account = add_user(db, email, role="candidate", password=PASSWORD)
            draft = StoryDraft(STORY["title"], STORY["circumstances"], STORY["actions"],
                               STORY["results"], None, tuple(STORY["competencies"]))
            create_story(db.scoped(Scope(account.id)), draft)
    return emails


async def sign_in(base: str, email: str | None, tally: Tally) -> str | None:
    """The bearer token of one person (None in personal mode, or when signing in failed)."""
    if email is None:
        return None
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        start = time.perf_counter()
        response = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        tally.sign_in_ms.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            tally.errors[f"sign-in {response.status_code}"] += 1
            return None
        token: str = response.json()["token"]
        return token


async def one_person(base: str, number: int, token: str | None, until: float, tally: Tally) -> None:
    """Loop over pages and practice answers until ``until`` (signed in when given a token)."""
    rng = random.Random(number)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT, limits=limits,
                                 headers=headers) as client:
        session_id: int | None = None
        turn = 0
        while time.monotonic() < until:
            if rng.random() >= ANSWER_SHARE:
                await _timed(client, tally, "page", "GET", rng.choice(PAGES))
                continue
            if session_id is None:
                started = await client.post("/api/v1/sessions", json={"format": "biographical"})
                if started.status_code != 201:
                    tally.errors[f"start {started.status_code}"] += 1
                    continue
                session_id = int(started.json()["id"])
            response = await _timed(client, tally, "answer", "POST",
                                    f"/api/v1/sessions/{session_id}/answers",
                                    json={"text": ANSWERS[turn % len(ANSWERS)], "seconds": 60})
            turn += 1
            if response is None or response.status_code != 200 or response.json().get("ended"):
                session_id = None


async def _timed(client: httpx.AsyncClient, tally: Tally, kind: str, method: str, path: str,
                 **kwargs: Any) -> httpx.Response | None:
    start = time.perf_counter()
    try:
        response = await client.request(method, path, **kwargs)
    except httpx.TransportError as exc:
        tally.errors[type(exc).__name__] += 1
        return None
    tally.latencies[kind].append((time.perf_counter() - start) * 1000)
    if response.status_code >= 400:
        tally.errors[str(response.status_code)] += 1
    return response


async def run_load(base: str, emails: list[str | None], seconds: float) -> Tally:
    """Everyone signs in at once (timed apart), the workers warm up for a few seconds, then every
    person loops at once for ``seconds``."""
    tally = Tally()
    tokens = await asyncio.gather(*(sign_in(base, email, tally) for email in emails))
    warm = Tally()
    warm_until = time.monotonic() + 8
    await asyncio.gather(*(one_person(base, number, token, warm_until, warm)
                           for number, token in enumerate(tokens[:8])))
    start = time.monotonic()
    until = start + seconds
    await asyncio.gather(*(one_person(base, number, token, until, tally)
                           for number, token in enumerate(tokens)))
    tally.seconds = time.monotonic() - start
    return tally


def report(name: str, tally: Tally) -> dict[str, float]:
    """Print one run's numbers; return the headline ones for the comparison."""
    total = sum(len(values) for values in tally.latencies.values())
    print(f"\n{name}: {total} requests in {tally.seconds:.1f} s = {total / tally.seconds:.1f}/s")
    if tally.sign_in_ms:
        print(f"  sign-in: median {statistics.median(tally.sign_in_ms):.0f} ms, "
              f"max {max(tally.sign_in_ms):.0f} ms ({len(tally.sign_in_ms)} people)")
    headline: dict[str, float] = {"rate": total / tally.seconds}
    for kind, values in tally.latencies.items():
        if not values:
            continue
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        headline[f"{kind}_p95"] = p95
        print(f"  {kind:7s} n={len(values):5d}  p50 {p50:7.0f} ms  p95 {p95:7.0f} ms  "
              f"max {max(values):7.0f} ms")
    errors = sum(tally.errors.values())
    headline["errors"] = errors
    shown = ", ".join(f"{key}: {count}" for key, count in tally.errors.most_common()) or "none"
    print(f"  errors: {errors} ({shown})")
    return headline


def main() -> None:
    """Run organisation mode on PostgreSQL, then personal mode, and compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="poise-org-load-"))
    results: dict[str, dict[str, float]] = {}
    found = postgres_url()
    if isinstance(found, str):
        print(f"organisation run skipped: {found}")
    else:
        url, server = found
        try:
            env = {**os.environ, "POISE_DATA_DIR": str(folder / "org"), "POISE_DATABASE_URL": url,
                   "POISE_MODE": "organisation"}
            emails: list[str | None] = list(seed_accounts(env, args.users))
            with serve(env, workers=args.workers) as base:
                tally = asyncio.run(run_load(base, emails, args.seconds))
            results["organisation"] = report(
                f"organisation: {args.users} signed-in people, PostgreSQL, {args.workers} workers", tally)
        finally:
            server.stop()
    env = {**os.environ, "POISE_DATA_DIR": str(folder / "personal"), "POISE_DATABASE_URL": "",
           "POISE_MODE": "personal"}
    with serve(env, workers=1) as base:
        tally = asyncio.run(run_load(base, [None] * args.users, args.seconds))
    results["personal"] = report(f"personal: {args.users} clients, SQLite, 1 worker", tally)
    if "organisation" in results:
        org, personal = results["organisation"], results["personal"]
        print("\norganisation / personal:")
        for key in ("rate", "page_p95", "answer_p95"):
            if key in org and key in personal and personal[key]:
                print(f"  {key:10s} {org[key] / personal[key]:.2f}x")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
