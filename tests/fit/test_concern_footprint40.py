"""A career in one country for an employer across several: raised when every role and the
address lie in one country, the post in another, and the advert names or counts several
countries its employer works in; never when the record shows work across borders or in the
post's country, nor for an employer at home in one country. And a safety practitioner's
certificate of another country's body, for the one asked, needs recognition."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.footprint import footprint_draft
from poise.fit.concerns.model import Context
from poise.fit.concerns.recognition import recognition_needed
from poise.fit.concerns.wording import word_drafts
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Operations Director
Brightwell Foods | Lyon, France | Permanent

## About us
{about}

## Requirements
- {asked}
- Twelve years in food manufacturing, five of them leading a site.
"""

RESUME = """# Alex Moreau
{home}

## Experience
### Site Manager — Harbourside Dairies, {town}
Mar 2015 – present
- Led 240 staff across three shifts; cut waste by 18% in two years.
{extra}
### Production Manager — Valley Creamery, {town}
Jan 2009 – Feb 2015
- Ran two packing halls and a team of 60.
"""

GROUP = "Brightwell runs eleven factories in 9 countries and sells to retailers across Europe."


def _context(about: str = GROUP, home: str = "Porto, Portugal", town: str = "Porto",
             extra: str = "", asked: str = "Experience of continuous improvement.") -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    job = JOB.format(about=about, asked=asked)
    resume = RESUME.format(home=home, town=town, extra=extra)
    return Context(read_job(job), read_resume(resume, today=TODAY), empty, patterns_for(None))


def test_a_one_country_career_for_a_group_in_several_countries_is_raised() -> None:
    context = _context()
    draft = footprint_draft(context)
    assert draft is not None and draft.kind == "domestic_only"
    assert draft.variant == "footprint"
    assert "9 countries" in draft.job_line
    concern = word_drafts([draft], context)[0]
    assert "Portugal" in concern.why


def test_named_countries_of_the_group_count_as_its_spread() -> None:
    context = _context(about="Brightwell has plants in France, Spain and Italy.")
    assert footprint_draft(context) is not None


def test_an_employer_in_one_country_raises_nothing() -> None:
    context = _context(about="Brightwell is a family firm with two plants near Lyon.")
    assert footprint_draft(context) is None


def test_a_benefit_naming_countries_is_no_spread() -> None:
    # a line about relocation help names countries, but not where the employer works
    context = _context(about="Relocation help from Spain, Italy or Belgium is on offer.")
    assert footprint_draft(context) is None


def test_a_record_across_borders_answers_it() -> None:
    context = _context(extra="- Opened supply routes with plants in Spain and Germany.\n")
    assert footprint_draft(context) is None


def test_work_in_the_posts_country_answers_it() -> None:
    context = _context(extra="- Seconded for a year to the Paris plant, France.\n")
    assert footprint_draft(context) is None


def test_a_career_in_the_posts_country_raises_nothing() -> None:
    context = _context(home="Grenoble, France", town="Grenoble")
    assert footprint_draft(context) is None


def test_a_safety_certificate_of_another_countrys_body_needs_recognition() -> None:
    context = _context(asked="Certificate IV in Work Health and Safety or higher.",
                       extra="- Holds SAMTRAC (2011), renewed through the site's safety school.\n")
    requirement = next(item for item in context.job.requirements if "Certificate IV" in item.text)
    found = recognition_needed(requirement, context)
    assert found is not None and (found[0].name, found[1].name) == (
        "Certificate IV in Work Health and Safety", "SAMTRAC")


def test_the_safety_certificate_asked_answers_it() -> None:
    context = _context(asked="NEBOSH General Certificate or SAMTRAC.",
                       extra="- Holds SAMTRAC (2011).\n")
    requirement = next(item for item in context.job.requirements if "NEBOSH" in item.text)
    assert recognition_needed(requirement, context) is None
