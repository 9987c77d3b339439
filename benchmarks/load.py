"""Load test on SQLite and PostgreSQL: errors, lost writes, latency; quick pages beside heavy work.

Run: .venv/bin/python benchmarks/load.py [--clients 20] [--seconds 30] [--backends sqlite,postgresql]

For each backend it seeds a fresh database (the application of ``benchmarks/serving.py``) and
serves ``create_app`` with ``uvicorn`` on a free loopback port, one worker as ``poise serve``
runs it, so the real middleware (host check, body limits, heavy-work queue) answers. Plain
``httpx`` clients send no ``Origin``, so the cross-site guard lets their writes through.

1. **Load.** ``--clients`` clients, each with its own connection and no pauses, loop for
   ``--seconds`` over a mix of page loads (home, question bank, the application page), JSON reads
   (questions, the application, a story it wrote) and writes (``POST /api/v1/stories`` with a
   unique title). Every write answered 201 is remembered with its id; afterwards
   ``GET /api/v1/stories`` must list all of them (target: all found). Errors are any status other
   than 2xx/3xx, and transport errors, counted by status or error name. Latency is what the
   client saw: p50/p95 overall and by kind.
2. **Beside heavy work.** While two clients loop ``POST /api/v1/analyse`` with a 2,500-word
   answer, 30 sequential ``GET /healthz`` and then 30 ``GET /questions`` are timed
   (target: every one under 200 ms, so the max).

It prints one table with a column per backend and MISSED next to a missed target; it exits 0
either way. PostgreSQL runs on a throwaway cluster (tests/pg_server.py, Debian's binaries) and is
skipped, with the reason, when they are missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from serving import ANSWERS, HOST, backends, percentile, seed, serve

KINDS = ("page", "json", "write")
WEIGHTS = (0.4, 0.4, 0.2)
PROBE_TARGET_MS = 200.0
PROBES = 30
HEAVY_CLIENTS = 2
HEAVY_WORDS = 2500
CLIENT_TIMEOUT = 120.0
"""Seconds a client waits: above the server's own 60 s queue limit, which answers 503."""

STORY = {
    "circumstances": "In 2022 I took over a warehouse where 18% of orders shipped late.",
    "actions": "I mapped the flow with my two shift leads, moved picking to waves and set a daily "
               "review of the backlog.",
    "results": "Within four months late orders fell to 3% and my team cut overtime by a third.",
    "competencies": ["results_achievements"],
}


def long_answer(words: int) -> str:
    """The seeded answers repeated until they make ``words`` words."""
    taken: list[str] = []
    while len(taken) < words:
        for answer in ANSWERS:
            taken.extend(answer.split())
    return " ".join(taken[:words])


# --- the load -----------------------------------------------------------------------------------


@dataclass
class Tally:
    """What the clients of one run sent and saw."""

    sent: int = 0
    latencies: dict[str, list[float]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    errors: Counter[str] = field(default_factory=Counter)
    acknowledged: dict[int, str] = field(default_factory=dict)
    """Story id -> title, for every write answered 201."""


async def send(client: httpx.AsyncClient, kind: str, method: str, path: str, tally: Tally,
               **kwargs: Any) -> httpx.Response | None:
    """One timed request; an error is counted by its status or the transport error's name."""
    tally.sent += 1
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


async def load_client(base: str, number: int, *, pages: tuple[str, ...], reads: tuple[str, ...],
                      until: float, tally: Tally) -> None:
    """One client with its own connection: pages, JSON reads and story writes until ``until``."""
    rng = random.Random(number)
    own: list[int] = []
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT, limits=limits) as client:
        while time.monotonic() < until:
            kind = rng.choices(KINDS, weights=WEIGHTS)[0]
            if kind == "page":
                await send(client, kind, "GET", rng.choice(pages), tally)
            elif kind == "json":
                choices = (*reads, f"/api/v1/stories/{own[-1]}") if own else reads
                await send(client, kind, "GET", rng.choice(choices), tally)
            else:
                title = f"load {number}-{len(own)} {uuid.uuid4().hex[:12]}"
                response = await send(client, kind, "POST", "/api/v1/stories", tally,
                                      json={**STORY, "title": title})
                if response is not None and response.status_code == 201:
                    story_id = int(response.json()["id"])
                    tally.acknowledged[story_id] = title
                    own.append(story_id)


async def load(base: str, clients: int, seconds: float, application_id: int) -> Tally:
    """One unmeasured request of each kind (loads the models, compiles the templates), then all
    clients at once for ``seconds``."""
    pages = ("/", "/questions", f"/applications/{application_id}")
    reads = ("/api/v1/questions", f"/api/v1/applications/{application_id}")
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        for path in pages + reads:
            (await client.get(path)).raise_for_status()
        story = await client.post("/api/v1/stories", json={**STORY, "title": "warm-up"})
        story.raise_for_status()
    tally = Tally()
    until = time.monotonic() + seconds
    await asyncio.gather(*(load_client(base, number, pages=pages, reads=reads, until=until,
                                       tally=tally) for number in range(clients)))
    return tally


def count_found(base: str, acknowledged: dict[int, str]) -> int:
    """How many acknowledged stories ``GET /api/v1/stories`` lists, with the same title."""
    response = httpx.get(base + "/api/v1/stories", timeout=CLIENT_TIMEOUT)
    response.raise_for_status()
    stored = {int(story["id"]): story["title"] for story in response.json()}
    found = 0
    for story_id, title in acknowledged.items():
        if stored.get(story_id) == title:
            found += 1
    return found


# --- quick requests beside heavy ones -----------------------------------------------------------


@dataclass
class Beside:
    """Probe times (ms) by path, and the heavy requests that ran meanwhile."""

    probes: dict[str, list[float]] = field(default_factory=dict)
    heavy_ms: list[float] = field(default_factory=list)
    heavy_errors: Counter[str] = field(default_factory=Counter)


async def heavy_loop(base: str, answer: str, started: asyncio.Event, stop: asyncio.Event,
                     beside: Beside) -> None:
    """``POST /api/v1/analyse`` with a long answer, again and again until ``stop`` is set."""
    body = {"question": "Tell me about a change you led.", "answer": answer}
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        while not stop.is_set():
            started.set()
            start = time.perf_counter()
            try:
                response = await client.post("/api/v1/analyse", json=body)
            except httpx.TransportError as exc:
                beside.heavy_errors[type(exc).__name__] += 1
                continue
            beside.heavy_ms.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                beside.heavy_errors[str(response.status_code)] += 1


async def beside_heavy(base: str) -> Beside:
    """Time sequential quick requests while ``HEAVY_CLIENTS`` analyses of a long answer run."""
    beside = Beside()
    answer = long_answer(HEAVY_WORDS)
    stop = asyncio.Event()
    started = [asyncio.Event() for _ in range(HEAVY_CLIENTS)]
    heavy = [asyncio.create_task(heavy_loop(base, answer, event, stop, beside)) for event in started]
    for event in started:
        await event.wait()
    await asyncio.sleep(0.5)  # both analyses are under way on the server
    async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
        for path in ("/healthz", "/questions"):
            times: list[float] = []
            for _ in range(PROBES):
                start = time.perf_counter()
                response = await client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()
            beside.probes[path] = times
    stop.set()
    await asyncio.gather(*heavy)
    return beside


# --- one backend --------------------------------------------------------------------------------


@dataclass
class Outcome:
    """Everything measured on one backend."""

    tally: Tally
    found: int
    beside: Beside


def run_backend(name: str, database_url: str, args: argparse.Namespace) -> Outcome:
    """Seed, serve, warm up, load, check the writes, then the quick requests beside heavy ones."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"poise-load-{name}-"))
    try:
        started = time.perf_counter()
        application_id = int(seed(data_dir, database_url)["application_id"])
        print(f"  seeded in {time.perf_counter() - started:.1f} s", flush=True)
        env = {**os.environ, "POISE_DATA_DIR": str(data_dir), "POISE_DATABASE_URL": database_url}
        with serve(env, workers=args.workers) as base:
            tally = asyncio.run(load(base, args.clients, args.seconds, application_id))
            found = count_found(base, tally.acknowledged)
            print(f"  load done: {tally.sent} requests", flush=True)
            beside = asyncio.run(beside_heavy(base))
            print(f"  beside heavy work done: {len(beside.heavy_ms)} analyses finished", flush=True)
        return Outcome(tally, found, beside)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


# --- the report ---------------------------------------------------------------------------------


def rows_for(outcome: Outcome) -> list[str]:
    """The table's cells for one backend, in the order of ``LABELS``."""
    tally = outcome.tally
    acknowledged = len(tally.acknowledged)
    everything = [ms for kind in KINDS for ms in tally.latencies[kind]]
    cells = [str(tally.sent), str(sum(tally.errors.values())), str(acknowledged)]
    found = f"{outcome.found}/{acknowledged}"
    cells.append(found if outcome.found == acknowledged else f"{found} MISSED")
    for values in (everything, *(tally.latencies[kind] for kind in KINDS)):
        cells.append(f"{percentile(values, 0.5):.0f} / {percentile(values, 0.95):.0f}" if values else "-")
    heavy = outcome.beside.heavy_ms
    cells.append(f"{len(heavy)}, median {percentile(heavy, 0.5):.0f}" if heavy else "0")
    for path in ("/healthz", "/questions"):
        times = outcome.beside.probes[path]
        cell = f"{percentile(times, 0.5):.0f} / {max(times):.0f}"
        cells.append(cell if max(times) < PROBE_TARGET_MS else f"{cell} MISSED")
    return cells


LABELS = (
    "requests sent", "errors", "writes acknowledged (201)", "  found afterwards (target: all)",
    "latency p50 / p95 ms: all", "  page", "  json", "  write",
    f"{HEAVY_CLIENTS} heavy analyses done, ms", f"  /healthz median / max ms (<{PROBE_TARGET_MS:.0f})",
    f"  /questions median / max ms (<{PROBE_TARGET_MS:.0f})",
)


def print_table(outcomes: dict[str, Outcome]) -> None:
    """One row per figure, one column per backend; then the errors by status."""
    columns = {name: rows_for(outcome) for name, outcome in outcomes.items()}
    width = max(len(label) for label in LABELS) + 2
    print("\n" + " " * width + "".join(f"{name:<22}" for name in columns))
    for index, label in enumerate(LABELS):
        print(f"{label:<{width}}" + "".join(f"{cells[index]:<22}" for cells in columns.values()))
    for name, outcome in outcomes.items():
        for label, errors in (("errors", outcome.tally.errors),
                              ("heavy errors", outcome.beside.heavy_errors)):
            if errors:
                listed = ", ".join(f"{status} x{count}" for status, count in sorted(errors.items()))
                print(f"{name} {label} by status: {listed}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="Clients at once.")
    parser.add_argument("--seconds", type=float, default=30.0, help="Load time per backend.")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers (1, as poise serve).")
    parser.add_argument("--backends", default="sqlite,postgresql", help="Comma-separated.")
    args = parser.parse_args()

    print(f"{args.clients} clients for {args.seconds:.0f} s, {args.workers} worker(s) on {HOST} "
          f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the start); "
          f"mix page/json/write {WEIGHTS}")
    outcomes: dict[str, Outcome] = {}
    for name, url in backends(args.backends):
        outcomes[name] = run_backend(name, url, args)
    if outcomes:
        print_table(outcomes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
