"""Web speed: server time of page loads and answer submissions with 20 simulated users, SQLite and PostgreSQL.

Run: .venv/bin/python benchmarks/web.py [--users 20] [--seconds 60] [--backends sqlite,postgresql]

For each backend it seeds a fresh database (a director-level application with its fit map, a
debrief and one finished panel interview), starts ``uvicorn`` with two workers on a free loopback
port (``POISE_ONNX_THREADS=1`` so the two workers share the cores instead of fighting over them)
and loads the language models in both. Then the simulated users arrive one by one over the first
half of the warm-up; each keeps its own connection and, in a loop until the time or its request
budget runs out: loads a page (home, question bank, application page, a session report), pauses,
loads another, pauses while "typing", and answers the current question of its own mock interview
through ``POST /api/v1/sessions/{id}/answers`` (starting a new session when its interview reaches
the closing phase). Only requests sent after the warm-up count. The figures are the server's own
time, read from the ``Server-Timing`` header every response carries; the time the client saw is
printed next to it, and a breakdown by path shows where the time goes.

The pauses (default 2 s after a page, 10 s to type an answer, each drawn from 0.5x to 1.5x) are
far shorter than a real candidate's (answers take one to three minutes); ``--page-pause`` and
``--answer-pause`` make the load heavier or lighter.

Targets: p95 <= 150 ms for page loads and <= 300 ms for an answer submission with its analysis.
The PostgreSQL run starts a throwaway cluster with the helpers of tests/pg_server.py (Debian's
binaries in /usr/lib/postgresql/15/bin, or POISE_PG_BIN); it is skipped, with the reason, when
they are missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from serving import ANSWERS, BACKENDS, HOST, backends, percentile, seed, serve

PAGE_TARGET_MS = 150.0
ANSWER_TARGET_MS = 300.0
TIMING = re.compile(r"app;dur=([0-9.]+)")

FORMATS = ("competency", "panel", "biographical")


# --- measuring ----------------------------------------------------------------------------------


@dataclass
class Sample:
    """One request: what it was, where, the server's time and the client's time (milliseconds)."""

    kind: str
    path: str
    server_ms: float
    client_ms: float
    status: int


@dataclass
class Results:
    """Samples of one run (requests sent from ``since``, a ``time.monotonic()`` value, on), and
    the failures seen."""

    since: float = 0.0
    samples: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    retries: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[Sample]:
        return [sample for sample in self.samples if sample.kind == kind]


async def timed(client: httpx.AsyncClient, kind: str, method: str, url: str, results: Results,
                **kwargs: Any) -> httpx.Response:
    sent = time.monotonic()
    start = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.TransportError as exc:
        # A kept-alive connection closed under the request: send it again on a new one.
        results.retries.append(f"{method} {url}: {type(exc).__name__}, sent again")
        start = time.perf_counter()
        response = await client.request(method, url, **kwargs)
    client_ms = (time.perf_counter() - start) * 1000
    found = TIMING.search(response.headers.get("server-timing", ""))
    if sent >= results.since:
        if response.status_code >= 400:
            results.errors.append(f"{method} {url} -> {response.status_code}: {response.text[:200]}")
        if found is None:
            results.errors.append(f"{method} {url}: no Server-Timing header")
        else:
            path = re.sub(r"/\d+", "/{id}", url)
            results.samples.append(Sample(kind, path, float(found.group(1)), client_ms,
                                          response.status_code))
    return response


# --- the simulated users --------------------------------------------------------------------------


@dataclass
class Plan:
    """What the users do and for how long: they arrive one by one over ``arrival`` seconds, and
    stop at ``until`` (a ``time.monotonic()`` value) or after ``max_requests`` each."""

    pages: tuple[str, ...]
    application_id: int
    until: float
    arrival: float
    max_requests: int
    page_pause: tuple[float, float]
    answer_pause: tuple[float, float]


async def new_session(client: httpx.AsyncClient, plan: Plan, rng: random.Random,
                      results: Results) -> tuple[int, str]:
    body = {"format": rng.choice(FORMATS), "application_id": plan.application_id, "mode": "practice"}
    response = await timed(client, "start", "POST", "/api/v1/sessions", results, json=body)
    response.raise_for_status()
    data = response.json()
    return int(data["id"]), str(data["prompt"]["kind"])


async def user(base: str, number: int, plan: Plan, results: Results) -> None:
    """One simulated candidate: two page loads, then an answer, with pauses, until time is up."""
    rng = random.Random(number)
    deadline = plan.until
    await asyncio.sleep(rng.uniform(0, plan.arrival))
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        session_id, kind = await new_session(client, plan, rng, results)
        requests = 0
        turn = 0
        while time.monotonic() < deadline and requests < plan.max_requests:
            for _ in range(2):
                await timed(client, "page", "GET", rng.choice(plan.pages), results)
                requests += 1
                await asyncio.sleep(rng.uniform(*plan.page_pause))
            if kind not in ("question", "follow_up", "reply"):
                session_id, kind = await new_session(client, plan, rng, results)
                requests += 1
            await asyncio.sleep(rng.uniform(*plan.answer_pause))
            body = {"text": ANSWERS[(number + turn) % len(ANSWERS)], "seconds": 75.0}
            response = await timed(client, "answer", "POST", f"/api/v1/sessions/{session_id}/answers",
                                   results, json=body)
            requests += 1
            turn += 1
            if response.status_code == 200:
                data = response.json()
                kind = "ended" if data["ended"] else str(data["prompt"]["kind"])
            else:
                kind = "ended"


async def crowd(base: str, users: int, plan: Plan, results: Results) -> None:
    await asyncio.gather(*(user(base, number, plan, results) for number in range(users)))


# --- one backend --------------------------------------------------------------------------------


def run_backend(name: str, database_url: str, args: argparse.Namespace) -> Results:
    """Seed, serve, warm up, measure."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"poise-web-bench-{name}-"))
    try:
        started = time.perf_counter()
        seeded = seed(data_dir, database_url)
        print(f"  seeded in {time.perf_counter() - started:.1f} s", flush=True)
        env = dict(os.environ)
        env["POISE_DATA_DIR"] = str(data_dir)
        env["POISE_DATABASE_URL"] = database_url
        env["POISE_ONNX_THREADS"] = str(args.onnx_threads)
        application_id = seeded["application_id"]
        pages = ("/", "/questions", f"/applications/{application_id}",
                 f"/practice/{seeded['report_session']}/report")
        with serve(env, workers=args.workers) as base:
            # Load the language models in both workers before anyone arrives.
            warm = Plan(pages=pages, application_id=application_id,
                        until=time.monotonic() + 6, arrival=0.5, max_requests=12,
                        page_pause=(0.05, 0.2), answer_pause=(0.1, 0.3))
            asyncio.run(crowd(base, 4, warm, Results(since=float("inf"))))
            now = time.monotonic()
            results = Results(since=now + args.warm_up)
            plan = Plan(pages=pages, application_id=application_id,
                        until=results.since + args.seconds, arrival=args.warm_up / 2,
                        max_requests=args.max_requests,
                        page_pause=(args.page_pause * 0.5, args.page_pause * 1.5),
                        answer_pause=(args.answer_pause * 0.5, args.answer_pause * 1.5))
            asyncio.run(crowd(base, args.users, plan, results))
            print(f"  ran for {time.monotonic() - now:.1f} s, measured the last {args.seconds:.0f} s",
                  flush=True)
        return results
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def report(name: str, results: Results) -> bool:
    """Print p50/p95 per kind; True when both targets are met."""
    ok = True
    print(f"\n{name}: {len(results.samples)} requests, {len(results.errors)} errors, "
          f"{len(results.retries)} sent again on a new connection")
    print(f"  {'kind':<8} {'count':>6} {'server p50':>11} {'server p95':>11} {'server max':>11} "
          f"{'client p50':>11} {'client p95':>11}  target")
    for kind, target in (("page", PAGE_TARGET_MS), ("answer", ANSWER_TARGET_MS), ("start", None)):
        samples = results.of(kind)
        if not samples:
            continue
        server = [sample.server_ms for sample in samples]
        client = [sample.client_ms for sample in samples]
        p95 = percentile(server, 0.95)
        verdict = ""
        if target is not None:
            met = p95 <= target
            ok = ok and met
            verdict = f"p95 <= {target:.0f} ms: {'PASS' if met else 'FAIL'}"
        print(f"  {kind:<8} {len(samples):>6} {percentile(server, 0.5):>9.1f}ms {p95:>9.1f}ms "
              f"{max(server):>9.1f}ms {percentile(client, 0.5):>9.1f}ms "
              f"{percentile(client, 0.95):>9.1f}ms  {verdict}")
    paths = sorted({sample.path for sample in results.samples})
    print("  by path (server time):")
    for path in paths:
        server = [sample.server_ms for sample in results.samples if sample.path == path]
        print(f"    {path:<36} {len(server):>5}  p50 {percentile(server, 0.5):7.1f} ms  "
              f"p95 {percentile(server, 0.95):7.1f} ms")
    for error in results.errors[:5]:
        print(f"  error: {error}")
    return ok and not results.errors



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20, help="Simulated users at once.")
    parser.add_argument("--seconds", type=float, default=60.0, help="Measured time per backend.")
    parser.add_argument("--warm-up", type=float, default=15.0, help="Unmeasured time first.")
    parser.add_argument("--max-requests", type=int, default=150, help="Requests per user at most.")
    parser.add_argument("--page-pause", type=float, default=2.0,
                        help="Mean pause after a page load, seconds (0.5x-1.5x).")
    parser.add_argument("--answer-pause", type=float, default=10.0,
                        help="Mean time to type an answer, seconds (0.5x-1.5x).")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes.")
    parser.add_argument("--onnx-threads", type=int, default=1,
                        help="POISE_ONNX_THREADS for each worker (1: the workers share the cores).")
    parser.add_argument("--backends", default="sqlite,postgresql", help="Comma-separated.")
    args = parser.parse_args()

    print(f"{args.users} users, {args.seconds:.0f} s measured after {args.warm_up:.0f} s of warm-up, "
          f"{args.workers} workers on {HOST} ({os.cpu_count()} CPUs), POISE_ONNX_THREADS="
          f"{args.onnx_threads}; pauses: page {args.page_pause} s, answer {args.answer_pause} s (mean)")
    ok = all(name.strip() in BACKENDS for name in args.backends.split(","))
    for name, url in backends(args.backends):
        ok = report(name, run_backend(name, url, args)) and ok
    print("\nAll targets met." if ok else "\nSome targets missed (see above).")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
