"""The application page shows the rest of the résumé's reading (issue 12, item 1): the town read
from an address, a gap since the last role, education, certifications and languages."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.followup.application import read_fit
from poise.services.fit import build_fit
from poise.web.contexts.application import resume_facts, resume_rows

RESUME = """# Mia Tran
Glebe NSW 2037 | 0400 000 000 | mia@example.com.au

## Experience
**Operations Manager** — Harbour Freight Pty Ltd
Mar 2016 – Jan 2024
- Led 40 staff across two depots.

## Education
- Executive MBA (in progress – expected 2027), Bay School of Business @ Harbour University
- Bachelor of Commerce, Harbour University, 2008

## Certifications
- HCPC Registered Physiotherapist
- Member of the Rotary Club
- Attended "Leading Through Change" workshop – 2021

## Languages
English (native), Vietnamese (B2)
"""

JOB = "# Depot Manager\n\n## Requirements\n- Five years leading warehouse teams.\n"


def test_the_page_shows_the_place_the_gap_and_the_qualifications_read() -> None:
    stored = read_fit(build_fit(JOB, RESUME, today=TODAY).to_dict()).resume
    facts = dict(resume_facts(stored))
    assert facts["Location"] == "Sydney (Glebe), NSW"
    assert facts["Education"].startswith("Executive MBA (in progress")
    assert facts["Certifications"] == "HCPC Registered Physiotherapist"
    assert facts["Languages"] == "English (native), Vietnamese (B2)"
    rows = resume_rows(stored)
    assert (rows[0].kind, rows[0].dates, rows[0].title) == (
        "gap", "Feb 2024 – present", "Time since the last role")
