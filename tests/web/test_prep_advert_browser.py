"""The salary prep page in Chromium, started from the advert: the advert's yearly range, its
currency (one the form does not list first) and the advert as the source are filled in, and the
pressed answer names the advert as its source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.web.live_server import SCREENSHOTS, local_page, served

pytestmark = pytest.mark.browser

JOB = """Head of Claims, Asia

Salary: HKD 95,000 - 120,000 per month plus annual bonus

## Responsibilities
- Lead 4 claims managers and 60 handlers across Hong Kong and Macau
- Own a claims budget of HKD 30 million

## Requirements
- 10+ years in general insurance claims
"""

RESUME = """# Wing Lau
Hong Kong

## Experience
**Claims Manager** — Harbourline Insurance, Hong Kong | Jan 2017 – present
- Lead 3 team leaders and 38 handlers; cut the average cycle time from 21 to 12 days.
"""


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, on the test's own database."""
    with served(tmp_path / "data", name="uvicorn-prep-advert") as url:
        yield url


def test_the_salary_form_starts_from_the_advert_and_its_answer_names_it(base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=240_000) as watched:
        page: Page = watched.page
        page.goto(base_url + "/applications/new")
        page.get_by_label("Company").fill("Tai Ping Mutual")
        page.locator("textarea[name=job_text]").fill(JOB)
        page.locator("textarea[name=resume_text]").fill(RESUME)
        page.get_by_role("button", name="Map my fit").click()
        page.wait_for_url("**/applications/*")
        page.goto(page.url.split("?")[0].rstrip("/") + "/prep")
        expect(page.locator("#salary-low")).to_have_value("1,140,000")
        expect(page.locator("#salary-high")).to_have_value("1,440,000")
        expect(page.locator("#salary-currency")).to_have_value("HKD")
        expect(page.locator("#salary-source")).to_have_value("the advert")
        form = page.locator("#salary-currency").locator("xpath=ancestor::form")
        form.screenshot(path=str(SCREENSHOTS / "prep-salary-from-advert.png"), caret="initial")
        form.get_by_role("button").first.click()
        expect(page.locator("body")).to_contain_text("Going by the advert, the base for a role like")
        page.screenshot(path=str(SCREENSHOTS / "prep-salary-answers.png"), full_page=True)
        assert not watched.outside and not watched.problems
