"""A plan for a missing qualification promises what can be kept: a short certificate is held
within months, a degree, an accountancy qualification or a chartered grade is enrolled in and
reported on by a date, and an award under way is said as study, not as a rung below."""

from __future__ import annotations

import numpy as np
import pytest
from tests.fit.conftest import TODAY

from poise.fit.concerns.evidence import long_study
from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import _from_verdict
from poise.fit.concerns.wording import word_draft
from poise.fit.job_reader import Requirement, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import NONE, PARTIAL, Similarity, Verdict
from poise.fit.resume_reader import read_resume
from poise.followup.draft_check import check_text

JOB = "# Finance Director\n\n## Requirements\n- Lead the group's month-end close.\n"
RESUME = ("# Tomasz Nowak\nLeeds, UK\n\n## Experience\n### Finance Manager — Brackenfield Mills, "
          "Leeds\nMar 2016 – present\n- Cut the month-end close from 9 to 5 working days.\n")


def _context() -> Context:
    resume = read_resume(RESUME, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(JOB), resume, empty, patterns_for(None))


def _requirement(text: str) -> Requirement:
    return Requirement(id="r1", text=text, kind="certification", must=True, section="must")


@pytest.mark.parametrize("name", ["CIMA", "a Master's degree in Finance", "MRICS",
                                  "CIPD Level 7", "the Harbourside leadership programme",
                                  "chartered accountant", "NEBOSH Diploma"])
def test_names_of_long_study_are_known(name: str) -> None:
    assert long_study(name, _context())


@pytest.mark.parametrize("name", ["PRINCE2 Practitioner", "Green Belt", "ITIL 4 Foundation",
                                  "Certified Scrum Master", "Master Black Belt"])
def test_short_certificates_are_not_long_study(name: str) -> None:
    assert not long_study(name, _context())


def test_a_missing_accountancy_qualification_is_a_dated_account_of_progress() -> None:
    context = _context()
    verdict = Verdict(kind="certification", strength=NONE, reason="", detail="CIMA")
    draft = _from_verdict(_requirement("CIMA qualified accountant"), verdict, context)
    assert draft is not None
    plan = word_draft(draft, context).answer_plan.plan
    assert "enrol for CIMA" in plan and "date I expect to qualify" in plan
    assert "within my first six months" not in plan.replace("by the end of my first six months", "")


def test_a_missing_short_certificate_is_still_held_within_months() -> None:
    context = _context()
    verdict = Verdict(kind="certification", strength=NONE, reason="", detail="PRINCE2")
    draft = _from_verdict(_requirement("PRINCE2 certification"), verdict, context)
    assert draft is not None
    plan = word_draft(draft, context).answer_plan.plan
    assert "enrol for PRINCE2" in plan and "hold it by the end of my first month" in plan


def test_a_cue_word_left_as_the_detail_is_not_said_as_an_award() -> None:
    context = _context()
    verdict = Verdict(kind="certification", strength=NONE, reason="", detail="qualified")
    draft = _from_verdict(_requirement("Fully qualified accountant (ACA or equivalent)"),
                          verdict, context)
    assert draft is not None
    plan = word_draft(draft, context).answer_plan.plan
    assert "qualified before" not in plan and "for qualified" not in plan
    assert "the qualification" in plan


def test_a_chartered_grade_one_rung_up_is_a_stage_not_an_award_in_six_months() -> None:
    context = _context()
    verdict = Verdict(kind="certification", strength=PARTIAL, reason="",
                      detail="CIH Level 5|CIH Level 4")
    draft = _from_verdict(_requirement("CIH Level 5 or working towards it"), verdict, context)
    assert draft is not None and draft.variant == "long_study"
    plan = word_draft(draft, context).answer_plan.plan
    assert "which stages I have passed" in plan


def test_an_award_under_way_is_said_as_study() -> None:
    context = _context()
    verdict = Verdict(kind="certification", strength=PARTIAL, reason="",
                      detail="CFA|CFA in progress")
    draft = _from_verdict(_requirement("CFA charterholder"), verdict, context)
    assert draft is not None and draft.variant == "in_progress"
    answer = word_draft(draft, context).answer_plan
    assert answer.acknowledge == "You are right: I am still working towards CFA and do not hold it yet."
    assert "one step below" not in answer.acknowledge


def test_the_checker_flags_a_long_qualification_promised_within_months() -> None:
    sentence = ("I would book the training for CIMA before my start date and aim to hold it within "
                "my first six months.")
    assert "unrealistic plan" in [problem.kind for _, problems in check_text(sentence)
                                  for problem in problems]
    short = ("I would book the PRINCE2 training before my start date and aim to hold it within my "
             "first six months.")
    assert not [problem for _, problems in check_text(short) for problem in problems]
