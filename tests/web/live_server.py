"""Shared by the browser tests: Debian's Chromium, its flags, and the app served on a loopback port."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, Request, Route, sync_playwright

from poise.settings import Settings
from poise.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Screenshots go to a scratch folder so a test run leaves the work tree alone; to refresh the
# README's tour, run the browser tests with POISE_SCREENSHOTS_DIR=docs/screenshots.
SCREENSHOTS = Path(
    os.environ.get("POISE_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "poise-screenshots"
)


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def served(data_dir: Path, *, name: str, settings: Settings | None = None) -> Iterator[str]:
    """A real uvicorn server on a free loopback port and its own SQLite database (or the given
    settings'); yields its URL."""
    app = create_app(settings or Settings(data_dir=data_dir, database_url=""))
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=90)


@dataclass
class WatchedPage:
    """A Chromium page that may only reach ``base_url``, and what went wrong while it ran."""

    page: Page
    outside: list[str] = field(default_factory=list)  # requests that tried to leave the machine
    problems: list[str] = field(default_factory=list)  # page errors and console errors


@contextmanager
def local_page(base_url: str, *, timeout_ms: int, downloads: bool = False,
               extra_args: tuple[str, ...] = ()) -> Iterator[WatchedPage]:
    """Debian's Chromium with one 1280x900 page; requests elsewhere than ``base_url`` are aborted
    and recorded, page and console errors collected. ``extra_args`` adds Chromium flags (a fake
    microphone, for instance)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing; install it with: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=[*CHROMIUM_ARGS, *extra_args])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=downloads)
            watched = WatchedPage(context.new_page())

            def only_local(route: Route, request: Request) -> None:
                if request.url.startswith(base_url):
                    route.continue_()
                else:
                    watched.outside.append(request.url)
                    route.abort()

            watched.page.route("**/*", only_local)
            watched.page.on("pageerror", lambda error: watched.problems.append(f"page error: {error}"))
            watched.page.on(
                "console",
                lambda message: (
                    watched.problems.append(f"console: {message.text}") if message.type == "error" else None
                ),
            )
            watched.page.set_default_timeout(timeout_ms)
            yield watched
        finally:
            browser.close()
