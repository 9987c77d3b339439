"""Screenshots of home, applications, stories, brief, quiz and settings with realistic seeded data.

Not a test (pytest does not collect it). Run from the repository root:

    .venv/bin/python tests/web/screenshots_applications.py [--out docs/screenshots]

It seeds a fresh database in a temporary folder (a director-level application, stories, key facts,
three finished mock interviews), serves the app on a free loopback port, and drives Debian's
chromium with playwright (never ``playwright install``).
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date, timedelta
from pathlib import Path

# Run as a script, this folder is on the path: the live server and Chromium settings are the tests'.
from live_server import CHROMIUM, CHROMIUM_ARGS, served
from playwright.sync_api import Page, expect, sync_playwright

from poise.content.loader import knowledge_base
from poise.prep.quiz import clean_fact
from poise.prep.stories import StoryDraft
from poise.services.fit import create_application
from poise.services.followup import record_debrief
from poise.services.practice import answer_practice, start_practice
from poise.services.prep import add_facts
from poise.services.stories import create_story
from poise.settings import Settings
from poise.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LIVE_TIMEOUT_MS = 90_000

JOB = """# Director of Operations, Northern Europe

## About Nordlys Logistics
Nordlys is a third-party logistics company with 2,300 employees and eleven warehouses in
Denmark, Sweden and Norway. We grew revenue by 14% last year and are opening a fourth
Swedish site in 2027.

## The role
- Lead the operations of four warehouses (about 320 people) through four site managers.
- Own an operating budget of €38M and report monthly to the COO and twice a year to the board.
- Lead the move from paper picking to voice picking across all sites within 18 months.

## Requirements
- At least 10 years in warehouse or distribution operations, 5 of them leading managers.
- Proven change management experience across several sites.
- Hands-on experience with SAP EWM.
- Lean Six Sigma Green Belt certification required.
- Fluent English; a Scandinavian language is an advantage.

## Nice to have
- Experience in e-commerce fulfilment.
- Experience working with works councils.
"""

RESUME = """# Alex Morgan
Senior Operations Manager · Gothenburg, Sweden

## Summary
Operations leader with 13 years in retail distribution, currently running a 140-person
distribution centre for 210 stores.

## Experience

### Senior Operations Manager — Hemma Retail, Gothenburg
Apr 2019 – present
- Lead a distribution centre of 140 people through three shift managers.
- Own a €9M operating budget; cut cost per order by 17% in two years.
- Rolled out Manhattan WMS to the site and trained 60 pickers in six weeks.
- Present performance to the retail executive team every quarter.

### Operations Manager — Hemma Retail, Borås
Jan 2015 – Mar 2019
- Ran inbound and returns with 45 people; raised on-time dispatch from 91% to 98%.
- Led the merger of two returns teams into one.

### Shift Lead — Nordic Foods, Malmö
Jun 2011 – Dec 2014
- Led night shifts of 20 people in a chilled warehouse.

## Education
MSc Logistics and Supply Chain Management, Chalmers University, 2011

## Languages
English (fluent), Swedish (fluent), German (basic)
"""

STORIES = (
    StoryDraft(
        "Borås dispatch turnaround",
        "In 2016 our Borås site dispatched only 91% of store orders on time and two regional "
        "managers had escalated it to the retail director.",
        "I mapped the late orders with my three team leads and found that 60% came from one "
        "loading bay. I rebuilt the wave plan, moved two people to the bay at peak and set a "
        "fifteen-minute stand-up each morning to clear the backlog.",
        "Within four months on-time dispatch reached 98% and stayed there for three years; store "
        "complaints fell by half.",
        "Fix the flow before adding people.",
        ("results_achievements", "organising"),
    ),
    StoryDraft(
        "Merging the returns teams",
        "In 2018 Hemma decided to merge the two returns teams in Borås, 30 people with different "
        "shifts and two team leads who did not get on.",
        "I met every person one to one, agreed one shift pattern with both team leads and the "
        "union representative, and let the team design the new layout themselves.",
        "We merged in six weeks with no one leaving, and returns processing time fell from five "
        "days to two.",
        "",
        ("team_relationships", "leader_qualities"),
    ),
    StoryDraft(
        "WMS roll-out in Gothenburg",
        "In 2021 we replaced a fifteen-year-old warehouse system in a 140-person site without "
        "stopping deliveries to 210 stores.",
        "I set up a project team of six super-users, planned the cut-over for the quietest week "
        "and trained 60 pickers in six weeks. I negotiated a €400k budget with the CFO for "
        "scanners and extra temporary staff.",
        "We went live on time with 99.2% order accuracy in the first week and cut cost per order "
        "by 17% over two years.",
        "Invest in the super-users early.",
        ("innovative_thinking", "goals_plans"),
    ),
)

FACTS = (
    ("Number of Nordlys warehouses", "eleven"),
    ("Countries Nordlys operates in", "Denmark, Sweden and Norway"),
    ("Nordlys revenue growth last year", "14%"),
    ("Year the fourth Swedish site opens", "2027"),
)

# Answers of rising quality: the first session is vague, the last concrete and owned.
WEAK = (
    "We basically did a lot of stuff and I think it went kind of well. The team was happy, you "
    "know, and I am a perfectionist and a team player, so it was fine in the end."
)
MIDDLE = (
    "Last year our distribution centre was late on many orders. We looked at the problem as a "
    "team and changed the wave plan and the staffing at peak. Things improved after a few "
    "months and the stores were happier with us."
)
STRONG = (
    "In 2021 our Gothenburg site shipped 9% of store orders late. I mapped the late orders with "
    "my three shift managers, rebuilt the wave plan and moved two people to the busiest bay at "
    "peak. I also set a fifteen-minute stand-up each morning. Within four months my team had "
    "cut late orders to 2% and saved €300k a year."
)
PAUSE = "Is there anything about me or my experience that gives you pause?"
CONCERN_REPLY = (
    "That's a fair point: I have not led a site this size yet. I run 140 people through three "
    "shift managers and a €9M budget, and I hit it three years running. In my first 30 days I "
    "would meet every site manager and by day 90 I would have a weekly rhythm in place. Does "
    "that address your concern?"
)
DONE = "No more questions, thank you."
SESSIONS = (("competency", WEAK), ("panel", MIDDLE), ("competency", STRONG), ("stress", STRONG))

LIVE_CONCERN_ANSWER = (
    "I understand the question: I have led 140 people, not 320. At Hemma I lead through three "
    "shift managers and own a €9M budget, which I cut by 17%. In my first 30 days I would meet "
    "each site manager, and by day 90 we would run a weekly operations review. Would that give "
    "you confidence?"
)
LIVE_STORY = StoryDraft(
    "Peak season at Gothenburg",
    "In 2022 we expected 40% more orders at Christmas and the site had missed its peak targets "
    "the year before.",
    "I planned the peak with my three shift managers from August, hired 35 temporary pickers "
    "early and trained them on the quiet September weeks. I set a daily dashboard and I "
    "approved a €250k budget for weekend shifts.",
    "We shipped 99% of peak orders on time and came in €80k under budget.",
    "Start peak planning in summer.",
    ("organising",),
)


def seed(settings: Settings) -> dict[str, int]:
    """Fill a fresh database with one person's preparation; returns the ids the pages need."""
    kb = knowledge_base()
    db = Database.open(settings)
    try:
        main = create_application(db, company="Nordlys Logistics",
                                  title="Director of Operations, Northern Europe",
                                  job_text=JOB, resume_text=RESUME)
        second = create_application(db, company="Halden Freight", title="Head of Logistics",
                                    job_text=JOB.replace("Nordlys", "Halden"), resume_text=RESUME)
        for draft in STORIES:
            create_story(db, draft, application_id=main.id, kb=kb)
        add_facts(db, main.id, [clean_fact(prompt, answer) for prompt, answer in FACTS])
        for interview_format, answer in SESSIONS:
            _practise(db, main.id, interview_format, answer)
        held = date.today() - timedelta(days=1)
        record_debrief(db, main.id, {
            "date": held.isoformat(),
            "round": 1,
            "interviewers": [{"name": "Maria Lund", "role": "COO"}],
            "questions": [{"question_id": "stress_resistance.why_hire_you", "rating": 4}],
            "concerns": [{"text": "Has not led a site of 300 people", "handled": "partly"}],
            "promises": [],
            "next_step": {"what": "a panel with the CEO", "by": (held + timedelta(days=9)).isoformat()},
        }, kb=kb)
        return {"application": main.id, "second": second.id}
    finally:
        db.close()


def _practise(db: Database, application_id: int, interview_format: str, answer: str) -> None:
    """One mock interview to its end: every question answered with ``answer``, then the closing."""
    kb = knowledge_base()
    step = start_practice(db, interview_format=interview_format, application_id=application_id,
                          seed=7, kb=kb)
    for _ in range(40):
        if step.prompt.kind == "closing" or step.ended:
            break
        step = answer_practice(db, step.session_id, answer, seconds=75, kb=kb)
    for line in (PAUSE, CONCERN_REPLY, DONE):
        if step.ended:
            break
        step = answer_practice(db, step.session_id, line, seconds=40, kb=kb)


def _shot(page: Page, out: Path, name: str) -> None:
    page.mouse.move(0, 0)
    page.screenshot(path=str(out / name), full_page=True)
    print(f"wrote {out / name}")


def capture(base: str, ids: dict[str, int], out: Path) -> None:
    """Drive chromium through every page and save the screenshots in ``out``."""
    application = f"{base}/applications/{ids['application']}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=DESKTOP)
            page.set_default_timeout(LIVE_TIMEOUT_MS)

            page.goto(f"{base}/")
            expect(page.locator("svg.progress-chart").first).to_be_visible()
            _shot(page, out, "home.png")

            page.goto(f"{base}/applications/new")
            _shot(page, out, "application-new.png")

            page.goto(application)
            page.locator("#concern-1 summary").click()
            answer = page.locator("#concern-1-answer")
            answer.fill(LIVE_CONCERN_ANSWER)
            answer.press("End")
            expect(page.locator("#concern-1-report .score-number")).to_be_visible()
            _shot(page, out, "application.png")

            page.goto(f"{base}/stories?application_id={ids['application']}")
            _shot(page, out, "stories.png")

            page.goto(f"{base}/stories/new?application_id={ids['application']}")
            page.get_by_label("Title").fill(LIVE_STORY.title)
            page.get_by_label("Organising self and others").check()
            for name, text in (("circumstances", LIVE_STORY.circumstances),
                               ("actions", LIVE_STORY.actions), ("results", LIVE_STORY.results),
                               ("lesson", LIVE_STORY.lesson or "")):
                field = page.locator(f"#story-{name}")
                field.fill(text)
            page.locator("#story-lesson").press("End")
            expect(page.locator("#story-feedback .score-number")).to_be_visible()
            expect(page.locator("#story-feedback .calibration")).to_be_visible()
            page.wait_for_timeout(600)
            _shot(page, out, "story-editor.png")

            page.goto(f"{application}/brief")
            page.frame_locator("iframe.brief-frame").locator("h1").first.wait_for()
            _shot(page, out, "brief.png")

            page.goto(f"{application}/quiz")
            page.locator("#quiz-answer").fill("ten")
            page.get_by_role("button", name="Check").click()
            expect(page.locator(".quiz-result")).to_be_visible()
            _shot(page, out, "quiz.png")

            page.goto(f"{base}/settings")
            _shot(page, out, "settings.png")

            phone = browser.new_page(viewport=PHONE)
            phone.set_default_timeout(LIVE_TIMEOUT_MS)
            phone.goto(f"{base}/")
            _shot(phone, out, "home-phone.png")
            phone.goto(application)
            _shot(phone, out, "application-phone.png")
        finally:
            browser.close()


def main() -> None:
    """Seed, serve, capture."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="poise-screenshots-") as folder:
        settings = Settings(data_dir=Path(folder), database_url="")
        ids = seed(settings)
        with served(settings.data_dir, name="poise-screenshots") as base:
            capture(base, ids, args.out)


if __name__ == "__main__":
    main()
