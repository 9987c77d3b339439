"""Leading leaders read from levels on both sides, not from the words of a cue: the leaders a
job line names as its reports against the people the résumé counts among its own (the title
ladder of content/fit/lexicons.yaml)."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import (
    _from_verdict,
    asked_reports,
    no_leaders_counted,
    shown_reports,
)
from poise.fit.job_reader import Requirement, read_job
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Similarity, Verdict
from poise.fit.resume_reader import read_resume

JOB = "# Head of Finance Operations\n\n## Responsibilities\n- Run month-end close for the group.\n"
HEAD = "# Priya Shah\nYork, UK\n\n## Experience\n"


def _context(resume_lines: str, job: str = JOB) -> Context:
    resume = read_resume(HEAD + "### Finance Lead — Larch Mills, York, UK\nApr 2017 – present\n"
                         + resume_lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(job), resume, empty, patterns_for(None))


def _line(text: str, *, must: bool = True, section: str = "must") -> Requirement:
    return Requirement(id="r1", text=text, kind="leadership", must=must, section=section)


def test_people_named_by_whom_they_lead_stand_a_rung_above_them() -> None:
    context = _context("- Kept the ledgers for four plants.\n")
    patterns = context.patterns
    manager = leadership_rank("manager", patterns)
    # "managers of managers" is one group a rung above managers, not two groups of managers
    ranks = asked_reports("You have had Directors or other managers of managers reporting to you",
                          context)
    assert manager not in ranks
    assert min(ranks) == manager + 1
    assert asked_reports("Coach a leadership team of supervisors of teams across three sites",
                         context) == [manager + 1]
    assert asked_reports("Lead the finance team of 14 people", context) == []


def test_a_team_of_specialists_counts_no_leaders_among_its_reports() -> None:
    specialists = _context("- Line manage nine accountants and two analysts across the close.\n")
    assert shown_reports(specialists) == -1
    assert no_leaders_counted(_line("Lead the function through three finance managers"),
                              specialists)
    # nothing to compare with when the line names no leaders as its reports
    assert not no_leaders_counted(_line("Lead a finance team of 14 people"), specialists)


def test_managers_counted_on_the_resume_answer_the_question() -> None:
    for shown in ("- Line manage 4 finance managers and, through them, 30 staff.\n",
                  "- Lead 40 people through 5 team leaders.\n",
                  "- Lead 3 regional managers and the shared-service desk.\n"):
        context = _context(shown)
        assert not no_leaders_counted(_line("Lead the function through three finance managers"),
                                      context), shown


def test_a_partial_leadership_verdict_with_no_leaders_counted_raises_the_concern() -> None:
    specialists = _context("- Line manage nine accountants and two analysts across the close.\n")
    requirement = _line("Experience of managing finance managers and building a strong team")
    partial = Verdict(kind="leadership", strength=PARTIAL, reason="")
    made = _from_verdict(requirement, partial, specialists)
    assert made is not None and made.kind == "no_leading_leaders"
    # shown strong by the map: no concern against it
    assert _from_verdict(requirement, Verdict(kind="leadership", strength=STRONG, reason=""),
                         specialists) is None
    leads_managers = _context("- Line manage 4 finance managers and, through them, 30 staff.\n")
    assert _from_verdict(requirement, partial, leads_managers) is None
