"""Leaders reporting in, read from the people a line counts by their title ("5 store managers",
"4 area managers and 30 staff"), not only from the cue phrases ("leading managers"): the
leadership check finds the line, rates the requirement at the level those people hold, and
quotes the line."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity, _line_counting_leaders
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

HEAD = "# Priya Nair\nBristol, UK\n\n## Experience\n"


def _resume(duty: str) -> str:
    return (HEAD + "### Regional Operations Director — Westbay Garden Centres, Bristol, UK\n"
            "Apr 2017 – present\n"
            f"- {duty}\n"
            "- Opened two new centres and a click-and-collect depot on budget.\n")


def _leadership(job_line: str, resume: str) -> dict[str, object]:
    job = f"# Director of Retail Operations\n\n## What you bring\n- {job_line}\n"
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    (match,) = fit.matches
    (verdict,) = [verdict for verdict in match.verdicts if verdict.kind == "leadership"]
    return {"strength": verdict.strength, "quote": verdict.quote}


def test_managers_counted_by_title_show_leaders_reporting_in() -> None:
    resume = _resume("Head up 9 garden centre managers and 310 colleagues across the South West.")
    verdict = _leadership("Proven record of leading managers across a multi-site estate", resume)
    assert verdict["strength"] == "strong"
    assert "9 garden centre managers" in str(verdict["quote"])


def test_the_line_counting_leaders_is_found_among_other_lines() -> None:
    resume = read_resume(_resume("Oversee 3 area directors, and through them 14 sites."), today=TODAY)
    line = _line_counting_leaders(resume, patterns_for(), _no_ranking(), "r1")
    assert line is not None and "3 area directors" in line.text


def test_front_line_staff_counted_are_no_leaders() -> None:
    resume = read_resume(_resume("Coach 12 case managers and 6 sales assistants on the shop floor."),
                         today=TODAY)
    assert _line_counting_leaders(resume, patterns_for(), _no_ranking(), "r1") is None


def _no_ranking() -> Similarity:
    """No similarity: the lines are read in the résumé's order."""
    return Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
