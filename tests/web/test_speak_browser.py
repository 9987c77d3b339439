"""The browser journey by voice: Chromium's fake microphone plays an espeak-ng answer, the page
records it with MediaRecorder, Poise transcribes it on this machine, and the question is answered."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from tests.voice.espeak import ESPEAK, speak
from tests.web.live_server import SCREENSHOTS, local_page, served

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")]

SCRIPT = ("[pause 1] When I took over the plant [um] on time delivery was at 80%. I met every shift lead and "
          "[uh] we rebuilt the weekly schedule together with the planners. [um] Within six months we "
          "reached 97% and kept it there for a year. [pause 6]")
TRANSCRIBED_MS = 90_000


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    with served(tmp_path / "data", name="uvicorn-speak") as url:
        yield url


def fake_microphone(tmp_path: Path) -> tuple[str, ...]:
    wav = tmp_path / "answer.wav"
    speak(SCRIPT, wav)
    return ("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={wav}%noloop")


def test_a_practice_question_answered_by_voice(base_url: str, tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with local_page(base_url, timeout_ms=20_000, extra_args=fake_microphone(tmp_path)) as watched:
        page: Page = watched.page
        page.goto(base_url + "/practice")
        page.get_by_label("Competency and situational interview").check()
        page.get_by_label("Practice: feedback after each answer").check()
        page.get_by_role("button", name="Start the interview").click()
        page.wait_for_url(re.compile(r".*/practice/\d+$"))
        speak_box = page.locator("[data-speak]")
        expect(speak_box).to_be_visible()
        expect(speak_box).to_contain_text("the audio never leaves it")
        expect(page.locator("[data-read-aloud]")).not_to_be_checked()
        page.locator("[data-speak-silence]").fill("3")
        page.get_by_role("button", name="Speak", exact=True).click()
        expect(page.get_by_role("button", name="Stop")).to_be_visible()
        expect(page.locator("[data-speak-clock]")).not_to_have_text("0:00", timeout=5_000)
        status = page.locator("[data-speak-status]")
        expect(status).to_contain_text("Transcribed", timeout=TRANSCRIBED_MS)
        answer = page.locator("#answer")
        expect(answer).to_have_value(re.compile(r"plant.*schedule", re.IGNORECASE | re.DOTALL))
        delivery = page.locator(".delivery")
        expect(delivery).to_contain_text("words a minute")
        expect(delivery.locator("svg rect.tl-voice").first).to_be_attached()
        expect(page.locator(".delivery-summary")).to_contain_text("Filled pauses")
        page.locator(".spoken").scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "speak-delivery.png"), full_page=True, caret="initial")

        # The person corrects a misheard word, then sends the transcript like a typed answer.
        corrected = answer.input_value().replace("revealed", "rebuilt")
        answer.fill(corrected)
        page.locator("#answer-form button[type=submit]").click()
        expect(page.locator(".feedback-card")).to_be_visible(timeout=TRANSCRIBED_MS)
        expect(page.locator(".transcript")).to_contain_text("plant")
        assert not watched.outside, watched.outside
        assert not [problem for problem in watched.problems if "favicon" not in problem], watched.problems


def test_a_refused_microphone_is_explained_and_typing_still_works(base_url: str) -> None:
    # A fake microphone exists, but the permission prompt is answered "Block".
    refusing = ("--use-fake-device-for-media-stream", "--deny-permission-prompts")
    with local_page(base_url, timeout_ms=20_000, extra_args=refusing) as watched:
        page: Page = watched.page
        page.goto(base_url + "/analyse")
        page.get_by_role("button", name="Speak", exact=True).click()
        expect(page.locator("[data-speak-status]")).to_contain_text("The microphone is blocked for this page")
        page.locator("#answer").fill("I led the migration and we cut costs by 20% in a year.")
        page.locator("#answer").press("End")  # htmx judges on keyup
        expect(page.locator("#report .score-number")).to_be_visible(timeout=TRANSCRIBED_MS)
        page.locator("[data-speak]").scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "speak-refused.png"), full_page=False, caret="initial")
