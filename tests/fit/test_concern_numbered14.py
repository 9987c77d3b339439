"""A qualification asked at a numbered level against the numbered levels the résumé holds."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.numbered import levels_in, numbered_level_draft
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Head of Adult Services

## Essential criteria
- A leadership qualification at Level 7, or working towards one.
- Experience of leading a service of 200 staff.
"""

RESUME = """# Dana Okafor
Leeds, UK

## Experience
### Service Manager — Brightwater Care, Leeds
Jan 2015 – present
- Led a service of 120 staff across four sites.

## Education
{education}
"""


def _context(education: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(JOB), read_resume(RESUME.format(education=education), today=TODAY),
                   empty, patterns_for(None))


def test_levels_are_read_only_beside_a_qualification() -> None:
    assert levels_in("Level 5 Diploma in Leadership, 2018") == [5]
    assert levels_in("Office on level 3 of the civic centre") == []


def test_a_lower_numbered_level_held_raises_a_level_concern() -> None:
    draft = numbered_level_draft(_context("- Level 5 Diploma in Leadership and Management, 2018"))
    assert draft is not None and draft.kind == "certification_level"
    assert draft.values["cert"] == "a Level 7 qualification"
    assert draft.values["cert_have"] == "Level 5 Diploma in Leadership and Management"


def test_the_level_asked_or_a_masters_degree_answers_it() -> None:
    assert numbered_level_draft(_context("- Level 7 Diploma in Strategic Leadership, 2021")) is None
    assert numbered_level_draft(_context("- Level 5 Diploma in Leadership, 2012\n"
                                         "- MBA, Northern Business School, 2019")) is None


def test_a_resume_naming_no_level_is_left_to_the_fit_map() -> None:
    assert numbered_level_draft(_context("- BSc Social Work, 2009")) is None
