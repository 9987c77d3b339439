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


def test_the_lines_set_aside_of_a_bilingual_advert_are_stored_and_read_back() -> None:
    french = ("# Directeur marketing\n\n## Vos missions\n"
              "- Diriger une équipe de douze personnes et piloter le budget de la marque\n"
              "- Définir la stratégie de la marque pour le Canada et les États-Unis\n"
              "- Assurer le suivi des ventes avec les équipes de la direction commerciale\n")
    english = JOB + ("- Lead a team of twelve and run the brand's budget.\n"
                     "- Set the brand's strategy for Canada and the United States.\n"
                     "- Follow the sales with the teams of the commercial director.\n")
    stored = build_fit(french + "\n" + english, RESUME, today=TODAY).to_dict()
    assert stored["set_aside"].startswith("5 lines in French set aside")
    assert read_fit(stored).set_aside == stored["set_aside"]
    assert read_fit({}).set_aside == ""
