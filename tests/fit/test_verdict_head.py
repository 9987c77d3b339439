"""The verdict head and the checks it weighs: exposure to a tool, standards' codes as named items,
labelled terms of the post, a tool concern on a nice-to-have, and the learned head itself."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit import evaluation_view
from poise.fit.extract import read_job
from poise.fit.ladders import asked_rungs, held_part, shown_rungs
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.match import LIST_ITEM_RE, NONE, PARTIAL, STRONG, Match, item_pattern
from poise.fit.quantities import amounts_in, team_sizes_in
from poise.fit.result import assess
from poise.fit.systems import named_systems
from poise.fit.verdict_head import (
    FEATURES,
    LABELS,
    NONE_AT,
    STRONG_AT,
    HeadVerdict,
    apply_head,
    judge,
    revise,
    shipped_verdict_head,
    specifics,
    unshown_part,
)

RESUME = """# Sam Reyes
Leeds, UK · sam@example.org

## Experience
Operations Manager, Pellow Foods Ltd, Leeds, 2016 – present
- Lead 40 operators through four shift leaders.
"""


def _fit(requirements: str, extra: str = "", *, heading: str = "Requirements"):
    job = f"# Head of Operations\n\n## {heading}\n{requirements}\n"
    return assess(job, RESUME + extra, embed=hash_embed, today=TODAY)


def _first(requirement: str, extra: str = "") -> dict:
    return evaluation_view(_fit(f"- {requirement}", extra))["requirements"][0]


def test_a_tool_seen_only_in_a_pilot_is_partial_and_says_so() -> None:
    read = _first("Hands-on experience with Microsoft Dynamics 365",
                  "- Member of the Dynamics 365 pilot team for the new warehouse.\n")
    assert read["verdict"] == "partial"
    assert "pilot" in read["missing"]


def test_a_tool_run_hands_on_is_strong() -> None:
    read = _first("Hands-on experience with Microsoft Dynamics 365",
                  "- Ran purchasing and stock control in Dynamics 365 for three sites.\n")
    assert read["verdict"] == "strong"


def test_a_standards_code_with_its_number_is_one_item() -> None:
    items = [hit.group(0) for hit in LIST_ITEM_RE.finditer("Keep ISO 9001, BRCGS and ISO/IEC 17025")]
    assert items == ["ISO 9001", "BRCGS", "ISO/IEC 17025"]
    assert item_pattern("ISO/IEC 17025").search("accredited to ISO 17025 in 2019")
    assert not item_pattern("ISO 9001").search("ISO 14001 certified")


def test_a_list_of_standards_with_one_not_shown_is_partial() -> None:
    read = _first("Maintain ISO 9001 and ISO 22000 certification across the site",
                  "- Kept ISO 9001 certification with no major findings in six audits.\n")
    assert read["verdict"] == "partial"
    assert "ISO 22000" in read["missing"]


def test_labelled_terms_of_the_post_are_not_requirements() -> None:
    job = read_job("# Head of Operations\n\n## About the role\nEmployment type: Permanent\n"
                   "Remuneration: £70,000 plus car\nHours per week: 37.5\n\n## Requirements\n"
                   "- Experience running a food factory\n")
    texts = [requirement.text for requirement in job.requirements]
    assert texts == ["Experience running a food factory"]


def test_another_platform_on_a_nice_to_have_is_a_mild_tool_concern() -> None:
    # The résumé runs a rival product of the kind the employer runs: a move of platform a
    # recruiter asks about even on a wish (rounds 1-23: 8 of 12 such concerns were a
    # recruiter's once a product given as an example or in brackets is left out), unless the
    # line accepts another product.
    fit = _fit("- Running a food factory\n\n## Nice to have\n- Workday HCM experience",
               "\n## Skills\nSuccessFactors (time and attendance)\n")
    assert "tool_mismatch" in [concern.kind for concern in fit.concerns]
    fit = _fit("- Running a food factory\n\n## Nice to have\n- Workday HCM or an equivalent HR system",
               "\n## Skills\nSuccessFactors (time and attendance)\n")
    assert "tool_mismatch" not in [concern.kind for concern in fit.concerns]


def test_a_nice_to_have_tool_not_named_at_all_is_a_mild_concern_ranked_last() -> None:
    # a product the employer names on its wish list and the résumé never names is one a
    # recruiter still asks about (the keys of rounds 1-40 raise 41 of 61 such lines), said as a
    # wish and ranked after what the job requires; a product given as an example of its kind
    # raises none
    fit = _fit("- Running a food factory\n\n## Nice to have\n- Workday HCM experience")
    kinds = [concern.kind for concern in fit.concerns]
    assert "tool_mismatch" in kinds and kinds.index("tool_mismatch") == len(kinds) - 1
    fit = _fit("- Running a food factory\n\n## Nice to have\n- An HR system such as Workday")
    assert "tool_mismatch" not in [concern.kind for concern in fit.concerns]


def _model(bias: list[float]) -> LinearModel:
    return LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                       np.asarray(bias, dtype=np.float32), "test")


def test_the_head_says_none_once_its_probability_reaches_the_threshold() -> None:
    rows = np.zeros((1, len(FEATURES)), dtype=np.float32)
    # Probabilities about 0.45 / 0.10 / 0.45: "none" ties for likeliest and reaches NONE_AT.
    assert NONE_AT <= 0.45
    assert judge(_model([1.5, 0.0, 1.5]), rows)[0].strength == NONE


def test_the_head_says_strong_only_when_it_is_fairly_sure() -> None:
    rows = np.zeros((1, len(FEATURES)), dtype=np.float32)
    # About 0.21 / 0.29 / 0.50: "strong" is likeliest but below STRONG_AT, so partial.
    assert 0.50 < STRONG_AT <= 0.85
    assert judge(_model([0.0, 0.32, 0.87]), rows)[0].strength == PARTIAL
    # About 0.00 / 0.12 / 0.88: sure enough.
    assert judge(_model([-4.0, -0.5, 1.5]), rows)[0].strength == STRONG


def test_a_strong_verdict_at_four_in_five_is_strong_and_a_none_at_three_in_ten_is_none() -> None:
    rows = np.zeros((1, len(FEATURES)), dtype=np.float32)
    # About 0.04 / 0.10 / 0.86: above the threshold chosen on rounds 1-21 held out.
    assert judge(_model([-1.0, 0.0, 2.1]), rows)[0].strength == STRONG
    # About 0.32 / 0.36 / 0.32: partial is likeliest, but "none" reaches NONE_AT.
    assert judge(_model([0.0, 0.12, 0.0]), rows)[0].strength == NONE


def test_without_a_head_or_with_other_features_the_checks_decide() -> None:
    fit = _fit("- Running a food factory")
    wrong_width = LinearModel(LABELS, np.zeros((3, 2), dtype=np.float32),
                              np.zeros(3, dtype=np.float32), "test")
    assert apply_head(None, fit.job.requirements, fit.matches, fit.resume, None) == fit.matches  # type: ignore[arg-type]
    assert apply_head(wrong_width, fit.job.requirements, fit.matches, fit.resume,
                      None) == fit.matches  # type: ignore[arg-type]


def test_the_head_decides_every_verdict_when_it_is_given() -> None:
    job = "# Head of Operations\n\n## Requirements\n- Running a food factory\n- Lean Six Sigma\n"
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY, verdict_head=_model([-5.0, 5.0, -5.0]))
    assert [match.strength for match in fit.matches] == [PARTIAL, PARTIAL]
    assert all(match.missing for match in fit.matches)


def test_a_lowered_verdict_says_what_is_missing() -> None:
    match = Match("r1", STRONG, "Kept ISO 9001 certification", "Close in meaning.", 0.8)
    requirement = read_job("# Role\n\n## Requirements\n- ISO 9001 and ISO 22000 audits\n"
                           ).requirements[0]
    lowered = revise(match, HeadVerdict(PARTIAL, 0.6), requirement, "Kept ISO 9001 certification")
    assert lowered.strength == PARTIAL
    assert lowered.missing == "ISO 22000 not shown"
    assert "part of the requirement" in lowered.reason


def test_unshown_words_name_what_the_resume_never_says() -> None:
    assert unshown_part("Negotiating with trade unions", "Negotiated supplier contracts") == (
        "trade, unions not shown")
    assert specifics("Keep ISO 9001 and reach 98% OTIF") == ["ISO 9001", "98", "OTIF"]


def test_the_shipped_head_reads_the_features_it_was_trained_on() -> None:
    head = shipped_verdict_head()
    assert head is not None
    assert head.labels == LABELS
    assert head.weights.shape == (3, len(FEATURES))


# --- Named systems, stale tools, degree levels, held qualifications -----------------------------

def test_a_product_in_a_systems_place_is_named() -> None:
    patterns = patterns_for()
    assert named_systems("Lead the move of our warehouses onto Foliant Stock", patterns) == [
        "Foliant Stock"]
    assert named_systems("Experience of a rostering system, ideally Shiftwell", patterns) == [
        "Shiftwell"]
    assert named_systems("Roll out the new quoteDesk platform to all branches", patterns) == [
        "quoteDesk"]


def test_places_acronyms_and_plain_words_are_not_products() -> None:
    patterns = patterns_for()
    assert named_systems("Experience with GDPR and ISO 27001 in a system migration", patterns) == []
    assert named_systems("Our Head of Finance is moving to a new role in Denver", patterns) == []
    assert named_systems("Deliver the Finance Transformation programme", patterns) == []


def test_a_named_system_the_resume_lacks_is_partial_against_its_own() -> None:
    read = _first("Lead the move to Foliant Stock for all sites",
                  "- Led the migration of stock control onto Kestrel WMS across 4 sites.\n")
    assert read["verdict"] == "partial"
    assert "Foliant Stock not shown" in read["missing"]
    shown = _first("Lead the move to Foliant Stock for all sites",
                   "- Led the Foliant Stock rollout across 4 sites.\n")
    assert shown["verdict"] == "strong"


def test_a_tool_last_used_long_ago_with_a_rival_since_is_partial() -> None:
    resume = RESUME.replace("- Lead 40 operators", "- Moved planning onto Dynamics 365 for three plants.\n"
                            "- Lead 40 operators") + (
        "\nPlanner, Brook Mills Ltd, York, 2008 – 2014\n- Ran MRP in SAP for two plants.\n")
    job = "# Head of Operations\n\n## Requirements\n- Hands-on SAP experience\n"
    read = evaluation_view(assess(job, resume, embed=hash_embed, today=TODAY))["requirements"][0]
    assert read["verdict"] == "partial"
    assert read["missing"].startswith("SAP last used in 2014")


def test_degrees_are_compared_by_level() -> None:
    patterns = patterns_for()
    assert asked_rungs("Doctoral degree (PhD or DNP) required", patterns)["degree"].name == "Doctorate"
    assert asked_rungs("MBA preferred", patterns)["degree"].name == "Master's degree"
    assert "degree" not in asked_rungs("Scrum Master certification", patterns)
    assert "degree" not in asked_rungs("Master data management", patterns)
    read = _first("Master's degree in operations management",
                  "\n## Education\nBSc Chemistry, University of Leeds, 2009\n")
    assert read["verdict"] == "partial"
    assert read["missing"] == "Bachelor's degree shown; Master's degree asked"


def test_a_lower_degree_raises_no_certification_concern() -> None:
    fit = _fit("- Master's degree in operations management",
               "\n## Education\nBSc Chemistry, University of Leeds, 2009\n")
    assert "certification_level" not in [concern.kind for concern in fit.concerns]


def test_a_qualification_followed_by_expected_is_not_held() -> None:
    patterns = patterns_for()
    assert held_part("PhD in Nursing, University of Kent (expected 2027)", patterns) == ""
    assert held_part("CIPD Level 5; studying for Level 7", patterns) == "CIPD Level 5; "
    assert "degree" not in shown_rungs(["MBA, Aston University (in progress)"], patterns)


def test_an_iso_certificate_is_a_ladder_of_its_own() -> None:
    patterns = patterns_for()
    asked = asked_rungs("ISO 9001 Lead Auditor certification", patterns)
    assert asked["iso_management_system"].name == "Lead Implementer or Lead Auditor"
    shown = shown_rungs(["ISO 9001 Internal Auditor (2021)"], patterns)
    assert shown["iso_management_system"][0].rank < asked["iso_management_system"].rank


def test_a_lower_rung_of_the_same_body_does_not_meet_or_equivalent() -> None:
    read = _first("ILM Level 7 or equivalent leadership qualification",
                  "\n## Qualifications\nILM Level 5 Certificate in Leadership (2020)\n")
    assert read["verdict"] == "partial"
    assert read["missing"] == "Level 5 shown; Level 7 asked"


def test_board_means_a_body_that_governs() -> None:
    board = patterns_for().evidence["board"]
    assert any_match(board, "Presented the five-year plan to the Board")
    assert any_match(board, "Wrote board papers on capital spend")
    assert not any_match(board, "A paper and board packaging maker")
    assert not any_match(board, "Introduced visual KPI boards on every line")
    assert not any_match(board, "Brought two new suppliers on board")


def test_crore_written_short_is_money() -> None:
    assert amounts_in("P&L responsibility for a unit of ₹ 140 Cr") == [(1.4e9, "INR", "pnl")]


def test_a_pnl_below_the_size_asked_is_partial() -> None:
    read = _first("P&L accountability for a business of at least £50m",
                  "- Full P&L ownership of a £40m food business.\n")
    assert read["verdict"] == "partial"


# --- Concerns: stints, sectors, places ----------------------------------------------------------

def test_two_finished_stints_of_two_years_or_less_are_short_tenures() -> None:
    resume = RESUME + ("Operations Manager, Calder Mills Ltd, Leeds, Jan 2014 – Oct 2015\n"
                       "- Ran two packing lines.\n"
                       "Shift Manager, Aire Foods Ltd, Leeds, Jan 2012 – Dec 2013\n"
                       "- Ran the night shift.\n")
    job = "# Head of Operations\n\n## Requirements\n- Running a food factory\n"
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    assert "short_tenures" in [concern.kind for concern in fit.concerns]


def test_one_passing_mention_of_the_jobs_sector_does_not_hide_a_switch() -> None:
    job = ("# General Manager, Care Homes\n\n## About us\nWe run residential aged care homes and "
           "healthcare services.\n\n## Requirements\n- Experience leading aged care or healthcare "
           "services\n- Running a care home group\n")
    resume = ("# Sam Reyes\nLeeds, UK · sam@example.org\n\n## Experience\nGeneral Manager, Harbour "
              "Hotels Ltd, Leeds, 2015 – present\n- Ran three hotels and a conference centre.\n"
              "- Grew hotel occupancy to 91%; hosted a hospital's staff awards.\n"
              "- Led the hotel group's restaurant and resort operations.\n")
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    assert "industry_switch" in [concern.kind for concern in fit.concerns]


def test_the_jobs_place_is_read_from_a_header_field() -> None:
    dotted = read_job("# Head of Operations\n\n**Pellow Foods Ltd** · Manchester · Full-time\n\n"
                      "## Requirements\n- Running a food factory\n")
    labelled = read_job("# Head of Operations\nSalary: £70,000 | Location: York | Permanent\n\n"
                        "## Requirements\n- Running a food factory\n")
    assert dotted.location == "Manchester"
    assert labelled.location == "York"


def test_a_person_specification_marks_each_row_essential_or_desirable() -> None:
    job = read_job("# Head of Housing\n\n## Person specification\n\n| Criteria | E/D | Assessed by |\n"
                   "|---|---|---|\n| **Experience** | | |\n| Leading a housing service | E | Interview |\n"
                   "| A project management qualification | D | Application |\n")
    assert [(item.text, item.section) for item in job.requirements] == [
        ("Leading a housing service", "must"), ("A project management qualification", "nice")]


def test_an_essential_criterion_on_elected_members_with_no_evidence_is_a_missing_must_have() -> None:
    job = ("# Head of Property\n\n## Person specification\n\n| Criteria | E/D |\n|---|---|\n"
           "| Experience of advising elected members and writing committee reports | E |\n")
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY)
    assert "missing_must_have" in [concern.kind for concern in fit.concerns]


def test_director_and_nurse_executive_certificates_are_ladders() -> None:
    patterns = patterns_for()
    asked = asked_rungs("Graduate of the AICD Company Directors Course", patterns)["aicd"]
    shown = shown_rungs(["AICD Foundations of Directorship (2022)"], patterns)["aicd"][0]
    assert shown.rank < asked.rank
    asked = asked_rungs("Nurse Executive Advanced certification (NEA-BC)", patterns)
    shown_nurse = shown_rungs(["Nurse Executive, Board Certified (NE-BC), 2019"], patterns)
    assert shown_nurse["ancc_nurse_executive"][0].rank < asked["ancc_nurse_executive"].rank


def test_overseeing_vendors_is_supplier_management() -> None:
    outsourcing = patterns_for().evidence["outsourcing"]
    assert any_match(outsourcing, "Oversee 3 software vendors and the print contract")


def test_settled_checks_stand_and_the_head_weighs_the_rest() -> None:
    job = ("# Head of Operations\n\n## Requirements\n- PRINCE2 Practitioner\n"
           "- Running a food factory\n")
    resume = RESUME + "\n## Certifications\nPRINCE2 Practitioner (2019)\n"
    fit = assess(job, resume, embed=hash_embed, today=TODAY, verdict_head=_model([5.0, -5.0, -5.0]))
    assert [match.strength for match in fit.matches] == [STRONG, NONE]


def test_a_rung_named_as_an_alternative_is_compared_by_rank_not_found_by_name() -> None:
    read = _first("Doctoral degree (PhD or DNP)",
                  "\n## Education\nMSN, University of Leeds, 2012\nDNP, University of York (in progress)\n")
    assert read["verdict"] == "partial"
    assert read["missing"] == "Master's degree shown; Doctorate asked"


def test_a_budget_or_pnl_is_met_by_either() -> None:
    read = _first("Accountability for an operating budget or P&L of £5m or more",
                  "- Accountable for an annual operating budget of £8m.\n")
    assert read["verdict"] == "strong"


def test_an_n_person_org_is_a_team() -> None:
    assert team_sizes_in("Lead a 45-person org across three time zones", patterns_for()) == [45.0]


def test_the_standard_named_with_its_rung_is_not_another_qualification() -> None:
    read = _first("ISO 9001 Lead Auditor or Lead Implementer certificate",
                  "- Led the site's ISO 9001 recertification.\n\n## Certifications\n"
                  "ISO 9001 Foundation (2018)\n")
    assert read["verdict"] == "partial"


def test_a_regulation_or_a_tool_of_another_kind_is_not_the_rival_system() -> None:
    read = _first("Lead the move to Foliant Stock for all sites",
                  "- Business lead for the Consumer Duty implementation across the stores.\n"
                  "- Reported monthly from SAP to the finance team.\n")
    assert read["verdict"] == "missing"


def test_offshore_suppliers_are_not_an_international_remit() -> None:
    fit = _fit("- Experience managing outsourced or offshore partners")
    assert "domestic_only" not in [concern.kind for concern in fit.concerns]


def test_a_lowered_verdict_names_the_part_no_line_shows() -> None:
    assert unshown_part("Run food safety audits and allergen control", "Ran food safety audits",
                        weakest="Allergen control") == "not clearly shown: allergen control"
    # Unnamed specific items come first: they say most precisely what is missing.
    assert unshown_part("ISO 22000 audits and allergen control", "Ran audits",
                        weakest="allergen control") == "ISO 22000 not shown"


def test_the_weakest_part_is_the_one_no_line_comes_close_to() -> None:
    from poise.fit.match import similarity
    from poise.fit.resume_reader import read_resume
    from poise.fit.verdict_head import weakest_part

    job = read_job("# Head of Operations\n\n## Requirements\n- Warehouse network planning, "
                   "customs brokerage and cold chain compliance\n")
    resume = read_resume(RESUME + "- Led warehouse network planning for four depots.\n",
                         today=TODAY)
    sim = similarity(job, resume, hash_embed)
    weakest = weakest_part(job.requirements[0], sim)
    assert weakest in ("customs brokerage", "cold chain compliance")


def test_bare_numbers_are_not_named_as_missing() -> None:
    assert unshown_part("Hire 60 engineers in 12 months for the KPX programme",
                        "Hired engineers") == "KPX not shown"


def test_a_partial_judged_by_meaning_alone_names_what_is_missing_not_its_similarity() -> None:
    job = "# Head of Operations\n\n## Requirements\n- Negotiating with trade unions on pay\n"
    fit = assess(job, RESUME + "- Negotiated pay for the shift leaders.\n", embed=hash_embed,
                 today=TODAY, verdict_head=_model([-5.0, 5.0, -5.0]))
    (read,) = evaluation_view(fit)["requirements"]
    assert read["verdict"] == "partial"
    assert "similarity" not in read["missing"]
    assert "not" in read["missing"]


def test_a_coined_product_name_at_a_lines_start_leaves_out_the_verb_before_it() -> None:
    patterns = patterns_for(None)
    assert named_systems("Deployed CareFlowX across six wards with a new system for rotas.",
                         patterns) == ["CareFlowX"]


def test_a_named_credential_or_language_not_held_is_not_made_partial_by_the_head() -> None:
    job = ("# Head of Operations\n\n## Requirements\n- Six Sigma Black Belt certification required\n"
           "- Fluent Italian\n- Six Sigma Black Belt certification or equivalent\n"
           "- Running a food factory\n")
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY, verdict_head=_model([-5.0, 5.0, -5.0]))
    # Part of a certificate or of a language is no evidence; an equivalent accepted may be partial,
    # and the head still weighs what no check settles.
    assert [match.strength for match in fit.matches] == [NONE, NONE, PARTIAL, PARTIAL]
