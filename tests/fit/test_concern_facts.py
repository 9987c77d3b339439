"""Concerns decided from facts, each checked on small examples of its own: a percentage target
turned into money by the budget on the same line, a saving stated as efficiencies, an abbreviation
the résumé uses for what a requirement spells out, a tool "or a similar" one answered by another of
its kind, a board named after its organisation, an investor who is the object of a service rather
than someone reported to."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.result import assess

ROLES = """### Distribution Manager — Harbour Foods, Leeds, UK
Mar 2015 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
- Cut haulage costs, saving £300k a year.
"""


def _concerns(job_lines: str, roles: str = ROLES, extra: str = "",
              heading: str = "Responsibilities") -> list[tuple[str, str]]:
    job = f"# Head of Distribution\n\n## {heading}\n{job_lines}\n"
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{roles}{extra}"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_percentage_cut_of_the_budget_on_its_line_is_judged_as_money() -> None:
    # 15% of £30M is £4.5M, fifteen times the £300k record.
    found = _concerns("- Run an operating budget of £30 million and deliver a 15% reduction in "
                      "cost per case over two years.")
    titles = [title for kind, title in found if kind == "savings_target"]
    assert titles == ["Savings target: about £4.5M asked, £300k shown"]


def test_a_percentage_cut_within_the_record_is_no_savings_concern() -> None:
    found = _concerns("- Run an operating budget of £2 million and deliver a 10% reduction in "
                      "cost per case over two years.")
    assert "savings_target" not in [kind for kind, _ in found]


def test_cost_efficiencies_are_a_saving_target() -> None:
    found = _concerns("- Lead the plan to deliver £3M in transport cost efficiencies by 2028.")
    titles = [title for kind, title in found if kind == "savings_target"]
    assert titles and "£3M" in titles[0]


def test_names_are_read_with_their_initials() -> None:
    from poise.fit.concerns.answered import named_terms

    assert named_terms("Registered with the Institute of Fleet Engineers as a Chartered Member") == [
        ("Institute of Fleet Engineers", "IFE"), ("Chartered Member", "CM")]
    assert named_terms("Experience of depot operations") == []


def test_a_must_have_the_resume_shows_by_its_initials_raises_no_gap() -> None:
    line = "- Registered as a Transport Manager under the operator licensing rules is essential."
    assert "missing_must_have" in [kind for kind, _ in _concerns(line, heading="Requirements")]
    roles = ROLES + "- Named TM on the depot's operator licence since 2018.\n"
    assert "missing_must_have" not in [kind for kind, _ in _concerns(line, roles, heading="Requirements")]


def test_a_tool_named_as_an_example_is_met_by_another_of_its_kind() -> None:
    roles = ROLES + "- Rolled out Oracle E-Business Suite purchasing to both depots.\n"
    named = _concerns("- Experience of SAP is essential.", roles, heading="Requirements")
    assert "tool_mismatch" in [kind for kind, _ in named]
    example = _concerns("- Experience of SAP or a comparable ERP is essential.", roles,
                        heading="Requirements")
    assert "tool_mismatch" not in [kind for kind, _ in example]
    such_as = _concerns("- Experience of an ERP such as SAP.", roles, heading="Requirements")
    assert "tool_mismatch" not in [kind for kind, _ in such_as]


def test_rota_and_core_banking_products_are_rivals_of_their_kind() -> None:
    from poise.content.loader import knowledge_base
    from poise.fit.lexicon import patterns_for

    patterns = patterns_for(knowledge_base())
    assert {tool.category for tool in patterns.tools_in("Scheduled 300 staff in Kronos")} == {"workforce"}
    assert {tool.category for tool in patterns.tools_in("Go-live on Temenos T24")} == {"core_banking"}


def test_an_equivalent_accepted_for_another_item_of_the_line_does_not_cover_the_tool() -> None:
    roles = ROLES + "- Rolled out Oracle E-Business Suite purchasing to both depots.\n"
    found = _concerns("- Experience of SAP and a planning method (S&OP or similar) is essential.",
                      roles, heading="Requirements")
    assert "tool_mismatch" in [kind for kind, _ in found]


def _board(result: str) -> list[str]:
    return [kind for kind, _ in _concerns("- Experience of reporting to a board is essential.",
                                          ROLES + result, heading="Requirements")]


def test_a_board_named_after_its_company_answers_board_exposure() -> None:
    assert "no_board_exposure" in _board("- Ran the depots' night shifts.\n")
    assert "no_board_exposure" not in _board("- Reported monthly to the Harbour Foods Board.\n")
    # A committee of a parent's board, without the board itself, leaves the question open.
    assert "no_board_exposure" in _board("- Presented the depot plan to the parent's Risk Committee.\n")


def test_investors_as_the_object_of_a_service_are_no_board_exposure() -> None:
    assert "no_board_exposure" in _board("- Ran investor servicing for two pension funds.\n")
    assert "no_board_exposure" not in _board("- Reported quarterly to investors on depot returns.\n")


def _outsourcing(job_line: str, result: str) -> list[str]:
    return [kind for kind, _ in _concerns(job_line, ROLES + result)]


def test_a_contract_managed_with_a_provider_answers_vendor_management() -> None:
    line = "- Commission and manage contracts with external care providers."
    assert "outsourcing_vendor" in _outsourcing(line, "- Ran the depots' night shifts.\n")
    assert "outsourcing_vendor" not in _outsourcing(
        line, "- Commissioned and manage a £400k cleaning contract with a local provider.\n")


def test_contract_labour_is_staffing_not_an_outsourced_service() -> None:
    assert "outsourcing_vendor" not in _outsourcing(
        "- Manage contract labour in line with the site's labour rules.", "- Ran the night shifts.\n")


def test_a_line_serving_consumers_and_businesses_is_no_switch_of_model() -> None:
    from poise.content.loader import knowledge_base
    from poise.fit.concerns.sector import serves_model
    from poise.fit.lexicon import patterns_for

    patterns = patterns_for(knowledge_base())
    line = "You will look after our residential and small business customers."
    assert serves_model(line, "b2c", patterns) and serves_model(line, "b2b", patterns)
    assert not serves_model("You will look after our enterprise customers.", "b2c", patterns)


def test_a_review_board_is_no_company_board() -> None:
    assert "no_board_exposure" in _board("- Chair of the Depot Safety Review Board.\n")


def test_safety_cards_and_housing_levels_compare_by_rung() -> None:
    card = _concerns("- OSHA 30-Hour card required.", ROLES, "\n## Certificates\nOSHA 10-Hour card (2021)\n",
                     heading="Requirements")
    assert [title for kind, title in card if kind == "certification_level"] == [
        "Certification level: OSHA 10-Hour shown, OSHA 30-Hour asked"]
    housing = _concerns("- CIH Level 4 Certificate in Housing required.", ROLES,
                        "\n## Certificates\nCIH Level 5 Diploma in Housing (2019)\n", heading="Requirements")
    assert "certification_level" not in [kind for kind, _ in housing]


def test_a_word_repeated_across_a_service_career_is_no_career_in_that_sector() -> None:
    job = ("# Plant Manager\n\nWe are a car maker's supplier of vehicle seats for automotive brands.\n"
           "\n## Requirements\n- Ten years of operations leadership in the automotive industry.\n")
    resume = ("# Lee Park\nDayton, OH · lee@example.com\n\n## Experience\n"
              "### Operations Manager — Tri-County Castings, Dayton, OH\nJan 2024 – present\n"
              "- Run two shifts of 80 people.\n"
              "### Battalion Executive Officer — U.S. Army, Fort Hood, TX\nJan 2018 – Dec 2023\n"
              "- Led a battalion of 600 soldiers and kept 300 vehicles ready.\n"
              "### Company Commander — U.S. Army, Fort Riley, KS\nJan 2012 – Dec 2017\n"
              "- Ran maintenance for the company's vehicles across two deployments.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    titles = [concern.title for concern in concerns if concern.kind == "industry_switch"]
    assert titles == ["Industry switch: the armed forces → automotive"]


def test_a_reach_word_inside_a_name_is_no_international_remit() -> None:
    from poise.fit.concerns.requirements import remit_only_in_names

    assert remit_only_in_names("Keep the depots certified to the International Food Standard")
    assert not remit_only_in_names("Lead international distribution across five countries")
    assert not remit_only_in_names("Global supply chain leadership")


def test_a_key_to_the_adverts_codes_raises_no_concern() -> None:
    job = ("# Head of Distribution\n\n## Requirements\n- S = Shortlisting, T = Test, I = Interview\n"
           "- Experience of running a depot.\n")
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{ROLES}"
    result = assess(job, resume, embed=hash_embed, today=TODAY)
    assert [requirement.text for requirement in result.job.requirements] == [
        "Experience of running a depot."]
    assert not any("Shortlisting" in " ".join(concern.evidence) + concern.why for concern in result.concerns)


def test_a_law_named_by_its_capitals_on_the_resume_answers_the_line() -> None:
    line = "- Sound knowledge of the FORS and DVSA rules for operators."
    assert "missing_must_have" in [kind for kind, _ in _concerns(line, heading="Requirements")]
    roles = ROLES + "- Kept both depots at FORS Gold through two audits.\n"
    assert "missing_must_have" not in [kind for kind, _ in _concerns(line, roles, heading="Requirements")]


def test_a_span_of_managers_and_staff_is_leading_leaders() -> None:
    from poise.content.loader import knowledge_base
    from poise.fit.lexicon import any_match, patterns_for

    cues = patterns_for(knowledge_base()).evidence["leading_leaders"]
    assert any_match(cues, "Span of control: 5 managers, 210 employees") is not None
    assert any_match(cues, "Led a team of 12 drivers") is None


def test_short_stints_at_the_start_of_a_career_are_no_pattern() -> None:
    roles = ("### Depot Manager — Harbour Foods, Leeds, UK\nMar 2015 – present\n- Lead 45 people.\n"
             "### Trainee Planner — Northway Freight, York, UK\nJan 2014 – Dec 2014\n- Ran nights.\n"
             "### Graduate Trainee — Fastline Parcels, York, UK\nJan 2013 – Dec 2013\n- Planned routes.\n")
    assert "short_tenures" not in [kind for kind, _ in _concerns("- Lead the region's depots.", roles)]


def test_recent_short_stints_are_still_a_pattern() -> None:
    roles = ("### Depot Manager — Harbour Foods, Leeds, UK\nMar 2024 – present\n- Lead 45 people.\n"
             "### Shift Manager — Northway Freight, York, UK\nJan 2022 – Dec 2023\n- Ran nights.\n"
             "### Planner — Fastline Parcels, York, UK\nJan 2020 – Dec 2021\n- Planned routes.\n"
             "### Planner — Coastway Haulage, Hull, UK\nJan 2012 – Dec 2019\n- Planned routes.\n")
    assert "short_tenures" in [kind for kind, _ in _concerns("- Lead the region's depots.", roles)]


def test_a_step_up_in_both_team_and_budget_plans_for_both() -> None:
    job = ("# Head of Distribution\n\n## Responsibilities\n- Lead a team of 300 across six depots.\n"
           "- Own an operating budget of £20M.\n")
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{ROLES}"
    scope = [concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
             if concern.kind == "scope_step_up"]
    assert len(scope) == 1 and "team" in scope[0].title and "budget" in scope[0].title
    plan = scope[0].answer_plan.plan
    assert "budget" in plan and "manager" in plan


def test_a_move_into_public_service_plans_for_members_not_competitors() -> None:
    job = ("# Head of Distribution\n\n## Responsibilities\n"
           "- Brief elected members and present reports to the scrutiny committee.\n"
           "- Lead a team of 40 across two depots.\n")
    resume = f"# Sam Reid\nLeeds, UK · sam@example.com\n\n## Experience\n{ROLES}"
    switches = [concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
                if concern.kind == "industry_switch"]
    assert switches, "advising elected members is a move into public service"
    plan = switches[0].answer_plan.plan
    assert "committee" in plan and "competitor" not in plan
