"""Leaders of leaders asked where the résumé names only front-line leaders; the reason a line
gives for its ask left out before the concerns read it; one reader of the countries of a career.
Lines written for these tests."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from tests.fit.conftest import TODAY

from poise.fit.career_places import career_countries, place_countries
from poise.fit.concerns.leaders import led_rank
from poise.fit.concerns.model import Context
from poise.fit.concerns.reason import asked_job, without_reason
from poise.fit.concerns.requirements import from_requirement, front_line_led
from poise.fit.job_reader import Requirement, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, Match, Similarity, Verdict
from poise.fit.resume_reader import read_resume

JOB = "# Head of Operations\n\n## Responsibilities\n- Run the control room.\n"
HEAD = "# Aino Kallas\nTallinn, Estonia\n\n## Experience\n"


def _context(resume_lines: str, header: str = "Control Room Manager — Baltnet, Tallinn, Estonia",
             summary: str = "") -> Context:
    resume = read_resume(HEAD.replace("## Experience\n", summary + "## Experience\n")
                         + f"### {header}\nMay 2016 – present\n" + resume_lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job(JOB), resume, empty, patterns_for(None))


def _leadership(text: str) -> tuple[Requirement, Match]:
    requirement = Requirement(id="r1", text=text, kind="leadership", must=True, section="duties",
                              kinds=("leadership",))
    match = Match(requirement_id="r1", strength=PARTIAL, quote="", reason="", score=0.5,
                  verdicts=(Verdict(kind="leadership", strength=PARTIAL, reason=""),))
    return requirement, match


ASK = "Lead a control organisation of 200 through five unit managers and their supervisors"


def test_managers_asked_where_only_supervisors_report_in_raises_leading_leaders() -> None:
    context = _context("- Four shift supervisors and a planning team lead report to me.\n"
                       "- Cut outage minutes by 18% in two years.\n")
    requirement, match = _leadership(ASK)
    line = front_line_led(requirement, context)
    assert line is not None and "supervisors" in line.text
    drafts = from_requirement(requirement, match, context)
    assert [(draft.kind, draft.variant) for draft in drafts] == [
        ("no_leading_leaders", "front_line")]


def test_a_large_team_led_through_supervisors_is_still_one_layer_of_leaders() -> None:
    context = _context("- Lead 9 shift supervisors and 450 operators across three pits.\n")
    requirement, match = _leadership(ASK)
    assert front_line_led(requirement, context) is not None


def test_managers_reporting_in_answer_the_ask() -> None:
    context = _context("- Lead a team of 120 through three operations managers and 9 supervisors.\n")
    requirement, match = _leadership(ASK)
    assert front_line_led(requirement, context) is None
    assert not any(draft.kind == "no_leading_leaders"
                   for draft in from_requirement(requirement, match, context))


def test_supervisors_asked_are_met_by_supervisors() -> None:
    context = _context("- Four shift supervisors report to me.\n")
    requirement, _ = _leadership("Lead a team of 60 through four shift supervisors")
    assert front_line_led(requirement, context) is None


def test_a_team_read_from_its_structure_alone_tells_no_rung() -> None:
    context = _context("- Head the payments hub of 85 staff in 4 teams.\n")
    requirement, _ = _leadership("Lead a leadership team of 8 department heads")
    assert front_line_led(requirement, context) is None  # no leader named by title


def test_a_title_the_candidate_held_is_not_a_group_reporting_in() -> None:
    patterns = patterns_for(None)
    assert led_rank("18 years in network operation, the last eight as head of the control centre",
                    patterns) == -1
    assert led_rank("Nine years as operations director of the group", patterns) == -1
    assert led_rank("Lead 5 engineers as well as 3 senior managers", patterns) >= 0


def test_a_reason_clause_is_cut_from_the_ask() -> None:
    assert without_reason("Fluent Danish, since our union and works council work in Danish") == (
        "Fluent Danish")
    assert without_reason("Fluent English, which is the working language of our board") == (
        "Fluent English")
    assert without_reason("A driving licence, as the post involves travel across the county") == (
        "A driving licence")
    assert without_reason("Spanish, as most of our plants and suppliers work in Spanish") == "Spanish"


def test_a_phrase_that_goes_on_with_the_ask_is_kept() -> None:
    for text in ("Budgeting, as well as production planning and maintenance",
                 "Fair access to services, as required by the Equality Act",
                 "Incident command, as a Gold commander on our rota",
                 "Start: as soon as possible, ideally by June",
                 "A family business – since 1962"):
        assert without_reason(text) == text


def test_the_job_is_read_by_its_asks_and_quoted_as_written() -> None:
    job = read_job("# Plant Director\n\n## Requirements\n"
                   "- Fluent Polish, since our trade union and works council work in Polish\n"
                   "- 10+ years in food manufacturing\n")
    asked, written = asked_job(job)
    texts = [requirement.text for requirement in asked.requirements]
    assert "Fluent Polish" in texts
    assert not any("union" in text for text in texts)
    assert any("union" in requirement.text for requirement in written.values())


def test_a_country_a_bullet_mentions_is_no_country_of_the_career() -> None:
    context = _context("- Qualified a second supplier in Germany and one in Poland.\n")
    assert career_countries(context.resume, context.patterns) == frozenset({"EE"})


def test_an_ambiguous_home_counts_every_country_it_may_lie_in_only_when_asked() -> None:
    patterns = patterns_for(None)
    resume = replace(read_resume("# Sam Reid\n\n## Experience\n### Plant Manager — Acme\n"
                                 "May 2016 – present\n- Ran the plant.\n", today=TODAY),
                     location="Lancaster")
    wide = career_countries(resume, patterns, possible_home=True)
    assert {"GB", "US"} <= wide
    assert wide == frozenset(place_countries("Lancaster", patterns))
    assert career_countries(resume, patterns) <= wide
