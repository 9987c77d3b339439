"""The application page in Chromium shows the rest of the résumé's reading (issue 12, item 1):
the city read from a suburb's address, the time since the last role, education, certifications."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.fit.conftest import JOB
from tests.web.live_server import SCREENSHOTS, local_page, served
from tests.web.test_profile_read_context import RESUME

pytestmark = pytest.mark.browser


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, on the test's own database."""
    with served(tmp_path / "data", name="uvicorn-profile-read") as url:
        yield url


def test_the_profile_reading_reaches_the_page(base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=60_000) as watched:
        page: Page = watched.page
        page.goto(base_url + "/applications/new")
        page.get_by_label("Company").fill("Harbour Freight")
        page.locator("textarea[name=job_text]").fill(JOB)
        page.locator("textarea[name=resume_text]").fill(RESUME)
        page.get_by_role("button", name="Map my fit").click()
        page.wait_for_url("**/applications/*")
        read = page.locator("#resume-read")
        expect(read.locator("summary")).to_contain_text("1 role: check")
        read.locator("summary").click()
        expect(read.locator("table.resume-roles tbody tr").first).to_contain_text(
            "Time since the last role")
        facts = read.locator(".resume-facts")
        expect(facts).to_contain_text("Sydney (Glebe), NSW")
        expect(facts).to_contain_text("Executive MBA (in progress – expected 2027)")
        expect(facts).to_contain_text("HCPC Registered Physiotherapist")
        expect(facts).not_to_contain_text("Rotary Club")
        read.screenshot(path=str(SCREENSHOTS / "application-profile-read.png"), caret="initial")
        assert not watched.outside and not watched.problems
