"""Concerns the résumé answers, or that come from a line asking nothing: leaders counted on the
résumé by their title answer "leading leaders"; a trait of character and "other tasks" are no
requirements; a
sector named only in a qualification asked or a benefit is not the employer's."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.requirements import attribute_statement, catch_all_duties
from poise.fit.result import assess

RESUME_HEAD = "# Ana Ruiz\nLeeds, UK\n\n## Experience\n"


def _kinds(job: str, resume: str) -> list[str]:
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_trait_of_character_is_no_requirement() -> None:
    assert attribute_statement("You are calm, you listen first and you decide on evidence.")
    assert attribute_statement("- You are curious (we ask a lot of questions here), and you act.")
    for skill in ("You are fluent in Polish and English.",
                  "You are experienced in running cold-chain depots.",
                  "You are a chartered surveyor.",
                  "You are responsible for four depots.",
                  "Experience of leading a regional service."):
        assert not attribute_statement(skill), skill


def test_more_work_in_general_is_no_requirement() -> None:
    assert catch_all_duties("Other tasks as the board directs.")
    assert catch_all_duties("Additional responsibilities as required.")
    assert catch_all_duties("Related duties")
    for named in ("Procurement duties for three depots", "Key responsibilities",
                  "Manage other duties such as payroll and budgets for the depots"):
        assert not catch_all_duties(named), named


def test_no_missing_must_have_from_a_trait_or_a_catch_all_line() -> None:
    job = ("# Head of Depots\n\n## What you bring\n"
           "- You are patient (our depots are busy), you coach people and you decide on data.\n"
           "- Further tasks as the director assigns.\n"
           "- Experience leading depot operations\n")
    resume = (RESUME_HEAD + "### Depot Manager — Harbour Foods, Leeds, UK\nMar 2015 – present\n"
              "- Led depot operations for 40 staff across two sites.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    quoted = " ".join(concern.title + " ".join(concern.evidence) for concern in concerns)
    assert "patient" not in quoted and "Further tasks" not in quoted


def test_leaders_counted_by_title_answer_leading_leaders() -> None:
    job = ("# Director of Student Services\n\n## Responsibilities\n"
           "- Supervise six directors and about 90 staff across the student services.\n")
    leads_heads = (RESUME_HEAD + "### Associate Dean — Harbour College, Leeds, UK\nMar 2016 – present\n"
                   "- Supervise four directors and 30 staff in advising, housing and conduct.\n")
    assert "no_leading_leaders" not in _kinds(job, leads_heads)


def test_case_managers_are_no_leaders_of_leaders() -> None:
    job = ("# Director of Programmes\n\n## Responsibilities\n"
           "- Lead four regional managers and, through them, about 60 staff.\n")
    front_line = (RESUME_HEAD + "### Programme Lead — Harbour Housing, Leeds, UK\nMar 2016 – present\n"
                  "- Supervise a team of 12: 8 case managers and 4 housing officers.\n")
    assert "no_leading_leaders" in _kinds(job, front_line)


def test_a_sector_named_only_in_a_degree_or_a_benefit_is_no_switch() -> None:
    job = ("# Marketing Director\n\nHarbour Foods is a food and drinks brand owner; our snacks and drinks "
           "are in most homes.\n\n## What you bring\n- Lead our food and drinks brands across the region\n"
           "- A university degree in marketing\n- An MBA from a recognised business school\n\n"
           "## What we offer\n- School fees support for your children\n")
    resume = (RESUME_HEAD + "### Brand Director — Larch Drinks, Leeds, UK\nMar 2015 – present\n"
              "- Led the drinks brands of a food and drinks company; grew sales by 12%.\n")
    assert "industry_switch" not in _kinds(job, resume)
