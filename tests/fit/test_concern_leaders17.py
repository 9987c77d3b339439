"""Leaders among the people led, read by the sentence's structure (fit/concerns/leaders.py), lines
that describe the holder (traits.py), degrees asked by level (degrees.py), and a product read as a
place. Lines written for these tests."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.degrees import degree_answers
from poise.fit.concerns.leaders import asked_leaders, led_rank, resume_led_rank, worked_with
from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import leaders_unshown, raises_concerns
from poise.fit.concerns.traits import disposition_statement
from poise.fit.job_reader import Requirement, read_job
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, Match, Similarity, Verdict
from poise.fit.resume_reader import read_resume

JOB = "# Head of Claims\n\n## Responsibilities\n- Run the claims function for the group.\n"
HEAD = "# Tomasz Varga\nLeeds, UK\n\n## Experience\n"


def _context(resume_lines: str, education: str = "") -> Context:
    resume = read_resume(HEAD + "### Claims Lead — Fenwick Mutual, Leeds, UK\nMay 2016 – present\n"
                         + resume_lines + education, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(JOB), resume, empty, patterns_for(None))


def _line(text: str, kind: str = "scope_team", section: str = "duties") -> Requirement:
    return Requirement(id="r1", text=text, kind=kind, must=True, section=section, kinds=(kind,))


def test_a_group_the_work_is_done_with_or_for_does_not_report_in() -> None:
    patterns = patterns_for(None)
    text = "Ran quarterly pricing reviews with 12 branch managers"
    assert worked_with(text, text.index("managers"))
    assert led_rank(text, patterns) == -1
    assert led_rank("Designed a coaching course for 25 new supervisors", patterns) == -1
    assert led_rank("Manage 4 claims supervisors and 60 handlers", patterns) >= leadership_rank(
        "team_leader", patterns)


def test_a_team_led_through_people_counts_them_as_managers() -> None:
    patterns = patterns_for(None)
    manager = leadership_rank("manager", patterns)
    assert led_rank("Run a depot of 90 drivers through four yard superintendents", patterns) == manager
    assert led_rank("Run a depot of 90 drivers through three depot leads", patterns) == manager


def test_a_flat_team_counts_no_leaders_whatever_titles_it_lists() -> None:
    patterns = patterns_for(None)
    assert led_rank("Head a team of 15 (two pricing managers, analysts), all direct reports",
                    patterns) == -1


def test_leaders_asked_by_count_by_units_and_by_whom_they_lead() -> None:
    assert asked_leaders("Lead a unit of 30, including 4 regional claims leads")
    assert asked_leaders("Run four teams, each headed by a team leader")
    assert asked_leaders("5+ years leading directors who themselves lead managers")
    assert not asked_leaders("Generate 300 qualified sales leads a quarter")
    assert not asked_leaders("Lead a claims team of 30 handlers")


def test_a_team_line_naming_leaders_the_resume_never_counts_raises_the_concern() -> None:
    context = _context("- Lead a team of 11 claims handlers and 2 analysts.\n")
    assert resume_led_rank(context) == -1
    requirement = _line("Lead a unit of 30, including 4 regional claims leads")
    match = Match(requirement_id="r1", strength=PARTIAL, quote="", reason="", score=0.5, verdicts=(
        Verdict(kind="scope_team", strength=PARTIAL, reason=""),))
    draft = leaders_unshown(requirement, match, context)
    assert draft is not None and draft.kind == "no_leading_leaders"
    led = _context("- Lead a team of 40 through 3 claims team leaders.\n")
    assert leaders_unshown(requirement, match, led) is None


def test_lines_that_describe_the_holder_raise_no_missing_must_have() -> None:
    context = _context("- Lead a team of 11 claims handlers.\n")
    for text in ("You relish untangling messy processes and care about the detail.",
                 "We think you enjoy coaching people through change.",
                 "You are a calm, hands-on leader with a good sense of timing.",
                 "Shortlisting will be made against the essential criteria in the pack.",
                 "Experience with our claims platform, or something close (see below).",
                 "Relevant experience in lieu of a degree may be considered."):
        assert disposition_statement(text) or not raises_concerns(_line(text, "other", "must"),
                                                                  context), text
    for text in ("You are a qualified actuary with reserving experience.",
                 "You keep the claims ledger reconciled every month.",
                 "You have 8+ years in claims management."):
        assert not disposition_statement(text), text


def test_a_degree_asked_by_level_is_answered_by_one_held_at_that_level_or_above() -> None:
    master = _context("- Lead a team of 11.\n", "\n## Education\n- Laurea magistrale in Statistica, "
                      "Università di Pavia, 2009\n")
    engineer = _context("- Lead a team of 11.\n", "\n## Education\n- Ingeniero Industrial, "
                        "Universidad de Oviedo, 2008\n")
    bachelor_asked = _line("Bachelor's degree in mathematics or a related discipline", "education",
                           "must")
    master_asked = _line("Master's degree in statistics or equivalent", "education", "must")
    assert degree_answers(bachelor_asked, master)
    assert degree_answers(master_asked, master)
    assert degree_answers(bachelor_asked, engineer)
    assert not degree_answers(master_asked, engineer)
    assert not degree_answers(_line("An MBA from a recognised school", "education", "must"), master)
