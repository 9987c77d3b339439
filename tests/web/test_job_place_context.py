"""The application page and the fit's JSON show where the job is and how the work is done, kept
apart (issue 12, item 1): "Boulder, CO · Hybrid" from an advert's header line."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.followup.application import read_fit
from poise.services.fit import build_fit
from poise.web.contexts.application import job_place

RESUME = """# Sam Ortiz
Denver, CO | sam@example.com

## Experience
**Marketing Manager** — Pinecrest Gear Inc.
Mar 2016 – present
- Led a team of 12 marketers.
"""

JOB = ("# Marketing Director\n\n**Larchmont Outdoor Co.** — Boulder, CO (hybrid: two office days)\n\n"
       "## Requirements\n- Ten years in consumer marketing.\n")


def test_the_fit_stores_and_the_page_shows_the_jobs_place_and_way_of_working() -> None:
    stored = build_fit(JOB, RESUME, today=TODAY).to_dict()
    assert (stored["job_location"], stored["work_mode"]) == ("Boulder, CO", "Hybrid")
    assert job_place(read_fit(stored)) == "Boulder, CO · Hybrid"


def test_a_fit_stored_before_the_place_was_read_shows_nothing() -> None:
    stored = build_fit(JOB, RESUME, today=TODAY).to_dict()
    del stored["job_location"], stored["work_mode"]
    assert job_place(read_fit(stored)) == ""
