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
from poise.fit.concerns.products import products_named
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
    requirement, _ = _leadership(ASK)
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


def test_leaders_named_in_an_earlier_role_tell_nothing_of_who_reports_in_now() -> None:
    resume = read_resume(
        HEAD + "### Operations Director — Baltnet, Tallinn, Estonia\nMay 2018 – present\n"
        "- Responsible for four warehouses with 420 FTE.\n"
        "### Warehouse Manager — Baltnet, Tartu, Estonia\nMay 2012 – April 2018\n"
        "- Led 4 team leaders and 110 FTE.\n", today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    context = Context(read_job(JOB), resume, empty, patterns_for(None))
    requirement, _ = _leadership(ASK)
    assert front_line_led(requirement, context) is None


def _product_line(text: str, section: str = "must") -> tuple[Requirement, Match]:
    requirement = Requirement(id="r1", text=text, kind="other", must=section != "nice",
                              section=section, kinds=("other",))
    match = Match(requirement_id="r1", strength=PARTIAL, quote="", reason="", score=0.5,
                  verdicts=(Verdict(kind="other", strength=PARTIAL, reason=""),))
    return requirement, match


def test_products_named_in_a_products_place_are_read_as_tools() -> None:
    patterns = patterns_for(None)
    assert products_named("Hands-on experience with Quayline Q7", patterns) == ["Quayline Q7"]
    assert products_named("Advanced user of Staybook and of pricing tools (Yieldo or similar)",
                          patterns) == ["Staybook", "Yieldo"]
    assert products_named("Experience of Acme Grid Manager or another grid system", patterns) == [
        "Acme Grid Manager"]
    assert products_named("Running multi-vendor radio networks, specifically Borealis and Vantor",
                          patterns) == ["Borealis", "Vantor"]


def test_names_that_are_no_products_are_left_alone() -> None:
    patterns = patterns_for(None)
    for text in ("Represent the company at trade fairs such as Nordmesse and Expo Baltic",
                 "A track record of building SOX or equivalent internal controls",
                 "Compliance certificate or higher (e.g. Compliance Diploma)",
                 "Represent the site with Enterprise Estonia and other industry bodies",
                 "Knowledge of the Estonian health service and its funding rules",
                 "Experience in markets such as Germany or France",
                 "Fluent English, such as C1 or better"):
        assert products_named(text, patterns) == [], text


def test_a_product_the_resume_does_not_name_raises_a_tool_concern() -> None:
    context = _context("- Ran the dispatch platform built in house for 55 staff.\n")
    requirement, match = _product_line("Hands-on experience with Quayline Q7")
    drafts = from_requirement(requirement, match, context)
    assert [draft.kind for draft in drafts] == ["tool_mismatch"]
    assert drafts[0].values["tool_required"] == "Quayline Q7"


def test_a_product_the_resume_names_raises_none() -> None:
    context = _context("- Led the Quayline Q7 upgrade for 55 users.\n")
    requirement, match = _product_line("Hands-on experience with Quayline Q7")
    assert not any(draft.kind == "tool_mismatch"
                   for draft in from_requirement(requirement, match, context))
    maker = _context("- Ran the Acme dispatch suite for the control room.\n")
    requirement, match = _product_line(
        "Experience of Acme Grid Manager or another grid system")
    assert not any(draft.kind == "tool_mismatch"
                   for draft in from_requirement(requirement, match, maker))


def test_a_product_on_a_wish_raises_none() -> None:
    context = _context("- Ran the dispatch platform built in house for 55 staff.\n")
    requirement, match = _product_line("Hands-on experience with Quayline Q7", section="nice")
    assert not any(draft.kind == "tool_mismatch"
                   for draft in from_requirement(requirement, match, context))
