"""An essential line asking a professional body's national credential that the résumé names
nowhere: a certification concern (``recognition.unheld_credential_draft``), never when the record
names the credential, when the line is only desirable, or when the line names no national
credential."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.recognition import recognition_draft, unheld_credential_draft
from poise.fit.concerns.wording import word_drafts
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Plant Engineering Director — Norvale Castings
Location: Hamilton, Ontario

## Requirements
- {asked}
- Fifteen years in foundry or heavy manufacturing, five of them leading managers.
"""

RESUME = """# Dana Ferreira
Porto, Portugal

## Experience
### Engineering Manager — Fundição do Norte, Porto
Mar 2014 – present
- Led 60 engineers and technicians; cut unplanned downtime by 31% in two years.

## Qualifications
- {held}
"""


def _context(asked: str, held: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(JOB.format(asked=asked)), read_resume(RESUME.format(held=held), today=TODAY),
                   empty, patterns_for(None))


def _line(context: Context, words: str):
    return next(requirement for requirement in context.job.requirements if words in requirement.text)


def test_an_essential_national_registration_not_held_is_a_certification_concern() -> None:
    context = _context("Licensed as a Professional Engineer with Professional Engineers Ontario.",
                       "MSc Mechanical Engineering, University of Porto, 2009")
    requirement = _line(context, "Professional Engineers Ontario")
    draft = unheld_credential_draft(requirement, None, context)
    assert draft is not None and draft.kind == "certification_level" and draft.variant == "unheld"
    concern = word_drafts([draft], context)[0]
    assert "Professional Engineers Ontario" in concern.title
    assert concern.answer_plan.acknowledge.startswith("That is right: I do not hold")
    assert "90 days" in concern.answer_plan.plan


def test_the_registration_named_on_the_record_raises_none() -> None:
    context = _context("Licensed as a Professional Engineer with Professional Engineers Ontario.",
                       "Licensed, Professional Engineers Ontario (2019)")
    assert unheld_credential_draft(_line(context, "Ontario"), None, context) is None


def test_another_places_credential_of_the_field_is_left_to_recognition() -> None:
    context = _context("Licensed as a Professional Engineer with Professional Engineers Ontario.",
                       "Chartered Engineer (CEng), Engineering Council, 2012")
    requirement = _line(context, "Ontario")
    assert unheld_credential_draft(requirement, None, context) is None
    assert recognition_draft(requirement, None, context) is not None


def test_a_desirable_credential_or_a_line_naming_none_raises_none() -> None:
    context = _context("Licensed with Professional Engineers Ontario would be an advantage.",
                       "MSc Mechanical Engineering, University of Porto, 2009")
    requirement = _line(context, "Ontario")
    assert not requirement.must
    assert unheld_credential_draft(requirement, None, context) is None
    # a professional qualification asked without naming any body's credential
    context = _context("A recognised engineering degree and professional standing.",
                       "MSc Mechanical Engineering, University of Porto, 2009")
    assert unheld_credential_draft(_line(context, "recognised"), None, context) is None
