"""Heavy requests take turns; everything else goes straight through (web.limits)."""

from __future__ import annotations

import anyio
import pytest
from starlette.types import Receive, Scope, Send

from poise.web.limits import HEAVY_REQUESTS, HeavyWorkMiddleware


@pytest.mark.parametrize("line", [
    "POST /api/v1/analyse", "POST /analyse/report", "POST /api/v1/fit", "POST /applications/new",
    "POST /applications/3/concerns/1/answer", "PATCH /api/v1/stories/4", "POST /practice/2",
    "GET /applications/3/brief.pdf",
])
def test_cpu_bound_requests_are_heavy(line: str) -> None:
    assert HEAVY_REQUESTS.match(line)


@pytest.mark.parametrize("line", ["GET /healthz", "GET /", "GET /applications/3", "GET /static/poise.css",
                                  "GET /api/v1/questions", "POST /settings/delete"])
def test_page_loads_and_health_are_not(line: str) -> None:
    assert not HEAVY_REQUESTS.match(line)


def _scope(method: str, path: str) -> Scope:
    return {"type": "http", "method": method, "path": path, "headers": []}


def test_heavy_requests_wait_for_a_slot_while_light_ones_pass() -> None:
    release = anyio.Event()
    order: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        order.append(f"start {scope['path']}")
        if scope["path"] == "/api/v1/analyse":
            await release.wait()
        order.append(f"end {scope['path']}")

    async def noop_receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def noop_send(message: dict) -> None:
        return None

    guarded = HeavyWorkMiddleware(app, at_once=1, wait_seconds=5)

    async def main() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(guarded, _scope("POST", "/api/v1/analyse"), noop_receive, noop_send)
            await anyio.sleep(0.05)
            group.start_soon(guarded, _scope("POST", "/api/v1/fit"), noop_receive, noop_send)
            await anyio.sleep(0.05)
            await guarded(_scope("GET", "/healthz"), noop_receive, noop_send)
            assert order == ["start /api/v1/analyse", "start /healthz", "end /healthz"]
            release.set()

    anyio.run(main)
    assert order[-2:] == ["start /api/v1/fit", "end /api/v1/fit"]


def test_a_heavy_request_that_waits_too_long_gets_503() -> None:
    sent: list[dict] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await anyio.sleep(1)

    async def noop_receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def record(message: dict) -> None:
        sent.append(message)

    guarded = HeavyWorkMiddleware(app, at_once=1, wait_seconds=0.1)

    async def main() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(guarded, _scope("POST", "/api/v1/analyse"), noop_receive, record)
            await anyio.sleep(0.02)
            await guarded(_scope("POST", "/api/v1/analyse"), noop_receive, record)

    anyio.run(main)
    assert sent[0]["status"] == 503
