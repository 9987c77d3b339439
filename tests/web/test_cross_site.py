"""A page on another local port tries to delete everything and to add a story: Chromium sends the
requests, Poise refuses them with 403 and nothing changes. Poise's own pages keep working."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import sync_playwright
from tests.web.live_server import CHROMIUM, CHROMIUM_ARGS, served

pytestmark = pytest.mark.browser

STORY = {
    "title": "Warehouse turnaround",
    "circumstances": "In 2022 our main warehouse missed half its delivery slots.",
    "actions": "I rebuilt the shift plan with the team leads and set a daily stand-up.",
    "results": "On-time deliveries went from 52% to 94% in four months.",
    "competencies": ["results_achievements"],
}

ATTACK_PAGE = """<!doctype html>
<html><body>
<form id="wipe" method="post" action="{target}/settings/delete">
  <input name="confirm" value="DELETE">
</form>
<p id="state">starting</p>
<script>
  fetch("{target}/stories/new", {{
    method: "POST", mode: "no-cors", credentials: "include",
    headers: {{"Content-Type": "application/x-www-form-urlencoded"}},
    body: "title=Planted&circumstances=x&actions=y&results=z&competencies=results_achievements"
  }}).finally(function () {{
    document.getElementById("state").textContent = "fetched";
    document.getElementById("wipe").submit();
  }});
</script>
</body></html>
"""


@pytest.fixture
def poise_url(tmp_path: Path) -> Iterator[str]:
    with served(tmp_path / "data", name="uvicorn-cross-site") as url:
        yield url


@pytest.fixture
def attacker_url(poise_url: str) -> Iterator[str]:
    """Another local web server: the attacker's page, on a port of its own."""
    page = ATTACK_PAGE.format(target=poise_url).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


def _stories(poise_url: str) -> list[dict]:
    response = httpx.get(f"{poise_url}/api/v1/stories")
    assert response.status_code == 200
    stories: list[dict] = response.json()
    return stories


def test_a_page_on_another_port_cannot_delete_or_create(poise_url: str, attacker_url: str) -> None:
    # A script (no Origin header) stores a story: non-browser clients keep working.
    created = httpx.post(f"{poise_url}/api/v1/stories", json=STORY)
    assert created.status_code == 201, created.text
    before = _stories(poise_url)
    assert [story["title"] for story in before] == ["Warehouse turnaround"]

    statuses: dict[str, int | str] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            # The user visits Poise first, so the browser holds its CSRF cookie.
            page.goto(poise_url + "/settings")
            page.on("response", lambda response: statuses.__setitem__(
                response.url.removeprefix(poise_url), response.status))
            # The story fetch's answer is also hidden from the page (Cross-Origin-Resource-Policy).
            page.on("requestfailed", lambda request: statuses.__setitem__(
                request.url.removeprefix(poise_url), str(request.failure)))
            page.goto(attacker_url)
            page.wait_for_url(poise_url + "/settings/delete", timeout=15_000)
            page.wait_for_load_state()
            shown = page.content()
        finally:
            browser.close()

    assert statuses.get("/settings/delete") == 403
    # Sent, refused (the same request's 403 is checked in test_security.py), its answer blocked.
    assert statuses.get("/stories/new") in (403, "net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin")
    assert "refused a change sent by a page on another site" in shown
    assert _stories(poise_url) == before


def test_poise_own_forms_still_work_in_the_browser(poise_url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            response = page.goto(poise_url + "/settings")
            assert response is not None
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            page.get_by_label("Type DELETE to confirm").fill("DELETE")
            with page.expect_response(poise_url + "/settings/delete") as deleted:
                page.get_by_role("button", name="Delete all my data").click()
            assert deleted.value.status in (200, 303)
        finally:
            browser.close()
