"""The application page in Chromium for a 20-requirement advert: under three desktop screens
(1280 × 800, so under 2,400 px of document height) with the fit map grouped and the concerns as
compact cards whose answer plan folds open, readable and with every control named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.web.live_server import SCREENSHOTS, local_page, served

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
SCREENS = 3

JOB = """# Director of Operations — Pellow Distribution

Pellow Distribution runs six regional warehouses for grocery and homeware retailers
across the North of England.

## What you will do
- Lead the six site general managers and a central planning team of 40
- Own an operating budget of £60m and a capital plan of £8m a year
- Deliver a warehouse management system migration across all sites by 2027
- Cut cost per case by 10% within two years
- Run the annual peak plan with our retail customers
- Manage the agency labour partner and the transport subcontractors

## Essential
- 10+ years in warehouse or distribution operations
- 5 years leading managers of multi-site operations
- Experience of a P&L above £50m
- A track record of delivering a warehouse management system implementation
- Lean Six Sigma Black Belt
- Experience of negotiating with trade unions
- Strong health and safety leadership; NEBOSH General Certificate
- Degree in a business, engineering or supply chain subject

## Desirable
- CILT Chartered Member
- Experience of automation projects (goods-to-person or sortation)
- SAP EWM knowledge
- Experience in grocery retail logistics
- Board-level reporting experience
- Full UK driving licence and willingness to travel between sites
"""

RESUME = """# Morgan Ashby
Wakefield, UK · morgan.ashby@example.com

## Profile
Operations leader with 14 years in warehousing and distribution, most recently running a two-site network.

## Experience

**Head of Operations** — Cardale Logistics Ltd, Leeds | Jan 2020 – present
- Lead 2 site managers and 310 staff across two warehouses
- Budget of £22m; cut cost per case by 7% in two years
- Led the rollout of a new warehouse management system (Manhattan) at one site

**Site Manager** — Cardale Logistics Ltd, Doncaster | Mar 2015 – Dec 2019
- Ran a 24/7 chilled site with 180 staff
- Introduced daily performance boards; pick accuracy 99.6%

**Shift Manager** — Barnsley Foods plc | 2011 – 2015
- Led a night shift of 60 in a grocery distribution centre

## Education
BSc Logistics, Sheffield Hallam University, 2010

## Certifications
Lean Six Sigma Green Belt, 2018
IOSH Managing Safely, 2016

## Languages
English (native)
"""


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, on the test's own database."""
    with served(tmp_path / "data", name="uvicorn-application-height") as url:
        yield url


def _open_application(page: Page, base_url: str) -> None:
    page.goto(base_url + "/applications/new")
    page.get_by_label("Company").fill("Pellow Distribution")
    page.locator("textarea[name=job_text]").fill(JOB)
    page.locator("textarea[name=resume_text]").fill(RESUME)
    page.get_by_role("button", name="Map my fit").click()
    page.wait_for_url("**/applications/*")


def test_a_twenty_requirement_application_fits_in_three_desktop_screens(base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=90_000) as watched:
        page: Page = watched.page
        page.set_viewport_size(DESKTOP)
        _open_application(page, base_url)
        rows = page.locator(".fit-row")
        expect(rows).to_have_count(20)
        concerns = page.locator("article.concern")
        assert concerns.count() >= 3, "the example should raise several concerns"
        height = page.evaluate("document.documentElement.scrollHeight")
        page.screenshot(path=str(SCREENSHOTS / "application-20-requirements.png"), full_page=True,
                        caret="initial")
        assert height < DESKTOP["height"] * SCREENS, f"the page is {height} px high"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

        # A card shows how they may ask and one line per piece of evidence; the why, the plan and
        # the draft fold open, named for the concern they belong to.
        first = concerns.first
        expect(first.locator(".asked")).to_be_visible()
        quotes = first.locator(".concern-quote")
        assert quotes.count() >= 1
        line = quotes.first.evaluate("(item) => parseFloat(getComputedStyle(item).lineHeight)")
        assert quotes.first.evaluate("(item) => item.getBoundingClientRect().height") < line * 1.5
        answer = first.get_by_role("textbox", name="Your answer")
        expect(answer).to_be_hidden()
        title = first.locator("h3").inner_text().split(" ", 1)[1]
        first.get_by_text("Why, an answer plan and a draft").click()
        expect(answer).to_be_visible()
        assert answer.input_value().strip(), "the draft is there to start from"
        expect(first.locator(".plan-label").first).to_be_visible()
        summary = first.locator("summary")
        assert title in summary.evaluate("(item) => item.textContent")
        first.screenshot(path=str(SCREENSHOTS / "application-concern-open.png"), caret="initial")

        # On a phone the cards stack and nothing overflows sideways.
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        concerns.nth(1).screenshot(path=str(SCREENSHOTS / "application-concern-phone.png"),
                                   caret="initial")
        assert not watched.outside and not watched.problems
