"""The application page in Chromium: what Poise read from the résumé folds open under the fit map,
with its roles, breaks and facts readable and nothing wider than the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.fit.conftest import JOB
from tests.web.live_server import SCREENSHOTS, local_page, served

pytestmark = pytest.mark.browser

RESUME = """# Dana Fell
York, UK · dana@example.com

## Experience

**Operations Manager** — Ouse Logistics Ltd, York | Mar 2019 – present
- Lead 3 shift managers and 60 staff; cut late orders from 9% to 2%.

Apr 2017 – Feb 2019: Travelled through South America

**Shift Manager** — Ouse Logistics Ltd, Selby | 2012 – 2017
- Ran the night shift of 20.

## Education
BSc Logistics, University of Hull, 2011

## Languages
English (native), Spanish (B1)

## Volunteering
Trustee, Foss Valley Food Bank | 2015 – 2020
"""


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, on the test's own database."""
    with served(tmp_path / "data", name="uvicorn-resume-read") as url:
        yield url


def test_the_resume_reading_folds_open_under_the_fit_map(base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=60_000) as watched:
        page: Page = watched.page
        page.goto(base_url + "/applications/new")
        page.get_by_label("Company").fill("Halden Freight")
        page.locator("textarea[name=job_text]").fill(JOB)
        page.locator("textarea[name=resume_text]").fill(RESUME)
        page.get_by_role("button", name="Map my fit").click()
        page.wait_for_url("**/applications/*")
        read = page.locator("#resume-read")
        table = read.locator("table.resume-roles")
        expect(table).to_be_hidden()
        read.locator("summary").click()
        expect(table).to_be_visible()
        rows = table.locator("tbody tr")
        expect(rows).to_have_count(3)
        expect(rows.nth(0)).to_contain_text("Operations Manager")
        expect(rows.nth(0)).to_contain_text("Ouse Logistics Ltd")
        expect(rows.nth(1)).to_contain_text("Career break")
        expect(read.locator(".resume-facts")).to_contain_text("English (native), Spanish (B1)")
        expect(read.locator(".resume-facts")).to_contain_text(
            "Trustee, Foss Valley Food Bank (2015 – 2020)")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        read.screenshot(path=str(SCREENSHOTS / "application-resume-read.png"), caret="initial")
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        inside = read.evaluate("(box) => box.querySelector('table').getBoundingClientRect().right"
                               " <= box.getBoundingClientRect().right")
        assert inside, "the table is wider than its box on a phone"
        read.screenshot(path=str(SCREENSHOTS / "application-resume-read-phone.png"), caret="initial")
        assert not watched.outside and not watched.problems
