"""The job title a letter and the application list use: the advert's labels and notes gone."""

from __future__ import annotations

import pytest

from poise.fit.job_reader import read_job
from poise.fit.job_title import tidy_title


@pytest.mark.parametrize(("raw", "location", "expected"), [
    ("Vacancy: Head of Logistics (m/w/d)", "", "Head of Logistics"),
    ("Job Description – Director of Nursing", "", "Director of Nursing"),
    ("Leiter:in Einkauf / Head of Procurement (m/f/d) – 80–100%", "", "Head of Procurement"),
    ("Responsable Qualité / Quality Director (H/F)", "", "Quality Director"),
    ("Area Manager – Retail | Leeds", "", "Area Manager – Retail"),
    ("HEAD OF IT AND DATA", "", "Head of IT and Data"),
    ("SITE DIRECTOR – Packaging Plant", "", "Site Director – Packaging Plant"),
    ("Operations Manager – Aberdeen, Scotland", "Aberdeen, Scotland", "Operations Manager"),
    ("Director of Care (Harrogate)", "Harrogate", "Director of Care"),
    # a part after a dash that is not where the job is stays: it says what the post covers
    ("General Manager – Community Hospitals", "Harrogate", "General Manager – Community Hospitals"),
    # both halves in English: two names of one post, kept whole
    ("Vice President, Care Services / Chief Nursing Officer", "",
     "Vice President, Care Services / Chief Nursing Officer"),
])
def test_tidy_title(raw: str, location: str, expected: str) -> None:
    assert tidy_title(raw, location) == expected


def test_the_read_job_carries_the_tidy_title() -> None:
    job = read_job("# Hiring: CHIEF FINANCIAL OFFICER (m/f/d) | Graz\n\nLocation: Graz, Austria\n\n"
                   "## Your profile\n- 10 years in finance leadership\n- IFRS reporting\n")
    assert job.title == "Chief Financial Officer"
    assert job.level  # the level is still read from the title's words
