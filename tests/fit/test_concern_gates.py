"""Concern gates: lines no résumé answers raise no concern, a language named without a level is met
by any working knowledge, gaps of one kind are one concern, and a job's workplace is read from a
line about where the work is done when no field labels it."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.place import work_place
from poise.fit.distance import distance_km
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess
from poise.services.fit import judge_concern_answer

ROLES = """### Warehouse Manager — Northway Stores, Lyon, France
Jan 2016 – present
- Led a team of 40 in the Lyon distribution centre.
- Managed a €3M budget and cut costs by 6%.
"""


def _kinds(requirements: str, extra: str = "", home: str = "Lyon, France") -> list[str]:
    job = f"# Head of Logistics\n\n## Requirements\n- Eight years in warehouse operations.\n{requirements}\n"
    resume = f"# Ana Costa\n{home} · ana@example.com\n\n## Experience\n{ROLES}{extra}"
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


@pytest.mark.parametrize("line", [
    "- Age: 35 to 45 years.",
    "- What makes this place different?",
    "- Employer pension scheme and 30 days of annual leave.",
    "- A certificate of conduct is needed before the start date.",
    "- Please apply via our careers portal with your CV.",
    "- Candidates will be shortlisted on how well they show the following:",
    "- Please include the names of two referees with your form.",
    "- Method of assessment: S = Shortlisting, P = Panel interview.",
    "- Private dental cover for you and your dependants.",
    "- Tuition assistance for part-time degrees.",
    "- Chartered institute subscription fees paid.",
    "- Relevant experience is defined as having run a site of similar size.",
    "- Early joiners are preferred; a notice period of 30 days at most.",
])
def test_a_line_no_resume_answers_raises_no_concern(line: str) -> None:
    assert "missing_must_have" not in _kinds(line)


def test_a_stated_requirement_the_resume_lacks_still_raises_one() -> None:
    assert "missing_must_have" in _kinds("- Experience of running a bonded customs warehouse is essential.")


def test_a_language_named_without_a_level_is_met_by_working_knowledge() -> None:
    kinds = _kinds("- Italian language skills are required.", "\n## Languages\nItalian (B1)\n")
    assert "language_level" not in kinds and "missing_must_have" not in kinds


def test_a_language_below_a_stated_level_is_a_concern() -> None:
    kinds = _kinds("- Fluent Italian (C1) is required.", "\n## Languages\nItalian (B1)\n")
    assert kinds.count("language_level") == 1


def test_two_languages_below_their_levels_are_one_concern() -> None:
    kinds = _kinds("- Fluent Italian (C1) is required.\n- Spanish at C1 is required.",
                   "\n## Languages\nItalian (B1), Spanish (A2)\n")
    assert kinds.count("language_level") == 1


@pytest.mark.parametrize(("text", "town"), [
    ("Greyfield Foods Ltd | Permanent\nManchester (hybrid, two days in the office)\n", "Manchester"),
    ("**Where:** Aberdeen (on-site), with travel to Oslo and Bergen\n", "Aberdeen"),
    ("Tessaly Group – head office Rotterdam\n", "Rotterdam"),
    ("Our values\nWe are a friendly team.\n", ""),
    ("Fully remote, with a home office allowance\n", ""),
])
def test_the_workplace_is_read_from_a_line_about_where_the_work_is(text: str, town: str) -> None:
    assert work_place(text, patterns_for()) == town


def test_a_workplace_line_far_from_home_raises_the_location_concern() -> None:
    job = ("# Head of Logistics\nGreyfield Foods Ltd\nHamburg (hybrid, three days a week in the "
           "office)\n\n## Requirements\n- Ten years in warehouse operations.\n")
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{ROLES}"
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    location = [concern for concern in concerns if concern.kind == "location"]
    assert location and "Hamburg" in location[0].title


def test_a_town_geonames_names_with_city_is_measured() -> None:
    apart = distance_km("New York, NY", "Boston, MA")
    assert apart is not None and 250 < apart < 360


def _scope_kinds(job_line: str, roles: str) -> list[str]:
    job = f"# Head of Logistics\n\n## Responsibilities\n- {job_line}\n"
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{roles}"
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_team_a_little_larger_than_led_is_no_step_up() -> None:
    roles = ROLES.replace("a team of 40", "a team of 70")
    assert "scope_step_up" not in _scope_kinds("Lead a logistics team of about 90 people.", roles)


def test_a_team_twice_the_largest_led_is_a_step_up() -> None:
    assert "scope_step_up" in _scope_kinds("Lead a logistics team of about 90 people.", ROLES)


def test_the_company_headcount_under_the_employer_is_not_the_team_led() -> None:
    roles = ROLES.replace("Jan 2016 – present\n",
                          "Jan 2016 – present\n*Grocery retailer, revenue EUR 2 bn, 6,000 employees*\n")
    assert "scope_step_up" in _scope_kinds("Lead a logistics team of about 90 people.", roles)


def _saving_concern(job_line: str, result: str) -> list[str]:
    roles = ROLES.replace("cut costs by 6%.", result)
    job = f"# Head of Logistics\n\n## Responsibilities\n- {job_line}\n"
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{roles}"
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    return [concern.title for concern in concerns if concern.kind == "savings_target"]


def test_a_savings_target_far_above_the_record_is_a_concern() -> None:
    titles = _saving_concern("Deliver €9M of annual cost savings by 2028.",
                             "delivered savings of €2M a year across the network.")
    assert titles and "€2M" in titles[0] and "€9M" in titles[0]


def test_a_savings_target_near_the_record_is_no_concern() -> None:
    assert _saving_concern("Deliver €2.5M of annual cost savings by 2028.",
                           "delivered savings of €2M a year across the network.") == []


def test_a_savings_target_small_beside_the_budget_run_is_no_concern() -> None:
    # No sized saving on the résumé, but finding €300k in a €3M budget is ordinary budget work.
    assert _saving_concern("Deliver savings of €300k over two years.",
                           "renegotiated the haulage contracts.") == []


def test_a_savings_target_large_beside_the_budget_run_is_still_a_concern() -> None:
    assert _saving_concern("Deliver savings of €1.5M over two years.",
                           "renegotiated the haulage contracts.") != []


def test_an_amount_joined_to_a_noun_is_a_size_not_a_saving() -> None:
    from poise.fit.concerns.requirements import SIZE_COMPOUND_RE
    from poise.fit.quantities import amounts_in

    line = "Covered the director role for a €5bn-asset insurer, saving €2M a year"
    savings = [value for value, _, kind in amounts_in(SIZE_COMPOUND_RE.sub(" ", line)) if kind == "saving"]
    assert savings == [2_000_000]


def test_a_sentence_cut_off_before_its_object_raises_no_concern() -> None:
    assert "missing_must_have" not in _kinds("- To grow our northern network we are looking for a")


def test_health_and_safety_managers_are_no_move_under_a_health_regulator() -> None:
    kinds = _kinds("- Lead the site managers and the HSE managers of the region.")
    assert "industry_switch" not in kinds


def test_countries_are_read_from_major_towns_and_country_names() -> None:
    from poise.fit.distance import countries_named

    assert set(countries_named("Run the hubs in Rotterdam, Madrid and Poland")) == {"NL", "ES", "PL"}
    assert countries_named("Lead a team of twelve in the new office") == {}


def test_a_remit_across_countries_for_a_career_in_one_is_a_domestic_record() -> None:
    job = ("# Head of Logistics\n\n## Responsibilities\n"
           "- Run the distribution hubs in Rotterdam, Madrid and Warsaw.\n")
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{ROLES}"
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    domestic = [concern for concern in concerns if concern.kind == "domestic_only"]
    assert domestic and "based in France" in domestic[0].answer_plan.acknowledge


def test_a_remit_in_countries_already_worked_in_is_no_concern() -> None:
    roles = ROLES + ("### Hub Manager — Northway Stores, Madrid, Spain\nJan 2012 – Dec 2015\n"
                     "- Ran the Madrid hub.\n")
    job = ("# Head of Logistics\n\n## Responsibilities\n"
           "- Run the distribution hubs in Lyon and Madrid.\n")
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{roles}"
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "domestic_only" not in kinds


@pytest.mark.parametrize(("industries", "have", "new"), [
    ((("retail", 5), ("logistics", 2)), {"banking"}, "retail"),
    ((("logistics", 6), ("food", 3)), {"logistics"}, "food"),
    ((("logistics", 9), ("food", 3)), {"logistics"}, None),
    ((("energy", 2), ("telecoms", 2)), {"banking"}, "energy"),
    ((("retail", 2), ("banking", 2)), {"banking"}, None),
    ((("retail", 4),), {"retail"}, None),
])
def test_the_new_sector_of_a_job(industries: tuple[tuple[str, int], ...], have: set[str],
                                 new: str | None) -> None:
    from poise.fit.concerns.sector import _new_sector

    found = _new_sector(industries, have)
    assert (found[0] if found else None) == new


@pytest.mark.parametrize(("line", "statement"), [
    ("We run SAP across all our plants, and our drivers are members of a union.", True),
    ("Scandinavia is our largest market, and we plan to list on the stock exchange next year.", True),
    ("We are looking for a leader with ten years in distribution.", False),
    ("You will report to our board every quarter.", False),
    ("Lead the three regional warehouses.", False),
])
def test_a_fact_about_the_company_is_not_a_requirement(line: str, statement: bool) -> None:
    from poise.fit.concerns.requirements import company_statement

    assert company_statement(line) is statement


def test_a_trusteeship_beside_the_career_is_no_board_an_executive_reports_to() -> None:
    job = "# Head of Logistics\n\n## Requirements\n- Experience of reporting to a board of directors.\n"
    extra = "\n## Volunteering\nTrustee and treasurer, Lyon Food Bank (2019 – present)\n"
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{ROLES}{extra}"
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "no_board_exposure" in kinds
    at_work = ROLES + "- Presented the quarterly logistics review to the group board.\n"
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{at_work}{extra}"
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "no_board_exposure" not in kinds


def test_frequent_travel_with_no_move_is_a_kind_location_concern() -> None:
    job = ("# Regional Manager\n\n## Requirements\n- Ten years in multi-site operations.\n"
           "- Able to travel across the region about 40% of the time, with some nights away.\n")
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{ROLES}"
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    travel = [concern for concern in concerns if concern.kind == "location"]
    assert travel and travel[0].title.startswith("Travel:")
    report = judge_concern_answer(travel[0], travel[0].draft)
    assert [rule for rule in report.rules_fired() if rule.startswith("concern.")] == []


def test_occasional_travel_is_no_concern() -> None:
    kinds = _kinds("- Occasional travel to our other sites (about 10% of the time).")
    assert "location" not in kinds


@pytest.mark.parametrize(("name", "line", "law"), [
    ("FLR", "Run the depots under the Freight Logistics Regulation (FLR) and its guidance", True),
    ("WMX", "Lead the move to the WMX warehouse system (cloud)", False),
    ("", "Comply with the Road Transport Act (RTA)", False),
])
def test_the_short_name_of_a_law_is_not_a_tool(name: str, line: str, law: bool) -> None:
    from poise.fit.concerns.requirements import _law_abbreviation

    assert _law_abbreviation(name, line) is law


def _break_kinds(start: str, end: str, back: str) -> list[str]:
    resume = ("# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n"
              f"### Warehouse Manager — Northway Stores, Lyon\n{back} – present\n"
              "- Led a team of 40 in the Lyon distribution centre.\n"
              f"### Career break | {start} – {end}\n\nCaring full time for a relative.\n\n"
              "### Shift Supervisor — Delta Foods, Lyon\nJan 2008 – "
              f"{start}\n- Supervised 12 packers on two shifts.\n")
    job = "# Head of Logistics\n\n## Requirements\n- Eight years in warehouse operations.\n"
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_recent_career_break_is_a_gentle_concern() -> None:
    assert "employment_gap" in _break_kinds("Mar 2022", "Feb 2024", "Mar 2024")


def test_an_explained_break_long_past_is_no_concern() -> None:
    assert "employment_gap" not in _break_kinds("Mar 2012", "Feb 2013", "Mar 2013")


@pytest.mark.parametrize(("line", "behaviour"), [
    ("Serving residents — listens, responds and follows through on promises", True),
    ("Making decisions — weighs the evidence and explains the choice", True),
    ("Fleet systems – hands-on experience of a telematics platform", False),
    ("Ten years in distribution, including five leading managers", False),
])
def test_a_behaviour_of_a_competency_framework_is_judged_at_interview(line: str, behaviour: bool) -> None:
    from poise.fit.concerns.requirements import behaviour_statement

    assert behaviour_statement(line) is behaviour


def _sector_kinds(summary: str, roles: str) -> list[str]:
    job = ("# Head of Claims Operations\n\nWe are an insurer: our insurance customers and "
           "policyholders rely on fast claims handling.\n\n## Requirements\n"
           "- Ten years in operations leadership.\n")
    resume = (f"# Ana Costa\nLyon, France · ana@example.com\n\n## Summary\n{summary}\n\n"
              f"## Experience\n{roles}")
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


SECTOR_ROLES = """### Operations Manager — Northway Mutual, Lyon, France
Jan 2012 – present
- Led a team of 40 handling motor and household claims for shoppers of our partner stores.
- Cut the backlog in half for our retail store partners.
"""


def test_the_sector_a_summary_states_years_in_is_a_sector_worked_in() -> None:
    from poise.fit.concerns.sector import stated_sectors
    from poise.fit.resume_reader import read_resume

    patterns = patterns_for()
    resume = read_resume("# Ana Costa\n\n## Summary\nOperations leader with 14 years in insurance "
                         "and claims handling.\n\n## Experience\n" + SECTOR_ROLES, today=TODAY)
    assert "insurance" in stated_sectors(resume, patterns)
    assert "industry_switch" not in _sector_kinds(
        "Operations leader with 14 years in insurance and claims handling.", SECTOR_ROLES)


def test_a_summary_naming_no_years_in_the_sector_leaves_the_switch() -> None:
    assert "industry_switch" in _sector_kinds(
        "Operations leader who builds calm, reliable teams.", SECTOR_ROLES)


def test_abbreviated_and_county_place_names_are_spelled_as_the_gazetteer_does() -> None:
    from poise.fit.concerns.place import gazetteer_form

    assert gazetteer_form("St. Louis, MO") == "Saint Louis, MO"
    assert gazetteer_form("Ft. Worth") == "Fort Worth"
    assert gazetteer_form("Blarney, Co. Cork") == "Blarney, Cork"
    assert gazetteer_form("Stockport") == "Stockport"


def test_the_title_line_names_the_town_after_the_title() -> None:
    from poise.fit.concerns.place import title_place

    assert title_place("**Plant Manager – Leeds**\n\nWe make parts.") == "Leeds"
    assert title_place("# Plant Manager - Quality and Safety\n") == ""
    assert title_place("# Plant Manager\n") == ""


def _place_kinds(header: str, home: str) -> list[str]:
    job = f"{header}\n\n## Requirements\n- Eight years in warehouse operations.\n"
    resume = f"# Ana Costa\n{home} · ana@example.com\n\n## Experience\n{ROLES}"
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_way_of_working_label_falls_back_to_the_town_in_the_title() -> None:
    header = "**Head of Logistics – Leeds**\n\nOn-site | Full time"
    assert "location" in _place_kinds(header, "Lyon, France")
    assert "location" not in _place_kinds(header, "Leeds, UK")


def test_an_abbreviated_town_far_from_home_is_measured() -> None:
    header = "# Head of Logistics\n\nLocation: St. Paul, MN (on-site)"
    assert "location" in _place_kinds(header, "Denver, CO")
    assert "location" not in _place_kinds(header, "Minneapolis, MN")


def test_a_line_with_a_specific_concern_raises_no_generic_gap_as_well() -> None:
    roles = ROLES.replace("cut costs by 6%.", "delivered savings of €2M a year across the network.")
    job = ("# Head of Logistics\n\n## Responsibilities\n"
           "- Lead the turnaround of the network and deliver €9M of annual cost savings by 2028.\n")
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{roles}"
    kinds = [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]
    assert "savings_target" in kinds
    assert "missing_must_have" not in kinds


def test_one_concern_per_line_keeps_generic_gaps_when_nothing_specific_is_raised() -> None:
    from poise.fit.concerns.model import Draft
    from poise.fit.concerns.requirements import one_concern_per_line

    gap = Draft(kind="missing_must_have", key="a", score=60.0, values={})
    saving = Draft(kind="savings_target", key="b", score=60.0, values={})
    assert one_concern_per_line([gap]) == [gap]
    assert one_concern_per_line([gap, saving]) == [saving]


def test_a_regime_of_the_candidates_own_sector_is_no_regulation_switch() -> None:
    job = ("# Director of Nursing\n\n## Requirements\n"
           "- Reports on patient safety to the hospital board.\n")
    nurse = ("# Ana Costa\nLyon, France\n\n## Experience\n### Ward Manager — Lyon General Hospital\n"
             "Jan 2015 – present\n- Ran a surgical ward of 40 nurses in a hospital trust.\n"
             "- Led clinical teams and patients' care on two hospital wards.\n")
    kinds = [concern.kind for concern in assess(job, nurse, embed=hash_embed, today=TODAY).concerns]
    assert "industry_switch" not in kinds
    retail = ("# Ana Costa\nLyon, France\n\n## Experience\n### Store Manager — Northway Stores\n"
              "Jan 2015 – present\n- Ran a retail store of 40 staff serving shoppers.\n"
              "- Led the store network's grocery merchandising.\n")
    kinds = [concern.kind for concern in assess(job, retail, embed=hash_embed, today=TODAY).concerns]
    assert "industry_switch" in kinds


@pytest.mark.parametrize(("left", "raised"), [
    ("Jun 2015", True), ("Jul 2015", True), ("Sep 2015", True), ("Oct 2015", False)])
def test_three_whole_months_between_roles_is_a_gap_and_two_is_not(left: str, raised: bool) -> None:
    earlier = (f"\n### Shift Supervisor — Mercat Foods, Lyon, France\nJan 2011 – {left}\n"
               "- Ran the night shift.\n")
    assert ("employment_gap" in _kinds("", earlier)) is raised


def test_years_alone_make_no_gap_between_roles() -> None:
    earlier = "\n### Shift Supervisor — Mercat Foods, Lyon, France\n2011 – 2015\n- Ran the night shift.\n"
    assert "employment_gap" not in _kinds("", earlier)


def test_the_town_on_the_employer_line_under_the_title_is_where_the_job_is() -> None:
    from poise.fit.concerns.place import title_place

    assert title_place("**Plant Manager**\nNorth Foods Ltd – Leeds | Full time\n\nWe make.") == "Leeds"
    assert title_place("**Plant Manager**\nNorth Foods Ltd | Full time\n\nLeeds is near.") == ""


def test_a_team_led_through_directors_is_leading_leaders() -> None:
    line = "- Experience leading managers is essential."
    assert "no_leading_leaders" in _kinds(line)
    assert "no_leading_leaders" not in _kinds(
        line, "- Led a service of 300 through 3 regional directors.\n")


def test_a_listed_company_asked_is_said_as_such_not_as_no_board_work() -> None:
    job = ("# Chief Financial Officer\n\n## Requirements\n"
           "- Public company experience or direct involvement in an IPO.\n")
    board = ROLES + "- Presented the annual plan to the board of directors every quarter.\n"
    resume = f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{board}"
    concern = next(concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
                   if concern.kind == "no_board_exposure")
    assert concern.variant == "not_listed"
    assert concern.title == "No public-company or IPO experience"
    assert "not reported to a board" not in concern.draft  # the board work is on the résumé
    assert "listed company" in concern.answer_plan.acknowledge


def test_a_native_level_asked_is_never_an_exam_to_sit() -> None:
    job = ("# Head of Logistics\n\n## Requirements\n- Eight years in warehouse operations.\n"
           "- Czech at native level is required.\n")
    resume = (f"# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n{ROLES}"
              "\n## Languages\nCzech (A2)\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    language = [concern for concern in concerns if concern.kind == "language_level"]
    assert language
    plan = language[0].answer_plan.plan
    assert "native exam" not in plan
    assert "B1 exam" in plan  # the next exam from A2, then on towards the level asked


def test_a_gap_is_never_argued_from_the_role_after_it() -> None:
    job = "# Head of Logistics\n\n## Requirements\n- Eight years in warehouse operations.\n"
    resume = ("# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n"
              "### Warehouse Manager — Northway Stores, Lyon, France\nJan 2018 – present\n"
              "- Cut picking errors by 40% across the Lyon distribution centre.\n\n"
              "### Shift Supervisor — Carrow Freight, Lyon, France\nJan 2010 – Dec 2016\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    gap = [concern for concern in concerns if concern.kind == "employment_gap"]
    assert gap  # a year out of work between the two roles
    assert "Northway" not in gap[0].answer_plan.evidence  # the role after the gap


def test_a_plant_pl_held_is_budget_work_shown_not_a_first_budget() -> None:
    job = "# Plant Director\n\n## Requirements\n- Responsibility for a budget of EUR 80 million.\n"
    resume = ("# Ana Costa\nLyon, France · ana@example.com\n\n## Experience\n"
              "### Plant Manager — Norvale Components, Lyon, France\nJan 2016 – present\n"
              "- Responsible for the plant with a turnover of EUR 95 million, including plant P&L "
              "and capex.\n")
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    assert not any("first budget" in concern.title for concern in fit.concerns)
    assert all(match.strength != "none" for match in fit.matches)  # the one line asks a budget
    assert any("P&L" in match.quote for match in fit.matches)


def test_a_change_must_have_shown_only_by_closeness_of_meaning_stays_a_concern() -> None:
    from tests.web.test_journey import JOB, RESUME  # a strong record with no change led anywhere

    from poise.services.fit import build_fit

    fit = build_fit(JOB, RESUME, today=TODAY)  # the shipped models: the line is rated partial
    assert any("change" in concern.title for concern in fit.concerns
               if concern.kind == "missing_must_have")
