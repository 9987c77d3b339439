"""A credential another country's or province's body must recognise: raised when the record holds
another place's credential of the field asked, never when it holds the one asked, a home body's
alternative, or no credential of that field."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.recognition import credentials_in, recognition_draft, recognition_needed
from poise.fit.concerns.wording import word_drafts
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.resume_reader import read_resume

JOB = """# Head of Finance — Harbour Mutual
Location: Cork, Ireland

## About us
Harbour Mutual lends to its members across Munster.

## Requirements
- {asked}
- Ten years in retail lending, five of them leading a team.
"""

RESUME = """# Morgan Hale
Leeds, United Kingdom

## Experience
### Lending Director — Pennine Homes Society, Leeds
Mar 2015 – present
- Led 30 underwriters; cut arrears from 2.1% to 1.3% in two years.

## Qualifications
- {held}
"""


def _context(asked: str, held: str) -> Context:
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    job = JOB.format(asked=asked)
    resume = RESUME.format(held=held)
    return Context(read_job(job), read_resume(resume, today=TODAY), empty, patterns_for(None))


def _line(context: Context, words: str):
    return next(requirement for requirement in context.job.requirements if words in requirement.text)


def test_another_countrys_advice_qualification_is_a_recognition_to_plan() -> None:
    context = _context("QFA or an equivalent qualification recognised by the Central Bank.",
                       "Certificate in Mortgage Advice and Practice (CeMAP), 2009")
    requirement = _line(context, "QFA")
    found = recognition_needed(requirement, context)
    assert found is not None
    asked, held, line = found
    assert (asked.name, held.name) == ("QFA", "CeMAP")
    assert "CeMAP" in line.text  # the résumé's own credential line is quoted
    draft = recognition_draft(requirement, None, context)
    assert draft is not None and draft.kind == "certification_level"
    assert draft.variant == "recognition"
    concern = word_drafts([draft], context)[0]
    assert "CeMAP" in concern.title and "QFA" in concern.title
    # the answer is the candidate's own, in the first person, with a dated plan
    assert concern.answer_plan.acknowledge.startswith("That is right: I hold CeMAP")
    assert "90 days" in concern.answer_plan.plan


def test_an_accountancy_body_of_another_country_needs_recognition() -> None:
    context = _context("Registration as a Chartered Accountant (CA(SA)) with SAICA.",
                       "Associate Chartered Management Accountant (ACMA), CIMA, 2006")
    found = recognition_needed(_line(context, "SAICA"), context)
    assert found is not None and found[1].name == "CIMA"


def test_a_province_designation_held_in_another_province_needs_recognition() -> None:
    context = _context("The CHRL designation, in good standing with HRPA.",
                       "CRHA, Ordre des conseillers en ressources humaines agréés, 2012")
    found = recognition_needed(_line(context, "CHRL"), context)
    assert found is not None
    assert (found[0].state, found[1].state) == ("Ontario", "Quebec")


def test_the_credential_asked_on_the_record_answers_the_line() -> None:
    # near miss: the record holds the foreign credential and the one asked as well
    context = _context("QFA or an equivalent qualification recognised by the Central Bank.",
                       "CeMAP (2009); Qualified Financial Adviser (QFA), 2021")
    assert recognition_needed(_line(context, "QFA"), context) is None


def test_a_home_body_among_the_alternatives_is_no_recognition() -> None:
    # near miss: CIMA is held and ACCA, of the same country, is one of the bodies asked
    context = _context("A professional accountancy qualification (ACCA, ACA or CPA Ireland).",
                       "Chartered Global Management Accountant (CGMA), CIMA, 2011")
    assert recognition_needed(_line(context, "ACCA"), context) is None


def test_a_credential_of_another_field_is_no_recognition() -> None:
    # near miss: a foreign HR designation says nothing about the advice qualification asked
    context = _context("QFA or an equivalent qualification recognised by the Central Bank.",
                       "Chartered MCIPD, 2014")
    assert recognition_needed(_line(context, "QFA"), context) is None
    # and a line naming no national credential raises nothing
    context = _context("A degree in finance or economics.", "Certificate in Mortgage Advice")
    assert recognition_needed(_line(context, "degree"), context) is None


def test_an_acronym_inside_another_word_names_no_credential() -> None:
    patterns = patterns_for(None)
    assert not credentials_in("We value a CPAs-style rigour and acacia wood furniture.", patterns)
    assert [item.name for item in credentials_in("CPA Ontario, 2015", patterns)] == ["CPA Canada"]
