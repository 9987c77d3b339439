"""The coach's review in real Chromium, a candidate and a coach in two browser contexts: the
candidate shares, the coach comments on an answer, the candidate sees the comment, the candidate
stops sharing, and the coach sees nothing any more."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
from tests.web.live_server import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, served

from poise.services.accounts import add_user
from poise.services.practice import answer_practice, start_practice
from poise.settings import Settings
from poise.store.db import Database
from poise.store.models import Application
from poise.store.repositories import ApplicationRepository
from poise.store.scope import Scope

pytestmark = pytest.mark.browser

SLOW_MS = 90_000
PASSWORD = "a long enough password"
COMPANY = "Harbourline Freight"
ANSWER = ("In 2023 I took over a depot where a third of the vans left late. I rebuilt the loading "
          "plan with the two shift leads and by March on-time departures reached 97%.")
QUOTE = "rebuilt the loading plan"
COMMENT = "Good: say how many people the plan changed things for."


def _seed(settings: Settings) -> int:
    """The accounts, and the candidate's application with a practice session of one answer."""
    with Database.open(settings) as db:
        add_user(db, "admin@example.org", role="admin", password=PASSWORD)
        candidate = add_user(db, "alice@example.org", role="candidate", password=PASSWORD,
                             name="Alice Moreau")
        add_user(db, "carol@example.org", role="coach", password=PASSWORD, name="Carol Diaz")
        own = db.scoped(Scope(candidate.id))
        with own.session() as session:
            application = ApplicationRepository(session).add(
                Application(company=COMPANY, title="Head of Fleet Operations"))
            application_id = application.id
        step = start_practice(own, interview_format="biographical", application_id=application_id,
                              seed=3)
        answer_practice(own, step.session_id, ANSWER, seconds=50.0)
        return step.session_id


def _sign_in(browser: Browser, base: str, email: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.route("**/*", lambda route, request: route.continue_() if request.url.startswith(base)
               else route.abort())
    page.set_default_timeout(SLOW_MS)
    page.goto(base + "/")
    expect(page).to_have_url(base + "/login?next=%2F")
    page.get_by_label("E-mail").fill(email)
    if email.startswith("alice"):
        _shot(page, "00-sign-in")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base + "/")
    return context, page


def _shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"review-{name}.png"), full_page=True, caret="initial")


def test_candidate_shares_coach_comments_candidate_revokes(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing; install it with: apt-get install -y chromium")
    settings = Settings(data_dir=tmp_path / "data", database_url="", mode="organisation")
    session_id = _seed(settings)
    with served(tmp_path, name="poise-review", settings=settings) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            _, alice = _sign_in(browser, base, "alice@example.org")
            _, carol = _sign_in(browser, base, "carol@example.org")

            # Before any share, the coach has nothing.
            carol.goto(base + "/coach")
            expect(carol.get_by_text("No candidate has shared anything with you yet.")).to_be_visible()

            alice.get_by_role("link", name="Sharing").click()
            alice.get_by_label("Coach").select_option("carol@example.org")
            alice.get_by_role("button", name="Share").click()
            expect(alice.get_by_role("status")).to_contain_text("Shared.")
            expect(alice.get_by_role("cell", name="Carol Diaz")).to_be_visible()
            _shot(alice, "01-candidate-shared")

            carol.reload()
            carol.get_by_role("link", name=f"{COMPANY} – Head of Fleet Operations").click()
            carol.get_by_role("link", name=f"Session {session_id}: biographical").click()
            expect(carol.get_by_text(ANSWER)).to_be_visible()
            carol.locator("#quote-1").fill(QUOTE)
            carol.locator("#body-1").fill(COMMENT)
            carol.get_by_role("button", name="Comment on turn 1").click()
            expect(carol.locator(".coach-comment")).to_contain_text(COMMENT)
            _shot(carol, "02-coach-commented")

            alice.goto(f"{base}/practice/{session_id}/report")
            comment = alice.locator(".coach-comment")
            expect(comment).to_contain_text("Coach Carol Diaz says:")
            expect(comment).to_contain_text(QUOTE)
            expect(comment).to_contain_text(COMMENT)
            _shot(alice, "03-candidate-sees-comment")

            alice.goto(base + "/sharing")
            expect(alice.get_by_role("cell", name="carol@example.org").first).to_be_visible()
            expect(alice.get_by_text(f"viewed practice session {session_id}").first).to_be_visible()
            alice.get_by_role("button", name="Stop sharing").click()
            expect(alice.get_by_role("status")).to_contain_text("Stopped sharing.")
            _shot(alice, "04-candidate-revoked")

            carol.goto(base + "/coach")
            expect(carol.get_by_text("No candidate has shared anything with you yet.")).to_be_visible()
            expect(carol.get_by_text(COMPANY)).to_have_count(0)
            response = carol.goto(f"{base}/coach/shares/1/sessions/{session_id}")
            assert response is not None and response.status == 404
            expect(carol.get_by_text(ANSWER)).to_have_count(0)
            _shot(carol, "05-coach-sees-nothing")

            _, admin = _sign_in(browser, base, "admin@example.org")
            admin.get_by_role("link", name="Admin").click()
            expect(admin.get_by_role("cell", name="carol@example.org", exact=True)).to_be_visible()
            _shot(admin, "06-admin")
            response = alice.goto(base + "/admin")
            assert response is not None and response.status == 404
        finally:
            browser.close()
