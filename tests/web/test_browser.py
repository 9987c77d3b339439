"""One real browser walk: home → question bank (filtered) → analyse with the live htmx report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.web.live_server import SCREENSHOTS, local_page, served

BANK_QUESTION = "failures.biggest_failure"
WEAK_FAILURE_ANSWER = (
    "Honestly it was not really my fault. The team let me down and the client kept changing "
    "things, so basically the project failed. We did our best, you know, and I am a "
    "perfectionist, so I worked very hard on it."
)
# The answer as the report shows it, minus the sentence-role labels.
SHOWN_ANSWER_IS = """(expected) => {
  const shown = document.querySelector("#report .answer-text");
  if (!shown) return false;
  const copy = shown.cloneNode(true);
  copy.querySelectorAll(".role").forEach((label) => label.remove());
  return copy.textContent === expected;
}"""
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
# The first analysis may wait for the language models to load.
REPORT_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.browser




@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    """A real uvicorn server on a free loopback port, on the test's own database."""
    with served(tmp_path / "data", name="uvicorn-test") as url:
        yield url


def test_walk_home_questions_and_live_analysis(base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=15_000) as watched:
        page: Page = watched.page

        # Home
        page.goto(base_url + "/")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
        expect(page.get_by_role("heading", name="How to prepare")).to_be_visible()
        page.screenshot(path=str(SCREENSHOTS / "home-empty.png"), full_page=True)

        # Question bank, filtered by a family with the plain GET form
        nav.get_by_role("link", name="Question bank").click()
        expect(page.locator(".question")).to_have_count(213, timeout=15_000)
        page.get_by_label("Family").select_option("failures")
        page.get_by_role("button", name="Show questions").click()
        page.wait_for_url("**/questions?family=failures*")
        cards = page.locator(".question")
        count = cards.count()
        assert 0 < count < 213
        expect(page.locator(".meta dd a", has_text="Mistakes and failures")).to_have_count(
            count
        )
        first = cards.first
        first.locator("summary", has_text="What they are really asking").click()
        expect(first.locator("details").first).to_have_attribute("open", "")
        page.screenshot(path=str(SCREENSHOTS / "questions.png"), full_page=True)

        # Analyse: pick a bank question, type a weak answer, wait for the live report
        nav.get_by_role("link", name="Analyse", exact=True).click()
        page.wait_for_url("**/analyse")
        page.get_by_label("Question from the bank").select_option(BANK_QUESTION)
        answer = page.get_by_role("textbox", name="Your answer")
        answer.click()
        answer.press_sequentially(WEAK_FAILURE_ANSWER, delay=2)
        # Wait until the report is for the whole answer, not a partial one typed so far.
        page.wait_for_function(
            SHOWN_ANSWER_IS, arg=WEAK_FAILURE_ANSWER, timeout=REPORT_TIMEOUT_MS
        )
        highlighted = page.locator("#report .answer-text mark.sev-high")
        expect(highlighted.first).to_be_visible()
        assert highlighted.first.get_attribute("title")
        expect(page.locator("#report .finding").first).to_be_visible()
        expect(page.locator("#report .top-fixes li")).to_have_count(3)
        # The live update never reloaded the page or touched what was typed.
        assert page.url.endswith("/analyse")
        expect(answer).to_have_value(WEAK_FAILURE_ANSWER)
        expect(answer).to_be_focused()
        page.mouse.move(0, 0)
        page.screenshot(path=str(SCREENSHOTS / "analyse.png"), full_page=True)

        # On a phone-sized screen nothing overflows sideways.
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        page.goto(base_url + "/questions?family=failures")
        assert page.evaluate(NO_SIDEWAYS_SCROLL)

    assert watched.outside == [], f"requests left the machine: {watched.outside}"
    assert watched.problems == [], watched.problems
